/**
 * Starts Decap CMS on the editor's page (src/pages/admin/index.astro), from files of the site only:
 * Decap's bundle, the configuration generated at build time (config.json) and the site's stylesheet
 * for the preview. No inline script: the page's own Content Security Policy allows none.
 */
import type { DecapConfig } from '../decap-types.ts';
import { emptyPaths, type DataPath } from '../prune.ts';
import { imageComponent } from './image-component.ts';
import { mergePhrases, phrases } from './phrases.ts';

/** The little of Immutable.js's Map that the editor's hooks use. */
interface DataMap {
  toJS(): Record<string, unknown>;
  deleteIn(path: DataPath): DataMap;
  getIn(path: DataPath): unknown;
  get(key: string): DataMap;
}

type View = unknown;
type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: View[]) => View;

/** The little of Decap's global `CMS` object this page uses. */
interface DecapCms {
  init(options: { config: DecapConfig }): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(
    collection: string,
    template: (props: { entry: DataMap; widgetFor: (field: string) => View }) => View,
  ): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: DataMap }) => DataMap }): void;
  registerEditorComponent(component: object): void;
  getLocale(locale: string): Record<string, never> | undefined;
  registerLocale(locale: string, phrases: object): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    /** React's createElement, which Decap's bundle makes global for preview templates. */
    h?: CreateElement;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`${src} kon niet worden geladen`)));
    document.head.append(script);
  });
}

async function loadConfig(url: string): Promise<DecapConfig> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} gaf ${response.status}`);
  return (await response.json()) as DecapConfig;
}

/** Whether Decap's local server (decap-server, started by `npm run cms`) answers, as Decap itself asks it. */
async function localServerAnswers(url: string): Promise<boolean> {
  if (!['localhost', '127.0.0.1'].includes(location.hostname)) return false;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    const info = (await response.json()) as { repo?: unknown };
    return typeof info.repo === 'string';
  } catch {
    return false;
  }
}

/**
 * A preview that looks like an entry's page: the name as its heading and the text in the site's
 * `.prose` layout, styled by the site's own stylesheet.
 */
function entryPreview(h: CreateElement, nameField: string) {
  return ({ entry, widgetFor }: { entry: DataMap; widgetFor: (field: string) => View }) =>
    h(
      'article',
      { className: 'prose' },
      h('h1', null, String(entry.getIn(['data', nameField]) ?? '')),
      widgetFor('body'),
    );
}

function start(cms: DecapCms, config: DecapConfig, previewStyle: string): void {
  const dutch = cms.getLocale('nl');
  if (dutch) cms.registerLocale('nl', mergePhrases(dutch, phrases));
  cms.registerPreviewStyle(new URL(previewStyle, location.href).href);
  const h = window.h;
  if (h) {
    // In place of Decap's own image block, whose labels are in English (image-component.ts).
    cms.registerEditorComponent(imageComponent(h));
    for (const collection of config.collections) {
      if (collection.fields.some((field) => field.widget === 'markdown')) {
        cms.registerPreviewTemplate(collection.name, entryPreview(h, collection.identifier_field));
      }
    }
  }
  // An emptied field is left out of the file instead of written as `field: ""`.
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      let data = entry.get('data');
      for (const path of emptyPaths(data.toJS())) data = data.deleteIn(path);
      return data;
    },
  });
  cms.init({ config });
}

async function main(page: HTMLElement): Promise<void> {
  const status = page.querySelector<HTMLElement>('[data-cms-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const { config: configUrl = '', script = '', previewStyle = '' } = page.dataset;
  try {
    window.CMS_MANUAL_INIT = true;
    const [config] = await Promise.all([loadConfig(configUrl), loadScript(script)]);
    const cms = window.CMS;
    if (!cms) throw new Error('Decap CMS startte niet');
    if (config.backend.name === 'proxy' && !(await localServerAnswers(config.local_backend.url))) {
      say(
        'Er draait geen lokale server voor de editor, en online inloggen is niet ingesteld. Start op uw computer ' +
          '"npm run cms" in de map van de repository en laad deze pagina daarna opnieuw.',
      );
      return;
    }
    // Decap takes the whole window; this page's own text has done its job.
    page.remove();
    start(cms, config, previewStyle);
  } catch (error) {
    say(
      `De editor kon niet starten: ${error instanceof Error ? error.message : String(error)}. Laad de pagina opnieuw.`,
    );
  }
}

const page = document.querySelector<HTMLElement>('[data-cms-page]');
if (page) void main(page);
