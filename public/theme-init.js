// Applies the theme the visitor chose (see src/lib/theme.ts) before the page is first painted:
// this file is loaded render-blocking in <head>. Without a stored choice the CSS follows the
// system setting. localStorage can throw (disabled storage); the page then simply follows the system.
(function () {
  try {
    var theme = window.localStorage.getItem('kennisbank-thema');
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  } catch (e) {
    /* no stored choice available */
  }
})();
