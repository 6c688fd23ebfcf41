import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { root } from './builds.ts';

const require = createRequire(import.meta.url);

/**
 * A git command in a repository; its output, trimmed. Decap's local server runs git in the same
 * repository while the editor loads (a `git status` locks the index for a moment), so a command that
 * finds the index locked tries again for a few seconds, as a person at the terminal would.
 */
export function git(repo: string, ...args: string[]): string {
  const giveUpAt = Date.now() + 10_000;
  for (;;) {
    try {
      return execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '');
      if (!stderr.includes('index.lock') || Date.now() > giveUpAt) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

/**
 * Waits until Decap's local server has left the clone alone: on `main`, with git's index unlocked,
 * for a second on end. To read drafts it checks out each cms/… branch in turn and then `main` again,
 * while the editor loads; a commit made in the meantime would land on a draft's branch.
 */
export async function untilDecapLeavesMain(repo: string): Promise<void> {
  const lock = path.join(repo, '.git/index.lock');
  let quietSince = Date.now();
  const giveUpAt = Date.now() + 30_000;
  while (Date.now() - quietSince < 1_000) {
    if (Date.now() > giveUpAt) throw new Error(`Decap's local server kept working in ${repo} for 30 s`);
    if (fs.existsSync(lock) || git(repo, 'branch', '--show-current') !== 'main') quietSince = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The local branches of a repository. */
export function branches(repo: string): string[] {
  return git(repo, 'branch', '--format=%(refname:short)').split('\n').filter(Boolean).sort();
}

/** Every ref and what it points at: equal before and after means nothing was written. */
export function refs(repo: string): string {
  return git(repo, 'for-each-ref', '--format=%(refname) %(objectname)');
}

/**
 * A clone of the repository at its current commit, in a temporary folder, for Decap's local server
 * to work in: branch main at HEAD and no other local branch (a branch named "cms" would block the
 * editor's cms/… branches), no remote to push to, and a name for the commits it makes.
 */
export function cloneRepository(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-cms-'));
  git(root, 'clone', '--quiet', '--no-hardlinks', '--no-checkout', root, dir);
  // HEAD by name: on CI it is often a merge commit that no branch points at.
  git(dir, 'fetch', '--quiet', root, 'HEAD');
  git(dir, 'checkout', '--quiet', '-B', 'main', 'FETCH_HEAD');
  for (const branch of branches(dir).filter((b) => b !== 'main')) git(dir, 'branch', '--quiet', '-D', branch);
  git(dir, 'remote', 'remove', 'origin');
  git(dir, 'config', 'user.name', 'Redacteur (test)');
  git(dir, 'config', 'user.email', 'redacteur@kennisbank.example');
  return dir;
}

/** The content of a branch (its content/ folder), written to a temporary folder, to check it without checking it out. */
export function contentOf(repo: string, ref: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennisbank-branch-'));
  const archive = execFileSync('git', ['archive', ref, 'content'], { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return path.join(dir, 'content');
}

export interface DecapServer {
  close(): Promise<void>;
  /** What the server printed, for a failing test's message. */
  output(): string;
}

/**
 * Decap's local server (decap-server) in git mode on a repository, as `npm run cms` starts it; resolves
 * once it listens, rejects with its output when it stops first (a port in use, a repository it refuses).
 */
export function startDecapServer(repo: string, port: number): Promise<DecapServer> {
  const child = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(port), BIND_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const server: DecapServer = {
    output: () => output,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  return new Promise((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (/listening/.test(output)) resolve(server);
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.once('exit', (code) => reject(new Error(`decap-server stopped (${code}) on port ${port}:\n${output}`)));
  });
}

/** The port of the local server an editor build's configuration names (config.json). */
export function localBackendPort(buildDir: string): number {
  const config = JSON.parse(fs.readFileSync(path.join(buildDir, 'admin/config.json'), 'utf8')) as {
    local_backend: { url: string };
  };
  return Number(new URL(config.local_backend.url).port);
}

/** Chooses an entry in a relation or select field (react-select): types to search, then picks the option. */
export async function choose(
  page: Page,
  label: string | RegExp,
  search: string,
  option: string,
  nth: 'first' | 'last' = 'first',
) {
  // The label of an optional field ends in " (optioneel)": give a pattern for those.
  const fields = typeof label === 'string' ? page.getByLabel(label, { exact: true }) : page.getByLabel(label);
  const input = nth === 'first' ? fields.first() : fields.last();
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}
