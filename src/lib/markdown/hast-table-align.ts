import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/**
 * A Markdown table's column alignment (`| --: |`) comes out as `style="text-align: right"` on every
 * cell, and the site's Content Security Policy (src/lib/security/csp.ts) allows no style attributes:
 * the browser would ignore it and report a violation. The alignment moves to `data-align`, which the
 * site's styles read (src/styles/base.css).
 */
export function hastTableAlign(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'kennisbank:table-align',
    element: {
      filter: ['th', 'td'],
      visit(node, ctx) {
        const style = node.properties?.style;
        const align =
          typeof style === 'string' ? /^\s*text-align:\s*(left|right|center)\s*;?\s*$/.exec(style)?.[1] : undefined;
        if (!align) return;
        ctx.setProperty(node, 'style', undefined);
        ctx.setProperty(node, 'dataAlign', align);
      },
    },
  });
}
