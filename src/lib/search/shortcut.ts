/**
 * The one-key search shortcut "/" can be switched off (WCAG 2.1.4 Character Key Shortcuts): speech
 * input or a slip of the finger would otherwise open the search. Ctrl+K and ⌘K stay, as a shortcut
 * with a modifier key may. The choice lives in the visitor's own browser, like the colour scheme.
 */
export const slashShortcutStorageKey = 'kennisbank-sneltoets';
const off = 'uit';

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
  window.dispatchEvent(new Event(shortcutChangeEvent));
}

/** Another tab changed the choice: what it stored counts from now on. */
export function forgetPageChoice(): void {
  chosen = undefined;
}

/** Sent on this page when the choice changes (another tab hears of it through "storage"). */
export const shortcutChangeEvent = 'kennisbank-sneltoets';
