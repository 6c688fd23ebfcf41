import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/**
 * Gives every link in Markdown that leads to another page a `data-print-href` with its full address,
 * which the print stylesheet writes out after the link text: on paper a link is only its address,
 * and a site path ("/plannen/regie/") is no address. Runs after `hastBaseLinks`, so site paths
 * already carry the base. Links within the page (#…), e-mail and phone links are left alone.
 */
export function hastPrintAddresses(options: { site: string }): HastPluginDefinition {
  const { site } = options;
  return defineHastPlugin({
    name: 'kennisbank:print-addresses',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const value = node.properties?.href;
        if (typeof value !== 'string' || value === '' || value.startsWith('#') || /^(mailto|tel):/i.test(value)) return;
        if (/^https?:\/\//i.test(value)) ctx.setProperty(node, 'dataPrintHref', value);
        else if (value.startsWith('/') && !value.startsWith('//'))
          ctx.setProperty(node, 'dataPrintHref', new URL(value, site).href);
      },
    },
  });
}
