import fs from 'node:fs';
import path from 'node:path';
import type { CheckContext } from './context.ts';
import type { ContentIssue } from './types.ts';
import { svgProblems } from '../svg-safety.ts';

const ACTIVE_HINT =
  'Sla de afbeelding op als PNG en gebruik dat bestand. Of vraag de maker om een SVG zonder code: zonder <script>, zonder attributen die met "on" beginnen (zoals onclick) en zonder links naar "javascript:".';
const EXTERNAL_HINT =
  'Sla de afbeelding op als PNG, of maak de SVG opnieuw met alles erin: tekst omgezet naar vormen en plaatjes ingesloten in het bestand.';
const UNREADABLE_HINT =
  'Open het bestand in een tekenprogramma en sla het opnieuw op als SVG of als PNG, en vervang het bestand in de map.';

/**
 * SVG files anywhere in public/ (editors put theirs in public/afbeeldingen/): the site publishes
 * them as they are, so one with code in it is an error (src/lib/svg-safety.ts says why), and so is
 * one that loads from another website or that no browser can show.
 */
export function checkSvgFiles({ root }: CheckContext): ContentIssue[] {
  const folder = path.join(root, 'public');
  if (!fs.existsSync(folder)) return [];
  const issues: ContentIssue[] = [];
  const files = fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.svg$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    const name = path.relative(root, file).split(path.sep).join('/');
    const { unreadable, active, external } = svgProblems(fs.readFileSync(file, 'utf8'));
    if (unreadable) {
      issues.push({
        severity: 'error',
        file: name,
        message: 'dit is geen SVG die een browser kan tonen: het bestand is beschadigd of is een ander soort bestand',
        hint: UNREADABLE_HINT,
      });
    }
    if (active.length > 0) {
      issues.push({
        severity: 'error',
        file: name,
        message: `de SVG bevat code (${active.join(', ')}). Opent iemand het bestand, dan voert de browser die code uit op deze site, en die kan dan bijvoorbeeld de inlog van redacteuren lezen`,
        hint: ACTIVE_HINT,
      });
    }
    if (external.length > 0) {
      issues.push({
        severity: 'error',
        file: name,
        message: `de SVG haalt delen van een andere website (${external.join(', ')}): op de site ontbreken die delen, en wie het bestand opent, laat die website zien dat hij kijkt`,
        hint: EXTERNAL_HINT,
      });
    }
  }
  return issues;
}
