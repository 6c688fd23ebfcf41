/** A place in an entry's data: object keys and list positions. */
export type DataPath = (string | number)[];

/** Nothing an editor meant to write: an empty text, no value, or a list or group with nothing in it. */
function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

/** Whether a value holds nothing once its own empty parts are taken out; the paths of those parts go to `paths`. */
function collect(value: unknown, path: DataPath, paths: DataPath[]): boolean {
  if (isBlank(value)) return true;
  if (Array.isArray(value)) {
    const inner: DataPath[] = [];
    let kept = 0;
    // From the last item to the first: taking an item out leaves the positions before it as they were.
    for (let i = value.length - 1; i >= 0; i--) {
      if (collect(value[i], [...path, i], inner)) inner.push([...path, i]);
      else kept++;
    }
    if (kept === 0) return true;
    paths.push(...inner);
    return false;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const inner: DataPath[] = [];
    const entries = Object.entries(value);
    let kept = 0;
    for (const [key, child] of entries) {
      if (collect(child, [...path, key], inner)) inner.push([...path, key]);
      else kept++;
    }
    if (kept === 0) return true;
    paths.push(...inner);
    return false;
  }
  return false;
}

/**
 * The parts of an entry's data that hold nothing: a field the editor emptied, an empty item, a group
 * or list left empty. Decap writes an emptied field as `field: ""`, which the content check refuses;
 * deleting these paths, in the order given, leaves only what the editor wrote. The data itself stays.
 */
export function emptyPaths(data: Readonly<Record<string, unknown>>): DataPath[] {
  const paths: DataPath[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (collect(value, [key], paths)) paths.push([key]);
  }
  return paths;
}
