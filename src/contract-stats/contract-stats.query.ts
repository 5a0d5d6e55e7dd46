import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { and, intArray, raw, sql, type Sql } from '../core/sql';
import { RegionKind } from '../region/region.entity';
import { regionByCode } from '../region/region.types';
import { ContractDimension, type ContractStatsFilter, type ContractStatsRow } from './contract-stats.types';

/** Per dimension: the SQL expression of its key and the output column. */
const DIMENSIONS: Record<ContractDimension, { expr: string; column: keyof ContractStatsRow }> = {
  YEAR: { expr: 'c.year', column: 'year' },
  QUARTER: { expr: 'c.quarter', column: 'quarter' },
  DOMAIN: { expr: 'c.domain_id', column: 'domainId' },
  CATEGORY: { expr: 'c.category', column: 'category' },
  REGION: { expr: 'rr.id', column: 'regionId' },
  PARK: { expr: 'ep.park_id', column: 'parkId' },
  DIRECTION: { expr: 'c.direction', column: 'direction' },
  CLIENT_MARKET: { expr: 'c.client_market', column: 'clientMarket' },
};

export const MAX_REPORT_ROWS = 10_000;

/** Joins the yearly rates for `contract_record c`: `fx` (its currency) and `usd`. */
export const RATE_JOINS = `left join exchange_rate fx on fx.currency = c.currency and fx.year = c.year
      left join exchange_rate usd on usd.currency = 'USD' and usd.year = c.year`;

/** A contract amount column of `c` in US dollars, with RATE_JOINS (null when a rate is missing). */
export function usd(column: string): string {
  return `(c.${column} * (case when c.currency = 'CNY' then 1 else fx.cny_per_unit end) / usd.cny_per_unit)`;
}

/** Validates a filter and turns it into conditions on `contract_record c` / `enterprise e`. */
export async function contractFilterSql(ctx: Context, filter: ContractStatsFilter | null | undefined): Promise<Sql[]> {
  const where: Sql[] = [];
  if (!filter) return where;
  const { yearFrom, yearTo } = filter;
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
    throw badInput('filter.yearTo', `the year range is reversed: yearTo ${yearTo} is before yearFrom ${yearFrom}`);
  }
  if (yearFrom != null) where.push(sql`c.year >= ${yearFrom}`);
  if (yearTo != null) where.push(sql`c.year <= ${yearTo}`);
  if (filter.domainNumbers?.length) {
    for (const [i, n] of filter.domainNumbers.entries()) if (n < 1 || n > 24) throw badInput(`filter.domainNumbers[${i}]`, `no domain has number ${n}`);
    where.push(sql`d.number = any(${intArray(filter.domainNumbers)}::int[])`);
  }
  if (filter.category) where.push(sql`d.category = ${filter.category}`);
  if (filter.regionCode) {
    const region = await regionByCode(ctx, filter.regionCode, 'filter.regionCode');
    where.push(sql`er.path like ${`${region.path}%`}`);
  }
  if (filter.parkId) {
    const park = fromGlobalId(filter.parkId, 'filter.parkId', 'Park');
    where.push(sql`exists (select 1 from enterprise_park fp where fp.enterprise_id = e.id and fp.park_id = ${park.id})`);
  }
  if (filter.direction) where.push(sql`c.direction = ${filter.direction}`);
  if (filter.clientMarket) where.push(sql`c.client_market = ${filter.clientMarket}`);
  if (filter.excludeSynthetic) where.push(sql`c.provenance_source <> 'SYNTHETIC'`);
  if (filter.asOf) where.push(sql`(make_date(c.year, coalesce(c.quarter * 3, 12), 1) + interval '1 month' - interval '1 day')::date <= ${filter.asOf}::date`);
  return where;
}

export interface StatsQuery {
  /** The records read: `contractRecords(publishedOn)`. */
  records: Sql;
  groupBy: ContractDimension[];
  where: Sql[];
  regionLevel: RegionKind | null;
  limit: number;
}

/**
 * One statement: records converted with the rate of their year (yuan per unit;
 * CNY is 1), then summed in steps that hash rather than sort:
 * per enterprise (and rate year and currency), per group and enterprise —
 * so a group's enterprises are counted with `count(*)`, not
 * `count(distinct)` — and per group; the total comes from the per-enterprise
 * sums, so an enterprise in two parks is counted once in it. Year-over-year
 * growth is a window over the groups. The records are read once: the rates
 * they used come from the per-enterprise sums (`ratesUsed`, a JSON column,
 * the same in every row).
 */
export function contractStatsSql(q: StatsQuery): Sql {
  const dims = [...new Set(q.groupBy)];
  const keys = dims.map((d) => DIMENSIONS[d]);
  const byPark = dims.includes(ContractDimension.PARK);
  // Park is joined after the per-enterprise step, so records are never repeated before it.
  const recordKeys = keys.filter((k) => k.column !== 'parkId');
  const regionJoin = q.regionLevel
    ? sql`left join region rr on rr.kind = ${q.regionLevel} and c.region_path like rr.path || '%'`
    : raw('left join region rr on rr.id = c.region_id');
  const cols = (list: typeof keys, prefix = '') => list.map((k) => `${prefix}"${k.column}"`);
  const hasYear = dims.includes(ContractDimension.YEAR);
  const others = dims.filter((d) => d !== ContractDimension.YEAR).map((d) => `"${DIMENSIONS[d].column}"`);
  const growth = hasYear
    ? raw(`case when lag("year") over w = "year" - 1 and lag("executedUsd") over w > 0
        then "executedUsd" / lag("executedUsd") over w - 1 end as "executedGrowth",
        case when lag("year") over w = "year" - 1 then lag("enterpriseCount") over w end as "previousEnterpriseCount"`)
    : raw('null::float8 as "executedGrowth", null::int as "previousEnterpriseCount"');
  const window = hasYear
    ? raw(`window w as (partition by "isTotal"${others.length ? ', ' + others.join(', ') : ''} order by "year")`)
    : raw('');
  const orderBy = keys.map((k) => `"${k.column}" nulls last`).join(', ');
  const sums = ['signed_usd', 'executed_usd', 'signed_cny', 'executed_cny', 'offshore_executed_usd', 'records', 'unconverted'];
  const sumOf = (prefix: string) => sums.map((m) => `sum(${prefix}${m}) as ${m}`).join(', ');
  const figures = `coalesce(sum(signed_usd), 0)::float8 as "signedUsd", coalesce(sum(executed_usd), 0)::float8 as "executedUsd",
        coalesce(sum(signed_cny), 0)::float8 as "signedCny", coalesce(sum(executed_cny), 0)::float8 as "executedCny",
        coalesce(sum(offshore_executed_usd), 0)::float8 as "offshoreExecutedUsd",
        coalesce(sum(records), 0)::int as "recordCount", count(*)::int as "enterpriseCount", coalesce(sum(unconverted), 0)::int as "unconverted"`;
  const groupCols = cols(keys);
  const perKeySelect = [...cols(recordKeys, 'pe.'), ...(byPark ? ['ep.park_id as "parkId"'] : [])];
  const groups = keys.length
    ? raw(`select ${groupCols.join(', ')}, false as "isTotal", ${figures}
      from (select ${perKeySelect.join(', ')}, pe.enterprise_id, ${sumOf('pe.')}
        from per_enterprise pe ${byPark ? 'left join enterprise_park ep on ep.enterprise_id = pe.enterprise_id' : ''}
        group by ${[...perKeySelect.map((_, i) => String(i + 1)), 'pe.enterprise_id'].join(', ')}) k
      group by ${groupCols.join(', ')}
      union all `)
    : raw('');
  return sql`with converted as (
      select c.id, c.enterprise_id, c.year, c.quarter, c.domain_id, c.direction, c.client_market, c.currency,
        c.signed_amount, c.executed_amount, d.category, er.id as region_id, er.path as region_path,
        case when c.currency = 'CNY' then 1 else fx.cny_per_unit end as cny_rate, usd.cny_per_unit as usd_rate
      from ${q.records} c
      join enterprise e on e.id = c.enterprise_id
      join region er on er.id = e.region_id
      join service_domain d on d.id = c.domain_id
      left join exchange_rate fx on fx.currency = c.currency and fx.year = c.year
      left join exchange_rate usd on usd.currency = 'USD' and usd.year = c.year
      where ${and(q.where)}
    ),
    per_enterprise as (
      select ${raw(recordKeys.map((k) => `${k.expr} as "${k.column}", `).join(''))}c.enterprise_id, c.year as rate_year, c.currency as rate_currency,
        sum(c.signed_amount * c.cny_rate / c.usd_rate) as signed_usd,
        sum(c.executed_amount * c.cny_rate / c.usd_rate) as executed_usd,
        sum(c.signed_amount * c.cny_rate) as signed_cny,
        sum(c.executed_amount * c.cny_rate) as executed_cny,
        sum(c.executed_amount * c.cny_rate / c.usd_rate) filter (where c.direction = 'OFFSHORE') as offshore_executed_usd,
        count(*) as records,
        count(*) filter (where c.cny_rate is null or c.usd_rate is null) as unconverted
      from converted c
      ${regionJoin}
      group by ${raw([...recordKeys.map((_, i) => String(i + 1)), 'c.enterprise_id', 'c.year', 'c.currency'].join(', '))}
    ),
    grouped as (
      ${groups}select ${raw(keys.map((k) => `null::${k.column === 'direction' || k.column === 'category' || k.column === 'clientMarket' ? 'text' : 'int'} as "${k.column}", `).join(''))}true as "isTotal", ${raw(figures)}
      from (select enterprise_id, ${raw(sumOf(''))} from per_enterprise group by enterprise_id) t
    )
    select g.*, case when g."executedUsd" > 0 then g."offshoreExecutedUsd" / g."executedUsd" end as "offshoreShare", ${growth},
      (select coalesce(json_agg(x order by x.currency, x.year), '[]') from exchange_rate x
        where (x.year, x.currency) in (select distinct rate_year, rate_currency from per_enterprise)
           or (x.currency = 'USD' and x.year in (select distinct rate_year from per_enterprise))) as "ratesUsed"
    from grouped g
    ${window}
    order by g."isTotal" desc${raw(orderBy ? ', ' + orderBy : '')}
    limit ${q.limit + 2}`; // the total, the rows, and one more to tell whether rows were cut
}
