import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A server in front of `origin` (a static server of a build) that sends one page in two parts, with
 * a pause between them, as a slow connection delivers it: the browser may paint what it has so far.
 * Every other request passes through unchanged.
 */
export async function serveInTwoParts(
  origin: string,
  page: { pathname: string; splitBefore: string; pauseMs: number },
): Promise<{ url: string; firstPartSent: Promise<void>; close: () => Promise<void> }> {
  let firstPartSent!: () => void;
  const sent = new Promise<void>((resolve) => (firstPartSent = resolve));
  const server = http.createServer((request, response) => {
    const upstream = `${origin}${request.url ?? '/'}`;
    if (new URL(upstream).pathname !== page.pathname) {
      http.get(upstream, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      return;
    }
    void fetch(upstream).then(async (answer) => {
      const html = await answer.text();
      const cut = html.indexOf(page.splitBefore);
      if (cut < 0) throw new Error(`${page.pathname} has no "${page.splitBefore}" to split before.`);
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/html' });
      response.write(html.slice(0, cut), () => firstPartSent());
      setTimeout(() => response.end(html.slice(cut)), page.pauseMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${page.pathname}`,
    firstPartSent: sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
