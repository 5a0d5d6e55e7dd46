import { GraphQLError } from 'graphql';
import { Role, seesEverything, type Viewer } from '../auth/viewer';
import { badInput, ErrorCode } from '../core/errors';
import { truncate } from '../core/ids';
import { raw, sql, type Sql } from '../core/sql';

/**
 * The change feed's reads. A position in the feed is (txid, id): the writing
 * transaction and the event's number. A page holds only events of transactions
 * below its snapshot's xmin — every one of them has ended, so no event can
 * later appear before a position already handed out, whichever server (primary
 * or standby) answers next. `pg_current_snapshot()` works on a standby;
 * `pg_current_xact_id()` would not, and is never called here.
 */

export interface Position {
  txid: string;
  id: string;
}

const MAX_TXID = (1n << 64n) - 1n;
const MAX_ID = (1n << 63n) - 1n;

/** A cursor: base64url of `v1:<txid>:<id>`. */
export function encodeCursor(position: Position): string {
  return Buffer.from(`v1:${position.txid}:${position.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): Position {
  const decoded = /^[A-Za-z0-9_-]{1,80}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^v1:(0|[1-9][0-9]{0,19}):(0|[1-9][0-9]{0,18})$/.exec(decoded);
  if (!match || BigInt(match[1]) > MAX_TXID || BigInt(match[2]) > MAX_ID) throw badInput(argument, `"${truncate(cursor)}" is not a valid cursor of the change feed`);
  return { txid: match[1], id: match[2] };
}

/** Events older than the oldest kept were pruned: a client this far behind reads the records again. */
export function cursorExpired(argument: string): GraphQLError {
  return new GraphQLError(
    `Invalid argument "${argument}": the changes after this cursor are no longer kept (the feed keeps about 90 days). ` +
      'Re-sync from a full read: take `changes(first: 0) { headCursor readPosition }`, read the records again (sending readPosition as the x-og-position header), then follow the feed from that cursor.',
    { extensions: { code: ErrorCode.CURSOR_EXPIRED, argumentName: argument, http: { status: 400 } } },
  );
}

/**
 * Which events a viewer may see, decided in SQL as the record's own reads decide it. Every role
 * may list parks, enterprises, designations, universities, bases, partnerships, cohorts,
 * placements and exchange rates and read their versions, so their events are public (a
 * university key's own non-public fields are fields, not rows). A contract record's version,
 * provenance and update times are researchers', admins' and its enterprise's park
 * administrator's (ContractRecord.version): so are the events that would date its changes.
 */
export function scopeOf(viewer: Viewer): Sql {
  if (seesEverything(viewer)) return raw('true');
  if (viewer.role === Role.PARK_ADMIN && viewer.parkId != null) {
    return sql`(e.record_type <> 'ContractRecord' or exists (select 1 from enterprise_park ep where ep.enterprise_id = e.enterprise_id and ep.park_id = ${viewer.parkId}))`;
  }
  return raw(`e.record_type <> 'ContractRecord'`);
}

export interface ChangeRow {
  head: string;
  expired: boolean;
  held_back: boolean;
  read_position: string;
  txid: string | null;
  id: string | null;
  record_type: string;
  record_id: number;
  operation: string;
  version: number | null;
  changed_at: string;
  source: string;
}

/**
 * One statement for a page: the snapshot's xmin (the head, and the bound of what is read), whether
 * the cursor is below the pruning horizon, whether any change is committed past the head (held back
 * by an open transaction: one probe of the key's index), and up to `limit + 1` events after the
 * cursor, in order. The first row always comes (an empty page is one row of nulls beside the head).
 */
export function changesPage(after: Position | null, limit: number, types: readonly string[] | null, viewer: Viewer): Sql {
  const position = after ? sql`(e.txid, e.id) > (${after.txid}::xid8, ${after.id}::bigint)` : raw('true');
  const expired = after ? sql`exists (select 1 from change_feed_horizon h where (h.txid, h.id) > (${after.txid}::xid8, ${after.id}::bigint))` : raw('false');
  // An array literal (arrays given as parameters become lists); type names are letters only.
  const typed = types ? sql`e.record_type = any(${`{${types.join(',')}}`}::text[])` : raw('true');
  return sql`with s as materialized (select pg_snapshot_xmin(pg_current_snapshot()) as xmin)
    select (select xmin from s)::text as head, ${expired} as expired,
      exists (select 1 from change_event h where h.txid >= (select xmin from s)) as held_back,
      -- Where this server stood when it read (read after the snapshot was taken, so at or past it): a later read presenting it sees at least as much.
      (case when pg_is_in_recovery() then pg_last_wal_replay_lsn() else pg_current_wal_insert_lsn() end)::text as read_position,
      x.* from (select) one left join lateral (
      select e.txid::text as txid, e.id::text as id, e.record_type, e.record_id, e.operation, e.version, e.changed_at, e.source
      from change_event e
      where e.txid < (select xmin from s) and ${position} and ${typed} and ${scopeOf(viewer)}
      order by e.txid, e.id limit ${limit + 1}) x on true`;
}
