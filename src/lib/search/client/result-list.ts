import { loadInOrder } from '../load-in-order.ts';
import { announcePauseMs, moreLabel, nextPage, pageSizes } from '../paging.ts';
import { onLinkListKeydown } from './link-list-keys.ts';
import type { PagefindInstance, RawResult, SearchResults } from './pagefind-ui.ts';
import { resultTemplate, type ResultData } from './result-template.ts';

/**
 * Results loaded at the same time. Each is a request (Pagefind's fragment of the page); over HTTP/1.1
 * a browser makes six at a time to one host, and a few stay free for the index of the next word.
 */
const parallelLoads = 4;

/**
 * The list of search results: a page of them, and a button that adds the next page.
 *
 * It takes the place of Pagefind's own `<pagefind-results>`, under that name, in the search dialog
 * (which Pagefind builds) and on the search page. Pagefind's list put a placeholder with an endless
 * shimmer animation and an IntersectionObserver in the page for every result at once: for "jeugd" at
 * 1,000 pages that was 1,010 placeholders, half a second of style work and 6,000 elements before the
 * first result could show; at 5,000 pages, 28,000 elements. This list loads one page of results,
 * a few at a time and stopping when a newer search comes in, and shows each in its place as soon as
 * it and those above it have loaded; the previous results stay until the first new one is there.
 *
 * It joins its Pagefind instance as a results component (Pagefind's documented way to add one), so
 * ↓ in the search field moves to the first result, and it keeps Pagefind's class names, styles and
 * keys: ↑/↓ between results, Enter follows, a letter or Backspace goes back to typing.
 */
class ResultList extends HTMLElement {
  instance: PagefindInstance | null = null;
  /** How a result looks; the dialog and the search page set their own (the property Pagefind's list has). */
  resultTemplate: (result: ResultData) => HTMLElement = resultTemplate('p');
  private readonly list = document.createElement('ul');
  private readonly more = document.createElement('button');
  private results: RawResult[] = [];
  private shown = 0;
  /** Counts searches, so what still loads for an older one is dropped and stops loading more. */
  private generation = 0;
  private adding = false;
  private selected: HTMLAnchorElement | null = null;

  private get pageSize(): number {
    const size = Number(this.getAttribute('page-size'));
    return Number.isInteger(size) && size > 0 ? size : pageSizes.dialog;
  }

  connectedCallback(): void {
    if (this.instance) return;
    const name = this.getAttribute('instance') ?? 'default';
    const instance = window.PagefindComponents?.getInstanceManager().getInstance(name);
    if (!instance) return;
    this.instance = instance;

    this.list.className = 'pf-results';
    this.list.setAttribute('aria-busy', 'false');
    this.list.addEventListener('keydown', this.onListKeydown);
    this.list.addEventListener('focusin', this.onFocusIn);
    this.list.addEventListener('focusout', this.onFocusOut);
    this.more.type = 'button';
    this.more.className = 'search-results__more';
    this.more.hidden = true;
    this.more.addEventListener('click', () => void this.showMore());
    this.more.addEventListener('keydown', this.onMoreKeydown);
    this.replaceChildren(this.list, this.more);
    this.label();

    instance.registerResults(this, { keyboardNavigation: true, announcements: true });
    instance.on('loading', () => this.busy(), this);
    instance.on('results', (results) => void this.show(results), this);
    instance.on('error', () => this.clear(), this);
    instance.on('translations', () => this.label(), this);
  }

  /**
   * A new search: its first result replaces the previous results as soon as it has loaded, the rest
   * of the page follows below it in order; the button for more appears when the page is complete.
   */
  private async show(search: SearchResults): Promise<void> {
    const generation = this.busy();
    this.results = search.results ?? [];
    this.shown = 0;
    this.adding = false;
    this.announceCount();
    this.more.hidden = true;
    const { start, end } = nextPage(0, this.results.length, this.pageSize);
    let placed = 0;
    await this.loadPage(start, end, generation, (item) => {
      if (placed++ > 0) return this.list.append(item);
      this.selected = null;
      this.list.replaceChildren(item);
    });
    if (generation !== this.generation) return;
    if (placed === 0) this.list.replaceChildren();
    this.shown = end;
    this.list.setAttribute('aria-busy', 'false');
    this.updateMore();
  }

  /** The next page, below the others; focus goes to its first result, where the reader carries on. */
  private async showMore(): Promise<void> {
    const { start, end } = nextPage(this.shown, this.results.length, this.pageSize);
    if (this.adding || start === end) return;
    const generation = this.generation;
    this.adding = true;
    this.list.setAttribute('aria-busy', 'true');
    let first: HTMLElement | undefined;
    await this.loadPage(start, end, generation, (item) => {
      this.list.append(item);
      if (first) return;
      first = item;
      item.querySelector('a')?.focus();
    });
    if (generation !== this.generation) return;
    this.adding = false;
    this.shown = end;
    this.list.setAttribute('aria-busy', 'false');
    this.updateMore();
  }

  /** Loads results [start, end) and places each, in order, while no newer search has come in. */
  private loadPage(start: number, end: number, generation: number, place: (item: HTMLElement) => void): Promise<void> {
    return loadInOrder(
      this.results.slice(start, end).map((result) => () => result.data()),
      parallelLoads,
      () => generation === this.generation,
      (data) => place(this.resultTemplate(data)),
    );
  }

  /** A search has started: what still loads for the previous one is not needed any more. */
  private busy(): number {
    this.list.setAttribute('aria-busy', 'true');
    return ++this.generation;
  }

  private clear(): void {
    // Nothing to announce for a list that is gone (a count still waiting would be the old one's).
    clearTimeout(this.announceTimer);
    this.generation++;
    this.results = [];
    this.shown = 0;
    this.list.replaceChildren();
    this.list.setAttribute('aria-busy', 'false');
    this.updateMore();
  }

  private updateMore(): void {
    const total = this.results.length;
    this.more.hidden = this.shown >= total;
    this.more.textContent = moreLabel(this.text('load_more', 'Meer resultaten tonen'), this.shown, total);
  }

  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Tells screen readers the number of results, as Pagefind's own list tells it, once the results stop
   * changing (announcePauseMs).
   */
  private announceCount(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announceNow(), announcePauseMs);
  }

  private announceNow(): void {
    const instance = this.instance;
    if (!instance) return;
    const count = this.results.length;
    const form = count === 0 ? 'zero' : count === 1 ? 'one' : 'many';
    const priority = count === 0 ? 'assertive' : 'polite';
    if (instance.searchTerm) {
      instance.announce(
        `${form}_result${form === 'one' ? '' : 's'}`,
        { SEARCH_TERM: instance.searchTerm, COUNT: count },
        priority,
      );
    } else if (instance.faceted) {
      instance.announce(`total_${form}_result${form === 'one' ? '' : 's'}`, { COUNT: count }, priority);
    }
  }

  private label(): void {
    this.list.setAttribute('aria-label', this.text('results_label', 'Zoekresultaten'));
    if (!this.more.hidden) this.updateMore();
  }

  private text(key: string, fallback: string): string {
    return this.instance?.translate(key) || fallback;
  }

  private readonly onListKeydown = (event: KeyboardEvent): void => {
    if (!this.instance) return;
    onLinkListKeydown(event, this.list, this.instance, () => {
      if (!this.more.hidden) this.more.focus();
    });
  };

  private readonly onMoreKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowUp' || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    [...this.list.querySelectorAll('a')].at(-1)?.focus();
  };

  /** Pagefind's styles mark the chosen result's card; its hints show the keys that work there. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || !this.instance) return;
    this.selected?.removeAttribute('data-pf-selected');
    link.setAttribute('data-pf-selected', '');
    this.selected = link;
    this.instance.deregisterAllShortcuts(this);
    for (const [label, key, fallback] of [
      ['↑↓', 'keyboard_navigate', 'navigeren'],
      ['↵', 'keyboard_select', 'selecteren'],
      ['/', 'keyboard_search', 'zoeken'],
    ] as const) {
      // Lower case like Pagefind's own hints ("esc sluiten"): "Zoeken" is also the dialog's name.
      this.instance.registerShortcut({ label, description: this.text(key, fallback).toLocaleLowerCase('nl') }, this);
    }
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    if (event.relatedTarget instanceof Node && this.list.contains(event.relatedTarget)) return;
    this.selected?.removeAttribute('data-pf-selected');
    this.selected = null;
    this.instance?.deregisterAllShortcuts(this);
  };
}

/** Registers the list as `<pagefind-results>`; must run before Pagefind's bundle, which then keeps it. */
export function defineResultList(): void {
  if (!customElements.get('pagefind-results')) customElements.define('pagefind-results', ResultList);
}
