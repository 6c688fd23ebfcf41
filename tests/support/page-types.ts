/** One page of every type the site has, as paths under the site's base: for tests that visit each kind once. */
export const pageTypes = [
  '/',
  '/plannen/',
  '/plannen/het-jonge-kind/',
  '/nieuwsbrieven/volop-beweging/',
  '/wie-doet-wat/',
  '/teams/procesteam-ontwikkeltafel-3/',
  '/mensen/kate-snellens/',
  '/organisaties/gemeente-almelo/',
  '/praktijkvoorbeelden/',
  '/praktijkvoorbeelden/peuterplus-s-hertogenbosch/',
  '/praktijkvoorbeelden/vergelijken/',
  '/begrippen/',
  '/bronnen/',
  '/toegankelijkheid/',
  '/privacy/',
  '/bestaat-niet/',
];
