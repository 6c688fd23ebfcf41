import { afterEach, describe, expect, it, vi } from 'vitest';

/** Storage as a browser keeps it, in memory; `entries` is what it holds. */
function memoryStorage() {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key: string) => entries.get(key) ?? null,
    setItem: (key: string, value: string) => void entries.set(key, value),
    removeItem: (key: string) => void entries.delete(key),
  };
}

/** A browser window with the given storage, whose events reach its listeners. */
function windowWith(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {
  vi.stubGlobal('window', Object.assign(new EventTarget(), { localStorage: storage }));
}

/** The module as a fresh page loads it: no choice made on the page yet. */
const freshPage = async () => {
  vi.resetModules();
  return import('../../src/lib/search/shortcut.ts');
};

afterEach(() => vi.unstubAllGlobals());

describe('the switch for the one-key search shortcut "/" (WCAG 2.1.4)', () => {
  it('is on until switched off, and the browser remembers the choice for the next page', async () => {
    windowWith(memoryStorage());
    const page = await freshPage();
    expect(page.slashShortcutOn()).toBe(true);
    page.setSlashShortcut(false);
    expect(page.slashShortcutOn()).toBe(false);
    const next = await freshPage();
    expect(next.slashShortcutOn()).toBe(false);
    next.setSlashShortcut(true);
    expect((await freshPage()).slashShortcutOn()).toBe(true);
  });

  it('holds on the page where the browser keeps nothing (storage blocked or full)', async () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    windowWith({ getItem: blocked, setItem: blocked, removeItem: blocked });
    const page = await freshPage();
    expect(page.slashShortcutOn()).toBe(true);
    page.setSlashShortcut(false);
    expect(page.slashShortcutOn()).toBe(false);
  });

  it('tells its followers of a choice on this page, in another tab and after the back/forward cache', async () => {
    const storage = memoryStorage();
    windowWith(storage);
    const page = await freshPage();
    const seen: boolean[] = [];
    const stop = page.onSlashShortcutChange(() => seen.push(page.slashShortcutOn()));

    page.setSlashShortcut(false);
    expect(seen).toEqual([false]);
    // Another tab switches it on again: its stored choice counts, not the one made here.
    storage.entries.delete(page.slashShortcutStorageKey);
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'een-andere-sleutel' }));
    expect(seen).toEqual([false]);
    window.dispatchEvent(Object.assign(new Event('storage'), { key: page.slashShortcutStorageKey }));
    expect(seen).toEqual([false, true]);
    // Back from the cache after a choice on another page; a first load is no news.
    storage.entries.set(page.slashShortcutStorageKey, 'uit');
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(seen).toEqual([false, true, false]);

    stop();
    page.setSlashShortcut(true);
    expect(seen).toHaveLength(3);
  });
});
