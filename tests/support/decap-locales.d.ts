// Decap's phrase files ship without types: a tree of phrases, for the tests of our Dutch phrases.
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
