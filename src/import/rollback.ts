import type { EntityManager } from '@mikro-orm/postgresql';
import { indexNames } from '../search/search-index';
import { importers } from './importers';

export interface RollbackResult {
  deleted: number;
  restored: number;
  /** Rows the batch wrote that have been changed since (by an edit or a later batch), or that later records refer to: left as they are. */
  keptChangedSince: number;
}

/**
 * Undoes an import batch in one transaction: rows it inserted are deleted,
 * rows it updated get back the values it replaced — as long as the batch is
 * still the last to have written them; rows changed since are left and counted.
 */
export async function rollbackBatch(em: EntityManager, batchId: number, by: { keyId: number | null; role: string; requestId: string }): Promise<RollbackResult> {
  return em.getKnex().transaction(async (trx) => {
    // What the rollback deletes and restores is its doing, in the change feed.
    await trx.raw(`select set_config('og.change_source', ?, true)`, [`rollback:batch:${batchId}`]);
    const batch = await trx('import_batch').where({ id: batchId }).forUpdate().first();
    if (!batch) throw new Error(`No import batch ${batchId}.`);
    if (batch.rolled_back_at) throw new Error(`Import batch ${batchId} was already rolled back.`);
    const importer = importers[batch.entity];
    if (!importer) throw new Error(`Cannot roll back a batch of ${batch.entity}.`);
    const table = importer.table;
    const columns: string[] = (await trx.raw(
      `select column_name from information_schema.columns where table_schema = current_schema() and table_name = ? and column_name <> 'id' order by ordinal_position`, [table],
    )).rows.map((r: { column_name: string }) => r.column_name);
    const restored = await trx.raw(
      `update "${table}" t set ${columns.map((c) => (c === 'version' ? `"version" = t."version" + 1` : `"${c}" = r."${c}"`)).join(', ')}
       from import_change c, jsonb_populate_record(null::"${table}", c.before) r
       where c.batch_id = ? and t.id = c.record_id and t.provenance_batch_id = ? returning t.id`,
      [batchId, batchId],
    );
    const restoredIds: number[] = restored.rows.map((r: { id: number }) => r.id);
    // Link sets (an enterprise's parks …) the file had are restored with their row; those it did not have were not touched.
    for (const field of importer.fields.filter((f) => f.link)) {
      const { table: links, owner, other } = field.link!;
      const kept = `select c.record_id from import_change c where c.batch_id = ? and c.record_id = any(?::int[]) and c.before -> '_links' -> ? is not null`;
      await trx.raw(`delete from "${links}" where "${owner}" in (${kept})`, [batchId, restoredIds, field.column]);
      await trx.raw(
        `insert into "${links}" ("${owner}", "${other}")
         select c.record_id, jsonb_array_elements_text(c.before -> '_links' -> ?)::int from import_change c
         where c.batch_id = ? and c.record_id = any(?::int[]) on conflict do nothing`,
        [field.column, batchId, restoredIds],
      );
    }
    // Rows the batch inserted go, unless other records (a later batch's contract records of an inserted
    // enterprise …) refer to them: deleting those would cascade into data the batch did not write.
    const ownLinks = new Set(importer.fields.flatMap((f) => (f.link ? [f.link.table] : [])));
    const referrers = ((await trx.raw(
      `select c.conrelid::regclass::text as tbl, a.attname as col from pg_constraint c
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
       where c.contype = 'f' and c.confrelid = ?::regclass`, [`"${table}"`],
    )).rows as Array<{ tbl: string; col: string }>).filter((r) => !ownLinks.has(r.tbl.replace(/"/g, '')));
    const unreferenced = referrers.map((r) => `not exists (select 1 from ${r.tbl} r where r."${r.col}" = t.id)`);
    const deleted = await trx.raw(
      `delete from "${table}" t where t.provenance_batch_id = ? and not exists (select 1 from import_change c where c.batch_id = ? and c.record_id = t.id)
       ${unreferenced.map((u) => `and ${u}`).join(' ')} returning t.id`,
      [batchId, batchId],
    );
    // Restored names, and deleted records, change what search finds.
    await indexNames(trx, table, [...restoredIds, ...deleted.rows.map((r: { id: number }) => r.id)]);
    const kept = batch.inserted + batch.updated - restored.rowCount - deleted.rowCount;
    await trx('import_batch').where({ id: batchId }).update({ rolled_back_at: trx.fn.now() });
    const result = { deleted: deleted.rowCount, restored: restored.rowCount, keptChangedSince: Math.max(0, kept) };
    await trx('audit_entry').insert({
      key_id: by.keyId, role: by.role, action: 'DELETE', entity_type: 'ImportBatch', record_id: batchId,
      before: JSON.stringify({ entity: batch.entity, fileName: batch.file_name, checksum: batch.checksum }), after: JSON.stringify(result), request_id: by.requestId,
    });
    return result;
  });
}
