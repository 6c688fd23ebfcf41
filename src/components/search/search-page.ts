import { dutchStrings, element, loadPagefindUI, type PagefindInstance } from '../../lib/search/client/pagefind-ui.ts';
import { resultTemplate } from '../../lib/search/client/result-template.ts';
import { configElement, searchPaths } from '../../lib/search/client/search-config.ts';
import { orderFilterTotals } from '../../lib/search/client/filter-totals.ts';
import { attachSuggestions } from '../../lib/search/client/suggestion-box.ts';
import {
  attachEngine,
  createEngine,
  preloadWhileTyping,
  warmUp,
  type SearchEngine,
} from '../../lib/search/client/search-engine.ts';
import { pageSizes, typingDebounceMs } from '../../lib/search/paging.ts';
import {
  cleanFilters,
  historyStep,
  sameState,
  searchQuery,
  stateFromParams,
  withoutUnknownFilters,
  type SearchState,
  type SortOrder,
} from '../../lib/search/url-state.ts';

const instanceName = 'pagina';

/**
 * The search page. Builds Pagefind's components into the page's slots and keeps the search in the
 * URL: `?q=…` and the chosen filters and order, so a search can be bookmarked and shared, and Back
 * returns to the previous search. Faceted mode lets a reader browse by filter without a query.
 */
class SearchPage extends HTMLElement {
  private instance?: PagefindInstance;
  private state: SearchState = stateFromParams(new URLSearchParams(window.location.search));
  /** True while the page itself starts a search (from the URL), which must not add a history step. */
  private restoring = false;
  /**
   * The longest word of the history entry being typed in. Deleting letters replaces the entry with the
   * shorter word; this word goes back into it before the next step, so Back returns to what was typed.
   */
  private typed?: SearchState;
  private readonly baseTitle = document.title;

  async connectedCallback(): Promise<void> {
    if (this.instance) return;
    const paths = searchPaths(this);
    let ui;
    let engine: SearchEngine;
    try {
      [ui, engine] = await Promise.all([loadPagefindUI(paths.bundlePath), createEngine(paths)]);
    } catch {
      // Without the index, the overviews shown without JavaScript stay (search.css).
      this.setAttribute('data-failed', '');
      return;
    }
    const instance = ui.getInstanceManager().getInstance(instanceName);
    const ownEngine = attachEngine(instance, engine, paths, 'counted');
    instance.setTranslations(dutchStrings);
    orderFilterTotals(instance);
    // Faceted mode: an empty query finds every page, so filters alone can browse.
    instance.faceted = true;
    this.instance = instance;

    const attrs = { instance: instanceName };
    const results = element('pagefind-results', { ...attrs, 'page-size': String(pageSizes.page) }) as HTMLElement & {
      resultTemplate: ReturnType<typeof resultTemplate>;
    };
    results.resultTemplate = resultTemplate('h3');
    this.prepend(configElement(instanceName, paths));
    const input = element('pagefind-input', { ...attrs, debounce: String(typingDebounceMs) });
    preloadWhileTyping(input, engine);
    this.fill('input', input);
    this.fill('summary', element('pagefind-summary', attrs));
    // On a wide screen the kinds of page are open beside the results; on a phone every group starts
    // closed, so the results are not pushed far down.
    const wide = window.matchMedia('(min-width: 48rem)').matches;
    this.fill('filters', element('pagefind-filter-pane', wide ? { ...attrs, open: 'soort' } : attrs));
    this.fill('results', results);
    const suggestions = this.querySelector<HTMLElement>('[data-slot="suggestions"]');
    if (suggestions) {
      attachSuggestions(suggestions, {
        instance,
        engine: ownEngine,
        fileUrl: paths.suggestions,
        // A suggestion keeps the filters and the order: only the words were misspelt.
        hrefFor: (term) => `${paths.searchPage}${searchQuery({ ...this.state, term })}`,
        follow: (term) => this.searchFor(term),
      });
    }

    const sort = this.querySelector<HTMLSelectElement>('select[data-sort]');
    sort?.addEventListener('change', () => this.onSortChange(sort.value === 'nieuwste' ? 'nieuwste' : 'relevantie'));

    this.querySelector('[data-browse]')?.setAttribute('hidden', '');
    this.querySelector('[data-ui]')?.removeAttribute('hidden');

    instance.on('search', (term, filters) => this.onSearch(term, filters));
    // Pagefind hides a filter value with no results unless it is ticked: unticked in a search that finds
    // nothing, the box disappears under the keyboard. Focus then goes to the filters' heading, not the page.
    let changed: HTMLInputElement | undefined;
    this.querySelector('[data-slot="filters"]')?.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement) changed = event.target;
    });
    const keepFocus = () => {
      const box = changed;
      changed = undefined;
      if (!box) return;
      requestAnimationFrame(() => {
        if (box.checkVisibility() || (document.activeElement !== document.body && document.activeElement !== box))
          return;
        this.querySelector<HTMLElement>('#filters-kop')?.focus();
      });
    };
    // Once the index's filter values are known, a link's values it does not have are dropped.
    instance.on('filters', (update) => {
      keepFocus();
      const known = (update as { total?: Record<string, Record<string, number>> } | undefined)?.total;
      if (!known) return;
      const cleaned = withoutUnknownFilters(this.state, known);
      if (sameState(cleaned, this.state)) return;
      this.record(cleaned, 'replace');
      this.restore(cleaned);
    });
    window.addEventListener('popstate', () =>
      this.restore(stateFromParams(new URLSearchParams(window.location.search))),
    );
    this.restore(this.state);
    if (this.state.term !== '') return;
    // Browsing first: the first word typed is then not the first search that scores pages.
    warmUp(engine);
    if (document.activeElement === document.body) this.querySelector<HTMLInputElement>('.pf-input')?.focus();
  }

  private fill(slot: string, child: HTMLElement): void {
    this.querySelector(`[data-slot="${slot}"]`)?.replaceChildren(child);
  }

  /** Runs the search a URL describes, without adding a history step for it. */
  private restore(state: SearchState): void {
    const instance = this.instance;
    if (!instance) return;
    this.state = state;
    this.typed = undefined;
    this.applySort(state.sort);
    const sort = this.querySelector<HTMLSelectElement>('select[data-sort]');
    if (sort) sort.value = state.sort;
    const input = this.querySelector<HTMLInputElement>('.pf-input');
    if (input) input.value = state.term;
    this.restoring = true;
    try {
      instance.triggerSearchWithFilters(state.term, { ...state.filters } as Record<string, string[]>);
    } finally {
      this.restoring = false;
    }
    this.updateTitle();
  }

  /**
   * Runs a search for other words, as a step of its own in the history (Back returns to the words
   * typed), and puts focus back in the field that now holds them.
   */
  private searchFor(term: string): void {
    const next = { ...this.state, term };
    this.record(next, 'push');
    this.restore(next);
    this.querySelector<HTMLInputElement>('.pf-input')?.focus();
  }

  private onSearch(term: string, filters: Record<string, string[]>): void {
    if (this.restoring) return;
    this.record({ ...this.state, term: term.trim(), filters: cleanFilters(filters) });
  }

  private onSortChange(sort: SortOrder): void {
    const instance = this.instance;
    if (!instance) return;
    this.record({ ...this.state, sort });
    this.applySort(sort);
    this.restoring = true;
    try {
      instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
    } finally {
      this.restoring = false;
    }
  }

  private applySort(sort: SortOrder): void {
    if (this.instance) this.instance.searchSort = sort === 'nieuwste' ? { datum: 'desc' } : {};
  }

  /** Puts a search in the address bar: its own history step, or in place while a word is typed. */
  private record(next: SearchState, step = historyStep(this.state, next)): void {
    const previous = this.state;
    this.state = next;
    if (step === 'none') return;
    const urlOf = (state: SearchState) => `${window.location.pathname}${searchQuery(state)}`;
    if (step === 'push') {
      if (this.typed) window.history.replaceState(null, '', urlOf(this.typed));
      this.typed = undefined;
      window.history.pushState(null, '', urlOf(next));
    } else {
      // Letters deleted: remember the word as it was before; letters added: the entry holds the word itself.
      this.typed = next.term.length < previous.term.length ? (this.typed ?? previous) : undefined;
      window.history.replaceState(null, '', urlOf(next));
    }
    this.updateTitle();
  }

  private updateTitle(): void {
    document.title = this.state.term ? `${this.state.term}: ${this.baseTitle}` : this.baseTitle;
  }
}

customElements.define('search-page', SearchPage);
