/**
 * Decap's Dutch interface completed: the phrases its Dutch translation lacks (which Decap would show
 * in English), a few sentences said more plainly (B1), and the headings named as the site's guide
 * names them. Merged over Decap's own Dutch phrases ('nl').
 */
export const phrases = {
  collection: {
    collectionTop: { viewAsList: 'Als lijst tonen', viewAsGrid: 'Als raster tonen' },
    entries: { unpublishedHeader: 'Niet-gepubliceerde items' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Veld (%{widgetLabel})' } },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel}: dit veld is verplicht.',
        regexPattern: '%{fieldLabel}: %{pattern}',
      },
    },
    editorToolbar: {
      statusInfoTooltipDraft:
        'Dit item is een concept. Is het klaar om na te kijken? Zet de status dan op "Wordt beoordeeld".',
      statusInfoTooltipInReview: 'Dit item wordt nagekeken. U hoeft niets te doen, maar u kunt het nog wel aanpassen.',
    },
    editorWidgets: {
      markdown: { toggleMode: { rich: 'Naar rijke tekst', markdown: 'Naar Markdown' }, strikethrough: 'Doorhalen' },
      headingOptions: {
        headingOne: 'Kop 1',
        headingTwo: 'Kop 2',
        headingThree: 'Kop 3',
        headingFour: 'Kop 4',
        headingFive: 'Kop 5',
        headingSix: 'Kop 6',
      },
      image: {
        chooseMultiple: 'Kies afbeeldingen',
        addMore: 'Meer afbeeldingen toevoegen',
        removeAll: 'Alle afbeeldingen verwijderen',
      },
      file: {
        chooseMultiple: 'Kies bestanden',
        addMore: 'Meer bestanden toevoegen',
        removeAll: 'Alle bestanden verwijderen',
      },
      // The button shows "Nu"; its name for a screen reader starts with the same word (WCAG 2.5.3).
      datetime: { setToNow: 'Nu: de datum van vandaag bij %{fieldLabel}' },
      list: { addType: 'Voeg %{item} toe' },
      object: { expand: 'Openklappen', collapse: 'Dichtklappen' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Sluiten' } },
  ui: {
    settingsDropdown: { account: 'Menu van uw account' },
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
