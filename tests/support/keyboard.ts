import type { Page } from 'playwright-core';

/** What a keyboard user meets: the focused element, described well enough to tell them apart. */
export interface FocusStop {
  key: string;
  label: string;
  /** A focus indicator is drawn: an outline or a box shadow. */
  visible: boolean;
}

/** Describes `document.activeElement` (inside shadow roots too); null when nothing has focus. */
export function focused(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const all = [...document.querySelectorAll('*')];
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return { key: `${el.tagName.toLowerCase()}#${all.indexOf(el)}`, label, visible };
  });
}

/** Every element in the light DOM a keyboard user should be able to reach, as `focused()` keys them. */
export function focusableKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const all = [...document.querySelectorAll('*')];
    return [...document.querySelectorAll(selector)]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'))
      .map((el) => `${el.tagName.toLowerCase()}#${all.indexOf(el)}`);
  });
}

/**
 * Presses Tab (or Shift+Tab) from the top of the page until focus comes back to where it started
 * or leaves the page; returns every stop in order. Fails when focus stays put (a trap) or the walk
 * does not end within `limit` presses.
 */
export async function walk(page: Page, direction: 'forward' | 'backward' = 'forward', limit = 400): Promise<FocusStop[]> {
  const key = direction === 'forward' ? 'Tab' : 'Shift+Tab';
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    if (!stop) {
      if (stops.length > 0) return stops;
      continue;
    }
    if (stops[0]?.key === stop.key) return stops;
    if (stops.at(-1)?.key === stop.key) throw new Error(`Focus is stuck on ${stop.key} "${stop.label}" after ${stops.length} stops`);
    stops.push(stop);
  }
  throw new Error(`The ${direction} Tab walk did not end after ${limit} presses: a focus trap?`);
}
