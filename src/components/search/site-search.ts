import {
  dutchStrings,
  element,
  loadPagefindScripts,
  loadPagefindUI,
  type PagefindComponents,
  type PagefindInstance,
} from '../../lib/search/client/pagefind-ui.ts';
import { resultTemplate } from '../../lib/search/client/result-template.ts';
import { attachSuggestions } from '../../lib/search/client/suggestion-box.ts';
import { announcePauseMs, pageSizes, typingDebounceMs } from '../../lib/search/paging.ts';
import { configElement, searchPaths, type SearchPaths } from '../../lib/search/client/search-config.ts';
import {
  attachEngine,
  createEngine,
  preloadWhileTyping,
  warmUp,
  type SearchEngine,
} from '../../lib/search/client/search-engine.ts';
import { searchQuery, emptyState, cleanFilters } from '../../lib/search/url-state.ts';
import { onSlashShortcutChange, slashShortcutOn } from '../../lib/search/shortcut.ts';

const instanceName = 'kop';

/** Read out when Escape has emptied the field: the next Escape closes the dialog. */
const fieldClearedMessage = 'Het zoekveld is leeg. Met Escape gaat het zoekvenster dicht.';

interface ModalElement extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

/** Whether a key press is meant for a field the user is typing in. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Whether a key press belongs to typing with an input method (Japanese, Chinese, …), where Escape
 * and Enter end the composition, not the search: during it, and, as Safari sends the key that ended
 * it after `compositionend`, just after it (as Pagefind's own components check).
 */
function compositionCheck(field: HTMLElement): (event: KeyboardEvent) => boolean {
  let composing = false;
  let endedAt = Number.NEGATIVE_INFINITY;
  field.addEventListener('compositionstart', () => (composing = true));
  field.addEventListener('compositionend', (event) => ((composing = false), (endedAt = event.timeStamp)));
  field.addEventListener('focusout', () => (composing = false));
  return (event) => event.isComposing || event.keyCode === 229 || composing || event.timeStamp - endedAt < 50;
}

/**
 * The search in the header of every page. Without JavaScript it is a link to /zoeken/. With it,
 * the link becomes a button that opens Pagefind's search dialog; `/` and Ctrl+K (⌘K on a Mac) open
 * it from anywhere (the visitor may switch `/` off: shortcut.ts). Pagefind's script and the index
 * load when a visitor shows the intent to search (pointing at the button, tabbing to it, touching
 * it, or a shortcut), not with the page, and without
 * changing the page; the stylesheet and the dialog follow when it opens. By the first key typed in
 * the dialog, the index is usually there.
 */
class SiteSearch extends HTMLElement {
  private paths!: SearchPaths;
  private button?: HTMLButtonElement;
  private modal?: ModalElement;
  private loading?: Promise<[PagefindComponents, SearchEngine]>;
  private preparing?: Promise<ModalElement>;
  /** What is typed while the search is still loading, so a fast typist's first letters are not lost. */
  private typedAhead = '';
  private stopFollowingShortcut?: () => void;

  connectedCallback(): void {
    if (this.button) return;
    this.paths = searchPaths(this);
    const link = this.querySelector<HTMLAnchorElement>('a[data-trigger]');
    if (!link) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    // On the search page the button goes to the page's own field (open()): no dialog to announce there.
    if (!document.querySelector('search-page')) {
      button.setAttribute('aria-haspopup', 'dialog');
      button.setAttribute('aria-expanded', 'false');
    }
    button.append(...link.childNodes);
    // Someone who tabbed to the link before this script ran keeps their place on the button.
    const hadFocus = document.activeElement === link;
    link.replaceWith(button);
    if (hadFocus) button.focus();
    this.button = button;
    this.showShortcuts();
    this.stopFollowingShortcut = onSlashShortcutChange(this.showShortcuts);
    button.addEventListener('click', () => void this.open());
    for (const intent of ['pointerenter', 'pointerdown', 'focus']) button.addEventListener(intent, this.onIntent);
    document.addEventListener('keydown', this.onKeydown);
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKeydown);
    this.stopFollowingShortcut?.();
  }

  /** The shortcuts the button names, and the "/" it shows, as the visitor has them (see shortcut.ts). */
  private readonly showShortcuts = (): void => {
    const slash = slashShortcutOn();
    this.button?.setAttribute('aria-keyshortcuts', slash ? '/ Control+K Meta+K' : 'Control+K Meta+K');
    this.toggleAttribute('data-no-slash', !slash);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (this.modal?.isOpen || event.defaultPrevented) return;
    const slash =
      event.key === '/' &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      !typingIn(event.target) &&
      slashShortcutOn();
    const modK =
      event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (!slash && !modK) return;
    event.preventDefault();
    void this.open();
  };

  /** Opens the dialog; on the search page itself, the page's own search field is used instead. */
  async open(): Promise<void> {
    const pageInput = document.querySelector<HTMLInputElement>('search-page .pf-input');
    if (pageInput) {
      pageInput.focus();
      pageInput.scrollIntoView({ block: 'center' });
      return;
    }
    if (!this.modal) {
      this.button?.setAttribute('aria-busy', 'true');
      document.addEventListener('keydown', this.onTypeAhead, true);
      try {
        await this.prepare();
      } catch {
        // The index could not be loaded (offline, or a broken deploy): the search page still helps.
        window.location.assign(this.paths.searchPage);
        return;
      } finally {
        this.button?.removeAttribute('aria-busy');
        document.removeEventListener('keydown', this.onTypeAhead, true);
      }
    }
    this.modal?.open();
    this.button?.setAttribute('aria-expanded', 'true');
    const input = this.modal?.querySelector<HTMLInputElement>('.pf-input');
    if (input && this.typedAhead) {
      input.focus();
      input.value += this.typedAhead;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (input?.value) {
      // Opened again with the last words still there (and their results below): selected, so that typing
      // replaces them and an arrow key keeps them, and a screen reader reads them out as selected.
      input.select();
    }
    this.typedAhead = '';
  }

  private readonly onIntent = (): void => {
    // The search page has its own field, loaded with the page.
    if (document.querySelector('search-page')) return;
    // A failure here shows when the visitor opens the search; open() handles it.
    this.load().catch(() => undefined);
  };

  /**
   * Loads Pagefind's script and its engine, which loads the index, once; nothing changes in the page
   * yet (the dialog is built when it opens). A failed attempt may be tried again.
   */
  private load(): Promise<[PagefindComponents, SearchEngine]> {
    this.loading ??= Promise.all([
      loadPagefindScripts(this.paths.bundlePath),
      createEngine(this.paths).then((engine) => (warmUp(engine), engine)),
    ]);
    this.loading.catch(() => (this.loading = undefined));
    return this.loading;
  }

  /** Builds the dialog once everything has loaded; a failed attempt may be tried again. */
  private prepare(): Promise<ModalElement> {
    this.preparing ??= this.build();
    this.preparing.catch(() => (this.preparing = undefined));
    return this.preparing;
  }

  private readonly onTypeAhead = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1) this.typedAhead += event.key;
    else if (event.key === 'Backspace') this.typedAhead = this.typedAhead.slice(0, -1);
    else return;
    event.preventDefault();
  };

  private async build(): Promise<ModalElement> {
    if (this.modal) return this.modal;
    const [[ui, engine]] = await Promise.all([this.load(), loadPagefindUI(this.paths.bundlePath)]);
    const instance = ui.getInstanceManager().getInstance(instanceName);
    const ownEngine = attachEngine(instance, engine, this.paths, 'none');
    instance.setTranslations(dutchStrings);
    // An empty <pagefind-modal> builds Pagefind's own dialog (field, summary, results, hints).
    // Given children instead, it moves them after they have started, and they start twice.
    const modal = element('pagefind-modal', { instance: instanceName }) as ModalElement;
    this.append(configElement(instanceName, this.paths), modal);

    // Pagefind announces the number of results in a live region at the end of <body>, which a
    // modal dialog makes inert. The dialog has a live region of its own, for screen readers only,
    // that gets the summary's text once the results stop changing (announcePauseMs): a screen reader
    // reads the number of results for the word typed, once, not "Bezig met zoeken…" or a count at
    // every letter. Not the summary itself, marked busy while a search runs: not every screen reader
    // waits for aria-busy (NVDA does not).
    const summary = modal.querySelector('pagefind-summary');
    const announcer = element('p', { role: 'status', class: 'visually-hidden', 'data-announcer': true });
    summary?.after(announcer);
    let settle: ReturnType<typeof setTimeout> | undefined;
    /** Escape emptied the field: once that empty search is done, the announcer says so (fieldClearedMessage). */
    let clearedByEscape = false;
    // Owned by this element, not by the summary: with the summary as owner its own handlers stopped working.
    instance.on(
      'loading',
      () => {
        clearTimeout(settle);
        // Emptied, so that the same number for the next search is read out again.
        announcer.textContent = '';
      },
      this,
    );
    instance.on(
      'results',
      () => {
        clearTimeout(settle);
        if (clearedByEscape && instance.searchTerm.trim() === '') {
          clearedByEscape = false;
          announcer.textContent = fieldClearedMessage;
          return;
        }
        settle = setTimeout(() => (announcer.textContent = summary?.textContent?.trim() ?? ''), announcePauseMs);
      },
      this,
    );
    const results = modal.querySelector('pagefind-results') as
      (HTMLElement & { resultTemplate: ReturnType<typeof resultTemplate> }) | null;
    const field = modal.querySelector<HTMLElement>('pagefind-input');
    if (results) {
      results.resultTemplate = resultTemplate('p');
      results.setAttribute('page-size', String(pageSizes.dialog));
      // "Bedoelde u …?" between the number of results and the results (suggestion-box.ts).
      const suggestions = element('div', { class: 'site-search__suggestions' });
      results.before(suggestions);
      attachSuggestions(suggestions, {
        instance,
        engine: ownEngine,
        fileUrl: this.paths.suggestions,
        hrefFor: (term) => `${this.paths.searchPage}${searchQuery({ ...emptyState, term })}`,
        // The search runs in the dialog, where the reader is, as if the suggestion had been typed.
        follow: (term) => {
          const input = field?.querySelector<HTMLInputElement>('.pf-input');
          if (!input) return;
          input.value = term;
          input.focus();
          input.dispatchEvent(new Event('input', { bubbles: true }));
        },
      });
    }
    // Pagefind's field reads a changed wait and draws itself again: done now, before anyone types.
    field?.setAttribute('debounce', String(typingDebounceMs));
    if (field) preloadWhileTyping(field, engine);
    const more = element('a', { class: 'site-search__more', href: this.paths.searchPage }, [
      'Alle resultaten, met filters',
    ]);
    modal.querySelector('pagefind-modal-footer')?.prepend(more);
    instance.on('search', (term, filters) => {
      if (term.trim() !== '') clearedByEscape = false;
      more.setAttribute(
        'href',
        `${this.paths.searchPage}${searchQuery({ ...emptyState, term: term.trim(), filters: cleanFilters(filters) })}`,
      );
    });
    if (field) this.addFieldKeys(instance, modal, field, () => (clearedByEscape = true));
    modal.querySelector('dialog')?.addEventListener('close', () => {
      this.button?.setAttribute('aria-expanded', 'false');
      // Focus returns to the search button, also when the dialog was opened with a shortcut from
      // nowhere in particular; not when the reader has already moved on to something else.
      const active = document.activeElement;
      if (!active || active === document.body || modal.contains(active)) this.button?.focus();
    });
    this.modal = modal;
    return modal;
  }

  /**
   * The keys of the dialog's field, and the hints that name them: Escape empties a field with words
   * (`onCleared` is told) and closes the dialog from an empty one; Enter goes to the search page.
   */
  private addFieldKeys(
    instance: PagefindInstance,
    modal: ModalElement,
    field: HTMLElement,
    onCleared: () => void,
  ): void {
    const composing = compositionCheck(field);
    const fieldInput = (event: Event): HTMLInputElement | null =>
      event.target instanceof HTMLInputElement && event.target.matches('.pf-input') ? event.target : null;

    // Escape in a field with words empties it; in an empty field, or anywhere else in the dialog, it
    // closes the dialog (Pagefind's handler, which would close it at once, never sees the first one).
    // Before the dialog's own handler: that one listens on the <dialog>, in the capture phase.
    modal.addEventListener(
      'keydown',
      (event) => {
        const input = fieldInput(event);
        if (event.key !== 'Escape' || !input || input.value === '' || composing(event)) return;
        event.preventDefault();
        event.stopPropagation();
        onCleared();
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      true,
    );

    // Enter in the field, with no result chosen (a chosen result has the focus, and Enter follows it),
    // goes to the search page with the words typed: what a phone keyboard's "Zoeken" key promises.
    field.addEventListener('keydown', (event) => {
      const input = fieldInput(event);
      if (event.key !== 'Enter' || !input || event.defaultPrevented || composing(event)) return;
      if (event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
      const term = input.value.trim();
      if (term === '') return;
      event.preventDefault();
      const query = searchQuery({ ...emptyState, term, filters: cleanFilters(instance.searchFilters) });
      modal.close();
      window.location.assign(`${this.paths.searchPage}${query}`);
    });

    // The hint for Escape names what it does now: "esc wissen" in a field with words, "esc sluiten"
    // everywhere else. Pagefind shows one hint per key, the first one registered: its field registers
    // "esc wissen" as it gets focus, which showModal() gives it before the dialog registers "esc
    // sluiten", whatever Escape did. (Its own hints, such as "↓ navigeren", stay as they are.)
    let hadWords: boolean | undefined;
    const showHints = (event: Event): void => {
      const input = field.querySelector<HTMLInputElement>('.pf-input');
      const words = !!input && input.value !== '' && document.activeElement === input;
      // A letter more or less changes nothing, unless the field became empty or got its first letter.
      if (event.type === 'input' && words === hadWords) return;
      hadWords = words;
      instance.deregisterShortcut('esc', field);
      instance.deregisterShortcut('esc', modal);
      if (words)
        instance.registerShortcut(
          { label: 'esc', description: instance.translate('keyboard_clear') || 'wissen' },
          field,
        );
      if (modal.isOpen)
        instance.registerShortcut(
          { label: 'esc', description: instance.translate('keyboard_close') || 'sluiten' },
          modal,
        );
    };
    field.addEventListener('focusin', showHints);
    field.addEventListener('input', showHints);
  }
}

customElements.define('site-search', SiteSearch);
