/**
 * npm run check: checks all content without building the site, and prints every problem in Dutch.
 * Exits 1 when there is an error; warnings alone do not fail it. On GitHub Actions each problem is
 * also an annotation on its line of the pull request.
 */
import { checkContent, formatAnnotation, formatIssues, skippedChecks } from '../src/lib/content-check/index.ts';
import { countOf } from '../src/lib/counts.ts';

const skip = skippedChecks();
if (skip.length > 0) console.warn(`Let op: de controle laat weg (CONTENT_CHECK_SKIP): ${skip.join(', ')}.`);
const { errors, warnings, files } = checkContent({ skip });
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const issue of [...errors, ...warnings]) console.log(formatAnnotation(issue));
}
if (warnings.length > 0) console.log(`${formatIssues(warnings)}\n`);
if (errors.length > 0) {
  console.error(`${formatIssues(errors)}\n`);
  console.error(
    `${countOf(errors.length, 'fout', 'fouten')}, ${countOf(warnings.length, 'waarschuwing', 'waarschuwingen')}. De site wordt pas gebouwd als alle fouten zijn hersteld.`,
  );
  process.exit(1);
}
console.log(
  `Inhoud in orde: ${countOf(files, 'bestand', 'bestanden')} gecontroleerd, ${countOf(warnings.length, 'waarschuwing', 'waarschuwingen')}.`,
);
