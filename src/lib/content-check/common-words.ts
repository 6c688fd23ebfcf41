/**
 * Dutch words that nearly every text has (articles, pronouns, prepositions, conjunctions, the most
 * used verbs and adverbs), in small letters. A glossary spelling in small letters matches them in
 * any case (src/lib/glossary/matcher.ts), so such a spelling would link them everywhere.
 */
export const commonDutchWords: ReadonlySet<string> = new Set(
  `de het een en of maar want dus als dan dat die dit deze wat wie waar hoe wanneer waarom welk welke
  ik jij je u hij zij ze wij we jullie hen hun haar hem zich mij me mijn jouw uw ons onze zijn
  in op aan van voor met mee bij naar uit om tot door over onder boven na tegen tussen zonder sinds
  per via toe af heen terug weg
  is ben bent was waren wordt worden werd zal zullen zou zouden kan kunnen kon moet moeten mag mogen
  wil willen heeft hebben had gaat gaan ging doet doen deed komt komen kwam staat staan zegt
  niet geen wel ook nog al er hier daar nu toen zo te ja nee meer minder veel weinig alle alles iets
  niets iemand niemand elk elke ieder andere ander samen altijd nooit vaak soms heel erg zeer
  goed beter best nieuw nieuwe groot grote klein kleine eigen zelf even echter omdat terwijl zoals`
    .split(/\s+/)
    .filter(Boolean),
);
