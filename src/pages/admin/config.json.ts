import type { APIRoute } from 'astro';
import { cmsConfig } from '../../lib/cms/config.ts';
import { cmsSettingsFromEnv } from '../../lib/cms/settings.ts';

/** The editor's configuration, generated from the registry and the schemas (src/lib/cms/config.ts). */
export const GET: APIRoute = () => {
  const settings = cmsSettingsFromEnv(process.env);
  return new Response(`${JSON.stringify(cmsConfig(settings), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
