import { sortByTitle, type Entry } from '../entries.ts';
import { glossaryDomains, labelOf } from '../../schemas/vocabulary.ts';

export type GlossaryDomain = keyof typeof glossaryDomains;

export interface DomainGroup<E extends Entry<'glossary'> = Entry<'glossary'>> {
  domain: GlossaryDomain;
  label: string;
  entries: E[];
}

/** The folder of the domains' pages; the glossary lists the domains, and the folder sends a visitor there (src/lib/moved-pages.ts). */
export const domainsPath = '/begrippen/vakgebied/';

/** The site path of the page with every term of one domain. */
export function domainPath(domain: string): string {
  return `${domainsPath}${domain}/`;
}

/** Terms per domain, in the order of the vocabulary, A–Z within; domains without terms are left out. */
export function glossaryByDomain<E extends Entry<'glossary'>>(entries: readonly E[]): DomainGroup<E>[] {
  return (Object.keys(glossaryDomains) as GlossaryDomain[])
    .map((domain) => ({
      domain,
      label: labelOf(glossaryDomains, domain),
      entries: sortByTitle(entries.filter((entry) => entry.data.domain === domain)),
    }))
    .filter((group) => group.entries.length > 0);
}
