import type { Page } from 'playwright-core';

/** What a keyboard user meets: the focused element, described well enough to tell them apart. */
export interface FocusStop {
  key: string;
  label: string;
}

/** A stop of a Tab walk, with whether focusing it changed how it looks (a visible focus indicator). */
export interface WalkStop extends FocusStop {
  visible: boolean;
}

/** Describes `document.activeElement` (inside shadow roots too); null when nothing has focus. */
export async function focused(page: Page): Promise<FocusStop | null> {
  return (await page.evaluate(inspectFocus, false)).stop;
}

/** Every element in the light DOM a keyboard user should be able to reach, as `focused()` keys them. */
export function focusableKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const all = [...document.querySelectorAll('*')];
    return [...document.querySelectorAll(selector)]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'))
      .map((el) => `${el.tagName.toLowerCase()}#${all.indexOf(el)}`);
  });
}

/**
 * Takes one step: presses the key, then describes the new focus. It also tells whether the
 * element focused before looks different now that it has lost focus: the way to see a focus
 * indicator whatever draws it (an outline, a shadow, in an SVG a stroke, or a ring on its card).
 */
async function step(page: Page, key: string): Promise<{ stop: FocusStop | null; previousChanged: boolean | null }> {
  await page.keyboard.press(key);
  return page.evaluate(inspectFocus, true);
}

/**
 * Runs in the page: the focused element (inside shadow roots too), null when nothing has focus; and,
 * when `compareLooks`, whether the element focused at the previous call looks different now (null at
 * the first). One function for both, so a Tab step costs one round trip to the browser.
 */
function inspectFocus(compareLooks: boolean): { stop: FocusStop | null; previousChanged: boolean | null } {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const active = el && el !== document.body && el !== document.documentElement ? el : null;
  let stop: FocusStop | null = null;
  if (active) {
    const all = [...document.querySelectorAll('*')];
    const label = (active.getAttribute('aria-label') ?? active.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60);
    stop = { key: `${active.tagName.toLowerCase()}#${all.indexOf(active)}`, label };
  }
  if (!compareLooks) return { stop, previousChanged: null };
  const props = [
    'outline-style',
    'outline-width',
    'outline-color',
    'box-shadow',
    'border-color',
    'background-color',
    'color',
    'text-decoration-line',
    'stroke',
    'stroke-width',
    'fill',
  ];
  // The element, what it holds, and the few boxes around it: focus may show on a card or a
  // label around the control (:focus-within) as well as on the control itself.
  const around = (node: Element) =>
    [node.parentElement, node.parentElement?.parentElement, node.parentElement?.parentElement?.parentElement].filter(
      (a): a is HTMLElement => !!a && a !== document.body,
    );
  const look = (node: Element) =>
    [node, ...node.querySelectorAll('*'), ...around(node)]
      .slice(0, 63)
      .flatMap((item) => [
        getComputedStyle(item),
        getComputedStyle(item, '::before'),
        getComputedStyle(item, '::after'),
      ])
      .map((style) => props.map((p) => style.getPropertyValue(p)).join('|'))
      .join('/');
  const memory = globalThis as unknown as { __focusPrevious?: { el: Element; look: string } | null };
  const previous = memory.__focusPrevious;
  const previousChanged = previous ? look(previous.el) !== previous.look : null;
  memory.__focusPrevious = el && el !== document.body ? { el, look: look(el) } : null;
  return { stop, previousChanged };
}

/**
 * Presses Tab (or Shift+Tab) from the top of the page until focus comes back to where it started
 * or leaves the page; returns every stop in order, each with whether its focus was visible. Fails
 * when focus stays put (a trap) or the walk does not end within `limit` presses.
 */
export async function walk(
  page: Page,
  direction: 'forward' | 'backward' = 'forward',
  limit = 500,
): Promise<WalkStop[]> {
  const key = direction === 'forward' ? 'Tab' : 'Shift+Tab';
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    // blur() leaves Chromium's sequential focus starting point where it was (after a click, say
    // in the results): focusing the body moves it to the top, where a visitor's first Tab starts.
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    (globalThis as unknown as { __focusPrevious?: unknown }).__focusPrevious = null;
    window.scrollTo(0, 0);
  });
  const stops: WalkStop[] = [];
  for (let i = 0; i < limit; i++) {
    const { stop, previousChanged } = await step(page, key);
    const last = stops.at(-1);
    if (last && previousChanged !== null) last.visible = previousChanged;
    if (!stop) {
      if (stops.length > 0) return stops;
      continue;
    }
    if (stops[0]?.key === stop.key) return stops;
    if (last?.key === stop.key)
      throw new Error(`Focus is stuck on ${stop.key} "${stop.label}" after ${stops.length} stops`);
    stops.push({ ...stop, visible: false });
  }
  throw new Error(`The ${direction} Tab walk did not end after ${limit} presses: a focus trap?`);
}
