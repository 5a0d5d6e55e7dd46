import type { Context } from '../core/context';
import type { Decimal } from '../core/money';
import { and, intArray, runSql, sql, type Sql } from '../core/sql';
import type { ServiceCategory } from '../service-domain/service-domain.entity';
import { todayInChina } from './published-stats';

/** A park's contract money in one group (the park, a category or a domain), from published cells; null figures are withheld. */
export interface PublishedParkMoney {
  parkId: number;
  domainId: number | null;
  category: ServiceCategory | null;
  /** 0: a domain, 2: a category, 3: the park (as `grouping()` numbers them in the researchers' statement). */
  level: number;
  withheld: boolean;
  signedUsd: Decimal;
  executedUsd: Decimal;
  offshoreExecutedUsd: Decimal | null;
  onshoreExecutedUsd: Decimal | null;
}

export interface ParkYears {
  yearFrom?: number | null;
  yearTo?: number | null;
  publishedOn?: string | null;
  excludeSynthetic?: boolean | null;
}

/**
 * Park-cluster money for callers without a researcher key: the park tables
 * of the releases in the year range, summed over years. A group is withheld
 * when any of its yearly cells is; its offshore or onshore part alone when
 * one of that part's cells is. One statement for every park of a request.
 * (Park tables are the only ones with a park: `c.park_id` picks them.)
 */
export async function publishedParkMoney(ctx: Context, parkIds: readonly number[], years: ParkYears): Promise<PublishedParkMoney[]> {
  const where: Sql[] = [sql`r.released_on <= ${years.publishedOn ?? todayInChina()}::date`, sql`c.variant = ${years.excludeSynthetic ? 'REAL' : 'ALL'}`];
  if (years.yearFrom != null) where.push(sql`r.year >= ${years.yearFrom}`);
  if (years.yearTo != null) where.push(sql`r.year <= ${years.yearTo}`);
  // Summed in SQL over years (and the two direction parts), so only the groups come back.
  const rows = await runSql<PublishedParkMoney & { offshoreWithheld: boolean; onshoreWithheld: boolean }>(ctx.em, sql`
    select c.park_id as "parkId", c.domain_id as "domainId", coalesce(c.category, d.category) as category,
      case when c.table_code like 'PARK×DOMAIN%' then 0 when c.table_code like 'PARK×CATEGORY%' then 2 else 3 end as level,
      coalesce(bool_or(c.status <> 'PUBLISHED') filter (where c.direction is null), false) as withheld,
      coalesce(bool_or(c.status <> 'PUBLISHED') filter (where c.direction = 'OFFSHORE'), false) as "offshoreWithheld",
      coalesce(bool_or(c.status <> 'PUBLISHED') filter (where c.direction = 'ONSHORE'), false) as "onshoreWithheld",
      round(coalesce(sum(c.signed_cny::numeric * r.usd_factor) filter (where c.direction is null), 0), 2) as "signedUsd",
      round(coalesce(sum(c.executed_cny::numeric * r.usd_factor) filter (where c.direction is null), 0), 2) as "executedUsd",
      round(coalesce(sum(c.executed_cny::numeric * r.usd_factor) filter (where c.direction = 'OFFSHORE'), 0), 2) as "offshoreExecutedUsd",
      round(coalesce(sum(c.executed_cny::numeric * r.usd_factor) filter (where c.direction = 'ONSHORE'), 0), 2) as "onshoreExecutedUsd"
    from published_cell c
    -- US dollars per yuan, once per release (offset 0: not flattened into a per-cell division)
    join (select id, year, released_on, 1 / usd_rate::numeric as usd_factor from statistics_release offset 0) r on r.id = c.release_id
    left join service_domain d on d.id = c.domain_id
    where c.park_id = any(${intArray(parkIds)}::int[]) and ${and(where)}
    group by 1, 2, 3, 4`);
  return rows.map(({ offshoreWithheld, onshoreWithheld, ...group }) => ({
    ...group,
    offshoreExecutedUsd: offshoreWithheld ? null : group.offshoreExecutedUsd,
    onshoreExecutedUsd: onshoreWithheld ? null : group.onshoreExecutedUsd,
  }));
}
