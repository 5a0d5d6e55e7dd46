import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { importableEntities, importers } from './importers';

/**
 * What the import reads, the export writes: every field of the entity under
 * its first header, references as natural keys (credit codes, region codes,
 * domain numbers, names), so exporting and importing into an empty database
 * gives the same records. Streamed by PostgreSQL's COPY; UTF-8 with a BOM,
 * which spreadsheets need to read Chinese.
 */
export function exportQuery(entity: string): string {
  const importer = importers[entity];
  if (!importer) throw new Error(`Cannot export "${entity}": choose one of ${importableEntities.join(', ')}.`);
  const cells = importer.fields.map((f) => `${f.export} as "${f.headers[0]}"`);
  return `select ${cells.join(', ')} from "${importer.table}" t order by ${importer.exportOrder}`;
}

export async function exportEntity(em: EntityManager, entity: string, file: string): Promise<void> {
  const query = exportQuery(entity);
  const client = new Client({ connectionString: em.config.get('clientUrl') });
  await client.connect();
  try {
    const out = fs.createWriteStream(file);
    out.write('\uFEFF');
    await pipeline(client.query(copyTo(`copy (${query}) to stdout (format csv, header)`)), out);
  } finally {
    await client.end();
  }
}
