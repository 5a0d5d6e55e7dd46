import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { and, intArray, join, raw, sql, type Sql } from '../core/sql';
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
/**
 * Per currency and year: yuan per unit (`cny_rate`) and US dollars per unit (`usd_factor`), exact decimals
 * (the float8 rates read as the decimals they print as), computed once per rate rather than once per record:
 * a numeric division per record was most of a report's time. CNY is 1 yuan, and has a factor wherever its
 * year has a USD rate; a currency or year without one has none (the record is unconverted).
 */
const RATES = `(select x.currency, x.year, x.cny_per_unit::numeric as cny_rate, x.cny_per_unit::numeric / u.cny_per_unit::numeric as usd_factor
      from exchange_rate x left join exchange_rate u on u.currency = 'USD' and u.year = x.year where x.currency <> 'CNY'
    union all select 'CNY', u.year, 1, 1 / u.cny_per_unit::numeric from exchange_rate u where u.currency = 'USD')`;

/** Joins each record of `c` to its rates (`fx`), for `usd()`. */
export const RATE_JOINS = `left join ${RATES} fx on fx.currency = c.currency and fx.year = c.year`;

/** A contract amount column of `c` in US dollars, exact, with RATE_JOINS (null when a rate is missing). */
export function usd(column: string): string {
  return `(c.${column} * fx.usd_factor)`;
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
 * CNY is 1), grouped by the dimensions with a grand total as an extra
 * grouping set, and year-over-year growth by a window over the groups.
 * Amounts are summed as numeric, exactly: yuan as they come (amount × rate
 * has at most 6 places), US dollars rounded once to the cent (a division); a
 * float8 sum is faster but off by cents past a few billion. The rates used
 * come in the same statement (a JSON column, `ratesUsed`, the same in every
 * row), each rate by an `exists` probe that stops at its first record rather
 * than a second pass over all of them; `converted` is therefore not
 * materialised. Records are counted with `count(*)` unless the park join
 * repeats them (an enterprise in two parks), where only `count(distinct)`
 * counts each once.
 */
export function contractStatsSql(q: StatsQuery): Sql {
  const dims = [...new Set(q.groupBy)];
  const keys = dims.map((d) => DIMENSIONS[d]);
  // A level's region of each record (the deepest of the level, so a record counts once): matched once per region
  // that has enterprises (a few dozen), not per record against every region of the level (thousands), then joined by hash.
  const regionJoin = q.regionLevel
    ? sql`left join (select distinct on (er.id) er.id as region_id, lr.id from region er join region lr on lr.kind = ${q.regionLevel} and er.path like lr.path || '%'
        where er.id in (select region_id from enterprise) order by er.id, length(lr.path) desc) rr on rr.region_id = c.region_id`
    : raw('left join region rr on rr.id = c.region_id');
  const repeated = dims.includes(ContractDimension.PARK);
  // Join the enterprise, its region and the domain only where a dimension or a filter reads them: most reports need none.
  const filterUses = (alias: string) => q.where.some((w) => new RegExp(`\\b${alias}\\.`).test(w.text));
  const joinRegion = dims.includes(ContractDimension.REGION) || filterUses('er');
  const joinEnterprise = joinRegion || filterUses('e');
  const joinDomain = dims.includes(ContractDimension.CATEGORY) || filterUses('d');
  const parkJoin = repeated ? raw('left join enterprise_park ep on ep.enterprise_id = c.enterprise_id') : raw('');
  const keySelect = keys.map((k) => raw(`${k.expr} as "${k.column}"`));
  const groupKeys = keys.map((k) => k.expr).join(', ');
  const hasYear = dims.includes(ContractDimension.YEAR);
  const others = dims.filter((d) => d !== ContractDimension.YEAR).map((d) => `"${DIMENSIONS[d].column}"`);
  const growth = hasYear
    ? raw(`case when lag("year") over w = "year" - 1 and lag("executedUsd") over w > 0
        then ("executedUsd" / lag("executedUsd") over w - 1)::float8 end as "executedGrowth",
        case when lag("year") over w = "year" - 1 then lag("enterpriseCount") over w end as "previousEnterpriseCount"`)
    : raw('null::float8 as "executedGrowth", null::int as "previousEnterpriseCount"');
  const window = hasYear
    ? raw(`window w as (partition by "isTotal"${others.length ? ', ' + others.join(', ') : ''} order by "year")`)
    : raw('');
  const orderBy = keys.map((k) => `"${k.column}" nulls last`).join(', ');
  return sql`with converted as not materialized (
      select c.id, c.enterprise_id, c.year, c.quarter, c.domain_id, c.direction, c.client_market, c.currency,
        c.signed_amount, c.executed_amount, ${raw(joinDomain ? 'd.category' : 'null::text as category')},
        ${raw(joinRegion ? 'er.id as region_id' : 'null::int as region_id')},
        case when c.currency = 'CNY' then 1 else fx.cny_rate end as cny_rate, fx.usd_factor
      from ${q.records} c
      ${raw(joinEnterprise ? 'join enterprise e on e.id = c.enterprise_id' : '')}
      ${raw(joinRegion ? 'join region er on er.id = e.region_id' : '')}
      ${raw(joinDomain ? 'join service_domain d on d.id = c.domain_id' : '')}
      ${raw(RATE_JOINS)}
      where ${and(q.where)}
    ),
    grouped as (
      select ${keySelect.length ? join([...keySelect, raw('')], ', ') : raw('')}
        ${raw(keys.length ? `grouping(${groupKeys}) <> 0` : 'true')} as "isTotal",
        round(coalesce(sum(c.signed_amount * c.usd_factor), 0), 2) as "signedUsd",
        round(coalesce(sum(c.executed_amount * c.usd_factor), 0), 2) as "executedUsd",
        trim_scale(coalesce(sum(c.signed_amount * c.cny_rate), 0)) as "signedCny",
        trim_scale(coalesce(sum(c.executed_amount * c.cny_rate), 0)) as "executedCny",
        round(coalesce(sum(c.executed_amount * c.usd_factor) filter (where c.direction = 'OFFSHORE'), 0), 2) as "offshoreExecutedUsd",
        trim_scale(coalesce(sum(c.executed_amount * c.cny_rate) filter (where c.direction = 'OFFSHORE'), 0)) as "offshoreExecutedCny",
        ${raw(repeated ? 'count(distinct c.id)' : 'count(*)')}::int as "recordCount",
        count(distinct c.enterprise_id)::int as "enterpriseCount",
        (${raw(repeated ? 'count(distinct c.id)' : 'count(*)')} filter (where c.cny_rate is null or c.usd_factor is null))::int as "unconverted"
      from converted c
      ${regionJoin}
      ${parkJoin}
      group by ${raw(keys.length ? `grouping sets ((${groupKeys}), ())` : '()')}
    )
    select g.*, case when g."executedUsd" > 0 then (g."offshoreExecutedUsd" / g."executedUsd")::float8 end as "offshoreShare", ${growth},
      (select coalesce(json_agg(x order by x.currency, x.year), '[]') from exchange_rate x
        where exists (select 1 from converted r where r.year = x.year and (r.currency = x.currency or x.currency = 'USD'))) as "ratesUsed"
    from grouped g
    ${window}
    order by g."isTotal" desc${raw(orderBy ? ', ' + orderBy : '')}
    limit ${q.limit + 2}`; // the total, the rows, and one more to tell whether rows were cut
}
