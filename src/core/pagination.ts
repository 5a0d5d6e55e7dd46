import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from './errors';
import { hydrate } from './hydrate';
import { truncate } from './ids';
import { and, intArray, raw, runSql, sql, type Sql } from './sql';

/**
 * Cursor connections, written once: every list that can grow is a Relay
 * connection built by `fetchPage` (one list) or `fetchPages` (one page per
 * parent, for DataLoaders). Both issue one statement for the rows and, only
 * when `totalCount` is asked for, one for the counts — whatever the page size.
 */

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Report rows are small aggregates; they page in bigger steps (CSV export reads them 1000 at a time). */
export const MAX_REPORT_PAGE_SIZE = 1000;

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: {
    ASC: { description: 'Ascending: smallest first (A–Z, oldest, lowest); ties broken by record id.' },
    DESC: { description: 'Descending: largest first (Z–A, newest, highest); ties broken by record id.' },
  },
});

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (0–${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge after which the page starts.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end (0–${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge before which the page ends.' })
  before?: string | null;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'Whether more records follow this page (page on with `after: endCursor`).' }) hasNextPage!: boolean;
  @Field({ description: 'Whether records precede this page (page back with `before: startCursor`).' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null when the page is empty.' }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null when the page is empty.' }) endCursor!: string | null;
}

/**
 * A page as resolvers return it; the GraphQL shape is declared by
 * `connectionTypes`. Edges (and their cursors) are made only when a client
 * asks for them: most ask for `nodes`.
 */
export class Page<T> {
  private madeEdges: Array<{ node: T; cursor: string }> | undefined;

  constructor(
    readonly nodes: T[],
    private readonly cursorOf: (index: number) => string,
    readonly pageInfo: PageInfo,
    private readonly count: number | (() => Promise<number>),
  ) {}

  get edges(): Array<{ node: T; cursor: string }> {
    return (this.madeEdges ??= this.nodes.map((node, i) => ({ node, cursor: this.cursorOf(i) })));
  }

  /** Known with the page when it was selected; otherwise counted only when a client asks for it. */
  get totalCount(): number | Promise<number> {
    return typeof this.count === 'number' ? this.count : this.count();
  }
}

/** Page information from the page's first and last cursors. */
function pageInfo(length: number, cursorOf: (index: number) => string, hasNextPage: boolean, hasPreviousPage: boolean): PageInfo {
  return { hasNextPage, hasPreviousPage, startCursor: length ? cursorOf(0) : null, endCursor: length ? cursorOf(length - 1) : null };
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function connectionTypes<T extends object>(nodeType: new (...args: never[]) => T, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => nodeType, { description: 'The record at this edge.' }) node!: T;
    @Field({ description: 'Opaque cursor of this edge.' }) cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records.` })
  class Connection {
    @Field(() => [Edge], { description: 'The records of this page in order, each with its cursor.' }) edges!: Edge[];
    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' }) nodes!: T[];
    @Field(() => PageInfo, { description: 'Whether there are more pages, and the cursors to reach them.' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Number of records matching the filter, across all pages.' }) totalCount!: number;
  }
  return Connection;
}

/** Declares `<Name>Order` input: a field enum (each value described in `values`) and a direction. */
export function orderInput<E extends Record<string, string>>(fieldEnum: E, name: string, defaultField: E[keyof E], values: { [K in keyof E]: string }) {
  registerEnumType(fieldEnum, {
    name: `${name}OrderField`,
    description: `What ${name} lists can be ordered by.`,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([key, description]) => [key, { description }])) as never,
  });
  @InputType(`${name}Order`, { description: `How to order ${name} lists: a field and a direction; ties are broken by record id.` })
  class Order {
    @Field(() => fieldEnum, { defaultValue: defaultField, description: 'What to order by.' }) field!: E[keyof E];
    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' }) direction!: OrderDirection;
  }
  return Order;
}

/** What a list is read from: the entity's table, and the columns it can be ordered by. */
export interface ListSource<T> {
  entity: EntityClass<T>;
  table: string;
  /** Order field (enum value) → a NOT NULL column or expression of the table (alias `t`), indexed together with `id`. */
  orderColumns: Record<string, string>;
}

export interface ListQuery {
  where?: Sql[];
  order?: { field: string; direction: OrderDirection } | null;
  args: ConnectionArgs;
  /** The connection field's resolve info: when it selects `totalCount`, the count comes in the page's statement. */
  info?: GraphQLResolveInfo;
}

const countSelected = new WeakMap<readonly FieldNode[], boolean>();

/** Whether the connection field asks for `totalCount` (directly or through fragments); the same for every parent, so cached. */
export function selectsTotalCount(info: GraphQLResolveInfo | undefined): boolean {
  if (!info) return false;
  let selected = countSelected.get(info.fieldNodes);
  if (selected === undefined) {
    const visit = (set: SelectionSetNode | undefined): boolean =>
      !!set?.selections.some((s) =>
        s.kind === Kind.FIELD ? s.name.value === 'totalCount'
        : s.kind === Kind.INLINE_FRAGMENT ? visit(s.selectionSet)
        : visit(info.fragments[s.name.value]?.selectionSet));
    selected = info.fieldNodes.some((node) => visit(node.selectionSet));
    countSelected.set(info.fieldNodes, selected);
  }
  return selected;
}

/** How a child list hangs off its parent: a column of the child, or a join table. */
export interface ParentLink {
  /** Extra join, e.g. `join enterprise_park j on j.enterprise_id = t.id`. */
  join?: Sql;
  /** Column holding the parent's id, e.g. `t.park_id` or `j.park_id`. */
  parentColumn: string;
}

interface Window {
  limit: number;
  backward: boolean;
  cursor: { value: unknown; id: number } | null;
  hasCursorBefore: boolean;
  hasCursorAfter: boolean;
  column: string;
  direction: OrderDirection;
  field: string;
}

/** Validates the page arguments; every problem names its argument. */
export function pageWindow(source: ListSource<unknown>, query: ListQuery): Window {
  const { first, after, last, before } = query.args;
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(name, `must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`);
    }
  }
  if (first != null && last != null) throw badInput('last', 'cannot be combined with "first"; page one way at a time');
  const field = query.order?.field ?? Object.keys(source.orderColumns)[0];
  const column = source.orderColumns[field];
  if (!column) throw badInput('orderBy.field', `cannot order by ${field}`);
  const direction = query.order?.direction ?? OrderDirection.ASC;
  const backward = last != null || (before != null && first == null);
  const decode = (name: 'after' | 'before', cursor: string | null | undefined) =>
    cursor == null ? null : decodeCursor(cursor, name, field);
  const afterCursor = decode('after', after);
  const beforeCursor = decode('before', before);
  if (afterCursor && beforeCursor) throw badInput('before', 'cannot be combined with "after"');
  return {
    limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE,
    backward,
    cursor: backward ? beforeCursor : afterCursor,
    hasCursorBefore: afterCursor != null,
    hasCursorAfter: beforeCursor != null,
    column,
    direction,
    field,
  };
}

/**
 * One page of a top-level list. With `totalCount` selected, the count comes
 * in the same statement (the page joined to it, so an empty page still has it).
 */
export async function fetchPage<T extends object>(em: EntityManager, source: ListSource<T>, query: ListQuery): Promise<Page<T>> {
  const window = pageWindow(source, query);
  const where = and(query.where ?? []);
  const page = sql`select t.*, ${raw(window.column)} as "__sort" from ${raw(source.table)} t where ${where} and ${keyset(window)} ${orderLimit(window)}`;
  if (selectsTotalCount(query.info)) {
    const rows = await cursorSafe(runSql<Record<string, unknown>>(
      em,
      sql`select c."__total", x.* from (select count(*) as "__total" from ${raw(source.table)} t where ${where}) c left join lateral (${page}) x on true`,
    ));
    const total = Number(rows[0]?.__total ?? 0);
    return toPage(em, source, window, rows[0]?.id == null ? [] : rows, total);
  }
  const rows = await cursorSafe(runSql<Record<string, unknown>>(em, page));
  const count = once(async () => {
    const [row] = await runSql<{ count: string }>(em, sql`select count(*) from ${raw(source.table)} t where ${where}`);
    return Number(row.count);
  });
  return toPage(em, source, window, rows, count);
}

/**
 * One page per parent in a single statement: a lateral subquery per parent id
 * so `first: n` limits each parent's list, not the whole batch.
 */
export async function fetchPages<T extends object>(
  em: EntityManager,
  source: ListSource<T>,
  link: ParentLink,
  parentIds: readonly number[],
  query: ListQuery,
): Promise<Array<Page<T>>> {
  const window = pageWindow(source, query);
  const where = and(query.where ?? []);
  const joinSql = link.join ?? raw('');
  const ids = intArray(parentIds);
  const page = sql`select t.*, ${raw(window.column)} as "__sort" from ${raw(source.table)} t ${joinSql}
        where ${raw(link.parentColumn)} = p.parent_id and ${where} and ${keyset(window)} ${orderLimit(window)}`;
  const withCount = selectsTotalCount(query.info);
  // With `totalCount` selected, each parent's count comes beside its page (one row even for an empty page).
  const rows = await cursorSafe(runSql<Record<string, unknown>>(
    em,
    withCount
      ? sql`select p.parent_id as "__parent", c."__total", x.* from unnest(${ids}::int[]) as p(parent_id)
      cross join lateral (select count(*) as "__total" from ${raw(source.table)} t ${joinSql} where ${raw(link.parentColumn)} = p.parent_id and ${where}) c
      left join lateral (${page}) x on true`
      : sql`select p.parent_id as "__parent", x.* from unnest(${ids}::int[]) as p(parent_id)
      cross join lateral (${page}) x`,
  ));
  const counts = once(async () => {
    const result = await runSql<{ parent: number; count: string }>(
      em,
      sql`select ${raw(link.parentColumn)} as parent, count(*) from ${raw(source.table)} t ${joinSql}
        where ${raw(link.parentColumn)} = any(${ids}::int[]) and ${where} group by 1`,
    );
    return new Map(result.map((r) => [Number(r.parent), Number(r.count)]));
  });
  const byParent = new Map<number, Array<Record<string, unknown>>>();
  const totals = new Map<number, number>();
  for (const row of rows) {
    const parent = Number(row.__parent);
    if (withCount) totals.set(parent, Number(row.__total));
    if (row.id == null) continue;
    const list = byParent.get(parent);
    if (list) list.push(row);
    else byParent.set(parent, [row]);
  }
  return parentIds.map((id) =>
    toPage(em, source, window, byParent.get(id) ?? [], withCount ? (totals.get(id) ?? 0) : async () => (await counts()).get(id) ?? 0),
  );
}

function keyset(window: Window): Sql {
  if (!window.cursor) return raw('true');
  const ascending = (window.direction === OrderDirection.ASC) !== window.backward;
  const op = raw(ascending ? '>' : '<');
  return sql`(${raw(window.column)}, t.id) ${op} (${window.cursor.value}, ${window.cursor.id})`;
}

function orderLimit(window: Window): Sql {
  const ascending = (window.direction === OrderDirection.ASC) !== window.backward;
  const dir = ascending ? 'asc' : 'desc';
  return sql`order by ${raw(`${window.column} ${dir}, t.id ${dir}`)} limit ${window.limit + 1}`;
}

function toPage<T extends object>(
  em: EntityManager,
  source: ListSource<T>,
  window: Window,
  rows: Array<Record<string, unknown>>,
  count: number | (() => Promise<number>),
): Page<T> {
  const more = rows.length > window.limit;
  const pageRows = rows.slice(0, window.limit);
  if (window.backward) pageRows.reverse();
  // Rows keep their helper columns (__sort, __parent, __total): hydrate copies only the entity's own.
  const nodes = pageRows.map((row) => hydrate(em, source.entity, row));
  const cursorOf = (i: number) => encodeCursor(window.field, pageRows[i].__sort, Number(pageRows[i].id));
  const hasNext = window.backward ? window.hasCursorAfter : more;
  const hasPrevious = window.backward ? more : window.hasCursorBefore;
  return new Page(nodes, cursorOf, pageInfo(nodes.length, cursorOf, hasNext, hasPrevious), count);
}

/** Cursors name the order field they were made for, so they cannot be replayed under another order. */
function encodeCursor(field: string, value: unknown, id: number): string {
  const plain = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([field, plain, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, argument: string, field: string): { value: unknown; id: number } {
  let parsed: unknown;
  try {
    parsed = /^[A-Za-z0-9_-]+$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== 'string' ||
    !['string', 'number'].includes(typeof parsed[1]) || !Number.isSafeInteger(parsed[2])
  ) {
    throw badInput(argument, `"${truncate(cursor)}" is not a valid cursor`);
  }
  if (parsed[0] !== field) throw badInput(argument, `the cursor was made for order ${parsed[0]}, not ${field}`);
  return { value: parsed[1], id: parsed[2] };
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= fn());
}

/**
 * One page of report rows. Aggregates have no key to seek on, so their
 * cursors hold an offset into the ordered result (which `query` must fix with
 * a complete ORDER BY); the total comes from a window in the same statement.
 * Report rows page forwards only.
 */
export async function fetchReportPage<R>(
  em: EntityManager,
  query: Sql,
  args: ConnectionArgs,
  toRow: (row: Record<string, unknown>) => R,
): Promise<Page<R>> {
  if (args.last != null || args.before != null) throw badInput(args.last != null ? 'last' : 'before', 'report rows page forwards only; use first and after');
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (limit < 0 || limit > MAX_REPORT_PAGE_SIZE) throw badInput('first', `must be between 0 and ${MAX_REPORT_PAGE_SIZE}, got ${limit}`);
  const offset = args.after == null ? 0 : decodeOffset(args.after);
  const rows = await runSql<Record<string, unknown>>(
    em,
    sql`select x.*, count(*) over () as "__total" from (${query}) x limit ${limit + 1} offset ${offset}`,
  );
  const total = rows.length ? Number(rows[0].__total) : null;
  const nodes = rows.slice(0, limit).map(({ __total, ...row }) => toRow(row));
  const cursorOf = (i: number) => Buffer.from(JSON.stringify(['offset', offset + i + 1]), 'utf8').toString('base64url');
  return new Page(
    nodes,
    cursorOf,
    pageInfo(nodes.length, cursorOf, rows.length > limit, offset > 0),
    total ?? (async () => Number((await runSql<{ n: string }>(em, sql`select count(*) as n from (${query}) x`))[0].n)),
  );
}

function decodeOffset(cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (/^[A-Za-z0-9_-]+$/.test(cursor) && Array.isArray(parsed) && parsed[0] === 'offset' && Number.isSafeInteger(parsed[1]) && parsed[1] >= 0) {
      return parsed[1];
    }
  } catch {
    // fall through
  }
  throw badInput('after', `"${truncate(cursor)}" is not a valid cursor`);
}

/** A forged cursor whose value does not fit the order column's type is the client's error, not ours. */
async function cursorSafe<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code && ['22P02', '22007', '22008', '22003', '42883', '42804'].includes(code)) throw badInput('after', 'is not a valid cursor for this order');
    throw error;
  }
}
