import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/viewer';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { toGlobalId } from '../core/ids';
import { runSql } from '../core/sql';
import { ChangeConnection, ChangeEdge, ChangeOperation, ChangeRecordType, RECORD_TYPE_NAMES } from './change-event.type';
import { changesPage, cursorExpired, decodeCursor, encodeCursor, type ChangeRow, type Position } from './changes.query';

/** Changes page in bigger steps than records: a feed is read through, and its events are small. */
export const MAX_CHANGES_PAGE = 1000;
export const DEFAULT_CHANGES_PAGE = 100;

@Resolver()
export class ChangesResolver {
  @Query(() => ChangeConnection, {
    description: 'The change feed: every creation, change and deletion of a record (edits through the API, imports, verified submissions, rollbacks), oldest first, each once. '
      + 'Resume from any cursor, on any server and after restarts: a page holds only changes of transactions that have ended, so nothing can later appear before a cursor already given out. '
      + 'Each caller sees the changes of the records it may read. Changes are kept about 90 days; an older cursor answers CURSOR_EXPIRED.',
  })
  async changes(
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the change after which the page starts (an `endCursor`, an edge’s `cursor` or a `headCursor`); from the oldest change kept when omitted.' }) after: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_CHANGES_PAGE, description: `Page size (0–${MAX_CHANGES_PAGE}; default ${DEFAULT_CHANGES_PAGE}).` }) first: number | null,
    @Arg('types', () => [ChangeRecordType], { nullable: true, description: 'Only changes of records of these types; all types when omitted.' }) types: ChangeRecordType[] | null,
    @Ctx() ctx: Context,
  ): Promise<ChangeConnection> {
    const limit = first ?? DEFAULT_CHANGES_PAGE;
    if (limit < 0 || limit > MAX_CHANGES_PAGE) throw badInput('first', `must be between 0 and ${MAX_CHANGES_PAGE}, got ${limit}`);
    const page = await readChangePage(ctx, after == null ? null : decodeCursor(after, 'after'), limit, types);
    return {
      edges: page.edges,
      nodes: page.edges.map((edge) => edge.node),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: after != null,
        startCursor: page.edges[0]?.cursor ?? null,
        endCursor: page.edges.at(-1)?.cursor ?? after,
      },
      headCursor: encodeCursor(page.head),
      readPosition: page.readPosition,
    };
  }
}

/** A page of the feed as `changes` and the subscription read it. */
export interface ChangePage {
  edges: ChangeEdge[];
  /** Whether more changes are readable now after the last edge. */
  hasNextPage: boolean;
  /** The feed's end as the page was read: every change readable now comes before it. */
  head: Position;
  /** Where the last edge stands; null for an empty page. */
  last: Position | null;
  /** Whether changes have been committed past the head: held back by a transaction that is still open (anyone's, of any type). */
  heldBack: boolean;
  /** The database position the page was read at (see ChangeConnection.readPosition). */
  readPosition: string;
}

/**
 * Up to `limit` changes after `after` that the viewer may see, in one statement (on the request's
 * read pool, which may be a replica); CURSOR_EXPIRED (naming `after`) for a cursor below the
 * pruning horizon.
 */
export async function readChangePage(ctx: Context, after: Position | null, limit: number, types: readonly ChangeRecordType[] | null): Promise<ChangePage> {
  const typeNames = types == null ? null : [...new Set(types.map((t) => RECORD_TYPE_NAMES[t]))];
  const rows = await runSql<ChangeRow>(ctx.em, changesPage(after, limit, typeNames, ctx.viewer));
  const [first] = rows;
  if (first.expired) throw cursorExpired('after');
  const events = rows.filter((row) => row.txid != null);
  const admin = ctx.viewer.role === Role.ADMIN;
  const edges = events.slice(0, limit).map((row): ChangeEdge => ({
    cursor: encodeCursor({ txid: row.txid!, id: row.id! }),
    node: {
      type: row.record_type,
      recordId: toGlobalId(row.record_type, row.record_id),
      operation: row.operation as ChangeOperation,
      version: row.version,
      changedAt: toDate(row.changed_at),
      // Which key, batch or submission wrote it is for admins; the others see the kind.
      source: admin ? row.source : row.source.split(':', 1)[0],
    },
  }));
  const lastRow = edges.length ? events[edges.length - 1] : null;
  return {
    edges,
    hasNextPage: events.length > limit,
    head: { txid: first.head, id: '0' },
    last: lastRow ? { txid: lastRow.txid!, id: lastRow.id! } : null,
    heldBack: first.held_back,
    readPosition: first.read_position,
  };
}

/** PostgreSQL's text form of a timestamptz ("2026-11-26 19:00:33.68+00") as a Date. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}
