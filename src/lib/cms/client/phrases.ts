/**
 * Decap's Dutch interface completed: the phrases its Dutch translation lacks (which Decap would show
 * in English), a few sentences said more plainly (B1), the headings named as the site's guide names
 * them, and a page called a page: Decap's Dutch says "item" for what editors know as a page.
 * Merged over Decap's own Dutch phrases ('nl').
 */
export const phrases = {
  app: {
    app: {
      loadingConfig: 'De editor wordt geladen…',
      checkConfigYml: 'Controleer het bestand config.yml.',
    },
  },
  collection: {
    collectionTop: {
      viewAsList: 'Als lijst tonen',
      viewAsGrid: 'Als raster tonen',
      // The button shows "＋ praktijkvoorbeeld"; its name starts with the same word (WCAG 2.5.3).
      newButtonAriaLabel: '%{collectionLabel} toevoegen (een nieuwe pagina)',
    },
    entries: {
      unpublishedHeader: "Niet-gepubliceerde pagina's",
      loadingEntries: "Pagina's laden",
      cachingEntries: "Pagina's klaarzetten",
      noEntries: "Geen pagina's",
    },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Veld (%{widgetLabel})' } },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel}: dit veld is verplicht.',
        regexPattern: '%{fieldLabel}: %{pattern}',
        rangeCount: '%{fieldLabel}: kies er minstens %{minCount} en hoogstens %{maxCount}.',
        rangeCountExact: '%{fieldLabel}: kies er precies %{count}.',
        rangeMin: '%{fieldLabel}: kies er minstens %{minCount}.',
        rangeMax: '%{fieldLabel}: kies er hoogstens %{maxCount}.',
      },
    },
    editor: {
      onLeavePage: 'Weet u zeker dat u deze pagina wilt verlaten?',
      // Decap's Dutch names a status "Voltooid" here; everywhere else, and in CONTRIBUTING, it is "Klaar".
      onPublishingNotReady: 'Zet de status eerst op "Klaar". Daarna kunt u publiceren.',
      onPublishing: 'Weet u zeker dat u deze pagina wilt publiceren?',
      onUnpublishing: 'Weet u zeker dat u de publicatie van deze pagina ongedaan wilt maken?',
      onDeleteWithUnsavedChanges:
        'Weet u zeker dat u deze gepubliceerde pagina wilt verwijderen, met de wijzigingen die u nog niet opsloeg?',
      onDeletePublishedEntry: 'Weet u zeker dat u deze gepubliceerde pagina wilt verwijderen?',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        'Alle niet-gepubliceerde wijzigingen in deze pagina worden verwijderd, met de wijzigingen die u nog niet opsloeg. Wilt u dat?',
      onDeleteUnpublishedChanges: 'Alle niet-gepubliceerde wijzigingen in deze pagina worden verwijderd. Wilt u dat?',
      loadingEntry: 'Pagina laden…',
      confirmLoadBackup: 'Voor deze pagina is een kopie bewaard van uw laatste wijzigingen. Wilt u die gebruiken?',
    },
    editorToolbar: {
      statusInfoTooltipDraft:
        'Deze pagina is een concept. Is ze klaar om na te kijken? Zet de status dan op "Wordt beoordeeld".',
      statusInfoTooltipInReview:
        'Deze pagina wordt nagekeken. U hoeft niets te doen, maar u kunt haar nog wel aanpassen.',
      publishAndCreateNew: 'Publiceer en maak een nieuwe pagina',
      publishAndDuplicate: 'Publiceer en maak een kopie',
      deleteUnpublishedEntry: 'Niet-gepubliceerde pagina verwijderen',
      deletePublishedEntry: 'Gepubliceerde pagina verwijderen',
      deleteEntry: 'Pagina verwijderen',
    },
    editorWidgets: {
      markdown: {
        toggleMode: { rich: 'Naar rijke tekst', markdown: 'Naar Markdown' },
        strikethrough: 'Doorhalen',
        // The button that opens the list of heading levels (Kop 2, Kop 3…), as CONTRIBUTING calls it.
        headings: 'Kop',
        quote: 'Citaat',
        linkPrompt:
          'Typ het adres van de link: een volledig adres (https://…) of een pagina van de site, zoals /plannen/regie/',
      },
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
  workflow: {
    workflow: {
      loading: 'Concepten laden',
      newPost: 'Nieuwe pagina',
      description:
        "%{smart_count} pagina wacht op beoordeling, %{readyCount} klaar om te publiceren. |||| %{smart_count} pagina's wachten op beoordeling, %{readyCount} klaar om te publiceren.",
    },
    workflowCard: { deleteNewEntry: 'Nieuwe pagina verwijderen', publishNewEntry: 'Nieuwe pagina publiceren' },
    workflowList: {
      onDeleteEntry: 'Weet u zeker dat u deze pagina wilt verwijderen?',
      onPublishingNotReadyEntry:
        'Alleen een pagina met de status "Klaar" kan worden gepubliceerd. Sleep de kaart naar de kolom "Klaar".',
      onPublishEntry: 'Weet u zeker dat u deze pagina wilt publiceren?',
      currentEntries: "%{smart_count} pagina |||| %{smart_count} pagina's",
    },
  },
  ui: {
    settingsDropdown: { account: 'Menu van uw account' },
    toast: {
      missingRequiredField: 'Niet opgeslagen: verbeter eerst de velden met een melding.',
      onFailToLoadEntries: 'De pagina kon niet worden geladen: %{details}',
      onFailToPersist: 'De pagina kon niet worden opgeslagen: %{details}',
      onFailToDelete: 'De pagina kon niet worden verwijderd: %{details}',
      entrySaved: 'Pagina opgeslagen',
      entryPublished: 'Pagina gepubliceerd',
      onFailToPublishEntry: 'De pagina kon niet worden gepubliceerd: %{details}',
      onFailToUnpublishEntry: 'De publicatie kon niet worden teruggedraaid: %{details}',
      entryUpdated: 'Status van de pagina gewijzigd',
      onFailToUpdateStatus: 'De status kon niet worden gewijzigd: %{details}',
      onLoggedOut: 'U bent uitgelogd. Kopieer eerst wat u nog niet hebt opgeslagen, en log dan opnieuw in.',
      // Decap's Dutch has the placeholder broken ("Zie% {details}"), so it would show as it stands.
      onBackendDown: 'De verbinding met de server werkt nu niet. Probeer het later opnieuw. (%{details})',
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
