/**
 * The one-key search shortcut "/" can be switched off (WCAG 2.1.4 Character Key Shortcuts): speech
 * input or a slip of the finger would otherwise open the search. Ctrl+K and ⌘K stay, as a shortcut
 * with a modifier key may. The choice lives in the visitor's own browser, like the colour scheme.
 */
export const slashShortcutStorageKey = 'kennisbank-sneltoets';
const off = 'uit';
/** Sent on this page when the choice changes (another tab hears of it through "storage"). */
const changeEvent = 'kennisbank-sneltoets';

/** The choice made on this page, which holds even where the browser keeps nothing (storage off or full). */
let chosen: boolean | undefined;

/** Whether "/" opens the search: yes, unless the visitor switched it off. */
export function slashShortcutOn(): boolean {
  if (chosen !== undefined) return chosen;
  try {
    return window.localStorage.getItem(slashShortcutStorageKey) !== off;
  } catch {
    return true;
  }
}

/** Switches "/" on or off, for this page and, where the browser allows, for later visits. */
export function setSlashShortcut(on: boolean): void {
  chosen = on;
  try {
    if (on) window.localStorage.removeItem(slashShortcutStorageKey);
    else window.localStorage.setItem(slashShortcutStorageKey, off);
  } catch {
    // Storage is off or full: the choice holds for this page only.
  }
  window.dispatchEvent(new Event(changeEvent));
}

/**
 * Calls `show` whenever the choice may have changed: on this page, in another tab (whose stored
 * choice then counts), or on a page restored from the back/forward cache. Returns the unsubscribe.
 */
export function onSlashShortcutChange(show: () => void): () => void {
  const fromElsewhere = () => {
    chosen = undefined;
    show();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === slashShortcutStorageKey) fromElsewhere();
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) fromElsewhere();
  };
  window.addEventListener(changeEvent, show);
  window.addEventListener('storage', onStorage);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    window.removeEventListener(changeEvent, show);
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pageshow', onPageShow);
  };
}
