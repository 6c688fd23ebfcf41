/** npm run docs:fields: writes the editors' field reference from the schemas. */
import fs from 'node:fs';
import path from 'node:path';
import { fieldReference, fieldReferenceFile } from '../src/lib/field-reference.ts';

const target = path.join(process.cwd(), fieldReferenceFile);
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, fieldReference());
console.log(`Geschreven: ${fieldReferenceFile}`);
