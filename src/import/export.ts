import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/**
 * What the import reads, the export writes: the same columns under the same
 * headers, references as natural keys (credit codes, domain numbers, region
 * codes), so exporting and importing into an empty database gives the same
 * records. Streamed by PostgreSQL's COPY; UTF-8 with a BOM for spreadsheets.
 */
const EXPORTS: Record<string, string> = {
  enterprises: `select e.credit_code, e.name_zh, e.name_en, e.ownership, e.founded_on, e.headcount, r.code as region_code, e.website,
      array_to_string(e.client_markets, ';') as client_markets
    from enterprise e join region r on r.id = e.region_id order by e.credit_code`,
  'contract-records': `select e.credit_code, c.year, c.quarter, d.number as domain, c.direction, c.client_market, c.signed_amount, c.executed_amount, c.currency
    from contract_record c join enterprise e on e.id = c.enterprise_id join service_domain d on d.id = c.domain_id
    order by e.credit_code, c.year, c.quarter nulls first, d.number, c.direction, c.client_market`,
};

export async function exportEntity(em: EntityManager, entity: string, file: string): Promise<void> {
  const query = EXPORTS[entity];
  if (!query) throw new Error(`Cannot export "${entity}": choose one of ${Object.keys(EXPORTS).join(', ')}.`);
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
