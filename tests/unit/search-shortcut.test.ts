import { afterEach, describe, expect, it, vi } from 'vitest';

/** A browser window with the given storage, for the module's one use of it. */
function windowWith(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {
  vi.stubGlobal('window', { localStorage: storage, dispatchEvent: () => true });
}

/** The module as a fresh page loads it: no choice made on the page yet. */
const freshPage = async () => {
  vi.resetModules();
  return import('../../src/lib/search/shortcut.ts');
};

afterEach(() => vi.unstubAllGlobals());

describe('the switch for the one-key search shortcut "/" (WCAG 2.1.4)', () => {
  it('is on until switched off, and the browser remembers the choice for the next page', async () => {
    const stored = new Map<string, string>();
    windowWith({
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => void stored.set(key, value),
      removeItem: (key) => void stored.delete(key),
    });
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

  it('follows a choice made in another tab once told to forget its own', async () => {
    const stored = new Map<string, string>();
    windowWith({
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => void stored.set(key, value),
      removeItem: (key) => void stored.delete(key),
    });
    const page = await freshPage();
    page.setSlashShortcut(false);
    stored.delete(page.slashShortcutStorageKey);
    expect(page.slashShortcutOn()).toBe(false);
    page.forgetPageChoice();
    expect(page.slashShortcutOn()).toBe(true);
  });
});
