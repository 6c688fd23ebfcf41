/**
 * A field path the way editors see it in messages: `members.2.person` is the person of the second
 * member. Places in a list count from 1, as editors count them, not from 0 as the code does.
 */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join('.');
}
