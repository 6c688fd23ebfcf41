import fs from 'node:fs';
import { documentTypes } from '../document-files.ts';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, isPair, isScalar, Scalar, visit, type Document } from 'yaml';
import { collectionNames, idPattern, registry, type CollectionName } from '../../schemas/index.ts';
import { decodeContent, normaliseName, type EncodingProblem } from '../content-text.ts';
import { idFromTitle, idOfFile } from '../entry-id.ts';
import { newEntryCommand } from '../new-entry-command.ts';
import type { ContentIssue, RawEntry, UnreadableEntry } from './types.ts';
import { invisibleClass, invisibleName, withoutInvisible } from './invisible.ts';
import { explainYamlError } from './yaml-errors.ts';
import { checkPlainValues, checkRefusedCharacters, holdsText, pathOf } from './yaml-values.ts';
import { dottedPath } from './words.ts';
import { imagePath, isImageFile, mediaFolder } from '../image-folder.ts';

// The text is normalised first (no byte-order mark, \n line endings). Spaces after a --- are invisible
// in an editor, and so are empty lines before the first one: Astro accepts both.
const FRONTMATTER = /^((?:[ \t]*\n)*)---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** How the fields are parsed, the first time and when a line is looked up. */
function parseFields(text: string) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  return { doc, counter };
}

function lineFinder(doc: Document, counter: LineCounter, offset: number) {
  return (fieldPath: (string | number)[]): number | undefined => {
    for (let depth = fieldPath.length; depth >= 0; depth--) {
      const node = doc.getIn(fieldPath.slice(0, depth), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offset;
      // A key whose value is missing: point at the key itself.
      if (depth > 0) {
        const parent = doc.getIn(fieldPath.slice(0, depth - 1), true) as
          { items?: { key?: { value?: unknown; range?: number[] } }[] } | undefined;
        const pair = parent?.items?.find((item) => item.key?.value === fieldPath[depth - 1]);
        if (pair?.key?.range?.[0] !== undefined) return counter.linePos(pair.key.range[0]).line + offset;
      }
    }
    return undefined;
  };
}

/**
 * The line of a field, found by parsing the fields again on the first question. Lines are only asked
 * for a problem, and few files have one; keeping every file's YAML tree until then held three times
 * the content's size in memory.
 */
function lazyLineFinder(text: string, offset: number) {
  let find: ReturnType<typeof lineFinder> | undefined;
  return (fieldPath: (string | number)[]): number | undefined => {
    if (!find) {
      const { doc, counter } = parseFields(text);
      find = lineFinder(doc, counter, offset);
    }
    return find(fieldPath);
  };
}

/** Parses YAML, turning syntax errors into issues with the line they are on. */
function parseYaml(text: string, file: string, lineOffset: number, issues: ContentIssue[]) {
  const { doc, counter } = parseFields(text);
  // A value read as YAML code, not as text: said before anything reads the values (an alias to nothing
  // throws), and instead of the syntax error it causes on its line ("*belangrijk* werk").
  const mark = yamlCodeMark(doc);
  const markLine = mark && counter.linePos(mark.offset).line;
  if (mark) {
    issues.push({
      severity: 'error',
      file,
      line: markLine! + lineOffset,
      message: `de velden zijn niet te lezen: ${mark.message}`,
      hint: mark.hint,
    });
  }
  // After the first syntax error the parser guesses, and what follows is often its echo: report that one
  // error, and every field written twice (those stand on their own).
  const firstSyntaxError = doc.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  for (const error of doc.errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === firstSyntaxError)) {
    // Without prettyErrors the error has no line of its own; its offset gives one.
    let offset = error.pos?.[0];
    // An unclosed quote is found where the text ends; the editor needs the line where it opens, and
    // the field it opens.
    const unclosed =
      offset !== undefined && error.code === 'MISSING_CHAR' && /quote/i.test(error.message)
        ? unclosedQuote(doc, text, offset)
        : undefined;
    if (unclosed) offset = unclosed.offset;
    const explained = explainYamlError(error, offset === undefined ? undefined : { text, offset, unclosed });
    const { message, hint } = explained;
    offset = explained.offset ?? offset;
    const line = error.linePos?.[0]?.line ?? (offset === undefined ? undefined : counter.linePos(offset).line);
    if (error === firstSyntaxError && line === markLine) continue;
    issues.push({
      severity: 'error',
      file,
      line: line === undefined ? undefined : line + lineOffset,
      ...(unclosed?.field ? { field: unclosed.field } : {}),
      message: `de velden zijn niet te lezen: ${message}`,
      hint,
    });
  }
  return { doc, counter, ok: doc.errors.length === 0 && !mark };
}

/**
 * The text between quotes that an unclosed quote opens, found by the end YAML gives it (`end`, where
 * the file ends or the next quote stands): where it opens, its field, and what follows on that line.
 * Not the last quote before the end: that may be a quote closed on its own line further on.
 */
function unclosedQuote(doc: Document, text: string, end: number) {
  let found: { offset: number; field?: string; key: string | number | undefined; opening: string } | undefined;
  visit(doc, {
    Scalar(_, scalar, ancestors) {
      const quoted = scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE;
      if (!quoted || !scalar.range || scalar.range[0] >= end || scalar.range[1] < end) return undefined;
      const path = pathOf(ancestors, scalar);
      const lineEnd = text.indexOf('\n', scalar.range[0]);
      found = {
        offset: scalar.range[0],
        field: dottedPath(path) || undefined,
        key: path.at(-1),
        opening: text.slice(scalar.range[0], lineEnd === -1 ? undefined : lineEnd),
      };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * A value that starts with *, & or ! and a word: YAML reads "*belangrijk* werk" as a reference to another
 * place in the file, "&Co adviseur" as a name for this place and "!Nieuw plan" as a type for the value;
 * the last two leave only "adviseur" and "plan". Editors mean the text (a habit from Markdown, a name,
 * an exclamation); content files use none of them. Only the first in a file is said: the file cannot
 * be read until it is mended.
 */
function yamlCodeMark(doc: Document): { offset: number; message: string; hint: string } | undefined {
  let mark: { offset: number; message: string; hint: string } | undefined;
  // The example in the hint is the field itself, or a list item.
  const quoted = (path: readonly unknown[], sentence = true) => {
    const parent = path.at(-1);
    const example = isPair(parent) && isScalar(parent.key) ? `${String(parent.key.value)}: "…"` : '- "…"';
    return `${sentence ? 'Zet' : 'zet'} de hele tekst tussen aanhalingstekens: ${example}.`;
  };
  visit(doc, {
    Alias(_, node, path) {
      mark = {
        offset: node.range?.[0] ?? 0,
        message: `een tekst begint met een sterretje (*${node.source}), en dat leest YAML als een verwijzing naar een andere plek in het bestand`,
        hint: `Een veld wordt niet vet of schuin. Laat de sterretjes weg, of ${quoted(path, false)}`,
      };
      return visit.BREAK;
    },
    Node(_, node, path) {
      // YAML's own types (!!str, written out as tag:yaml.org,2002:str) say nothing an editor would mean.
      const tag = node.tag?.startsWith('tag:yaml.org,2002:') ? undefined : node.tag;
      if (!node.anchor && !tag) return undefined;
      const [code, meaning] = node.anchor
        ? [`&${node.anchor}`, 'een naam voor deze plek']
        : [tag!, 'een soort voor de waarde'];
      mark = {
        offset: node.range?.[0] ?? 0,
        message: `een tekst begint met ${code}, en dat leest YAML als ${meaning}: "${code}" valt dan weg`,
        hint: quoted(path),
      };
      return visit.BREAK;
    },
  });
  return mark;
}

/**
 * Files that programs leave beside the ones an editor saves: Word's lock files (~$…), backups (…~),
 * and Windows' folder files. Undefined for any other file.
 */
function leftBehindFile(name: string): { message: string; hint: string } | undefined {
  if (name.startsWith('~$') || name.endsWith('~') || /^(thumbs\.db|desktop\.ini)$/i.test(name)) {
    return {
      message: 'dit is een tijdelijk bestand of een reservekopie van een programma, geen pagina',
      hint: 'Verwijder het bestand; de site gebruikt het niet.',
    };
  }
  return undefined;
}

/** A field name (one word: role, fromMonths, reviewBy), with what does not show around it and its colon. */
const fieldName = new RegExp(
  `^([ \\t]*(?:-[ \\t]+)?)([\\p{L}\\d_${invisibleClass}-]+?)([ \\t${invisibleClass}]*):([ \\t${invisibleClass}]*)`,
  'u',
);

/**
 * The first line whose field name, or the spaces around its colon, hold a character that only looks
 * like a space or like nothing: YAML then reads another name, or no field at all, and its own message
 * points at what the editor cannot see. Such characters inside a text are left alone: `textLines` are
 * the lines (1-based) that continue a text of several lines, such as a block after `description: |`.
 */
function invisibleCharacter(
  text: string,
  textLines: ReadonlySet<number>,
): { line: number; message: string; hint: string } | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (textLines.has(index + 1)) continue;
    // A field name is one word: a line of running text never matches.
    const key = fieldName.exec(line);
    if (!key) continue;
    const around = `${key[2] ?? ''}${key[3] ?? ''}${key[4] ?? ''}`;
    const found = [...around].map(invisibleName).find((name) => name !== undefined);
    if (!found) continue;
    const name = withoutInvisible(key[2] ?? '').trim();
    return {
      line: index + 1,
      message: `er staat een ${found} bij het veld "${name}", vaak meegekopieerd uit Word of een webpagina`,
      hint: `Typ de regel opnieuw: de veldnaam, een dubbele punt en een gewone spatie, zoals ${name}: …`,
    };
  }
  return undefined;
}

/** The lines (1-based) after the first of each value that runs over several lines: text, not field names. */
function continuedTextLines(doc: Document, counter: LineCounter): Set<number> {
  const lines = new Set<number>();
  visit(doc, {
    Scalar(_, scalar) {
      if (!scalar.range) return;
      const first = counter.linePos(scalar.range[0]).line;
      const last = counter.linePos(Math.max(scalar.range[0], scalar.range[1] - 1)).line;
      for (let line = first + 1; line <= last; line++) lines.add(line);
    },
  });
  return lines;
}

/** Why an id taken from a file name cannot be an id, with the name to use instead; undefined when it can. */
function invalidId(id: string, ext: string, collection: string): { message: string; hint: string } | undefined {
  if (idPattern.test(id)) return undefined;
  const folders = id.split('/');
  const name = folders.pop()!;
  if (folders.length > 0) {
    return {
      message: `het bestand staat in een submap (${folders.join('/')}) van content/${collection}`,
      hint: `Zet het bestand direct in content/${collection}/; de site kent geen submappen.`,
    };
  }
  // "regie.md.md": the extension typed once more, as a program that adds its own does.
  const doubled = name.toLowerCase().endsWith(`.${ext}`) ? name.slice(0, -ext.length - 1) : undefined;
  const suggestion = idFromTitle(doubled ?? name);
  return {
    message: `de bestandsnaam "${normaliseName(name)}.${ext}" is geen geldig id`,
    hint: suggestion
      ? `Noem het bestand "${suggestion}.${ext}". Een bestandsnaam heeft alleen kleine letters, cijfers en streepjes, zonder spaties of accenten.`
      : 'Gebruik alleen kleine letters, cijfers en streepjes, zonder spaties of accenten, bijvoorbeeld "kate-snellens.yaml".',
  };
}

const SAVE_AS_UTF8 =
  'Sla het bestand opnieuw op als UTF-8. In Kladblok: kies Bestand → Opslaan als, en kies onderaan bij Codering "UTF-8". Kijk daarna of de letters met accenten goed staan.';

/** What to tell the editor about a file that is not UTF-8. */
function explainEncoding(problem: EncodingProblem): Omit<ContentIssue, 'severity' | 'file'> {
  if (problem.kind === 'utf-16') {
    return { message: 'het bestand is opgeslagen als UTF-16 ("Unicode"), niet als UTF-8', hint: SAVE_AS_UTF8 };
  }
  return {
    line: problem.line,
    message:
      'het bestand is niet opgeslagen als UTF-8: een teken op deze regel is niet te lezen (een letter als é of ë?)',
    hint: SAVE_AS_UTF8,
  };
}

/** Reads every file of every collection under `dir`; what cannot be read becomes an issue. */
export function loadContent(
  dir: string,
  root: string,
  only: readonly CollectionName[] = collectionNames,
): { entries: RawEntry[]; issues: ContentIssue[]; unreadable: UnreadableEntry[] } {
  const entries: RawEntry[] = [];
  const issues: ContentIssue[] = [];
  // Files with a good name that could not be read: they exist, so what refers to them is not wrong too.
  const unreadable: UnreadableEntry[] = [];
  const known = new Set<string>(collectionNames);

  if (!fs.existsSync(dir)) {
    // A mistyped CONTENT_DIR would otherwise build a site without content, which only fails at the
    // search index, with a message about pages instead of the folder.
    issues.push({
      severity: 'error',
      file: path.relative(root, dir) || '.',
      message: 'de map met de inhoud bestaat niet',
      hint: 'Zet CONTENT_DIR op de map met de inhoud, of laat CONTENT_DIR weg: dan is het de map content/.',
    });
  } else {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      // A page saved straight into content/ instead of into its folder: the site never reads it.
      if (d.isFile() && /\.(md|mdx|ya?ml)$/i.test(d.name) && d.name.toLowerCase() !== 'readme.md') {
        issues.push({
          severity: 'error',
          file: path.relative(root, path.join(dir, d.name)),
          message: 'dit bestand staat niet in een map van de site, dus de site toont het niet',
          hint: `Zet het in de map van zijn soort: ${collectionNames.join(', ')}.`,
        });
      }
      if (d.isDirectory() && !known.has(d.name)) {
        issues.push({
          severity: 'error',
          file: path.relative(root, path.join(dir, d.name)),
          message: `de map "${d.name}" is geen map die de site kent, dus de site toont deze bestanden niet`,
          hint: `Zet het bestand in een van deze mappen: ${collectionNames.join(', ')}.`,
        });
      }
    }
  }

  for (const collection of only) {
    const formats = registry[collection].formats;
    for (const absolute of listFiles(path.join(dir, collection))) {
      const file = path.relative(root, absolute);
      const base = path.basename(absolute);
      if (base.startsWith('.')) continue;
      const leftBehind = leftBehindFile(base);
      if (leftBehind) {
        issues.push({ severity: 'error', file, ...leftBehind });
        continue;
      }
      const written = path.extname(base).slice(1);
      const ext = written.toLowerCase();
      const format = (ext === 'yml' ? 'yaml' : ext) as RawEntry['format'];
      if (!(formats as readonly string[]).includes(format)) {
        const inner = path
          .extname(path.basename(base, path.extname(base)))
          .slice(1)
          .toLowerCase();
        issues.push({
          severity: 'error',
          file,
          message: `bestanden van het type .${ext} horen niet in content/${collection}`,
          hint: wrongTypeHint(absolute, written, inner, formats),
        });
        continue;
      }
      const id = idOfFile(path.relative(path.join(dir, collection), absolute));
      // The site finds its files by their exact ending (*.md, *.yaml): "regie.MD" or "x.yml" would be left out.
      // A name that is no id gets one message below, whose new name mends the ending too.
      if (written !== format && !invalidId(id, ext, collection)) {
        unreadable.push({ collection, id });
        const name = `${path.basename(base, path.extname(base))}.${format}`;
        issues.push({
          severity: 'error',
          file,
          message: `de site leest geen bestanden die op ".${written}" eindigen, dus ze toont dit bestand niet`,
          // Listed, not fs.existsSync: on a Mac "regie.md" exists whenever "regie.MD" does.
          hint: fs.readdirSync(path.dirname(absolute)).includes(name)
            ? `Er is al een bestand "${name}" voor dezelfde pagina: zet wat in dit bestand staat en daar ontbreekt in "${name}", en verwijder dit bestand.`
            : `Noem het bestand "${name}".`,
        });
        continue;
      }
      const invalid = invalidId(id, ext, collection);
      if (invalid) {
        issues.push({ severity: 'error', file, ...invalid });
        continue;
      }
      const decoded = decodeContent(fs.readFileSync(absolute));
      if ('problem' in decoded) {
        issues.push({ severity: 'error', file, ...explainEncoding(decoded.problem) });
        unreadable.push({ collection, id });
        continue;
      }
      const { text } = decoded;
      // Saved before anything was typed in it, or emptied by mistake: one message, not one per field or about "---".
      if (text.trim() === '') {
        issues.push({
          severity: 'error',
          file,
          message: 'het bestand is leeg',
          hint: `Vul de velden in (docs/velden.md zegt welke), of verwijder het bestand. Wilt u opnieuw beginnen met alle velden erin, verwijder het dan en maak een nieuw met ${newEntryCommand(collection)}, met de echte naam tussen de aanhalingstekens.`,
        });
        unreadable.push({ collection, id });
        continue;
      }
      let yamlText = text;
      let body = '';
      let bodyLine = 0;
      let lineOffset = 0;
      if (format !== 'yaml') {
        const match = FRONTMATTER.exec(text);
        if (!match) {
          // It opens with "---" but never closes: say so, and where the fields seem to end (the first empty line).
          const opening = /^((?:[ \t]*\n)*)---[ \t]*\n/.exec(text);
          const opened = opening !== null;
          const openingLine = opening ? (opening[1] ?? '').split('\n').length - 1 : 0;
          const lines = text.split('\n');
          const blank = lines.findIndex((line, i) => i > openingLine && line.trim() === '');
          // A closing line with two or four dashes, or the long dash Word makes of "---", before the
          // first empty line (after it, such a line is more likely a line in the text).
          const found = lines.findIndex((line, i) => i > openingLine && /^[ \t]*(-{2}|-{4,}|[—–]+)[ \t]*$/.test(line));
          const almost = found > 0 && (blank < 0 || found < blank) ? found : -1;
          issues.push({
            severity: 'error',
            file,
            line: almost > 0 ? almost + 1 : openingLine + 1,
            message: opened
              ? 'de velden worden niet afgesloten met een regel "---"'
              : 'het bestand begint niet met de velden tussen twee regels "---"',
            hint: !opened
              ? 'Zet op de eerste regel "---", daaronder de velden (zoals title: …), en sluit af met nog een regel "---".'
              : almost > 0
                ? `Regel ${almost + 1} ("${lines[almost]!.trim()}") sluit de velden niet af: daarvoor zijn precies drie gewone streepjes nodig. Schrijf "---".`
                : `Zet na de laatste regel met een veld${blank > 0 ? ` (regel ${blank})` : ''} een regel met alleen "---".`,
          });
          unreadable.push({ collection, id });
          continue;
        }
        yamlText = match[2] ?? '';
        body = text.slice(match[0].length);
        bodyLine = match[0].split('\n').length;
        if (!match[0].endsWith('\n')) bodyLine += 1;
        // The fields start on the line after the first "---", which may follow empty lines.
        lineOffset = (match[1] ?? '').split('\n').length;
      }
      const yamlIssues: ContentIssue[] = [];
      const { doc, counter, ok } = parseYaml(yamlText, file, lineOffset, yamlIssues);
      // Said instead of YAML's own message, which points at what the editor cannot see. A file that YAML
      // cannot read may have no text of several lines where it thinks it has.
      const invisible = invisibleCharacter(yamlText, ok ? continuedTextLines(doc, counter) : new Set());
      if (invisible) {
        issues.push({ severity: 'error', file, ...invisible, line: invisible.line + lineOffset });
        unreadable.push({ collection, id });
        continue;
      }
      // Characters the build's reader refuses, which this check's reader takes: said at their field.
      // YAML's own message on such a line is about what the editor cannot see (an empty line that
      // holds one reads as a field without a colon), so it is left out.
      const refused = checkRefusedCharacters(doc, counter, yamlText, file, lineOffset);
      const refusedLines = new Set(refused.map((issue) => issue.line));
      issues.push(...refused, ...yamlIssues.filter((issue) => !refusedLines.has(issue.line)));
      if (!ok) {
        unreadable.push({ collection, id });
        continue;
      }
      const { issues: valueIssues, plainDates } = checkPlainValues(doc, counter, yamlText, file, lineOffset, (at) =>
        holdsText(collection, at),
      );
      issues.push(...valueIssues);
      entries.push({
        collection,
        id,
        path: absolute,
        file,
        format,
        data: doc.toJS() ?? {},
        body,
        bodyLine,
        lineOf: lazyLineFinder(yamlText, lineOffset),
        plainDates,
      });
    }
  }
  return { entries, issues, unreadable };
}

/** What to do with a file in a content folder that the site does not read, by what it most likely is. */
function wrongTypeHint(absolute: string, written: string, inner: string, formats: readonly string[]): string {
  const base = path.basename(absolute);
  const withoutLast = path.basename(base, path.extname(base));
  if (formats.includes(inner)) {
    // "regie.md.bak" beside "regie.md": a copy an editor kept; "regie.md.txt" alone: Notepad added .txt.
    return fs.existsSync(path.join(path.dirname(absolute), withoutLast))
      ? `Er staat al een bestand "${withoutLast}" naast: dit is waarschijnlijk een kopie ervan. Haal dit bestand weg.`
      : `Noem het bestand "${withoutLast}": de naam eindigt nu op .${written}, wat Windows soms verbergt.`;
  }
  if (isImageFile(base))
    return `Zet afbeeldingen in ${mediaFolder}/ en zet ze in een tekst met ![wat er te zien is](${imagePath(base)}).`;
  if (documentTypes.has(written.toLowerCase()))
    return `Een pagina is een tekstbestand dat op .md eindigt: maak er een (CONTRIBUTING.md zegt hoe) en schrijf de tekst van het document daarin over. Het document zelf hoort niet in content/.`;
  return `Gebruik ${formats.map((f) => `.${f}`).join(' of ')}.`;
}
