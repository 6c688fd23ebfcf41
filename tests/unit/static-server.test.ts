import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/static-server.ts';

describe('the static server of the tests and the benchmarks', () => {
  let dir: string;
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-serve-'));
    fs.mkdirSync(path.join(dir, 'plannen'));
    fs.writeFileSync(path.join(dir, 'plannen/index.html'), '<p>Plannen</p>');
    fs.writeFileSync(path.join(dir, '404.html'), '<p>Niet gevonden</p>');
    site = await serve(dir, '/jeugd/', { headers: { 'x-site': 'ja' } });
  });
  afterAll(async () => {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves a file under the base path with its type, its headers and a validator', async () => {
    const response = await fetch(site.url('plannen/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-site')).toBe('ja');
    expect(await response.text()).toBe('<p>Plannen</p>');
    const again = await fetch(site.url('plannen/'), { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves a file as it is now, also after it changed on disk', async () => {
    const file = path.join(dir, 'plannen/index.html');
    expect(await (await fetch(site.url('plannen/'))).text()).toBe('<p>Plannen</p>');
    fs.writeFileSync(file, '<p>Andere plannen</p>');
    expect(await (await fetch(site.url('plannen/'))).text()).toBe('<p>Andere plannen</p>');
    // The same size with a later time counts as a change too.
    fs.writeFileSync(file, '<p>Nieuwe plannen</p>');
    fs.utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect(await (await fetch(site.url('plannen/'))).text()).toBe('<p>Nieuwe plannen</p>');
  });

  it('sends no body to HEAD, serves the page of a folder without its slash, and answers 404 with the 404 page', async () => {
    const head = await fetch(site.url('plannen/'), { method: 'HEAD' });
    expect([head.status, head.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    // The length of the body a GET gets.
    expect(head.headers.get('content-length')).toBe(String('<p>Nieuwe plannen</p>'.length));
    const folder = await fetch(`${site.origin}/jeugd/plannen`);
    expect([folder.status, await folder.text()]).toEqual([200, '<p>Nieuwe plannen</p>']);
    const missing = await fetch(site.url('bestaat-niet/'));
    expect([missing.status, await missing.text()]).toEqual([404, '<p>Niet gevonden</p>']);
  });
});
