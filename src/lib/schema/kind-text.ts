import { registry } from '../../schemas/index.ts';
import type { FieldKind } from './walk.ts';

/** How a kind of value is told to editors: a short label for the field reference, and an instruction. */
export interface KindText {
  /** What a value looks like, in a few words: "datum (JJJJ-MM-DD)". */
  label: string;
  /** How to fill it in, as a sentence: "Een datum: JJJJ-MM-DD." Empty when the description says enough. */
  hint: string;
}

const code = (text: string) => `\`${text}\``;
const lowerFirst = (text: string) => text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());

/** The one description of each kind of field, for the field reference, the scaffold and the editor. */
export function describeKind(kind: FieldKind): KindText {
  switch (kind.type) {
    case 'text':
      if (kind.format === 'email') return { label: 'e-mailadres', hint: 'Een e-mailadres.' };
      if (kind.format === 'url')
        return { label: 'webadres (https://…)', hint: 'Een webadres dat begint met https://.' };
      if (kind.format === 'id') {
        return { label: 'id (kleine letters, cijfers, streepjes)', hint: 'Kleine letters, cijfers en streepjes.' };
      }
      return kind.max
        ? {
            label: `tekst (${kind.min ?? 1}–${kind.max} tekens)`,
            hint: `Tekst van ${kind.min ?? 1} tot ${kind.max} tekens.`,
          }
        : { label: 'tekst', hint: '' };
    case 'number': {
      const range = kind.min !== undefined && kind.max !== undefined;
      return {
        label: `${kind.integer ? 'heel getal' : 'getal'}${range ? ` (${kind.min} t/m ${kind.max})` : ''}`,
        hint: range ? `Een ${kind.integer ? 'heel ' : ''}getal van ${kind.min} tot en met ${kind.max}.` : 'Een getal.',
      };
    }
    case 'date':
      return { label: 'datum (JJJJ-MM-DD)', hint: 'Een datum: JJJJ-MM-DD.' };
    case 'boolean':
      return { label: 'true of false', hint: 'true (ja) of false (nee).' };
    case 'choice':
      return { label: `een van: ${kind.values.map(code).join(', ')}`, hint: `Kies uit: ${kind.values.join(', ')}.` };
    case 'reference': {
      const noun = registry[kind.collection].noun.one;
      return {
        label: `id van een ${noun} (${code(`content/${kind.collection}/`)})`,
        hint: `Het id van een ${noun}: een bestandsnaam uit content/${kind.collection}/, zonder extensie.`,
      };
    }
    case 'list': {
      const item = describeKind(kind.item);
      const min = kind.min ? ` (minstens ${kind.min})` : '';
      return {
        label: `lijst${min}, per regel: ${item.label}`,
        hint: `Een lijst: elke waarde op een eigen regel die begint met "- "${min}.${kind.item.type === 'text' ? '' : ` Per regel: ${lowerFirst(item.hint)}`}`,
      };
    }
    case 'group':
      return {
        label: `groep velden (hieronder)${kind.rule ? `; ${kind.rule}` : ''}`,
        hint: kind.rule ? `Een groep velden, ingesprongen; let op: ${kind.rule}.` : 'Een groep velden, ingesprongen.',
      };
    default:
      return { label: '', hint: '' };
  }
}

/**
 * The rule a value must meet, as one sentence: the editor's form shows it when a value breaks the rule
 * (and beside the field). Undefined when the kind has no rule a form can check in a text box.
 */
export function ruleOf(kind: FieldKind): string | undefined {
  if (kind.type === 'text' && !kind.format && kind.max === undefined) {
    return kind.min !== undefined && kind.min > 1 ? `Minstens ${kind.min} tekens.` : undefined;
  }
  if (kind.type !== 'text' && kind.type !== 'date' && kind.type !== 'number') return undefined;
  return describeKind(kind).hint || undefined;
}
