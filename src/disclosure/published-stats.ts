import { GraphQLError } from 'graphql';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import type { Decimal } from '../core/money';
import { fromGlobalId } from '../core/ids';
import { hydrate } from '../core/hydrate';
import { and, intArray, raw, runSql, sql, type Sql } from '../core/sql';
import type { ContractDirection } from '../contract-record/contract-record.entity';
import type { ServiceCategory } from '../service-domain/service-domain.entity';
import { ExchangeRate } from '../exchange-rate/exchange-rate.entity';
import { regionByCode } from '../region/region.types';
import { ContractDimension, ContractStatsRow, type ContractStats } from '../contract-stats/contract-stats.types';
import type { ContractStatsRequest } from '../contract-stats/contract-stats.service';
import { PUBLISHED_TABLES, tableOf, type TableDimension } from './tables';

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
  // Grouped by region without a level: the deepest cells (regions with no cell of the table below them in the release,
  // below meaning a child, or a member of a macro-region). The regions directly above a cell are found once, for an anti-join.
  const byDeepest = groupBy.includes(ContractDimension.REGION) && !request.regionLevel;
  const covering = byDeepest
    ? sql`covering as materialized (
        select distinct x.release_id, x.table_code, x.variant, coalesce(xg.macro_region_id, xg.parent_id) as region_id
        from published_cell x join region xg on xg.id = x.region_id where x.table_code = ${table.code}),`
    : raw('');
  const deepest = byDeepest
    ? raw(`not exists (select 1 from covering p where p.release_id = c.release_id and p.table_code = c.table_code and p.variant = c.variant and p.region_id = c.region_id)`)
    : raw('true');
  const keys = groupBy.map((d) => KEY[d]);
  const keyList = keys.map((k) => `"${k}"`).join(', ');
  const others = groupBy.filter((d) => d !== ContractDimension.YEAR).map((d) => `"${KEY[d]}"`);
  // The offshore part: the +DIRECTION table's OFFSHORE cells, or, grouped or filtered by direction, the row's own OFFSHORE cells.
  const offshorePart = offshoreTable ? 'offshore' : `not offshore and direction = 'OFFSHORE'`;
  const rows = await runSql<RawRow>(ctx.em, sql`
    with ${covering} cell as (
      select r.year, r.usd_factor, r.unconverted_record_count, c.status <> 'PUBLISHED' as withheld, c.signed_cny::numeric, c.executed_cny::numeric,
        c.record_count, c.enterprise_ids, c.direction, coalesce(c.category, d.category) as category, c.domain_id, c.region_id, c.park_id,
        c.table_code <> ${table.code} as offshore
      from published_cell c
      -- US dollars per yuan, once per release (not per cell: offset 0 keeps the subquery from being flattened into the join)
      join (select id, year, unconverted_record_count, released_on, 1 / usd_rate::numeric as usd_factor from statistics_release offset 0) r on r.id = c.release_id
      left join service_domain d on d.id = c.domain_id
      left join region g on g.id = c.region_id
      where c.table_code = any(${`{${tables.join(',')}}`}::text[]) and ${and(where)} and ${levelWhere ?? sql`true`}
        and (c.table_code = ${table.code} or c.direction = 'OFFSHORE') and ${deepest}
    ),
    grouped as (
      select ${raw(keys.length ? keys.map((k, i) => `${COLUMN[groupBy[i]]} as "${k}", `).join('') : '')}
        ${raw(keys.length ? `grouping(${groupBy.map((d) => COLUMN[d]).join(', ')}) <> 0` : 'true')} as "isTotal",
        coalesce(bool_or(withheld) filter (where not offshore), false) as withheld,
        coalesce(bool_or(withheld) filter (where ${raw(offshorePart)}), false) as "offshoreWithheld",
        bool_or(not offshore) as present,
        round(coalesce(sum(signed_cny * usd_factor) filter (where not offshore), 0), 2) as "signedUsd",
        round(coalesce(sum(executed_cny * usd_factor) filter (where not offshore), 0), 2) as "executedUsd",
        trim_scale(coalesce(sum(signed_cny) filter (where not offshore), 0)) as "signedCny",
        trim_scale(coalesce(sum(executed_cny) filter (where not offshore), 0)) as "executedCny",
        round(coalesce(sum(executed_cny * usd_factor) filter (where ${raw(offshorePart)}), 0), 2) as "offshoreExecutedUsd",
        trim_scale(coalesce(sum(executed_cny) filter (where ${raw(offshorePart)}), 0)) as "offshoreExecutedCny",
        coalesce(sum(record_count) filter (where not offshore), 0)::int as "recordCount"
      from cell
      group by ${raw(keys.length ? `grouping sets ((${groupBy.map((d) => COLUMN[d]).join(', ')}), ())` : '()')}
    ),
    ranked as (
      select g.*, ${raw(groupBy.includes(ContractDimension.YEAR)
        ? `case when lag("year") over w = "year" - 1 and not lag(withheld) over w and not withheld and lag("executedUsd") over w > 0
             then ("executedUsd" / lag("executedUsd") over w - 1)::float8 end`
        : 'null::float8')} as "executedGrowth",
        (count(*) filter (where withheld and not "isTotal") over ())::int as "withheldRows",
        (count(*) filter (where not withheld and not "isTotal") over ())::int as "shownRows"
      from grouped g
      where present
      ${raw(groupBy.includes(ContractDimension.YEAR) ? `window w as (partition by "isTotal"${others.length ? ', ' + others.join(', ') : ''} order by "year")` : '')}
    ),
    counted as (
      select ${raw(keys.length ? groupBy.map((d, i) => `${COLUMN[d]} as "${keys[i]}", `).join('') : '')}
        ${raw(keys.length ? `grouping(${groupBy.map((d) => COLUMN[d]).join(', ')}) <> 0` : 'true')} as "isTotal", count(distinct e)::int as "enterpriseCount"
      from cell x cross join unnest(x.enterprise_ids) e
      where not x.offshore and not x.withheld
      group by ${raw(keys.length ? `grouping sets ((${groupBy.map((d) => COLUMN[d]).join(', ')}), ())` : '()')}
    )
    select k.*, coalesce(n."enterpriseCount", 0) as "enterpriseCount",
      (select coalesce(json_agg(distinct x.year), '[]') from cell x) as years,
      (select coalesce(sum(y.n), 0)::int from (select distinct year, unconverted_record_count as n from cell) y) as unconverted
    from ranked k
    left join counted n on n."isTotal" = k."isTotal"${raw(keys.map((key) => ` and n."${key}" is not distinct from k."${key}"`).join(''))}
    where k."isTotal" or not k.withheld
    order by k."isTotal" desc${raw(keyList ? ', ' + keys.map((k) => `k."${k}" nulls last`).join(', ') : '')}
    limit ${first + 2}`);
  const totalRow = rows[0]?.isTotal ? rows[0] : undefined;
  const shown = totalRow ? rows.slice(1) : rows;
  const years = totalRow?.years ?? [];
  const rates = years.length
    ? (await runSql<Record<string, unknown>>(ctx.em, sql`select * from exchange_rate where year = any(${intArray(years)}::int[]) order by currency, year`))
      .map((row) => hydrate(ctx.em, ExchangeRate, row))
    : [];
  const shape = (row: RawRow): ContractStatsRow => Object.assign(new ContractStatsRow(), EMPTY_KEYS, {
    year: row.year ?? null, domainId: row.domainId ?? null, category: row.category ?? null, regionId: row.regionId ?? null,
    parkId: row.parkId ?? null, direction: row.direction ?? null,
    signedUsd: row.signedUsd, executedUsd: row.executedUsd, signedCny: row.signedCny, executedCny: row.executedCny,
    recordCount: row.recordCount, enterpriseCount: row.enterpriseCount,
    offshoreExecutedUsd: row.offshoreWithheld ? null : row.offshoreExecutedUsd,
    offshoreExecutedCny: row.offshoreWithheld ? null : row.offshoreExecutedCny,
    offshoreShare: row.offshoreWithheld || !Number(row.executedUsd) ? null : Number(row.offshoreExecutedUsd) / Number(row.executedUsd),
    executedGrowth: row.executedGrowth ?? null,
  });
  const shownRows = totalRow?.shownRows ?? 0;
  return {
    groupBy: request.groupBy,
    regionLevel: request.regionLevel ?? null,
    suppressedRowCount: totalRow?.withheldRows ?? 0,
    rows: shown.slice(0, first).map(shape),
    total: !totalRow || totalRow.withheld ? (totalRow ? null : shape(EMPTY_TOTAL)) : Object.assign(shape(totalRow), { executedGrowth: null }),
    truncated: shownRows > first,
    rates,
    unconvertedRecordCount: totalRow?.unconverted ?? 0,
    basis:
      'From the statistical releases (see `statisticsReleases`): each year’s published tables, computed once when the year was released ' +
      'and final since. A cell is withheld when it covers fewer than 3 enterprises or one enterprise dominates it (p%-rule, p = 10), ' +
      'and further cells are withheld so that no withheld figure can be worked out from published ones (complementary suppression, ' +
      'checked across every table of the release). Rows that sum several cells are withheld when any part is. USD figures divide ' +
      'yuan by the year’s USD rate.' + (filter.publishedOn ? ` Releases made by ${filter.publishedOn}.` : ''),
  };
}

const EMPTY_KEYS = { year: null, quarter: null, domainId: null, category: null, regionId: null, parkId: null, direction: null, clientMarket: null };

/** Per dimension: the row's key column and the cell's column it reads. */
const KEY: Partial<Record<ContractDimension, string>> = {
  YEAR: 'year', DOMAIN: 'domainId', CATEGORY: 'category', REGION: 'regionId', PARK: 'parkId', DIRECTION: 'direction',
};
const COLUMN: Partial<Record<ContractDimension, string>> = {
  YEAR: 'year', DOMAIN: 'domain_id', CATEGORY: 'category', REGION: 'region_id', PARK: 'park_id', DIRECTION: 'direction',
};

interface RawRow {
  isTotal: boolean;
  withheld: boolean;
  offshoreWithheld: boolean;
  year?: number; domainId?: number; category?: ServiceCategory; regionId?: number; parkId?: number; direction?: ContractDirection;
  /** Money as PostgreSQL's numeric gives it: exact decimal strings. */
  signedUsd: Decimal; executedUsd: Decimal; signedCny: Decimal; executedCny: Decimal; offshoreExecutedUsd: Decimal; offshoreExecutedCny: Decimal;
  recordCount: number; enterpriseCount: number; executedGrowth: number | null;
  withheldRows: number; shownRows: number; years: number[]; unconverted: number;
}

/** The total of a report with no cells. */
const EMPTY_TOTAL: RawRow = {
  isTotal: true, withheld: false, offshoreWithheld: false, signedUsd: '0', executedUsd: '0', signedCny: '0', executedCny: '0', offshoreExecutedUsd: '0', offshoreExecutedCny: '0',
  recordCount: 0, enterpriseCount: 0, executedGrowth: null, withheldRows: 0, shownRows: 0, years: [], unconverted: 0,
};

/** Today's date in China, where releases are dated. */
export function todayInChina(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
