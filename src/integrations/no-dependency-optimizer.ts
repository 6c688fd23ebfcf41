import type { AstroIntegration } from 'astro';

/**
 * Vite's dependency optimizer serves `astro dev` only: it pre-bundles packages for the browser (for
 * Astro, the dev toolbar's). A build, `astro sync` and `astro check` each start a Vite server too, to
 * load the content config, and that server ran the optimizer as well, for nothing: 0.4 s to a second
 * of the content sync at 1,000 pages, on every fresh clone (CI, a deploy) and after any build or
 * `astro dev` in a checkout at another path, since they share node_modules/.vite. Vite's documented
 * switch: no discovery and nothing included.
 */
export function withoutOptimizer() {
  return {
    name: 'kennisbank:no-dependency-optimizer',
    // After Astro's own plugins, which add their packages to `include`.
    enforce: 'post' as const,
    configEnvironment(_name: string, options: { optimizeDeps?: { noDiscovery?: boolean; include?: string[] } }) {
      options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
    },
  };
}

/** The optimizer off in every command but `astro dev`. */
export function noDependencyOptimizer(): AstroIntegration {
  return {
    name: 'kennisbank:no-dependency-optimizer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') updateConfig({ vite: { plugins: [withoutOptimizer()] } });
      },
    },
  };
}
