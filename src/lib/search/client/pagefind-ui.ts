/**
 * Loads Pagefind's Component UI from the bundle that the build wrote next to the index, so UI and
 * index always come from the same Pagefind version. Only the part of its API this site uses is typed.
 */
import { defineResultList } from './result-list.ts';
import type { ResultData } from './result-template.ts';
import type { SearchEngine } from './search-engine.ts';

export type Filters = Record<string, string[]>;

/** One result as a search returns it; its text and metadata load only when asked for. */
export interface RawResult {
  id: string;
  data(): Promise<ResultData>;
}

export interface SearchResults {
  results: RawResult[];
}

export type Priority = 'polite' | 'assertive';

export interface PagefindInstance {
  /** The engine the instance searches with; it loads its own only when this is empty (search-engine.ts). */
  __pagefind__: SearchEngine | null;
  searchTerm: string;
  searchFilters: Filters;
  searchSort: Record<string, 'asc' | 'desc'>;
  faceted: boolean;
  on(event: 'search', callback: (term: string, filters: Filters) => void, owner?: object): void;
  on(event: 'results', callback: (results: SearchResults) => void, owner?: object): void;
  on(
    event: 'filters' | 'loading' | 'error' | 'translations',
    callback: (...args: unknown[]) => void,
    owner?: object,
  ): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  setTranslations(strings: Record<string, string>): void;
  translate(key: string, replacements?: Record<string, string | number>): string;
  announce(key: string, replacements?: Record<string, string | number>, priority?: Priority): void;
  announceRaw(text: string, priority?: Priority): void;
  // For a custom results component (Pagefind's "Custom Components" documentation).
  registerResults(
    component: HTMLElement,
    capabilities: { keyboardNavigation?: boolean; announcements?: boolean },
  ): void;
  registerShortcut(shortcut: { label: string; description: string }, owner: Element): void;
  deregisterShortcut(label: string, owner: Element): void;
  deregisterAllShortcuts(owner: Element): void;
  focusPreviousInput(from: Element): boolean;
  focusNextResults(from: Element): boolean;
  focusInputAndType(from: Element, character: string): void;
  focusInputAndDelete(from: Element): void;
}

export interface PagefindComponents {
  getInstanceManager(): { getInstance(name?: string): PagefindInstance };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** Dutch texts where Pagefind's own Dutch is missing or reads oddly ("Reset"). */
export const dutchStrings: Record<string, string> = {
  // The field's name starts with its visible placeholder, for speech input (WCAG 2.5.3).
  placeholder: 'Zoek een woord of naam',
  clear_search: 'Wissen',
  search_label: 'Zoek een woord of naam in de kennisbank',
  // Shown while results load, also with no word yet (browsing); Pagefind's own Dutch says "Zoeken naar ...".
  searching: 'Bezig met zoeken…',
  results_label: 'Zoekresultaten',
  input_hint: 'De resultaten verschijnen terwijl u typt',
  keyboard_search: 'Zoeken',
  error_search: 'Zoeken lukt nu niet',
  load_more: 'Meer resultaten tonen',
};

let scripts: Promise<PagefindComponents> | undefined;
let styles: Promise<void> | undefined;

/**
 * Loads the Component UI's script once. It only defines Pagefind's elements and changes nothing in the
 * page, so it can load as soon as a visitor shows the intent to search.
 */
export function loadPagefindScripts(bundlePath: string): Promise<PagefindComponents> {
  scripts ??= (async () => {
    // Before the bundle: it defines each of its elements only when the name is still free.
    defineResultList();
    await import(/* @vite-ignore */ `${bundlePath}pagefind-component-ui.js`);
    if (!window.PagefindComponents) throw new Error(`Pagefind Component UI not found in ${bundlePath}`);
    return window.PagefindComponents;
  })();
  scripts.catch(() => (scripts = undefined));
  return scripts;
}

/** Adds the Component UI's stylesheet once; resolves when it has loaded, so nothing shows unstyled. */
function addPagefindStyles(bundlePath: string): Promise<void> {
  styles ??= new Promise((resolve) => {
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = `${bundlePath}pagefind-component-ui.css`;
    // Unstyled, the search still works: a failed stylesheet does not stop it.
    stylesheet.addEventListener('load', () => resolve());
    stylesheet.addEventListener('error', () => resolve());
    // The site's own rules for the search live in a cascade layer; Pagefind's unlayered sheet would
    // beat them all, so it goes first in <head> and the site overrides it through its variables.
    document.head.prepend(stylesheet);
  });
  return styles;
}

/** Loads the Component UI's script and stylesheet once, for building the search into the page. */
export async function loadPagefindUI(bundlePath: string): Promise<PagefindComponents> {
  const [ui] = await Promise.all([loadPagefindScripts(bundlePath), addPagefindStyles(bundlePath)]);
  return ui;
}

/**
 * Creates an element with attributes. Pagefind's components read their attributes once, when they
 * are connected, so they must be complete before they go into the page.
 */
export function element(
  tag: string,
  attributes: Record<string, string | true> = {},
  children: (Node | string)[] = [],
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value === true ? '' : value);
  el.append(...children);
  return el;
}
