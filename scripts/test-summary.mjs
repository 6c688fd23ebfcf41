// Prints Vitest's JSON result as one plain closing line ("tests: N passed, N failed, N skipped"),
// the form CI reads; exits non-zero when nothing ran or a test was skipped, so an empty or partial
// run never looks green.
import fs from 'node:fs';

const file = process.argv[2] ?? '.test-results.json';
const result = JSON.parse(fs.readFileSync(file, 'utf8'));
const passed = result.numPassedTests ?? 0;
const failed = result.numFailedTests ?? 0;
const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed + failed === 0) process.exit(1);
if (failed > 0 || skipped > 0) process.exit(1);
