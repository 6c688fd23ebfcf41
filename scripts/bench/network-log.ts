import type { Page } from 'playwright-core';
import { transferBytes } from './weight.ts';

/** Records what a page fetches: bytes as a compressing server would send them, and requests in flight. */
export class NetworkLog {
  private inFlight = 0;
  private lastChange = performance.now();
  private readonly pending: Promise<void>[] = [];
  readonly entries: { url: string; type: string; bytes: number; order: number }[] = [];
  private order = 0;

  constructor(page: Page) {
    page.on('request', () => this.change(+1));
    page.on('requestfailed', () => this.change(-1));
    page.on('requestfinished', (request) => {
      const order = this.order++;
      this.pending.push(
        (async () => {
          const response = await request.response();
          const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
          this.entries.push({ url: request.url(), type: request.resourceType(), bytes: transferBytes(body), order });
        })().finally(() => this.change(-1)),
      );
    });
  }

  private change(delta: number) {
    this.inFlight += delta;
    this.lastChange = performance.now();
  }

  /** A mark to count from: everything that finishes after it. */
  mark(): number {
    return this.order;
  }

  /** Waits until nothing has been in flight for `quietMs`. */
  async idle(quietMs = 500, timeoutMs = 60_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.inFlight > 0 || performance.now() - this.lastChange < quietMs) {
      if (performance.now() > deadline) throw new Error('the page kept loading for a minute');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(this.pending);
  }

  /** Bytes and requests since a mark; images (the favicon) left out, they are not HTML, CSS or JS. */
  since(mark: number): { bytes: number; requests: number; files: { url: string; bytes: number }[] } {
    const counted = this.entries.filter((e) => e.order >= mark && e.type !== 'image').sort((a, b) => a.order - b.order);
    return {
      bytes: counted.reduce((total, e) => total + e.bytes, 0),
      requests: counted.length,
      files: counted.map((e) => ({ url: new URL(e.url).pathname, bytes: e.bytes })),
    };
  }
}
