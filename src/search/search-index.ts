import type { EntityManager } from '@mikro-orm/postgresql';
import { lexemeArray, nameLexemes } from './search-tokens';

/** What can be searched: the kind, and the table its names come from. */
export const SEARCHABLE = {
  PARK: 'park',
  ENTERPRISE: 'enterprise',
  UNIVERSITY: 'university',
  TRAINING_BASE: 'training_base',
  REGION: 'region',
} as const;
export type SearchKind = keyof typeof SEARCHABLE;

/**
 * Rebuilds the search index from the names of every searchable record, in one
 * transaction (searches see the old index until it commits). Called after
 * seeding and after anything that writes names in bulk.
 */
export async function rebuildSearchIndex(em: EntityManager): Promise<number> {
  let count = 0;
  await em.getKnex().transaction(async (trx) => {
    await trx('search_entry').delete();
    for (const [kind, table] of Object.entries(SEARCHABLE)) count += await indexRows(trx, kind, await trx(table).select('id', 'name_zh', 'name_en'));
  });
  return count;
}

/**
 * Re-indexes the names of some records of a table (after an edit or a
 * rollback), in the caller's transaction (`db`); a record that no longer
 * exists leaves the index.
 */
export async function indexNames(db: Knex, table: string, ids: number[]): Promise<void> {
  const kind = Object.entries(SEARCHABLE).find(([, t]) => t === table)?.[0];
  if (!kind || !ids.length) return;
  // One array parameter, however many records (a large import re-indexes all it wrote).
  await db('search_entry').where({ kind }).whereRaw('record_id = any(?::int[])', [ids]).delete();
  await indexRows(db, kind, await db(table).select('id', 'name_zh', 'name_en').whereRaw('id = any(?::int[])', [ids]));
}

export type Knex = ReturnType<EntityManager['getKnex']>;

async function indexRows(trx: Knex, kind: string, rows: Array<{ id: number; name_zh: string; name_en: string | null }>): Promise<number> {
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500).map((row) => {
      const l = nameLexemes(row.name_zh, row.name_en);
      return {
        kind,
        record_id: row.id,
        name_zh: row.name_zh,
        name_en: row.name_en,
        document: trx.raw(
          `setweight(array_to_tsvector(?::text[]), 'A') || setweight(array_to_tsvector(?::text[]), 'B')
           || setweight(array_to_tsvector(?::text[]), 'C') || setweight(array_to_tsvector(?::text[]), 'D')`,
          [lexemeArray(l.chinese), lexemeArray(l.english), lexemeArray(l.pinyin), lexemeArray(l.initials)],
        ),
      };
    });
    // A rebuild running meanwhile may have written the same entry: the newer one wins.
    await trx('search_entry').insert(batch).onConflict(['kind', 'record_id']).merge();
  }
  return rows.length;
}
