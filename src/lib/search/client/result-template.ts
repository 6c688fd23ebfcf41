/** A result as Pagefind's `data()` gives it; only the fields the template reads. */
export interface ResultData {
  url: string;
  excerpt?: string;
  meta: { title?: string; type?: string; date?: string; summary?: string };
}

/**
 * One search result: the kind of page and its date above the title, so a reader sees at a glance
 * whether it is a person, a plan or a newsletter. Keeps Pagefind's class names for its layout.
 * `heading` makes titles headings on the search page, where screen reader users jump between them.
 */
export function resultTemplate(heading: 'h3' | 'p') {
  return (result: ResultData): HTMLElement => {
    const item = document.createElement('li');
    item.className = 'pf-result';
    const card = document.createElement('div');
    card.className = 'pf-result-card';
    const content = document.createElement('div');
    content.className = 'pf-result-content';

    const title = document.createElement(heading);
    title.className = 'pf-result-title';
    const link = document.createElement('a');
    link.className = 'pf-result-link';
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    title.append(link);

    const about = [result.meta.type, result.meta.date].filter(Boolean).join(' · ');
    if (about) {
      const kind = document.createElement('p');
      kind.className = 'search-result__kind';
      kind.textContent = about;
      content.append(title, kind);
    } else {
      content.append(title);
    }

    if (result.excerpt) {
      const excerpt = document.createElement('p');
      excerpt.className = 'pf-result-excerpt';
      // Pagefind escapes the page text and adds only <mark> around the words found.
      excerpt.innerHTML = result.excerpt;
      content.append(excerpt);
    }
    card.append(content);
    item.append(card);
    return item;
  };
}
