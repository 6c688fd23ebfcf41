import type { PagefindInstance } from './pagefind-ui.ts';

/**
 * The keys of a list of links in the search (the results, the "Bedoelde u …?" suggestions), as
 * Pagefind's own lists have them: ↑/↓ between the links, ↑ from the first back to the field, ↓
 * from the last to `afterLast` (the next list, or the "more" button), and a letter, "/" or Backspace
 * back in the field, so typing never stops at a link.
 */
export function onLinkListKeydown(
  event: KeyboardEvent,
  list: Element,
  instance: PagefindInstance,
  afterLast: (link: HTMLAnchorElement) => void,
): void {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (!link || event.ctrlKey || event.metaKey || event.altKey) return;
  const links = [...list.querySelectorAll('a')];
  const at = links.indexOf(link);
  if (event.key === 'ArrowDown') {
    const next = links[at + 1];
    if (next) next.focus();
    else afterLast(link);
  } else if (event.key === 'ArrowUp') {
    if (at > 0) links[at - 1]!.focus();
    else instance.focusPreviousInput(link);
  } else if (event.key === 'Backspace') {
    instance.focusInputAndDelete(link);
  } else if (event.key === '/') {
    instance.focusPreviousInput(link);
  } else if (event.key.length === 1) {
    instance.focusInputAndType(link, event.key);
  } else {
    return;
  }
  event.preventDefault();
}
