/**
 * Runs `loads` with at most `parallel` of them at a time and hands each value to `place` in the
 * order of `loads`, as soon as it and every one before it are there: the first result shows as soon
 * as it has loaded, and never below a later one. Starts nothing more once `current()` turns false
 * (a newer search), so an abandoned search stops using the network after the loads under way.
 * A load that fails is skipped.
 */
export async function loadInOrder<T>(
  loads: (() => Promise<T>)[],
  parallel: number,
  current: () => boolean,
  place: (value: T, index: number) => void,
): Promise<void> {
  const done: ({ value: T } | { failed: true } | undefined)[] = new Array(loads.length);
  let next = 0;
  let placed = 0;
  const flush = (): void => {
    while (placed < loads.length && done[placed] !== undefined) {
      const outcome = done[placed]!;
      if ('value' in outcome) place(outcome.value, placed);
      placed++;
    }
  };
  const lane = async (): Promise<void> => {
    while (next < loads.length && current()) {
      const at = next++;
      done[at] = await loads[at]!().then(
        (value) => ({ value }),
        () => ({ failed: true as const }),
      );
      if (!current()) return;
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(parallel, 1), loads.length) }, lane));
}
