import type { Client } from 'pg';

/**
 * Natural key → id of the records an import may refer to, loaded once per
 * import (a set-based read, not a query per row). Only the lookups the
 * entity's fields need are loaded.
 */
const LOOKUP_SQL = {
  enterprise: 'select credit_code as key, id from enterprise',
  region: 'select code as key, id from region',
  domain: 'select number::text as key, id from service_domain',
  park: 'select name_zh as key, id from park',
  university: 'select name_zh as key, id from university',
  trainingBase: 'select name_zh as key, id from training_base',
  policy: 'select code as key, id from policy where code is not null',
  /** A cohort by training base name, domain number and year: "name|number|year". */
  cohort: `select tb.name_zh || '|' || d.number || '|' || c.year as key, c.id from cohort c
    join training_base tb on tb.id = c.training_base_id join service_domain d on d.id = c.domain_id`,
} as const;

export type LookupName = keyof typeof LOOKUP_SQL;
export type Lookups = Record<LookupName, Map<string, number>>;

export async function loadLookups(client: Client, names: Iterable<LookupName>): Promise<Lookups> {
  const lookups = Object.fromEntries(Object.keys(LOOKUP_SQL).map((name) => [name, new Map()])) as Lookups;
  for (const name of new Set(names)) {
    const { rows } = await client.query<{ key: string; id: number }>(LOOKUP_SQL[name]);
    for (const row of rows) lookups[name].set(row.key, row.id);
  }
  return lookups;
}
