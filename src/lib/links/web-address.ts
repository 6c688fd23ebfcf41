/**
 * What an address of another website looks like when it is written as text: in a link without its
 * https:// ("www.almelo.nl", "hengelo.nl/jeugd"), or as the text of a link. One place for the content
 * check's hints on links and on link texts.
 */

/** The endings of domain names that links on this site use; "verslag.pdf" ends in a file type, not one of these. */
const domainEnds = ['nl', 'com', 'org', 'net', 'eu', 'be', 'de', 'info', 'nu'];

const withoutScheme = new RegExp(
  `^(?:www\\.\\S+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:${domainEnds.join('|')})(?:[/?#:]\\S*)?)$`,
  'i',
);

/** An address of another website written without https:// before it. */
export function isWebAddressWithoutScheme(text: string): boolean {
  return withoutScheme.test(text);
}

/**
 * A web address with a path after its domain ("https://www.almelo.nl/jeugd"), with or without its
 * https://: too long to be heard as a name. A domain alone ("www.almelo.nl") is short enough.
 */
export function isWebAddressWithPath(text: string): boolean {
  const scheme = /^https?:\/\//i.exec(text);
  const rest = scheme ? text.slice(scheme[0].length) : text;
  if (!scheme && !isWebAddressWithoutScheme(rest)) return false;
  return /^[^\s/]+\.[^\s/]+\/[^\s/]\S*$/.test(rest);
}
