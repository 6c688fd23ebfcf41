import { describe, expect, it } from 'vitest';
import { noDependencyOptimizer, withoutOptimizer } from '../../src/integrations/no-dependency-optimizer.ts';

type Setup = (options: { command: string; updateConfig: (config: unknown) => void }) => void;

function pluginsFor(command: string): unknown[] {
  const added: unknown[] = [];
  const setup = noDependencyOptimizer().hooks['astro:config:setup'] as unknown as Setup;
  setup({
    command,
    updateConfig: (config) => added.push(...(config as { vite: { plugins: unknown[] } }).vite.plugins),
  });
  return added;
}

describe("Vite's dependency optimizer", () => {
  it('is left to astro dev, and switched off for build, sync (astro check) and preview', () => {
    expect(pluginsFor('dev')).toEqual([]);
    for (const command of ['build', 'sync', 'preview']) expect(pluginsFor(command)).toHaveLength(1);
  });

  it("gets nothing to pre-bundle and no discovery, after Astro's plugins added theirs", () => {
    const plugin = withoutOptimizer();
    const options = { optimizeDeps: { include: ['astro > aria-query'], exclude: ['astro:*'] } };
    plugin.configEnvironment('client', options);
    expect(plugin.enforce).toBe('post');
    expect(options.optimizeDeps).toEqual({ include: [], exclude: ['astro:*'], noDiscovery: true });
    const bare: Parameters<typeof plugin.configEnvironment>[1] = {};
    plugin.configEnvironment('ssr', bare);
    expect(bare.optimizeDeps).toEqual({ include: [], noDiscovery: true });
  });
});
