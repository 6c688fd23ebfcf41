/**
 * Runs one call at a time and, of the calls that arrive meanwhile, only the latest; the others resolve
 * to null. For searches: Pagefind's worker answers in order, so while a search for "g" still ran, "ge",
 * "gem", … would each run before "gemeente". Pagefind's instance ignores a search that answers null.
 * `wait(...args)` is an extra pause before a call starts, in which a newer call can still replace it.
 */
export function latestOnly<A extends unknown[], T>(
  run: (...args: A) => Promise<T>,
  wait: (...args: A) => number = () => 0,
): (...args: A) => Promise<T | null> {
  let latest = 0;
  let running: Promise<unknown> | null = null;
  return async (...args) => {
    const ticket = ++latest;
    const pause = wait(...args);
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    while (running) {
      if (ticket !== latest) return null;
      await running.catch(() => undefined);
    }
    if (ticket !== latest) return null;
    const call = run(...args);
    running = call;
    call
      .finally(() => {
        if (running === call) running = null;
      })
      .catch(() => undefined);
    return call;
  };
}
