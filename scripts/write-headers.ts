/**
 * npm run headers: writes public/_headers from src/lib/security/csp.ts, so the header policy
 * and the one in every page's <meta> stay the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { headersFile } from '../src/lib/security/csp';

const target = path.resolve(import.meta.dirname, '../public/_headers');
fs.writeFileSync(target, headersFile());
console.log(`Geschreven: ${path.relative(process.cwd(), target)}`);
