import type { YAMLError } from 'yaml';
import { CURLY, quotedLine } from './yaml-values.ts';

/** What the loader knows around an error, for words that fit the case. */
export interface YamlErrorContext {
  /** The fields as written. */
  text: string;
  /** Where the error is in them: for an unclosed quote, where it opens. */
  offset: number;
  /**
   * A quote that is never closed: the field whose text it opens (a number for an item of a list), and
   * what follows on its line, the quote included: `'s-Hertogenbosch`.
   */
  unclosed?: { key: string | number | undefined; opening: string };
}

/** The line of `text` that `offset` is on. */
function lineOf(text: string, offset: number): { line: string; lines: string[]; index: number } {
  const lines = text.split('\n');
  const index = text.slice(0, offset).split('\n').length - 1;
  return { line: lines[index] ?? '', lines, index };
}

/** A line with a field: its indentation, the "- " of a list item, its name and its value. */
const FIELD_LINE = /^( *)(- +)?([^\s:#"'-][^\s:]*):(?:[ \t]+(.*))?$/;

/**
 * A field on the line at `index` that is not right under the fields of the list item it follows,
 * such as `   role:` with three spaces under `  - person:`: its name, the item's first field, and the
 * spaces that put it right under that one.
 */
function misplacedInItem(lines: string[], index: number): { name: string; first: string; spaces: number } | undefined {
  const field = FIELD_LINE.exec(lines[index] ?? '');
  if (!field || field[2]) return undefined;
  const indent = field[1]!.length;
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const above = FIELD_LINE.exec(line);
    if (above?.[2]) {
      const spaces = above[1]!.length + above[2].length;
      return above[1]!.length < indent && spaces !== indent ? { name: field[3]!, first: above[3]!, spaces } : undefined;
    }
    // A field at the left edge starts the list: no item above belongs to this line.
    if (!line.startsWith(' ')) return undefined;
  }
  return undefined;
}

/**
 * A value between curly quotes (“…”, from Word) with ": " in it: to YAML those are letters, not
 * quotes, so the colon starts a field inside the text. Undefined for any other line.
 */
function curlyWithColon(line: string): { message: string; hint: string } | undefined {
  const field = FIELD_LINE.exec(line);
  const value = field?.[4]?.trim() ?? '';
  if (!CURLY.test(value) || !value.includes(': ')) return undefined;
  return {
    message: `de tekst staat tussen krulaanhalingstekens (${value.at(0)} ${value.at(-1)}), en die leest YAML niet als aanhalingstekens: de dubbele punt in de tekst lijkt dan het begin van een veld`,
    hint: `Gebruik rechte aanhalingstekens: ${quotedLine(field![3], value.slice(1, -1))}.`,
  };
}

/**
 * A YAML syntax error in words an editor can act on: what is wrong, and what to write instead. With
 * `offset` when the mistake is on another line than the one YAML names.
 */
export function explainYamlError(
  error: Pick<YAMLError, 'code' | 'message'>,
  context?: YamlErrorContext,
): { message: string; hint: string; offset?: number } {
  const detail = error.message.split('\n')[0] ?? '';
  const at = context ? lineOf(context.text, context.offset) : undefined;
  const curly = at && error.code !== 'DUPLICATE_KEY' ? curlyWithColon(at.line) : undefined;
  if (curly) return curly;
  const flow = /flow (map|sequence)/i.test(detail);
  const misplacedLine = !at
    ? undefined
    : (error.code === 'BAD_INDENT' && !flow) || /without - indicator/.test(detail)
      ? at.index
      : // An unquoted value with a line under it indented too far: YAML reads that line as more of the
        // value, and stops at its colon.
        error.code === 'BLOCK_AS_IMPLICIT_KEY'
        ? at.index + 1
        : undefined;
  const misplaced = at && misplacedLine !== undefined ? misplacedInItem(at.lines, misplacedLine) : undefined;
  if (at && misplaced) {
    return {
      message: `de inspringing klopt niet: "${misplaced.name}" staat niet recht onder "${misplaced.first}"`,
      hint: `Zet precies ${misplaced.spaces} spaties voor ${misplaced.name}, zodat het recht onder ${misplaced.first} begint. De velden van één item in een lijst staan precies onder elkaar.`,
      ...(misplacedLine === at.index ? {} : { offset: at.lines.slice(0, misplacedLine).join('\n').length + 1 }),
    };
  }
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return {
        message: 'er staat een tab waar spaties horen',
        hint: 'Spring in met spaties (twee per niveau), niet met de Tab-toets.',
      };
    case 'DUPLICATE_KEY': {
      const key = at ? /^\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:/.exec(at.line)?.[1] : undefined;
      return {
        message: key ? `het veld "${key}" staat er twee keer in` : 'een veld staat er twee keer in',
        hint: 'Houd één van de twee over, of geef het tweede veld de goede naam.',
      };
    }
    case 'MISSING_CHAR': {
      if (/quote/i.test(detail)) {
        const unclosed = context?.unclosed;
        // 's-Hertogenbosch, 't Hof: an apostrophe that YAML reads as an opening quote. Between single
        // quotes the apostrophe would be lost; between double quotes it stays.
        // Only a Dutch elision ('s, 't, 'n): in 'nov 2019 the closing quote was simply forgotten.
        if (unclosed && /^'[stn]\b/i.test(unclosed.opening.trimStart())) {
          return {
            message:
              "de tekst begint met een apostrof ('), en die leest YAML als een aanhalingsteken dat niet wordt gesloten",
            hint: `Zet de hele tekst tussen dubbele aanhalingstekens, met de apostrof erin: ${quotedLine(unclosed.key, unclosed.opening.trim())}.`,
          };
        }
        return {
          message: 'een aanhalingsteken wordt geopend maar niet gesloten',
          hint: `Zet aan het eind van de tekst hetzelfde aanhalingsteken als aan het begin: ${unclosed ? quotedLine(unclosed.key, '…') : '"…"'}.`,
        };
      }
      if (/map values/i.test(detail)) {
        return {
          message: 'na een veldnaam ontbreekt de dubbele punt',
          hint: 'Schrijf een veld als naam, dubbele punt, spatie en waarde: role: beleidsadviseur.',
        };
      }
      // "Sequence item without - indicator": a line indented more than the list item it follows.
      if (/without - indicator/.test(detail)) return indentation;
      if (flow) return bracket;
      // "Thema"#1: a # straight after the closing quote.
      if (/comments must be separated/i.test(detail)) {
        return {
          message: 'direct na een aanhalingsteken staat een #, zonder spatie ertussen',
          hint: 'Hoort de # bij de tekst, zet hem dan binnen de aanhalingstekens, zoals "Thema #1". Is het een opmerking, zet dan een spatie voor de #.',
        };
      }
      return unknown(detail);
    }
    // A line with no field name where one belongs: most often the text of the field above, continued on
    // the next line without indenting it, as it wraps in an editor.
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'deze regel heeft geen veldnaam (loopt de tekst van het veld erboven door op deze regel?)',
        hint: 'Zet de tekst van een veld op één regel, tussen aanhalingstekens: summary: "…". Of laat elke volgende regel van de tekst verder inspringen dan de naam van het veld. Hoort de regel bij een eigen veld, zet er dan de naam van het veld en een dubbele punt voor.',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message: 'een tekst bevat een dubbele punt met een spatie erna, of een regel springt in waar dat niet mag',
        hint: 'Zet een tekst met ": " erin tussen aanhalingstekens, bijvoorbeeld role: "projectleider: jeugd". Een veld op het hoogste niveau begint helemaal links.',
      };
    // An unclosed [ or { inside the fields is found where the next field starts, as an indentation error.
    case 'BAD_INDENT':
      return flow ? bracket : indentation;
    case 'BAD_SCALAR_START':
      return {
        message: 'een waarde begint met een teken dat daar niet mag (zoals @, ` of %)',
        hint: 'Zet de hele tekst tussen dubbele aanhalingstekens: "…".',
      };
    // A .yaml file written like the top of a .md file, between two lines "---".
    case 'MULTIPLE_DOCS':
      return {
        message: 'er staat een regel "---" in',
        hint: 'Haal de regels met alleen "---" weg: een .yaml-bestand heeft alleen velden. Alleen een .md-bestand zet de velden tussen twee regels "---", boven de tekst.',
      };
    // A Windows path or a typed "\n" in double quotes: there a backslash starts a code, such as \n for a new line.
    case 'BAD_DQ_ESCAPE':
      return {
        message:
          'een tekst tussen dubbele aanhalingstekens bevat een backslash (\\), en die is daar het begin van een code',
        hint: "Zet de tekst tussen enkele aanhalingstekens, zoals role: 'map C:\\jeugd', of schrijf tussen dubbele aanhalingstekens twee backslashes (\\\\) voor één.",
      };
    // "& partners": a sign that starts YAML code, with no name after it. ("* partners" is said by
    // yamlCodeMark in load.ts, with the other values that start with *.)
    case 'BAD_ALIAS':
      return {
        message: 'een tekst begint met &, en dat leest YAML als code',
        hint: 'Zet de hele tekst tussen aanhalingstekens: role: "& partners".',
      };
    case 'UNEXPECTED_TOKEN': {
      // title: "Regie en het "samen" project": the quote before samen ends the text.
      // A list item ("- "gemeente-"test"dorp"") too. \" and \\ are codes between double quotes only:
      // between single quotes they would show, so the text comes as it reads.
      const quoted = at ? /^(\s*(?:-\s+)?(?:[^\s:#"'-][^:#]*:\s+)?)"(.*)"\s*$/.exec(at.line) : null;
      const inner = quoted?.[2]!.replace(/\\(["\\])/g, '$1');
      if (quoted && inner?.includes('"')) {
        const before = quoted[1]!.trim();
        return {
          message:
            'er staan aanhalingstekens in een tekst die zelf tussen aanhalingstekens staat: de tekst houdt op bij het tweede',
          hint: `Zet de tekst tussen enkele aanhalingstekens: ${before}${before ? ' ' : ''}'${inner.replace(/'/g, "''")}'${inner.includes("'") ? " (een ' in de tekst wordt dan '')" : ''}. Of schrijf de aanhalingstekens in de tekst als “ en ”.`,
        };
      }
      return {
        message: 'hier staat iets wat niet bij een veld past',
        hint: 'Kijk op deze regel en die erboven. Staat er een aanhalingsteken midden in de tekst (zoals in \'s-Hertogenbosch)? Zet de hele tekst dan tussen dubbele aanhalingstekens. Begint een regel zonder veldnaam? Zet er "veld: " voor, of maak er een lijstitem van met "- ".',
      };
    }
    default:
      return unknown(detail);
  }
}

const bracket = {
  message: 'een haakje wordt geopend maar niet gesloten',
  hint: 'Sluit elk [ met ] en elk { met }, of zet de tekst tussen aanhalingstekens.',
};

const indentation = {
  message: 'de inspringing klopt niet',
  hint: 'Velden op hetzelfde niveau beginnen precies onder elkaar. Een item van een lijst begint met "- " en springt twee spaties in onder de veldnaam.',
};

/** An error the check has no words for: YAML's own, with what most often causes one. */
function unknown(detail: string): { message: string; hint: string } {
  return {
    message: `er is een fout in de opmaak (technische melding: ${detail})`,
    hint: 'Controleer de inspringing (spaties, geen tabs), de dubbele punt na elke veldnaam, en aanhalingstekens rond tekst met een dubbele punt.',
  };
}
