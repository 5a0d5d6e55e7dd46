import { GraphQLError } from 'graphql';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { hydrate } from '../core/hydrate';
import { and, intArray, runSql, sql, type Sql } from '../core/sql';
import { ExchangeRate } from '../exchange-rate/exchange-rate.entity';
import { regionByCode } from '../region/region.types';
import { ContractDimension, ContractStatsRow, type ContractStats } from '../contract-stats/contract-stats.types';
import type { ContractStatsRequest } from '../contract-stats/contract-stats.service';
import { PUBLISHED_TABLES, tableOf, type TableDimension } from './tables';

/** A stored cell as read: its release's year and rate, its keys, and its figures (null when withheld). */
interface StoredCell {
  year: number;
  usdRate: number;
  direction: string | null;
  category: string | null;
  domainId: number | null;
  regionId: number | null;
  regionKind: string | null;
  regionParentId: number | null;
  parkId: number | null;
  offshore: boolean;
  signedCny: number | null;
  executedCny: number | null;
  recordCount: number;
  enterpriseIds: number[];
  unconverted: number;
}

const ALLOWED = PUBLISHED_TABLES.map((t) => `[${['YEAR', ...t.dims].join(', ')}]`).join(', ');

function notPublished(argument: string, what: string): GraphQLError {
  return new GraphQLError(
    `${what} is not a published table: without a researcher key, contract statistics come from the published tables ${ALLOWED} ` +
      '(regions as PROVINCE, MACRO_REGION, CITY or any region’s own cell; filters that pick rows of the same table). A researcher key reports freely.',
    { extensions: { code: 'FORBIDDEN', argumentName: argument } },
  );
}

/**
 * Contract statistics for callers without a researcher key, read from the
 * statistical releases only: each row is a published cell, or a sum of
 * published cells of one table (several years, domains or parks); a row
 * with a withheld part is withheld. Everything shown is therefore a linear
 * combination of released cells, which the release's suppression (and the
 * auditor in the tests) keeps from determining any withheld one.
 */
export async function publishedContractStats(ctx: Context, request: ContractStatsRequest, first: number): Promise<ContractStats> {
  const filter = request.filter ?? {};
  const groupBy = [...new Set(request.groupBy)];
  for (const dim of groupBy) {
    if (dim === ContractDimension.QUARTER || dim === ContractDimension.CLIENT_MARKET) throw notPublished('groupBy', `Grouping by ${dim}`);
  }
  if (filter.clientMarket) throw notPublished('filter.clientMarket', 'A client market');
  const dims = new Set<TableDimension>(groupBy.filter((d) => d !== ContractDimension.YEAR) as TableDimension[]);
  if (filter.direction) dims.add('DIRECTION');
  if (filter.domainNumbers?.length) dims.add('DOMAIN');
  if (filter.category) dims.add('CATEGORY');
  if (filter.regionCode) dims.add('REGION');
  if (filter.parkId) dims.add('PARK');
  if (dims.has('DOMAIN')) dims.delete('CATEGORY'); // a domain's category is known: categories are sums of domains
  const table = tableOf(dims);
  if (!table) throw notPublished('groupBy', `A report by ${[...dims].join(' × ')}`);
  const offshoreTable = dims.has('DIRECTION') ? null : tableOf([...dims, 'DIRECTION'])!;

  const where: Sql[] = [sql`r.released_on <= ${filter.publishedOn ?? todayInChina()}::date`, sql`c.variant = ${filter.excludeSynthetic ? 'REAL' : 'ALL'}`];
  if (filter.yearFrom != null && filter.yearTo != null && filter.yearFrom > filter.yearTo) {
    throw badInput('filter.yearTo', `the year range is reversed: yearTo ${filter.yearTo} is before yearFrom ${filter.yearFrom}`);
  }
  if (filter.yearFrom != null) where.push(sql`r.year >= ${filter.yearFrom}`);
  if (filter.yearTo != null) where.push(sql`r.year <= ${filter.yearTo}`);
  // Published tables are by whole year: as of a date means the years ended by then.
  if (filter.asOf) where.push(sql`make_date(r.year, 12, 31) <= ${filter.asOf}::date`);
  if (filter.direction) where.push(sql`c.direction = ${filter.direction}`);
  if (filter.domainNumbers?.length) {
    for (const [i, n] of filter.domainNumbers.entries()) if (n < 1 || n > 24) throw badInput(`filter.domainNumbers[${i}]`, `no domain has number ${n}`);
    where.push(sql`d.number = any(${intArray(filter.domainNumbers)}::int[])`);
  }
  if (filter.category) where.push(dims.has('DOMAIN') ? sql`d.category = ${filter.category}` : sql`c.category = ${filter.category}`);
  if (filter.parkId) where.push(sql`c.park_id = ${fromGlobalId(filter.parkId, 'filter.parkId', 'Park').id}`);
  let levelWhere: Sql | null = null;
  if (dims.has('REGION')) {
    const region = filter.regionCode ? await regionByCode(ctx, filter.regionCode, 'filter.regionCode') : null;
    const grouped = groupBy.includes(ContractDimension.REGION);
    if (grouped && request.regionLevel) levelWhere = sql`g.kind = ${request.regionLevel}`;
    // Grouped by region under a filter region: the cells below it; filtered only: its own cell.
    if (region) where.push(grouped ? sql`g.path like ${`${region.path}%`}` : sql`g.id = ${region.id}`);
  }
  const tables = offshoreTable ? [table.code, offshoreTable.code] : [table.code];
  const cells = await runSql<StoredCell>(ctx.em, sql`
    select r.year, r.usd_rate as "usdRate", r.unconverted_record_count as unconverted, c.direction,
      coalesce(c.category, d.category) as category, c.domain_id as "domainId",
      c.region_id as "regionId", g.kind as "regionKind", g.parent_id as "regionParentId", c.park_id as "parkId",
      c.table_code <> ${table.code} as offshore, c.signed_cny as "signedCny", c.executed_cny as "executedCny",
      c.record_count as "recordCount", c.enterprise_ids as "enterpriseIds"
    from published_cell c
    join statistics_release r on r.id = c.release_id
    left join service_domain d on d.id = c.domain_id
    left join region g on g.id = c.region_id
    where c.table_code = any(${`{${tables.join(',')}}`}::text[]) and ${and(where)} and ${levelWhere ?? sql`true`}
      and (c.table_code = ${table.code} or c.direction = 'OFFSHORE')`);
  const own = cells.filter((c) => !c.offshore);
  const offshoreCells = cells.filter((c) => c.offshore);
  // Grouped by region without a level: the deepest cells (regions with no published table cell below them).
  const regionRows = groupBy.includes(ContractDimension.REGION) && !request.regionLevel
    ? (() => {
      const parents = new Set(own.map((c) => c.regionParentId));
      return own.filter((c) => !parents.has(c.regionId));
    })()
    : own;

  const keyOf = (c: StoredCell) => groupBy.map((d) => String(valueOf(c, d))).join('|');
  const groups = new Map<string, StoredCell[]>();
  for (const c of regionRows) groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
  const offshoreByKey = new Map<string, StoredCell[]>();
  for (const c of offshoreCells) offshoreByKey.set(keyOf(c), [...(offshoreByKey.get(keyOf(c)) ?? []), c]);

  const rows: Array<ContractStatsRow & { withheld: boolean; key: string }> = [];
  for (const [key, parts] of groups) {
    const figures = sum(parts);
    const offshore = offshoreTable ? sum(offshoreByKey.get(key) ?? []) : sum(parts.filter((p) => p.direction === 'OFFSHORE'));
    const row = Object.assign(new ContractStatsRow(), {
      year: null, quarter: null, domainId: null, category: null, regionId: null, parkId: null, direction: null, clientMarket: null,
      ...figures.row,
      offshoreExecutedUsd: figures.withheld || offshore.withheld ? null : offshore.row.executedUsd,
      offshoreShare: figures.withheld || offshore.withheld || !figures.row.executedUsd ? null : offshore.row.executedUsd / figures.row.executedUsd,
      executedGrowth: null,
      withheld: figures.withheld,
      key,
    });
    for (const d of groupBy) Object.assign(row, { [column(d)]: valueOf(parts[0], d) });
    rows.push(row);
  }
  rows.sort((a, b) => compareKeys(a, b, groupBy));
  if (groupBy.includes(ContractDimension.YEAR)) {
    const others = groupBy.filter((d) => d !== ContractDimension.YEAR);
    const byKey = new Map(rows.map((r) => [`${r.year}|${others.map((d) => String(r[column(d)])).join('|')}`, r]));
    for (const row of rows) {
      const previous = byKey.get(`${row.year! - 1}|${others.map((d) => String(row[column(d)])).join('|')}`);
      if (!row.withheld && previous && !previous.withheld && previous.executedUsd > 0) row.executedGrowth = row.executedUsd / previous.executedUsd - 1;
    }
  }
  const shown = rows.filter((r) => !r.withheld);
  const total = sum(regionRows);
  const years = [...new Set(own.map((c) => c.year))];
  const rates = years.length
    ? (await runSql<Record<string, unknown>>(ctx.em, sql`select * from exchange_rate where year = any(${intArray(years)}::int[]) order by currency, year`))
      .map((row) => hydrate(ctx.em, ExchangeRate, row))
    : [];
  const unconverted = new Map(own.map((c) => [c.year, c.unconverted]));
  return {
    groupBy: request.groupBy,
    regionLevel: request.regionLevel ?? null,
    suppressedRowCount: rows.length - shown.length,
    rows: shown.slice(0, first).map(({ withheld: _w, key: _k, ...row }) => Object.assign(new ContractStatsRow(), row)),
    total: total.withheld ? null : Object.assign(new ContractStatsRow(), EMPTY_KEYS, total.row, {
      offshoreExecutedUsd: null, offshoreShare: null, executedGrowth: null,
      ...offshoreTotal(offshoreTable ? offshoreCells : own.filter((c) => c.direction === 'OFFSHORE'), total.row.executedUsd),
    }),
    truncated: shown.length > first,
    rates,
    unconvertedRecordCount: [...unconverted.values()].reduce((s, n) => s + n, 0),
    basis:
      'From the statistical releases (see `statisticsReleases`): each year’s published tables, computed once when the year was released ' +
      'and final since. A cell is withheld when it covers fewer than 3 enterprises or one enterprise dominates it (p%-rule, p = 10), ' +
      'and further cells are withheld so that no withheld figure can be worked out from published ones (complementary suppression, ' +
      'checked across every table of the release). Rows that sum several cells are withheld when any part is. USD figures divide ' +
      'yuan by the year’s USD rate.' + (filter.publishedOn ? ` Releases made by ${filter.publishedOn}.` : ''),
  };
}

const EMPTY_KEYS = { year: null, quarter: null, domainId: null, category: null, regionId: null, parkId: null, direction: null, clientMarket: null };

function offshoreTotal(cells: StoredCell[], executedUsd: number) {
  const offshore = sum(cells);
  if (offshore.withheld) return {};
  return { offshoreExecutedUsd: offshore.row.executedUsd, offshoreShare: executedUsd ? offshore.row.executedUsd / executedUsd : null };
}

function sum(cells: StoredCell[]) {
  const enterprises = new Set<number>();
  const row = { signedUsd: 0, executedUsd: 0, signedCny: 0, executedCny: 0, recordCount: 0, enterpriseCount: 0 };
  let withheld = false;
  for (const c of cells) {
    if (c.signedCny == null || c.executedCny == null) withheld = true;
    else {
      row.signedCny += c.signedCny;
      row.executedCny += c.executedCny;
      row.signedUsd += c.signedCny / c.usdRate;
      row.executedUsd += c.executedCny / c.usdRate;
    }
    row.recordCount += c.recordCount;
    for (const e of c.enterpriseIds) enterprises.add(e);
  }
  row.enterpriseCount = enterprises.size;
  return { row, withheld };
}

function column(d: ContractDimension): keyof ContractStatsRow {
  return ({ YEAR: 'year', QUARTER: 'quarter', DOMAIN: 'domainId', CATEGORY: 'category', REGION: 'regionId', PARK: 'parkId', DIRECTION: 'direction', CLIENT_MARKET: 'clientMarket' } as const)[d];
}

function valueOf(c: StoredCell, d: ContractDimension): string | number | null {
  switch (d) {
    case ContractDimension.YEAR: return c.year;
    case ContractDimension.DOMAIN: return c.domainId;
    case ContractDimension.CATEGORY: return c.category;
    case ContractDimension.REGION: return c.regionId;
    case ContractDimension.PARK: return c.parkId;
    case ContractDimension.DIRECTION: return c.direction;
    default: return null;
  }
}

function compareKeys(a: ContractStatsRow, b: ContractStatsRow, groupBy: ContractDimension[]): number {
  for (const d of groupBy) {
    const x = a[column(d)] as string | number | null;
    const y = b[column(d)] as string | number | null;
    if (x === y) continue;
    if (x == null) return 1;
    if (y == null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Today's date in China, where releases are dated. */
export function todayInChina(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
