import { describe, expect, it } from 'vitest';
import { webAddressFromEnv } from '../../src/lib/env-url.ts';

describe('a web address from the environment', () => {
  const example = 'https://voorbeeld.test/pad';

  it('is undefined when not set, or only spaces', () => {
    expect(webAddressFromEnv({}, 'X_URL', example)).toBeUndefined();
    expect(webAddressFromEnv({ X_URL: '  ' }, 'X_URL', example)).toBeUndefined();
  });

  it('is read as a URL, spaces around it ignored', () => {
    expect(webAddressFromEnv({ X_URL: ' https://a.test/b/ ' }, 'X_URL', example)?.href).toBe('https://a.test/b/');
  });

  it('stops on what is no address, naming the variable and showing an example, in Dutch', () => {
    expect(() => webAddressFromEnv({ X_URL: 'a.test/b' }, 'X_URL', example)).toThrow(
      'X_URL is geen webadres: "a.test/b". Schrijf het als https://voorbeeld.test/pad.',
    );
  });

  it('wants https, or http only where allowed', () => {
    expect(() => webAddressFromEnv({ X_URL: 'http://a.test/' }, 'X_URL', example)).toThrow(
      'X_URL moet beginnen met https://, niet "http://a.test/".',
    );
    expect(webAddressFromEnv({ X_URL: 'http://a.test/' }, 'X_URL', example, { allowHttp: true })?.protocol).toBe(
      'http:',
    );
    expect(() => webAddressFromEnv({ X_URL: 'ftp://a.test/' }, 'X_URL', example, { allowHttp: true })).toThrow(
      /moet beginnen met https/,
    );
  });
});
