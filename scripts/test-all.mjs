// npm test: lint, type check and every test tier in one command. The static checks run beside
// Vitest rather than before it (most of a test run waits on browsers and builds), and their output
// is printed when they end, so it never mixes with Vitest's. `astro check` syncs this checkout's
// content cache with its own settings meanwhile: every test build keeps a cache of its own
// (tests/support/build-once.ts). Arguments go to Vitest.
import { spawn } from 'node:child_process';

/** Runs an npm script with its output held back; resolves with its status and output. */
function quietly(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ script, status, output }));
  });
}

const checks = Promise.all([quietly('lint'), quietly('typecheck')]);
const vitest = await new Promise((resolve) => {
  spawn('vitest', ['run', ...process.argv.slice(2)], { stdio: 'inherit' }).on('close', resolve);
});
let failed = vitest !== 0;
for (const { script, status, output } of await checks) {
  const ok = status === 0;
  console.log(`\nnpm run ${script}: ${ok ? 'geslaagd' : 'MISLUKT'}`);
  if (!ok) {
    console.log(output.trimEnd());
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
