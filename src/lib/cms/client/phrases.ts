/**
 * Decap's Dutch interface, with a few sentences said more plainly (B1) and the headings named as the
 * site's guide names them. Merged over Decap's own Dutch phrases ('nl').
 */
export const phrases = {
  editor: {
    editorControlPane: {
      widget: {
        required: '%{fieldLabel}: dit veld is verplicht.',
        regexPattern: '%{fieldLabel}: %{pattern}',
      },
    },
    editorWidgets: {
      headingOptions: {
        headingOne: 'Kop 1',
        headingTwo: 'Kop 2',
        headingThree: 'Kop 3',
        headingFour: 'Kop 4',
        headingFive: 'Kop 5',
        headingSix: 'Kop 6',
      },
    },
  },
  ui: {
    toast: {
      missingRequiredField: 'Niet opgeslagen: verbeter eerst de velden met een melding.',
    },
  },
};

type Phrases = { [key: string]: string | Phrases };

/** `over` laid over `under`, key by key, at any depth. */
export function mergePhrases(under: Phrases, over: Phrases): Phrases {
  const merged: Phrases = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key];
    merged[key] = typeof value === 'object' && typeof below === 'object' ? mergePhrases(below, value) : value;
  }
  return merged;
}
