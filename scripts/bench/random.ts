/**
 * A small seeded random number generator (mulberry32): the same seed gives the same corpus on every
 * machine, so two benchmark runs measure the same content.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * Picks with a bias towards the start of the list: a few entries (a busy project leader, a large
   * municipality) are referred to far more often than the rest, as in the real content.
   */
  pickSkewed<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    const u = this.next();
    return items[Math.floor(u * u * items.length)] as T;
  }

  /** Up to `count` different items, skewed like `pickSkewed`. */
  some<T>(items: readonly T[], count: number, skewed = true): T[] {
    const chosen = new Set<T>();
    const wanted = Math.min(count, items.length);
    // Bounded: with a strong skew the tail may take long to reach; stop rather than spin.
    for (let tries = 0; chosen.size < wanted && tries < wanted * 20; tries++) {
      chosen.add(skewed ? this.pickSkewed(items) : this.pick(items));
    }
    return [...chosen];
  }
}
