import { describe, expect, it } from 'vitest';
import { largeSharedMemory } from '../../scripts/lib/chromium.ts';

describe('where Chromium keeps its shared memory', () => {
  const of = (bytes: number) => () => ({ bsize: 4096, blocks: bytes / 4096 });

  it('uses /dev/shm where it holds at least 1 GiB', () => {
    expect(largeSharedMemory(of(24 * 2 ** 30))).toBe(true);
    expect(largeSharedMemory(of(2 ** 30))).toBe(true);
  });

  it("keeps Playwright's files under /tmp where /dev/shm is a container's 64 MB, or missing", () => {
    expect(largeSharedMemory(of(64 * 2 ** 20))).toBe(false);
    expect(
      largeSharedMemory(() => {
        throw new Error('ENOENT');
      }),
    ).toBe(false);
  });
});
