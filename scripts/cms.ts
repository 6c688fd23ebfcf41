/**
 * npm run cms: the editor on your own computer, without an account. Starts Decap's local server
 * (decap-server, in git mode on this repository) and the site's development server, and stops both
 * on Ctrl+C. A draft becomes a local branch cms/<collection>/<id>; "Publiceer" merges it into the
 * branch you are on.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { localPort } from '../src/lib/cms/settings.ts';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function stop(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** What the local server needs of the repository, checked first, so that a problem is told before it bites. */
function currentBranch(): string {
  let branch: string;
  try {
    branch = git('symbolic-ref', '--short', 'HEAD');
  } catch {
    stop('De editor werkt op een branch van deze repository. Kies eerst een branch, bijvoorbeeld: git switch main');
  }
  try {
    git('show-ref', '--verify', '--quiet', 'refs/heads/cms');
    stop(
      'Er is een branch die "cms" heet. De editor maakt voor elk concept een branch "cms/…", en dat kan niet naast ' +
        'een branch "cms". Geef die branch een andere naam, bijvoorbeeld: git branch -m cms cms-oud',
    );
  } catch {
    // No branch named cms: good.
  }
  // The local server commits everything in the folder with each draft; other changes would go along.
  const changes = git('status', '--porcelain');
  if (changes) {
    stop(
      'Er zijn wijzigingen die nog niet zijn vastgelegd (commit). De editor zou ze meenemen in het eerste concept dat ' +
        `u opslaat. Leg ze eerst vast of zet ze apart (git stash), en start dan opnieuw.\n\n${changes}`,
    );
  }
  return branch;
}

const branch = currentBranch();
const port = localPort(process.env);
const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  // A child that does not stop within seconds is not waited for.
  const timer = setTimeout(() => process.exit(code), 5_000);
  void Promise.all(running.map((child) => new Promise((resolve) => child.once('exit', resolve)))).then(() => {
    clearTimeout(timer);
    process.exit(code);
  });
  for (const child of running) child.kill('SIGTERM');
}

function watch(child: ChildProcess, name: string, hint = ''): ChildProcess {
  children.push(child);
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(`\n${name} stopte (code ${code ?? 'onbekend'}). De editor stopt ook.${hint}`);
    stopAll(1);
  });
  return child;
}

// Decap's local server: git mode, on this repository, reachable from this computer only.
watch(
  spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: root,
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: root, PORT: String(port), BIND_HOST: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  }),
  'De lokale server van de editor (decap-server)',
  `\nStaat er hierboven "EADDRINUSE"? Dan is poort ${port} al in gebruik. Kies een andere, bijvoorbeeld: ` +
    `CMS_LOCAL_PORT=${port + 1} npm run cms`,
);

// The site, with the editor at /admin/; the editor's configuration names this port and this branch.
const astro = watch(
  spawn(path.join(root, 'node_modules/.bin/astro'), ['dev'], {
    cwd: root,
    env: { ...process.env, CMS_LOCAL_PORT: String(port), REPOSITORY_BRANCH: branch },
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
  'De ontwikkelserver (astro dev)',
);

let told = false;
astro.stdout?.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  // Astro names its address once it listens (another port than 4321 when that one is taken).
  const local = /Local\s+(http:\/\/localhost:\d+\/\S*)/.exec(stripVTControlCharacters(text));
  if (local && !told) {
    told = true;
    const admin = `${local[1]!.replace(/\/?$/, '/')}admin/`;
    console.log(
      `\nDe editor staat klaar: open ${admin} en kies "Inloggen".\n` +
        `Een concept wordt een branch cms/…; "Publiceer" voegt het samen in de branch "${branch}".\n` +
        'Stoppen: Ctrl+C.\n',
    );
  }
});

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
