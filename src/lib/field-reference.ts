import type { z } from 'astro/zod';
import GithubSlugger from 'github-slugger';
import { collectionNames, registry, type CollectionName } from '../schemas/index.ts';
import { fieldLabels } from '../schemas/labels.ts';
import { newEntryCommand } from './new-entry-command.ts';
import { describeKind } from './schema/kind-text.ts';
import { plainSchemas } from './schema/plain-schemas.ts';
import { fieldsOf, type FieldInfo } from './schema/walk.ts';

/** Where the generated reference is written; CONTRIBUTING.md links to it. */
export const fieldReferenceFile = 'docs/velden.md';

const code = (text: string) => `\`${text}\``;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/**
 * One table row per field, with the fields of a group (or of a list of groups) below it. Each row names the
 * field twice: as it is written in the file, and as the editor in the browser labels it.
 */
function rows(fields: FieldInfo[], prefix = '', parentOptional = false): string[] {
  return fields.flatMap((field) => {
    const name = `${prefix}${field.name}`;
    const required = field.required
      ? parentOptional
        ? `ja, als ${code(prefix.replace(/(\[\])?\.$/, ''))} er is`
        : 'ja'
      : 'nee';
    const row = `| ${code(name)} | ${fieldLabels[field.name] ?? ''} | ${required} | ${cell(describeKind(field.kind).label)} | ${cell(field.description ?? '')} |`;
    const { kind } = field;
    const children =
      kind.type === 'group'
        ? rows(kind.fields, `${name}.`, prefix !== '' || !field.required || parentOptional)
        : kind.type === 'list' && kind.item.type === 'group'
          ? rows(kind.item.fields, `${name}[].`, true)
          : [];
    return [row, ...children];
  });
}

const formats: Record<'md' | 'mdx' | 'yaml', string> = { md: '.md', mdx: '.mdx', yaml: '.yaml' };

function title(collection: CollectionName): string {
  const { route } = registry[collection];
  return `${route[0]!.toUpperCase()}${route.slice(1)}`;
}

const heading = (collection: CollectionName) => `${title(collection)} (${code(`content/${collection}/`)})`;

function section(collection: CollectionName): string {
  const { formats: types, route } = registry[collection];
  const markdown = types.some((t) => t !== 'yaml');
  const lines = [
    `## ${heading(collection)}`,
    '',
    `Bestand: ${types.map((t) => code(formats[t])).join(' of ')}${markdown ? ', met de velden tussen twee regels `---` en daaronder de tekst van de pagina' : ', alleen velden'}. ` +
      `Adres op de site: ${code(`/${route}/<bestandsnaam>/`)}. ` +
      `Nieuw bestand: ${code(newEntryCommand(collection))}.`,
    '',
    '| veld | in de editor | verplicht | wat erin komt | uitleg |',
    '| --- | --- | --- | --- | --- |',
    ...rows(fieldsOf(plainSchemas[collection] as z.ZodType)),
  ];
  return lines.join('\n');
}

/**
 * The field reference for editors, generated from the schemas: the schemas are the one source of
 * truth, and a test fails when this text and the schemas disagree (`npm run docs:fields` fixes it).
 */
export function fieldReference(): string {
  // GitHub makes heading anchors with the same slugger as the site.
  const slugger = new GithubSlugger();
  const intro = [
    '# Velden per soort pagina',
    '',
    "<!-- Dit bestand wordt gemaakt met `npm run docs:fields` uit de schema's in src/schemas/. Pas het niet met de hand aan: een test controleert of het nog klopt. -->",
    '',
    'Elke pagina van de kennisbank is één bestand in `content/`. Hieronder staat per soort pagina welke velden',
    'er in het bestand kunnen staan, of ze verplicht zijn, wat erin komt en waarvoor ze dienen. Hoe u een',
    'bestand toevoegt of wijzigt, staat in [CONTRIBUTING.md](../CONTRIBUTING.md).',
    '',
    '- Een **id** is de bestandsnaam zonder extensie, bijvoorbeeld `kate-snellens` voor `content/people/kate-snellens.yaml`.',
    '- Een veld in een groep staat hier als `groep.veld` (bijvoorbeeld `ageRange.label`); een veld van elk item in een',
    '  lijst als `lijst[].veld` (bijvoorbeeld `members[].person`).',
    '- Een veld dat niet verplicht is, laat u weg als de bron er niets over zegt. Verzin nooit een waarde.',
    '',
    ...collectionNames.map((c) => `- [${title(c)}](#${slugger.slug(heading(c).replace(/`/g, ''))})`),
  ];
  return `${[intro.join('\n'), ...collectionNames.map(section)].join('\n\n')}\n`;
}
