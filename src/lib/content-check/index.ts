import path from 'node:path';
import { contentDir } from '../content-dir.ts';
import { checkAbbreviations } from './abbreviations.ts';
import { checkBodyCharacters } from './body-characters.ts';
import { checkTableCells } from './table-cells.ts';
import { checkFootnotes } from './footnotes.ts';
import { checkFieldMarkup } from './field-markup.ts';
import { checkGlossaryCommonWords } from './glossary-common-words.ts';
import { checkWrappedLines } from './wrapped-lines.ts';
import type { Check, CheckContext } from './context.ts';
import { checkDuplicateIds } from './duplicates.ts';
import { referencesOfEntries } from './entry-references.ts';
import { checkGlossarySpellings } from './glossary-spellings.ts';
import { checkHeadings } from './headings.ts';
import { checkImages } from './images.ts';
import { checkPhotoLocations } from './photo-locations.ts';
import { checkSvgFiles } from './svg-files.ts';
import { checkMisnamedImages } from './misnamed-images.ts';
import { checkUpdateDates } from './update-dates.ts';
import { checkLinkTexts } from './link-text.ts';
import { checkLinks } from './links.ts';
import { loadContent } from './load.ts';
import { checkMarkup } from './markup.ts';
import { checkMdxComponents } from './mdx-components.ts';
import { checkMdxImports } from './mdx-imports.ts';
import { checkMunicipalities } from './municipalities.ts';
import { checkNumbering } from './numbering.ts';
import { checkPlanHierarchy } from './plan-hierarchy.ts';
import { checkProcessTeams } from './process-teams.ts';
import { parseBody, type ParsedBody } from './markdown.ts';
import { checkReferences } from './references.ts';
import { checkRepeatedReferences } from './repeated-references.ts';
import { checkReviewDates } from './review-dates.ts';
import { checkSameNames } from './same-names.ts';
import { checkTeamPlans } from './team-plans.ts';
import { checkUnreadFormatting } from './unread-formatting.ts';
import { checkUnreadLinks } from './unread-links.ts';
import { predictSiteIndex } from '../links/predicted-index.ts';
import type { SiteIndex } from '../links/site-index.ts';
import type { ContentIssue, RawEntry } from './types.ts';
import { validateEntries, type ValidatedEntry } from './validate.ts';

export type { ContentIssue, RawEntry, Severity } from './types.ts';
export { formatAnnotation, formatIssues } from './format.ts';

export interface CheckResult {
  errors: ContentIssue[];
  warnings: ContentIssue[];
  /** Entries that passed their schema. */
  entries: ValidatedEntry[];
  /** Every content file that could be read, valid or not. */
  files: number;
  /** The site as the check predicts it: the pages and anchors links may point at. */
  site: SiteIndex;
}

export interface CheckOptions {
  /** The project root: file names in messages are relative to it, and pages are read from its src/pages. */
  root?: string;
  /** The content folder; `content/` under the root unless CONTENT_DIR says otherwise. */
  dir?: string;
  /** The day to compare `reviewBy` dates with; today unless a test says otherwise. */
  today?: Date;
  /** Checks to leave out, by name (see `skippedChecks`); none unless CONTENT_CHECK_SKIP says otherwise. */
  skip?: readonly string[];
}

/** Every check after loading and the schema, each with one job and a name. All run on every entry, valid or not. */
const checks: readonly (readonly [name: string, check: Check])[] = [
  ['duplicate-ids', checkDuplicateIds],
  ['references', checkReferences],
  // Between entries: relations that cannot all be true.
  ['repeated-references', checkRepeatedReferences],
  ['plan-hierarchy', checkPlanHierarchy],
  ['team-plans', checkTeamPlans],
  ['process-teams', checkProcessTeams],
  ['municipalities', checkMunicipalities],
  ['numbering', checkNumbering],
  ['same-names', checkSameNames],
  ['glossary-spellings', checkGlossarySpellings],
  ['glossary-common-words', checkGlossaryCommonWords],
  ['links', checkLinks],
  ['link-texts', checkLinkTexts],
  ['unread-links', checkUnreadLinks],
  ['unread-formatting', checkUnreadFormatting],
  ['wrapped-lines', checkWrappedLines],
  ['body-characters', checkBodyCharacters],
  ['table-cells', checkTableCells],
  ['footnotes', checkFootnotes],
  ['field-markup', checkFieldMarkup],
  ['images', checkImages],
  ['photo-locations', checkPhotoLocations],
  ['svg-files', checkSvgFiles],
  ['misnamed-images', checkMisnamedImages],
  ['markup', checkMarkup],
  ['mdx-components', checkMdxComponents],
  ['mdx-imports', checkMdxImports],
  ['headings', checkHeadings],
  ['abbreviations', checkAbbreviations],
  ['review-dates', checkReviewDates],
  ['update-dates', checkUpdateDates],
];

/** The names of the checks, for CONTENT_CHECK_SKIP and its message. */
export const checkNames = checks.map(([name]) => name);

/**
 * Checks that CONTENT_CHECK_SKIP leaves out (names, comma-separated). For maintainers only, such as a
 * benchmark's made-up content that repeats titles on purpose; the build says which were left out.
 * An unknown name is an error, so a typo cannot switch a check off unnoticed.
 */
export function skippedChecks(value = process.env.CONTENT_CHECK_SKIP ?? ''): string[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !checkNames.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `CONTENT_CHECK_SKIP noemt onbekende controles: ${unknown.join(', ')}. Bekend: ${checkNames.join(', ')}.`,
    );
  }
  return names;
}

/**
 * Checks all content without building the site. The build runs the same check and reads no content
 * before it passes (background.ts), so what `npm run check` accepts is what the build accepts. It
 * reports every problem, not only the first.
 */
export function checkContent(options: CheckOptions = {}): CheckResult {
  const root = options.root ?? process.cwd();
  const dir = options.dir ?? contentDir(root);
  const { entries, issues: loadIssues, unreadable } = loadContent(dir, root);

  const bodies = new Map<RawEntry, ParsedBody>();
  const bodyIssues: ContentIssue[] = [];
  for (const entry of entries) {
    const { body, issue } = parseBody(entry);
    if (body) bodies.set(entry, body);
    if (issue) bodyIssues.push(issue);
  }
  const bodyOf = (entry: RawEntry) => bodies.get(entry);

  const context: CheckContext = {
    root,
    entries,
    bodyOf,
    referencesOf: referencesOfEntries(),
    unreadable,
    today: options.today ?? new Date(),
    site: predictSiteIndex({
      // A file that could not be read still has its page: a link to it is not wrong as well.
      entries: [
        ...entries.map((entry) => ({ collection: entry.collection, id: entry.id, tree: bodyOf(entry)?.tree })),
        ...unreadable,
      ],
      pagesDir: path.join(root, 'src/pages'),
      publicDir: path.join(root, 'public'),
    }),
  };
  const { valid, issues: schemaIssues } = validateEntries(entries);
  const skip = new Set(options.skip ?? skippedChecks());
  const found = checks.filter(([name]) => !skip.has(name)).flatMap(([, check]) => check(context));
  const all = [...loadIssues, ...bodyIssues, ...schemaIssues, ...found].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  return {
    errors: all.filter((i) => i.severity === 'error'),
    warnings: all.filter((i) => i.severity === 'warning'),
    entries: valid,
    files: entries.length,
    site: context.site,
  };
}
