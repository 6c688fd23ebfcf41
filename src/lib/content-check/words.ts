/** A field path the way editors see it in messages: `members.2.person`. */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
