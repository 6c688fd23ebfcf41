import type { YAMLError } from 'yaml';

/** A YAML syntax error in words an editor can act on: what is wrong, and what to write instead. */
export function explainYamlError(error: Pick<YAMLError, 'code' | 'message'>): { message: string; hint: string } {
  const detail = error.message.split('\n')[0] ?? '';
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return {
        message: 'er staat een tab waar spaties horen',
        hint: 'Spring in met spaties (twee per niveau), niet met de Tab-toets.',
      };
    case 'DUPLICATE_KEY':
      return {
        message: 'een veld staat er twee keer in',
        hint: 'Houd één van de twee over, of geef het tweede veld de goede naam.',
      };
    case 'MISSING_CHAR':
      if (/quote/i.test(detail)) {
        return {
          message: 'een aanhalingsteken wordt geopend maar niet gesloten',
          hint: 'Zet aan het eind van de tekst hetzelfde aanhalingsteken als aan het begin: summary: "…".',
        };
      }
      if (/map values/i.test(detail)) {
        return {
          message: 'na een veldnaam ontbreekt de dubbele punt',
          hint: 'Schrijf een veld als naam, dubbele punt, spatie en waarde: role: beleidsadviseur.',
        };
      }
      return {
        message: 'een haakje wordt geopend maar niet gesloten',
        hint: 'Sluit elk [ met ] en elk { met }, of zet de tekst tussen aanhalingstekens.',
      };
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
    case 'BAD_INDENT':
      return {
        message: 'de inspringing klopt niet',
        hint: 'Velden op hetzelfde niveau beginnen precies onder elkaar. Een item van een lijst begint met "- " en springt twee spaties in onder de veldnaam.',
      };
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
    case 'UNEXPECTED_TOKEN':
      return {
        message: 'hier staat iets wat niet bij een veld past',
        hint: 'Kijk op deze regel en die erboven. Staat er een aanhalingsteken midden in de tekst (zoals in \'s-Hertogenbosch)? Zet de hele tekst dan tussen dubbele aanhalingstekens. Begint een regel zonder veldnaam? Zet er "veld: " voor, of maak er een lijstitem van met "- ".',
      };
    default:
      return {
        message: `er is een fout in de opmaak (technische melding: ${detail})`,
        hint: 'Controleer de inspringing (spaties, geen tabs), de dubbele punt na elke veldnaam, en aanhalingstekens rond tekst met een dubbele punt.',
      };
  }
}
