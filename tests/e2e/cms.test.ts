import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { headersFromFile, serve } from '../../scripts/lib/static-server.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { editorIssues, knownIssue } from '../../src/lib/cms/known-issues.ts';
import { astroBuild } from '../support/astro-build.ts';
import { axeViolations, launch, type AxeViolation } from '../support/browser.ts';
import { builds } from '../support/builds.ts';
import { load } from '../support/dist.ts';
import {
  branches,
  choose,
  cloneRepository,
  contentOf,
  git,
  localBackendPort,
  refs,
  startDecapServer,
  untilDecapLeavesMain,
  type DecapServer,
} from '../support/cms.ts';
import { isolatedProject } from '../support/isolated-project.ts';
import { pageResults, pathOf } from '../support/search.ts';

/**
 * The editor end to end, offline: a clone of the repository with Decap's local server on it (git
 * mode, as `npm run cms` runs it), the built site served on localhost, and Chromium filling in the
 * forms. Saving makes a cms/… branch, publishing merges it; the merged content passes the content
 * check and a site rebuilt from it has the new page, and finds it.
 */
const { dir, base } = builds.root;
const practice = {
  title: 'Proef met de editor: café-overleg',
  // Decap's slug of the title: lower case, accents dropped, anything else a hyphen.
  id: 'proef-met-de-editor-cafe-overleg',
  summary: 'Een praktijkvoorbeeld dat de test door het formulier van de editor maakt, in gewoon Nederlands.',
  word: 'zonnebloemproef',
};
const team = 'procesteam-ontwikkeltafel-3';
const newsletter = 'volop-beweging';

let clone: string;
let decap: DecapServer;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let origin: string;
const requests: string[] = [];
const violations: string[] = [];
const pageErrors: { test: string; text: string }[] = [];
const saves: string[] = [];
const axeFindings: { view: string; violation: AxeViolation }[] = [];
const temporary: string[] = [];
const unexpectedDialogs: string[] = [];
/** What the editor asks before it restores a backup and before it publishes (src/lib/cms/client/phrases.ts). */
const decapDialogs = {
  restoreBackup: 'Voor deze pagina is een kopie bewaard van uw laatste wijzigingen. Wilt u die gebruiken?',
  publish: 'Weet u zeker dat u deze pagina wilt publiceren?',
};

beforeAll(async () => {
  clone = cloneRepository();
  temporary.push(clone);
  decap = await startDecapServer(clone, localBackendPort(dir));
  server = await serve(dir, base, { headers: headersFromFile(dir) });
  // Decap uses its local server only on a page opened as localhost.
  origin = server.origin.replace('127.0.0.1', 'localhost');
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  context.on('request', (request) => {
    requests.push(request.url());
    if (/"action":"persistEntry"/.test(request.postData() ?? '')) saves.push(request.postData()!);
  });
  await context.exposeBinding('__reportViolation', (_source, text: string) => void violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (globalThis as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`,
      );
    });
  });
  page = await context.newPage();
  page.on('pageerror', (error) => {
    const test = expect.getState().currentTestName ?? '';
    pageErrors.push({ test, text: `${page.url()}: ${String(error)} ${error.stack ?? ''}`.trim() });
  });
  // Decap asks before it leaves a form with changes, and before it publishes: yes to both. Each test
  // sets up the form it needs, so an offer to restore a local backup of an earlier form is declined.
  // Anything else is an alert that refused what a test asked for; it is kept for the last test.
  page.on('dialog', (dialog) => {
    const message = dialog.message();
    if (message === decapDialogs.restoreBackup) return void dialog.dismiss();
    if (dialog.type() !== 'beforeunload' && message !== decapDialogs.publish)
      unexpectedDialogs.push(`${expect.getState().currentTestName ?? ''}: ${dialog.type()} "${message}"`);
    void dialog.accept();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.close();
  for (const folder of temporary) fs.rmSync(folder, { recursive: true, force: true });
});

/** Opens a view of the editor in a fresh page load, so that no draft of an earlier form is left in it. */
async function open(hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${origin}${base}admin/#${hash}`);
}

/** axe on the editor as it is; the findings are kept and compared with the known list at the end. */
async function audit(view: string): Promise<void> {
  for (const violation of await axeViolations(page)) axeFindings.push({ view, violation });
}

async function save(): Promise<void> {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByText('Pagina opgeslagen').first().waitFor({ timeout: 60_000 });
}

const badDate = 'refuses to save a page whose file holds a date that is no date, with the Dutch rule';
const refusal =
  'refuses to save a form with a required field empty or a value the schema refuses, in Dutch, and writes nothing';

describe('the editor (/admin/) without a local server or online login', () => {
  it('says so on the page, in Dutch, and starts nothing; axe finds nothing on it', async () => {
    const alone = await browser.newContext({ locale: 'nl-NL' });
    try {
      // As if `npm run cms` were not running: nothing answers at the local server's address.
      await alone.route(`http://localhost:${localBackendPort(dir)}/**`, (route) => route.abort('connectionrefused'));
      const intro = await alone.newPage();
      await intro.goto(`${origin}${base}admin/`);
      await intro.getByText(/Er draait geen lokale server voor de editor/).waitFor({ timeout: 60_000 });
      expect(await intro.locator('h2#cms-online').textContent()).toBe('Online inloggen is niet ingesteld');
      expect(await intro.getByRole('button', { name: 'Inloggen' }).count()).toBe(0);
      expect(await axeViolations(intro)).toEqual([]);
    } finally {
      await alone.close();
    }
  });
});

describe('the editor (/admin/) with the local server, in Chromium', () => {
  it('opens in Dutch from the site itself, and logs in to the local server', async () => {
    await open('/');
    const login = page.getByRole('button', { name: 'Inloggen' });
    await login.waitFor({ timeout: 60_000 });
    await audit('login');
    await login.click();
    await page.getByRole('link', { name: 'Praktijkvoorbeelden' }).first().waitFor({ timeout: 60_000 });
    // The first collection, with its entries loaded (not the loader that fades in and out before them).
    await page.getByText('Ontwikkeltafel 1', { exact: true }).first().waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByText('Inhoudstypen').count()).toBeGreaterThan(0);
    await audit('collections');
    expect(decap.output()).toMatch(/Git Proxy Server configured/);
  });

  it('creates a practice example through the form and saves it as a draft: a cms/practices/<id> branch', async () => {
    await open('/collections/practices/new');
    await page.getByLabel('Titel – title', { exact: true }).fill(practice.title);
    await page.getByLabel('Samenvatting – summary', { exact: true }).fill(practice.summary);
    await page.getByLabel('Plaats – place', { exact: true }).fill('Hengelo');
    await choose(page, 'Gemeente – municipality', 'Hengelo', 'Gemeente Hengelo');
    await choose(page, 'Stand van zaken – status', 'Pil', 'Pilot');
    await choose(page, 'Niveaus van ondersteuning – supportLevels', 'Basis', 'Basis');
    await choose(page, 'Bronnen – sources', 'Volop', 'Nieuwsbrief "Volop beweging"');
    // An optional field filled in and emptied again is left out of the file, not written as "".
    const note = page.getByLabel(/^Toelichting bij de stand van zaken – statusNote/);
    await note.fill('wordt gewist');
    await note.fill('');
    // The text editor's buttons and its image block are named in Dutch (phrases.ts, image-component.ts).
    expect(await page.getByTitle('Citaat', { exact: true }).count()).toBe(1);
    expect(await page.getByTitle('Kop', { exact: true }).count()).toBe(1);
    await page.getByTitle('Voeg component toe', { exact: true }).click();
    await expect.poll(() => page.getByRole('menuitem').allTextContents()).toEqual(['Afbeelding']);
    await page.keyboard.press('Escape');
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.type(`Dit voorbeeld met de ${practice.word} is gemaakt in de editor.`);

    // The preview shows the text with the site's own stylesheet, from the site itself.
    const frame = await (await page.locator('#preview-pane').elementHandle())!.contentFrame();
    await expect.poll(() => frame!.locator('article.prose h1').textContent()).toBe(practice.title);
    const preview = await frame!.evaluate(() => ({
      sheets: [...document.styleSheets].map((sheet) => ({ href: sheet.href, rules: sheet.cssRules.length })),
      measure: getComputedStyle(document.querySelector('article.prose')!).maxInlineSize,
    }));
    expect(preview.sheets).toContainEqual({ href: `${origin}${base}admin/preview.css`, rules: expect.any(Number) });
    expect(preview.sheets.find((s) => s.href?.endsWith('/admin/preview.css'))!.rules).toBeGreaterThan(5);
    // .prose keeps text at the site's reading width (--measure: 42rem).
    expect(preview.measure).toBe('672px');
    await audit('practice form');

    expect(branches(clone)).toEqual(['main']);
    await save();
    const branch = `cms/practices/${practice.id}`;
    expect(branches(clone)).toEqual([branch, 'main']);
    const file = git(clone, 'show', `${branch}:content/practices/${practice.id}.md`);
    const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file)!;
    expect(parseYaml(frontMatter!)).toEqual({
      title: practice.title,
      summary: practice.summary,
      place: 'Hengelo',
      municipality: 'gemeente-hengelo',
      status: 'pilot',
      supportLevels: ['basis'],
      sources: ['nieuwsbrief-volop-beweging-2019'],
    });
    expect(body).toContain(practice.word);
    // Nothing on main yet: the draft waits on its branch, as a pull request would.
    expect(git(clone, 'ls-tree', '--name-only', 'main', 'content/practices/')).not.toContain(practice.id);
  });

  it(
    'publishes it: merged into main, the content check passes, and a rebuilt site has its page and finds it',
    {
      timeout: 600_000,
    },
    async () => {
      await open(`/collections/practices/entries/${practice.id}`);
      await page.getByRole('button', { name: /^Status: Concept/ }).click({ timeout: 60_000 });
      await page.getByRole('menuitem', { name: 'Klaar' }).click();
      // Decap publishes only once the server has the new status; before that it shows an alert instead.
      await page.getByRole('button', { name: /^Status: Klaar/ }).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Publiceer nu' }).click();
      await page.getByText('Pagina gepubliceerd').first().waitFor({ timeout: 60_000 });
      expect(branches(clone)).toEqual(['main']);
      expect(git(clone, 'ls-tree', '--name-only', 'main', 'content/practices/')).toContain(
        `content/practices/${practice.id}.md`,
      );

      // `npm run check` on the clone: the same check, on the merged content.
      const check = checkContent({ root: clone, dir: path.join(clone, 'content') });
      expect(check.errors).toEqual([]);
      expect(check.entries.some(({ entry }) => entry.id === practice.id)).toBe(true);

      const project = isolatedProject();
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-cms-site-'));
      temporary.push(project, out);
      const build = await astroBuild(
        { CONTENT_DIR: path.join(clone, 'content'), OUT_DIR: out, BASE_PATH: '/' },
        project,
      );
      expect(build.status, build.output).toBe(0);
      expect(load(out, `praktijkvoorbeelden/${practice.id}/index.html`)('h1').text()).toBe(practice.title);

      const rebuilt = await serve(out, '/');
      const search = await browser.newPage();
      try {
        await search.goto(rebuilt.url(`/zoeken/?q=${practice.word}`));
        expect((await pageResults(search)).map(pathOf)).toEqual([`/praktijkvoorbeelden/${practice.id}/`]);
      } finally {
        await search.close();
        await rebuilt.close();
      }
    },
  );

  it("edits a team's members: the new member is on the team's branch, and the check passes there", async () => {
    await open(`/collections/teams/entries/${team}`);
    await page.getByRole('button', { name: 'Voeg lid toe', exact: true }).click({ timeout: 60_000 });
    await choose(page, /^Persoon – person/, 'Snellens', 'Kate Snellens', 'last');
    await page
      .getByLabel(/^Rol – role/)
      .last()
      .fill('lid van het procesteam');
    await audit('team form');
    await save();

    const branch = `cms/teams/${team}`;
    expect(branches(clone)).toContain(branch);
    const before = parseYaml(git(clone, 'show', `main:content/teams/${team}.yaml`)) as { members: unknown[] };
    const after = parseYaml(git(clone, 'show', `${branch}:content/teams/${team}.yaml`)) as { members: unknown[] };
    expect(after.members).toEqual([...before.members, { person: 'kate-snellens', role: 'lid van het procesteam' }]);
    const content = contentOf(clone, branch);
    temporary.push(path.dirname(content));
    expect(checkContent({ root: clone, dir: content }).errors).toEqual([]);
  });

  it('edits a newsletter: a date from the date picker and a sentence of text, on its branch, and the check passes', async () => {
    await open(`/collections/newsletters/entries/${newsletter}`);
    const reviewBy = page.getByLabel(/^Nakijken uiterlijk op – reviewBy/);
    await reviewBy.waitFor({ timeout: 60_000 });
    // A browser's own date field: it takes a day and nothing else.
    expect(await reviewBy.getAttribute('type')).toBe('date');
    await reviewBy.fill('2030-01-31');
    const text = page.locator('[data-slate-editor]');
    await text.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Deze zin kwam erbij in de editor.');
    await save();

    const branch = `cms/newsletters/${newsletter}`;
    expect(branches(clone)).toContain(branch);
    const file = git(clone, 'show', `${branch}:content/newsletters/${newsletter}.md`);
    expect(file).toMatch(/^reviewBy: 2030-01-31$/m);
    expect(file).toContain('Deze zin kwam erbij in de editor.');
    const content = contentOf(clone, branch);
    temporary.push(path.dirname(content));
    expect(checkContent({ root: clone, dir: content }).errors).toEqual([]);
  });

  it(refusal, async () => {
    const before = refs(clone);
    const savesBefore = saves.length;
    await open('/collections/practices/new');
    await page.getByLabel('Titel – title', { exact: true }).fill('Proef_met_een_lage_streep');
    await page.getByLabel('Samenvatting – summary', { exact: true }).fill('Te kort.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Niet opgeslagen: verbeter eerst de velden met een melding.').first().waitFor();
    for (const message of [
      'Plaats – place: dit veld is verplicht.',
      'Gemeente – municipality: dit veld is verplicht.',
      'Samenvatting – summary: Tekst van 20 tot 400 tekens.',
      'Titel – title: Minstens 3 tekens. Gebruik geen _ of ~: de editor maakt van de naam ook de bestandsnaam.',
    ]) {
      await expect.poll(() => page.getByText(message, { exact: true }).count(), { message }).toBeGreaterThan(0);
    }
    await audit('form with errors');
    // Decap refuses the save by rejecting a promise without a reason: the one page error expected.
    await expect
      .poll(() => pageErrors.filter((e) => e.test.endsWith(refusal)).map((e) => e.text))
      .toEqual([`${page.url()}: undefined`]);
    // While the editor loads, its server checks out each draft's branch in turn to read it: the clone
    // is looked at once the server has put it back on main, not halfway through a checkout.
    await page.goto('about:blank');
    await untilDecapLeavesMain(clone);
    expect(saves.length).toBe(savesBefore);
    expect(refs(clone)).toBe(before);
    expect(git(clone, 'status', '--porcelain')).toBe('');
  });

  it(badDate, async () => {
    // The editor asks for nothing more, and its server has put the clone back on main.
    await page.goto('about:blank');
    await untilDecapLeavesMain(clone);
    // A file written by hand, outside the editor, with the date the way people often write it.
    fs.writeFileSync(
      path.join(clone, 'content/people/proef-datum.yaml'),
      'name: Proef Datum\nsources:\n  - nieuwsbrief-volop-beweging-2019\nreviewBy: 31-01-2030\n',
    );
    git(clone, 'add', 'content/people/proef-datum.yaml');
    git(clone, 'commit', '--quiet', '-m', 'Proef: een persoon met een datum in de verkeerde vorm');
    expect(git(clone, 'log', '-1', '--format=%s', 'main', '--', 'content/people/proef-datum.yaml')).toContain('Proef');
    const before = refs(clone);
    const savesBefore = saves.length;
    await open('/collections/people/entries/proef-datum');
    const name = page.getByLabel('Naam – name', { exact: true });
    await name.waitFor({ timeout: 60_000 });
    await name.fill('Proef Datum Twee');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Nakijken uiterlijk op – reviewBy: Een datum: JJJJ-MM-DD.', { exact: true }).first().waitFor();
    expect(saves.length).toBe(savesBefore);
    expect(refs(clone)).toBe(before);
    // The content check says the same of the file, in the pull request.
    const check = checkContent({ root: clone, dir: path.join(clone, 'content') });
    expect(check.errors.map((e) => `${e.file} ${e.field}: ${e.message}`)).toEqual([
      'content/people/proef-datum.yaml reviewBy: "31-01-2030" is geen geldige datum',
    ]);
  });

  it("reports to axe only Decap's own problems, each listed in the accessibility statement", () => {
    const unknown = axeFindings.flatMap(({ view, violation }) =>
      violation.nodes
        .filter((node) => !knownIssue(violation.id, `${node.target.join(' ')} ${node.html}`))
        .map((node) => `${view}: ${violation.id} ${node.target.join(' ')} ${node.html.slice(0, 160)}`),
    );
    expect(unknown).toEqual([]);
    // And the statement lists nothing axe no longer finds.
    const seen = editorIssues.filter((issue) =>
      axeFindings.some(({ violation }) =>
        violation.nodes.some((node) => knownIssue(violation.id, node.html) === issue),
      ),
    );
    expect(seen).toEqual(editorIssues);
  });

  it('made no request beyond this computer, broke no rule of its policy, threw no error and showed no alert', () => {
    const cmsOrigin = `http://localhost:${localBackendPort(dir)}`;
    const foreign = requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith(`${cmsOrigin}/`) && !url.startsWith('blob:'),
    );
    expect(requests.length).toBeGreaterThan(100);
    expect(requests.some((url) => url.startsWith(`${cmsOrigin}/api/v1`))).toBe(true);
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    // Decap raises that page error at every save it refuses, and only then.
    expect(pageErrors.filter((e) => !e.test.endsWith(refusal) && !e.test.endsWith(badDate))).toEqual([]);
    expect(unexpectedDialogs).toEqual([]);
  });
});
