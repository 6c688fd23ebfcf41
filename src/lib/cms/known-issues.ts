/**
 * What axe finds in Decap CMS's own interface and no setting of ours can change. The editor's browser
 * test (tests/e2e/cms.test.ts) holds every finding to this list and fails on anything else; the
 * accessibility statement (/toegankelijkheid/) shows it to editors, with what they can do instead.
 */
export interface EditorIssue {
  /** The axe rules that report it. */
  rules: readonly string[];
  /** The elements, as axe reports them: Decap names its components in its class names. */
  elements: RegExp;
  /** What is wrong, in Dutch. */
  problem: string;
  /** What an editor can do about it, in Dutch. */
  instead: string;
}

export const editorIssues: readonly EditorIssue[] = [
  {
    rules: ['color-contrast'],
    elements: /AppHeader|SidebarNavLink|StyledDropdownButton|BackStatus|ToolbarToggleLabel/,
    problem:
      'Sommige teksten hebben te weinig contrast met hun achtergrond: het menu bovenaan (Inhoud, Workflow, Media), ' +
      'de soorten pagina’s in de lijst links, de knop "Sorteer op", de melding "Niet-opgeslagen wijzigingen" en de ' +
      'woorden "Rijke tekst" en "Markdown" boven het tekstvak.',
    instead:
      'Vergroot de tekst met Ctrl en + (op een Mac: Cmd en +), of zet het hoge contrast van uw computer aan. De ' +
      'soorten pagina’s vindt u ook met het zoekvak links.',
  },
  {
    rules: ['color-contrast'],
    elements: /FieldLabel|ControlHint|ControlTopbar|Toastify/,
    problem:
      'Na een fout zijn de naam van het veld, de uitleg eronder en de melding rood, in een kleur met te weinig ' +
      'contrast. Ook de melding rechtsboven ("Niet opgeslagen: …") heeft te weinig contrast.',
    instead:
      'De melding staat ook boven het veld, en begint met de naam van het veld, zoals "Samenvatting – summary: ' +
      'dit veld is verplicht.". Vergroot de tekst met Ctrl en + als u hem slecht kunt lezen.',
  },
  {
    rules: ['aria-input-field-name'],
    elements: /data-slate-editor/,
    problem: 'Het tekstvak voor de tekst van een pagina heeft geen naam voor een schermlezer.',
    instead: 'Het is het laatste vak van het formulier, onder het kopje "Tekst".',
  },
  {
    rules: ['aria-required-attr', 'button-name'],
    elements: /role="switch"/,
    problem:
      'De schakelaar tussen "Rijke tekst" en "Markdown" heeft geen naam, en een schermlezer hoort niet welke stand hij heeft.',
    instead:
      'De schakelaar staat boven het tekstvak, tussen de woorden "Rijke tekst" en "Markdown". Links staat hij op ' +
      'Rijke tekst (opmaak met knoppen), rechts op Markdown (de tekst met # en * zoals in het bestand).',
  },
  {
    rules: ['nested-interactive'],
    elements: /aria-haspopup="true"/,
    problem:
      'In de knoppenbalk boven het tekstvak zitten de keuze voor een kop en de knop "+" in een tweede knop. Een ' +
      'schermlezer kan ze daardoor verkeerd voorlezen.',
    instead:
      'Kies de modus "Markdown" en schrijf de kop met ## aan het begin van de regel (zie CONTRIBUTING, "De tekst van ' +
      'een pagina schrijven").',
  },
  {
    rules: ['frame-title'],
    elements: /id="preview-pane"/,
    problem: 'Het voorbeeld van de pagina, rechts van het formulier, heeft geen naam voor een schermlezer.',
    instead:
      'Het voorbeeld is alleen om te kijken: alles wat erin staat, staat ook in het formulier. Met de knop met het ' +
      'oog rechtsboven verbergt u het.',
  },
  {
    rules: ['aria-command-name', 'button-name'],
    elements: /ListItem|TopBarButton|aria-roledescription="sortable"/,
    problem:
      'In een lijst met groepen velden, zoals de leden van een team, hebben de knoppen bij elk item (openen, ' +
      'verslepen en verwijderen) geen naam.',
    instead:
      'Bij elk item staat links de knop om het te openen en rechts de knop om het te verwijderen. De volgorde ' +
      'verandert u ook in het bestand zelf, in de webeditor van GitHub.',
  },
];

/** The issue an axe finding belongs to, if it is one of Decap's own: by its rule, and its element (selector and HTML). */
export function knownIssue(rule: string, element: string): EditorIssue | undefined {
  return editorIssues.find((issue) => issue.rules.includes(rule) && issue.elements.test(element));
}
