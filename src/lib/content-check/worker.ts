// The content check in a worker thread, for the build (see background.ts): the same check and the
// same messages as `npm run check`.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, formatIssues, skippedChecks } from './index.ts';
import type { BackgroundCheckReport, BackgroundCheckRequest } from './background.ts';

const { root, dir, skipSetting } = workerData as BackgroundCheckRequest;
const skipped = skippedChecks(skipSetting);
const { errors, warnings } = checkContent({ root, dir, skip: skipped });
parentPort!.postMessage({
  skipped,
  errorCount: errors.length,
  errors: formatIssues(errors),
  warnings: formatIssues(warnings),
} satisfies BackgroundCheckReport);
