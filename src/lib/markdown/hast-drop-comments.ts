import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/**
 * Leaves out HTML comments (`<!-- … -->`) that editors write in a text. Editors use them for notes
 * that are not for readers ("Concept: bedragen nog niet openbaar"), and CONTRIBUTING and the content
 * check tell them such a note does not come on the site; HTML keeps a comment, so it stood in the
 * page's source, in the feeds and in the newsletter's e-mail. (MDX has no HTML comments: `{/* … *\/}`.)
 */
export function hastDropComments(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'kennisbank:drop-comments',
    comment(node, ctx) {
      ctx.removeNode(node);
    },
  });
}
