import { idPattern, isoDatePattern, webAddressPattern } from '../../schemas/shared.ts';
import { editorLabel, listItemLabels } from '../../schemas/labels.ts';
import { ruleOf } from '../schema/kind-text.ts';
import type { FieldInfo, FieldKind } from '../schema/walk.ts';
import type { DecapField } from './decap-types.ts';
import { isMunicipalityField, municipalityKind } from '../municipality-fields.ts';

/** What a field needs to know about the collections it can refer to. */
export interface FieldContext {
  /** The field that names an entry of a collection: relations search and show it. */
  nameFieldOf(collection: string): string;
}

/** Dates as the schemas want them: a calendar day, written JJJJ-MM-DD, no time. */
const dayFormat = 'YYYY-MM-DD';

/**
 * A text is a multi-line box when it holds sentences rather than a name: a summary, an explanation.
 * The schemas say so by their limits: a long maximum (summary: 400), or no maximum and a minimum
 * no name needs (ambition: at least 10 characters).
 */
export function isLongText(kind: Extract<FieldKind, { type: 'text' }>): boolean {
  return kind.max !== undefined ? kind.max > 200 : (kind.min ?? 0) >= 10;
}

/** The regular expression a text must match in the form, if the schema asks more than "not empty". */
function textPattern(kind: Extract<FieldKind, { type: 'text' }>): string | undefined {
  if (kind.format === 'email') return '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
  if (kind.format === 'url') return webAddressPattern.source;
  if (kind.format === 'id') return idPattern.source;
  // Zod counts UTF-16 code units, as does a regular expression without the u flag.
  if (kind.max !== undefined) return `^[\\s\\S]{${kind.min ?? 0},${kind.max}}$`;
  if (kind.min !== undefined && kind.min > 1) return `^[\\s\\S]{${kind.min},}$`;
  return undefined;
}

const sentence = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

/** A relation to entries of another collection: searched and shown by their name, stored as their id. */
function relation(collection: string, context: FieldContext, fieldName: string) {
  const nameField = context.nameFieldOf(collection);
  return {
    widget: 'relation' as const,
    collection,
    search_fields: [nameField],
    display_fields: [nameField],
    // The entry's slug is its file name without extension: the id the schemas refer to.
    value_field: '{{slug}}',
    // A municipality field offers only municipalities, so the form cannot make the check's mistake.
    ...(collection === 'organisations' && isMunicipalityField(fieldName)
      ? { filters: [{ field: 'kind', values: [municipalityKind] }] }
      : {}),
  };
}

/** The form field for one schema field, by its kind; `optionalParent` when it sits in a group that may be left out. */
export function decapField(field: FieldInfo, context: FieldContext, optionalParent = false): DecapField {
  const { name, kind, description } = field;
  // In a group that may be left out, Decap would still demand the group's required fields; the
  // content check holds the "all or nothing" rule there instead (the hint says it).
  const required = field.required && !optionalParent;
  const base = { name, label: editorLabel(name), required };
  const rule = ruleOf(kind);
  switch (kind.type) {
    case 'text': {
      const pattern = textPattern(kind);
      // A range or a format is worth saying beside the field; a bare minimum only when it is broken.
      const sayRule = kind.format !== undefined || kind.max !== undefined;
      return {
        ...base,
        widget: isLongText(kind) ? 'text' : 'string',
        hint: sentence(description, sayRule ? rule : undefined),
        ...(pattern ? { pattern: [pattern, rule ?? 'Deze waarde is niet geldig.'] } : {}),
      };
    }
    case 'number':
      return {
        ...base,
        widget: 'number',
        hint: sentence(description, rule),
        value_type: kind.integer ? 'int' : 'float',
        ...(kind.integer ? { step: 1 } : {}),
        ...(kind.min !== undefined ? { min: kind.min } : {}),
        ...(kind.max !== undefined ? { max: kind.max } : {}),
      };
    case 'date':
      return {
        ...base,
        widget: 'datetime',
        hint: sentence(description),
        format: dayFormat,
        date_format: dayFormat,
        time_format: false,
        pattern: [isoDatePattern.source, rule ?? ''],
      };
    case 'boolean':
      return { ...base, widget: 'boolean', hint: sentence(description) };
    case 'choice':
      return {
        ...base,
        widget: 'select',
        hint: sentence(description),
        options: kind.values.map((value) => ({ label: kind.labels?.[value] ?? value, value })),
      };
    case 'reference':
      return { ...base, ...relation(kind.collection, context, name), hint: sentence(description) };
    case 'list':
      return { ...base, ...listField(field, kind, context) };
    case 'group': {
      const optional = !required;
      const mustFill = kind.fields.filter((f) => f.required).map((f) => f.name);
      const allOrNothing =
        optional && mustFill.length > 0 ? `Vult u deze groep in, vul dan ook ${joinDutch(mustFill)} in.` : undefined;
      return {
        ...base,
        widget: 'object',
        hint: sentence(description, allOrNothing, kind.rule && `Let op: ${kind.rule}.`),
        collapsed: optional,
        fields: kind.fields.map((f) => decapField(f, context, optional)),
      };
    }
    default:
      throw new Error(
        `The editor has no widget for field "${name}": its schema is of a kind the walker does not know.`,
      );
  }
}

/** A list: of ids (a relation with several values), of choices (a select with several), or of values or groups. */
function listField(
  field: FieldInfo,
  kind: Extract<FieldKind, { type: 'list' }>,
  context: FieldContext,
): Omit<DecapField, 'name' | 'label' | 'required'> {
  const count = kind.min !== undefined ? { min: kind.min } : {};
  const { item } = kind;
  if (item.type === 'reference') {
    return {
      ...relation(item.collection, context, field.name),
      multiple: true,
      ...count,
      hint: sentence(field.description),
    };
  }
  if (item.type === 'choice') {
    const options = item.values.map((value) => ({ label: item.labels?.[value] ?? value, value }));
    return { widget: 'select', multiple: true, options, ...count, hint: sentence(field.description) };
  }
  const singular = listItemLabels[field.name] ? { label_singular: listItemLabels[field.name] } : {};
  if (item.type === 'group') {
    return {
      widget: 'list',
      ...singular,
      ...count,
      hint: sentence(field.description, item.rule && `Let op: ${item.rule}.`),
      // A collapsed item shows what it holds: the values of its fields, in order.
      summary: item.fields.map((f) => `{{fields.${f.name}}}`).join(' '),
      fields: item.fields.map((f) => decapField(f, context)),
    };
  }
  // A list of plain values: each item is one field of the item's kind, never left empty.
  const one = decapField({ name: field.name, required: true, kind: item }, context);
  return { widget: 'list', ...singular, ...count, hint: sentence(field.description), field: one };
}

/** "a, b en c". */
function joinDutch(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
