import fs from 'node:fs';
import path from 'node:path';
import { printedSchema } from '../schema';
import { projectRoot } from './config';

/** `npm run schema:print`: writes the SDL the server serves to schema/schema.graphql. */
const file = path.join(projectRoot, 'schema', 'schema.graphql');
fs.writeFileSync(file, printedSchema());
console.log(`Wrote ${path.relative(projectRoot, file)}`);
