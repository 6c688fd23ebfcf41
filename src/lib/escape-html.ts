/**
 * Plain text made safe to put where HTML is expected: a title or summary that holds "<script>"
 * then shows those characters instead of becoming markup. Feeds need it too: RSS descriptions and
 * Atom's type="html" fields are read as HTML by feed readers.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
