import { webAddressFromEnv } from './env-url.ts';

/**
 * Where the site's source lives, for "Bewerk deze pagina". Read from the environment in this one
 * place: REPOSITORY_URL (e.g. https://github.com/<org>/<repo>) and REPOSITORY_BRANCH (default main).
 * Without REPOSITORY_URL there is no edit link: we never guess a repository's address.
 */
export interface Repository {
  url: string;
  branch: string;
}

export function repositoryFromEnv(env: Record<string, string | undefined> = process.env): Repository | undefined {
  const url = webAddressFromEnv(env, 'REPOSITORY_URL', 'https://github.com/<organisatie>/<repository>', {
    allowHttp: true,
  });
  if (!url) return undefined;
  const branch = env.REPOSITORY_BRANCH?.trim() || 'main';
  return { url: url.href.replace(/\/+$/, '').replace(/\.git$/, ''), branch };
}

/**
 * The page in the repository's web editor for a file, given relative to the project root. GitLab
 * has its own path for it; GitHub's form is the default (Gitea and Forgejo use the same one).
 * Undefined for a file outside the project (content read from elsewhere, as in tests).
 */
export function editUrl(repository: Repository | undefined, filePath: string | undefined): string | undefined {
  if (!repository || !filePath) return undefined;
  const normalised = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (normalised.startsWith('../') || normalised.startsWith('/') || /^[a-z]:/i.test(normalised)) return undefined;
  const encoded = normalised.split('/').map(encodeURIComponent).join('/');
  const branch = encodeURIComponent(repository.branch);
  const gitlab = new URL(repository.url).hostname.includes('gitlab');
  return `${repository.url}/${gitlab ? '-/' : ''}edit/${branch}/${encoded}`;
}

/** Where anyone with an account can report a problem without changing a file. */
export function newIssueUrl(repository: Repository | undefined): string | undefined {
  if (!repository) return undefined;
  const gitlab = new URL(repository.url).hostname.includes('gitlab');
  return `${repository.url}/${gitlab ? '-/' : ''}issues/new`;
}
