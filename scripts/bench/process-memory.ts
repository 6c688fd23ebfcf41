import fs from 'node:fs';

/**
 * Resident memory of a process and all its descendants, read from /proc (Linux). The build is a Node
 * process that starts helpers (esbuild, Pagefind's binary); /usr/bin/time would report only the
 * largest one of them, not what they need together.
 */
export function treeRssBytes(rootPid: number): number | undefined {
  if (!fs.existsSync('/proc/self/status')) return undefined;
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrEmpty(`/proc/${name}/stat`);
    // The command name in parentheses may contain spaces; the parent pid is the second field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isFinite(parent)) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readOrEmpty(`/proc/${pid}/status`));
    if (match) total += Number(match[1]) * 1024;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    // The process ended between listing and reading.
    return '';
  }
}

/** Samples a process tree's memory until stopped; returns the highest total seen. */
export function watchPeakMemory(pid: number, intervalMs = 200): { stop: () => number | undefined } {
  let peak: number | undefined;
  const sample = () => {
    const rss = treeRssBytes(pid);
    if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
