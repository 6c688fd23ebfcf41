import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { registry, type CollectionName } from '../schemas/index.ts';
import { idFromTitle } from './entry-id.ts';
import { describeKind } from './schema/kind-text.ts';
import { plainSchemas } from './schema/plain-schemas.ts';
import { fieldsOf, type FieldInfo } from './schema/walk.ts';

/** The field that holds an entry's name; the scaffold fills it with the title the editor gave. */
export function titleField(collection: CollectionName): string {
  return registry[collection].nameField;
}

/** A comment split into lines of at most `width` characters. */
function wrap(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The comment above a field: what it is for, how to fill it in, and whether it must be filled in. */
function fieldComment(field: FieldInfo, note?: string): string {
  const { description = '', kind } = field;
  // A description that already names every choice needs no second list.
  const hint =
    kind.type === 'choice' && kind.values.every((v) => description.includes(v)) ? '' : describeKind(kind).hint;
  return [description, hint, note ?? (field.required ? 'Verplicht.' : 'Niet verplicht.')].filter(Boolean).join(' ');
}

/**
 * The YAML lines of one field: its description and how to fill it in as comments, then the field.
 * A required field is written empty, so the check names it until the editor fills it in; an optional
 * one is written behind "# ", to be switched on by removing that.
 */
function fieldLines(
  field: FieldInfo,
  indent: string,
  values: Record<string, string>,
  options: { active?: boolean; note?: string } = {},
): string[] {
  const comments = wrap(fieldComment(field, options.note)).map((line) => `${indent}# ${line}`);
  const lines = valueLines(field, indent, values[field.name]);
  return [...comments, ...((options.active ?? field.required) ? lines : lines.map((line) => commentOut(line, indent)))];
}

/** Puts "# " after the indentation, so that removing it gives back a valid line. */
function commentOut(line: string, indent: string): string {
  return `${indent}# ${line.slice(indent.length)}`;
}

/** The field itself: `name:` with the value, or with its list or group below it. */
function valueLines(field: FieldInfo, indent: string, value: string | undefined): string[] {
  const { kind } = field;
  if (value !== undefined) return [`${indent}${field.name}: ${value}`];
  if (kind.type === 'list') {
    if (kind.item.type === 'group') {
      // One item to start from: its first field switched on, the others behind "# ".
      const [firstField, ...others] = kind.item.fields;
      if (!firstField) return [`${indent}${field.name}:`];
      const itemIndent = `${indent}    `;
      const note =
        kind.item.rule && !firstField.required
          ? `Vul dit in, of gebruik een van de velden hieronder (${kind.item.rule}).`
          : undefined;
      const first = fieldLines(firstField, itemIndent, {}, { active: true, note });
      first[first.length - 1] = `${indent}  - ${first[first.length - 1]!.slice(itemIndent.length)}`;
      return [`${indent}${field.name}:`, ...first, ...others.flatMap((f) => fieldLines(f, itemIndent, {}))];
    }
    return [`${indent}${field.name}:`, `${indent}  -`];
  }
  if (kind.type === 'group') {
    return [`${indent}${field.name}:`, ...kind.fields.flatMap((f) => fieldLines(f, `${indent}  `, {}))];
  }
  return [`${indent}${field.name}:`];
}

export interface Scaffold {
  id: string;
  /** Path inside the content folder, e.g. `plans/nieuw-plan.md`. */
  file: string;
  text: string;
}

/** A new entry with every field of its schema, the given title filled in and every other value left to the editor. */
export function scaffoldEntry(collection: CollectionName, title: string): Scaffold {
  const id = idFromTitle(title);
  if (id === '') throw new Error('de titel heeft geen letters of cijfers, dus er is geen bestandsnaam van te maken');
  const format = registry[collection].formats[0];
  const fields = fieldsOf(plainSchemas[collection] as z.ZodType);
  const values = { [titleField(collection)]: JSON.stringify(title.trim()) };
  const intro = [
    `# ${title.trim()}: nieuw bestand in content/${collection}/.`,
    '# Regels die met # beginnen zijn uitleg en komen niet op de site. Vul de lege velden in.',
    '# Een veld dat niet verplicht is, staat achter "# ": haal "# " weg om het te gebruiken.',
    '# npm run check (en de controle bij uw pull request) noemt elk veld dat nog leeg is.',
  ];
  const yaml = [...intro, '', ...fields.flatMap((field) => [...fieldLines(field, '', values), ''])]
    .join('\n')
    .trimEnd();
  const text =
    format === 'yaml'
      ? `${yaml}\n`
      : `---\n${yaml}\n---\n\n<!-- Schrijf hieronder de tekst van de pagina. De titel staat al bovenaan de pagina; koppen in de tekst beginnen met ## (en ### daaronder). Deze regel mag weg. -->\n`;
  return { id, file: `${collection}/${id}.${format}`, text };
}

/** The file that already has this id in a collection, in any of its file types; undefined if none. */
export function existingEntryFile(contentDir: string, collection: CollectionName, id: string): string | undefined {
  const folder = path.join(contentDir, collection);
  if (!fs.existsSync(folder)) return undefined;
  const match = fs.readdirSync(folder).find((name) => name.replace(/\.[^.]+$/, '') === id);
  return match ? path.join(folder, match) : undefined;
}
