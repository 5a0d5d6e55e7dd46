import type { Context } from '../core/context';
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
  signedUsd: number;
  executedUsd: number;
  offshoreExecutedUsd: number | null;
  onshoreExecutedUsd: number | null;
}

export interface ParkYears {
  yearFrom?: number | null;
  yearTo?: number | null;
  publishedOn?: string | null;
  excludeSynthetic?: boolean | null;
}

const LEVEL: Record<string, { level: number; direction: boolean }> = {
  PARK: { level: 3, direction: false },
  'PARK×DIRECTION': { level: 3, direction: true },
  'PARK×CATEGORY': { level: 2, direction: false },
  'PARK×CATEGORY×DIRECTION': { level: 2, direction: true },
  'PARK×DOMAIN': { level: 0, direction: false },
  'PARK×DOMAIN×DIRECTION': { level: 0, direction: true },
};

/**
 * Park-cluster money for callers without a researcher key: the park tables
 * of the releases in the year range, summed over years. A group is withheld
 * when any of its yearly cells is; its offshore or onshore part alone when
 * one of that part's cells is. One statement for every park of a request.
 */
export async function publishedParkMoney(ctx: Context, parkIds: readonly number[], years: ParkYears): Promise<PublishedParkMoney[]> {
  const where: Sql[] = [sql`r.released_on <= ${years.publishedOn ?? todayInChina()}::date`, sql`c.variant = ${years.excludeSynthetic ? 'REAL' : 'ALL'}`];
  if (years.yearFrom != null) where.push(sql`r.year >= ${years.yearFrom}`);
  if (years.yearTo != null) where.push(sql`r.year <= ${years.yearTo}`);
  const cells = await runSql<{ table: string; parkId: number; domainId: number | null; category: ServiceCategory | null; direction: string | null; usdRate: number; signedCny: number | null; executedCny: number | null }>(ctx.em, sql`
    select c.table_code as "table", c.park_id as "parkId", c.domain_id as "domainId", coalesce(c.category, d.category) as category, c.direction,
      r.usd_rate as "usdRate", c.signed_cny as "signedCny", c.executed_cny as "executedCny"
    from published_cell c
    join statistics_release r on r.id = c.release_id
    left join service_domain d on d.id = c.domain_id
    where c.park_id = any(${intArray(parkIds)}::int[]) and ${and(where)}`);
  const groups = new Map<string, PublishedParkMoney>();
  for (const cell of cells) {
    const { level, direction } = LEVEL[cell.table];
    const key = `${cell.parkId}|${level}|${level === 0 ? cell.domainId : level === 2 ? cell.category : ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { parkId: cell.parkId, domainId: level === 0 ? cell.domainId : null, category: level === 3 ? null : cell.category, level, withheld: false,
        signedUsd: 0, executedUsd: 0, offshoreExecutedUsd: 0, onshoreExecutedUsd: 0 };
      groups.set(key, group);
    }
    const part = cell.direction === 'OFFSHORE' ? 'offshoreExecutedUsd' : 'onshoreExecutedUsd';
    if (cell.signedCny == null || cell.executedCny == null) {
      if (direction) group[part] = null;
      else group.withheld = true;
      continue;
    }
    if (direction) {
      if (group[part] != null) group[part] = group[part]! + cell.executedCny / cell.usdRate;
    } else {
      group.signedUsd += cell.signedCny / cell.usdRate;
      group.executedUsd += cell.executedCny / cell.usdRate;
    }
  }
  return [...groups.values()];
}
