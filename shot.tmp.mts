import { chromium } from 'playwright-core';
import { serve } from '/work/wt/language/tests/support/server.ts';
const [,, path, out, width = '1280', scheme = 'light', parts = '1', partHeight = '1400'] = process.argv;
const server = await serve('/work/wt/language/dist', '/');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.emulateMedia({ colorScheme: scheme as 'light' | 'dark' });
await page.goto(server.url(path));
for (let i = 0; i < Number(parts); i++) {
  await page.screenshot({ path: `${out}-${i}.png`, fullPage: true, clip: { x: 0, y: i * Number(partHeight), width: Number(width), height: Number(partHeight) } });
}
await browser.close(); await server.close();
