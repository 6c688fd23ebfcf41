/**
 * A field named municipality or municipalities (a plan's, a practice's, a team's) names
 * municipalities: organisations of kind gemeente. The site lists them as places and in the "plaats"
 * search filter. The content check holds the rule; the editor offers only municipalities there.
 */
export const municipalityKind = 'gemeente';

export function isMunicipalityField(name: string): boolean {
  return /^municipalit(y|ies)$/.test(name);
}
