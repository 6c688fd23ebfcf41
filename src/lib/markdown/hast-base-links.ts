import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { withBase } from '../urls.ts';

/**
 * Editors link to other pages of the site by their site path ("/plannen/regie/"). This puts the
 * deployment base in front, so the same Markdown works when the site lives under a sub-path.
 */
export function hastBaseLinks(options: { base: string }): HastPluginDefinition {
  const { base } = options;
  return defineHastPlugin({
    name: 'kennisbank:base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const attribute = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[attribute];
        if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return;
        if (base !== '/' && value.startsWith(base)) return;
        ctx.setProperty(node, attribute, withBase(base, value));
      },
    },
  });
}
