/**
 * The one-key search shortcut "/" can be switched off (WCAG 2.1.4 Character Key Shortcuts): speech
 * input or a slip of the finger would otherwise open the search. Ctrl+K and ⌘K stay, as a shortcut
 * with a modifier key may. The choice lives in the visitor's own browser, like the colour scheme.
 */
export const slashShortcutStorageKey = 'kennisbank-sneltoets';
const off = 'uit';

/** Whether "/" opens the search: yes, unless the visitor switched it off (or storage says nothing). */
export function slashShortcutOn(): boolean {
  try {
    return window.localStorage.getItem(slashShortcutStorageKey) !== off;
  } catch {
    return true;
  }
}

/** Switches "/" on or off; without storage the choice holds for this page only. */
export function setSlashShortcut(on: boolean): void {
  try {
    if (on) window.localStorage.removeItem(slashShortcutStorageKey);
    else window.localStorage.setItem(slashShortcutStorageKey, off);
  } catch {
    // Storage is off: nothing to remember.
  }
  window.dispatchEvent(new Event(shortcutChangeEvent));
}

/** Sent on this page when the choice changes (another tab hears of it through "storage"). */
export const shortcutChangeEvent = 'kennisbank-sneltoets';
