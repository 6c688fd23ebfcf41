import { createSpeller, type Speller } from '../did-you-mean.ts';
import { letterCount } from '../spelling.ts';
import { maxSuggestions, minLetters, type SuggestionFile } from '../suggestions.ts';
import { onLinkListKeydown } from './link-list-keys.ts';
import type { PagefindInstance, SearchResults } from './pagefind-ui.ts';
import type { SearchEngine } from './search-engine.ts';
import { lacksAWord } from './unknown-words.ts';

/** Where the box is and what following a suggestion does there: the dialog and the search page differ. */
export interface SuggestionHost {
  instance: PagefindInstance;
  /** The engine without the instance's one-search-at-a-time wrapper: checks run beside the reader's search. */
  engine: SearchEngine;
  /** The suggestion file (src/pages/zoeken/suggesties.json.ts). */
  fileUrl: string;
  /** The address of the search for a suggestion, for a new tab or a copied link. */
  hrefFor(term: string): string;
  /** Runs the search for a suggestion in place; focus goes back to the search field. */
  follow(term: string): void;
}

/** Candidates checked for results, of which the first that find pages are shown. */
const candidates = 2 * maxSuggestions;

let speller: Promise<Speller> | undefined;

/** The speller and its file, loaded once, the first time a search has a word the index lacks. */
function loadSpeller(url: string): Promise<Speller> {
  speller ??= fetch(url, { cache: 'no-cache' }).then(async (response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return createSpeller((await response.json()) as SuggestionFile);
  });
  // A file that could not be loaded (offline) may be tried again at the next search.
  speller.catch(() => (speller = undefined));
  return speller;
}

/**
 * "Bedoelde u: PeuterPlus?" between the number of results and the results, when a word of the
 * search is not in the index (unknown-words.ts): the site's names closest to the words
 * (src/lib/search/did-you-mean.ts), only those that find pages themselves, as links that run their
 * search. `box` keeps one line free for it from the start (pagefind.css), and what it shows stays on
 * that line, so nothing below it moves. It is its own live region, changed only when the
 * suggestions change, so each is read out once. ↓ in the search field reaches it first.
 */
export function attachSuggestions(box: HTMLElement, host: SuggestionHost): void {
  box.classList.add('search-suggestions');
  box.setAttribute('role', 'status');
  box.setAttribute('data-print', 'hide');
  let shown = '';
  let generation = 0;

  /** Shows the suggestions for a search; `data-for` says which search they are for, once they are decided. */
  const show = (term: string, terms: string[]): void => {
    const fitting = terms.length > 1 ? onOneLine(terms, box, host) : terms;
    const key = fitting.join('\n');
    if (key !== shown) {
      shown = key;
      box.replaceChildren(...(fitting.length > 0 ? [sentence(fitting, host)] : []));
    }
    box.dataset.for = term;
  };

  const update = async (found: SearchResults): Promise<void> => {
    const current = ++generation;
    const term = host.instance.searchTerm.trim();
    try {
      if (letterCount(term) < minLetters || !(await lacksAWord(term, found, host.engine))) {
        if (current === generation) show(term, []);
        return;
      }
      const suggest = await loadSpeller(host.fileUrl);
      if (current !== generation) return;
      const kept: string[] = [];
      for (const candidate of suggest(term, candidates)) {
        const check = await host.engine.search(candidate, { filters: host.instance.searchFilters });
        if (current !== generation) return;
        if ((check?.results.length ?? 0) > 0) kept.push(candidate);
        if (kept.length === maxSuggestions) break;
      }
      show(term, kept);
    } catch {
      // Without suggestions the search still shows what it found.
      if (current === generation) show(term, []);
    }
  };

  host.instance.on('results', (found) => void update(found), box);
  // As a results component, the box is where ↓ in the search field goes first while it has links.
  host.instance.registerResults(box, { keyboardNavigation: true });
  box.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const term = link?.dataset.term;
    if (!term || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    host.follow(term);
  });
  box.addEventListener('keydown', (event) =>
    onLinkListKeydown(event, box, host.instance, (link) => host.instance.focusNextResults(link)),
  );
}

/** "Bedoelde u: A, B of C?", each name a link to its search. */
function sentence(terms: string[], host: SuggestionHost): HTMLElement {
  const text = document.createElement('p');
  text.append('Bedoelde u: ');
  terms.forEach((term, at) => {
    if (at > 0) text.append(at === terms.length - 1 ? ' of ' : ', ');
    const link = document.createElement('a');
    link.href = host.hrefFor(term);
    link.dataset.term = term;
    link.textContent = term;
    text.append(link);
  });
  text.append('?');
  return text;
}

/**
 * As many of the suggestions, best first, as fit on the box's one line, tried out of sight in a copy
 * of the box: the live region itself changes once. A single long name may still take two lines.
 */
function onOneLine(terms: string[], box: HTMLElement, host: SuggestionHost): string[] {
  const probe = document.createElement('div');
  probe.className = 'search-suggestions search-suggestions--probe';
  probe.setAttribute('aria-hidden', 'true');
  probe.style.inlineSize = `${box.clientWidth}px`;
  box.after(probe);
  try {
    let kept = terms;
    probe.replaceChildren(sentence(kept, host));
    const oneLine = parseFloat(getComputedStyle(probe).lineHeight);
    while (kept.length > 1 && probe.scrollHeight > oneLine * 1.5) {
      kept = kept.slice(0, -1);
      probe.replaceChildren(sentence(kept, host));
    }
    return kept;
  } finally {
    probe.remove();
  }
}
