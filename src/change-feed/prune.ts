import type { EntityManager } from '@mikro-orm/postgresql';

/** How long the feed keeps a change, unless the prune command is told otherwise. */
export const KEEP_DAYS = 90;

export interface PruneResult {
  deleted: number;
  /** The position below which changes are gone now (null if none ever were). */
  horizon: { txid: string; id: string } | null;
}

/**
 * Deletes the changes older than `days`, in one transaction: the last of them becomes the
 * horizon (cursors below it answer CURSOR_EXPIRED), then everything up to it goes. Only
 * changes of ended transactions are pruned (below the snapshot's xmin), so a transaction still
 * open cannot leave changes behind the horizon.
 */
export async function pruneChanges(em: EntityManager, days = KEEP_DAYS): Promise<PruneResult> {
  if (!Number.isFinite(days) || days < 0) throw new Error(`--days must be a non-negative number, got ${days}`);
  return em.getKnex().transaction(async (trx) => {
    // One pruner at a time; readers go on.
    await trx.raw('lock table change_feed_horizon in exclusive mode');
    const { rows: [last] } = await trx.raw(
      // The old events first (by the changed_at index), then the last of them: not a backward walk over every newer one.
      `with old as materialized (select e.txid, e.id from change_event e
         where e.changed_at < now() - make_interval(secs => ?) and e.txid < pg_snapshot_xmin(pg_current_snapshot()))
       select o.txid::text as txid, o.id::text as id from old o order by o.txid desc, o.id desc limit 1`,
      [days * 86_400],
    );
    if (last) {
      await trx.raw(
        `insert into change_feed_horizon (singleton, txid, id, pruned_at) values (true, ?::xid8, ?::bigint, now())
         on conflict (singleton) do update set txid = excluded.txid, id = excluded.id, pruned_at = excluded.pruned_at
         where (change_feed_horizon.txid, change_feed_horizon.id) < (excluded.txid, excluded.id)`,
        [last.txid, last.id],
      );
    }
    const { rows: [horizon] } = await trx.raw(`select txid::text as txid, id::text as id from change_feed_horizon`);
    const deleted = horizon ? (await trx.raw(`delete from change_event where (txid, id) <= (?::xid8, ?::bigint)`, [horizon.txid, horizon.id])).rowCount ?? 0 : 0;
    return { deleted, horizon: horizon ?? null };
  });
}
