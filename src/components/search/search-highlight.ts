/**
 * Highlights the words a search result was found by, when the page is opened from a result. The
 * highlighter (mark.js inside Pagefind's bundle) loads only then; other visits load nothing.
 */
class SearchHighlight extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const { bundlePath, param } = this.dataset;
    if (!bundlePath || !param || !new URLSearchParams(window.location.search).has(param)) return;
    const module = (await import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`)) as {
      default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
    };
    // Styles come from pagefind.css, in the site's colours; Pagefind's own would be an inline <style>.
    new module.default({ highlightParam: param, addStyles: false });
  }
}

customElements.define('search-highlight', SearchHighlight);
