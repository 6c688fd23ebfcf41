import { webAddressFromEnv } from '../env-url.ts';
import { repositoryFromEnv } from '../repository.ts';
import type { DecapBackend } from './decap-types.ts';

/** The port of Decap's local server (decap-server) when nothing else is set: Decap's own default. */
export const defaultLocalPort = 8081;

/** Where editors log in online: the repository's host. */
export type OnlineBackend = Exclude<DecapBackend, { name: 'proxy' }>;

/** What the editor's configuration takes from the environment; the rest comes from the registry. */
export interface CmsSettings {
  /** How editors log in online; undefined when the host has not set it up (then only the local server works). */
  online?: OnlineBackend;
  /** The branch pull requests go to. */
  branch: string;
  /** Decap's local server (`npm run cms`): http://localhost:<port>/api/v1. */
  localBackendUrl: string;
}

type Env = Record<string, string | undefined>;

/** The port of Decap's local server: CMS_LOCAL_PORT, or Decap's default. */
export function localPort(env: Env): number {
  const raw = env.CMS_LOCAL_PORT?.trim();
  if (!raw) return defaultLocalPort;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`CMS_LOCAL_PORT moet een poortnummer zijn (1 tot 65535), niet "${raw}".`);
  }
  return port;
}

/**
 * The small auth endpoint a GitHub login needs (CMS_AUTH_URL, its full address, e.g.
 * https://auth.example.org/auth), as Decap wants it: the origin and the path apart.
 */
function authEndpoint(env: Env): { base_url: string; auth_endpoint?: string } | undefined {
  const url = webAddressFromEnv(env, 'CMS_AUTH_URL', 'https://<adres van de auth-dienst>/auth');
  if (!url) return undefined;
  const path = url.pathname.replace(/^\/+|\/+$/g, '');
  return { base_url: url.origin, ...(path ? { auth_endpoint: path } : {}) };
}

/**
 * The online backend for the repository the site comes from: GitHub (login through an OAuth app and
 * its auth endpoint, CMS_AUTH_URL; without it Decap uses Netlify's) or GitLab (login with PKCE and
 * the id of a GitLab application, CMS_GITLAB_APP_ID). Other hosts, or GitLab without an application,
 * have no online login: the editor then works with the local server only.
 */
function onlineBackend(env: Env): OnlineBackend | undefined {
  const repository = repositoryFromEnv(env);
  if (!repository) return undefined;
  const url = new URL(repository.url);
  const repo = url.pathname.replace(/^\/+|\/+$/g, '');
  const { branch } = repository;
  if (url.hostname === 'github.com') {
    return { name: 'github', repo, branch, ...authEndpoint(env) };
  }
  if (url.hostname.includes('gitlab')) {
    const appId = env.CMS_GITLAB_APP_ID?.trim();
    if (!appId) return undefined;
    const selfHosted = url.hostname !== 'gitlab.com';
    return {
      name: 'gitlab',
      repo,
      branch,
      auth_type: 'pkce',
      app_id: appId,
      ...(selfHosted
        ? { api_root: `${url.origin}/api/v4`, base_url: url.origin, auth_endpoint: 'oauth/authorize' }
        : {}),
    };
  }
  return undefined;
}

/** The editor's settings from the environment (the same REPOSITORY_URL and REPOSITORY_BRANCH as "Bewerk deze pagina"). */
export function cmsSettingsFromEnv(env: Env): CmsSettings {
  const online = onlineBackend(env);
  return {
    online,
    branch: online?.branch ?? (env.REPOSITORY_BRANCH?.trim() || 'main'),
    localBackendUrl: `http://localhost:${localPort(env)}/api/v1`,
  };
}

/**
 * The origins the editor talks to besides its own: the local server, and the online backend's API.
 * The admin page's Content Security Policy allows exactly these (src/lib/security/csp.ts).
 */
export function cmsOrigins(settings: CmsSettings): { connect: string[]; images: string[] } {
  const local = new URL(settings.localBackendUrl).origin;
  const { online } = settings;
  if (online?.name === 'github') {
    // The API, and the avatar of the person logged in, which GitHub serves from its own host.
    return { connect: [local, 'https://api.github.com'], images: ['https://avatars.githubusercontent.com'] };
  }
  if (online?.name === 'gitlab') {
    const origin = online.base_url ?? 'https://gitlab.com';
    return { connect: [local, origin], images: [origin] };
  }
  return { connect: [local], images: [] };
}
