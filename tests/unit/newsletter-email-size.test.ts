import { describe, expect, it } from 'vitest';
import { clippedEmailBytes, emailSizeWarning } from '../../src/lib/newsletter/email-size.ts';

describe('an e-mail too large for Gmail', () => {
  it('gets a warning in Dutch above the limit, naming the edition and its size', () => {
    expect(emailSizeWarning('zomer-2099', 'a'.repeat(clippedEmailBytes))).toBeUndefined();
    // Bytes, not characters: an é takes two.
    expect(emailSizeWarning('zomer-2099', 'é'.repeat(clippedEmailBytes / 2 + 1))).toMatch(
      /^Let op: de e-mailversie van nieuwsbrief "zomer-2099" is 100 kB\. Gmail toont/,
    );
    expect(emailSizeWarning('zomer-2099', 'a'.repeat(150_000))).toContain('is 150 kB');
  });
});
