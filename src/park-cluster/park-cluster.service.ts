import { RATE_JOINS, usd } from '../contract-stats/contract-stats.query';
import { contractRecords } from '../contract-record/published-records';
import type { Context } from '../core/context';
import { publishedParkMoney, type PublishedParkMoney } from '../disclosure/published-parks';
import { seesEverything } from '../auth/viewer';
import { badInput } from '../core/errors';
import { and, intArray, raw, runSql, sql, type Sql } from '../core/sql';
import type { DesignationKind } from '../designation/designation.entity';
import type { ServiceCategory } from '../service-domain/service-domain.entity';
import { ClusterGroup, ParkCluster, type ClusterFeeder, ClusterMoney, type ClusterOptions } from './park-cluster.types';

const ZERO = { signedUsd: '0', executedUsd: '0', offshoreExecutedUsd: '0', onshoreExecutedUsd: '0' };

/** A park's cluster; the clusters of all parks of a request with the same options cost five statements together. */
export function parkCluster(ctx: Context, parkId: number, options: ClusterOptions): Promise<ParkCluster> {
  const { yearFrom, yearTo, publishedOn } = options;
  const excludeSynthetic = Boolean(options.excludeSynthetic);
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) throw badInput('options.yearTo', `the year range is reversed: ${yearTo} is before ${yearFrom}`);
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw badInput('options.asOf', `"${asOf}" is not a date (YYYY-MM-DD)`);
  return ctx.loaders
    .get(`parkCluster:${JSON.stringify([yearFrom, yearTo, asOf, publishedOn, excludeSynthetic])}`,
      (ids: readonly number[]) => loadClusters(ctx, ids, { yearFrom, yearTo, asOf, publishedOn, excludeSynthetic }))
    .load(parkId);
}

async function loadClusters(ctx: Context, parkIds: readonly number[], options: ClusterOptions & { asOf: string }): Promise<ParkCluster[]> {
  const ids = intArray(parkIds);
  const years: Sql[] = [];
  if (options.yearFrom != null) years.push(sql`c.year >= ${options.yearFrom}`);
  if (options.yearTo != null) years.push(sql`c.year <= ${options.yearTo}`);
  const run = <T>(q: Sql) => runSql<T>(ctx.em, q);
  // Without synthetic data: the park's real enterprises, and only their real records.
  const real = (alias: string) => raw(options.excludeSynthetic ? `${alias}.provenance_source <> 'SYNTHETIC'` : 'true');
  const members = options.excludeSynthetic
    ? raw(`(select ep.* from enterprise_park ep join enterprise e on e.id = ep.enterprise_id where e.provenance_source <> 'SYNTHETIC')`)
    : raw('enterprise_park');

  // Money per domain, per category and per park: live for researchers, from the releases' park tables for everyone else
  // (a group there is withheld when a yearly cell of it is: see src/disclosure).
  const open = seesEverything(ctx.viewer);
  const moneyByGroup: Promise<Array<PublishedParkMoney | ({ parkId: number; domainId: number | null; category: ServiceCategory | null; level: number; withheld?: boolean } & Pick<ClusterMoney, 'signedUsd' | 'executedUsd' | 'offshoreExecutedUsd' | 'onshoreExecutedUsd'>)>> = open
    ? run(sql`
      select ep.park_id as "parkId", c.domain_id as "domainId", d.category, grouping(c.domain_id, d.category)::int as level,
        round(coalesce(sum(${raw(usd('signed_amount'))}), 0), 2) as "signedUsd",
        round(coalesce(sum(${raw(usd('executed_amount'))}), 0), 2) as "executedUsd",
        round(coalesce(sum(${raw(usd('executed_amount'))}) filter (where c.direction = 'OFFSHORE'), 0), 2) as "offshoreExecutedUsd",
        round(coalesce(sum(${raw(usd('executed_amount'))}) filter (where c.direction = 'ONSHORE'), 0), 2) as "onshoreExecutedUsd"
      from ${members} ep
      join ${contractRecords(options.publishedOn)} c on c.enterprise_id = ep.enterprise_id and ${real('c')}
      join service_domain d on d.id = c.domain_id
      ${raw(RATE_JOINS)}
      where ep.park_id = any(${ids}::int[]) and ${and(years)}
      group by grouping sets ((ep.park_id, c.domain_id, d.category), (ep.park_id, d.category), (ep.park_id))`)
    : publishedParkMoney(ctx, parkIds, options);
  const [moneyRows, byDomain, byCategory, designations, feeders] = await Promise.all([
    moneyByGroup,
    run<{ parkId: number; domainId: number; category: ServiceCategory; enterpriseCount: number; headcount: number }>(sql`
      select ep.park_id as "parkId", d.id as "domainId", d.category, count(*)::int as "enterpriseCount", coalesce(sum(e.headcount), 0)::int as headcount
      from ${members} ep
      join enterprise e on e.id = ep.enterprise_id
      join enterprise_domain x on x.enterprise_id = e.id
      join service_domain d on d.id = x.service_domain_id
      where ep.park_id = any(${ids}::int[])
      group by 1, 2, 3 order by 1, d.number`),
    // Per category (an enterprise once per category it works in), and per park (each enterprise once).
    run<{ parkId: number; category: ServiceCategory | null; enterpriseCount: number; headcount: number }>(sql`
      with pe as (
        select distinct ep.park_id, e.id, e.headcount from ${members} ep join enterprise e on e.id = ep.enterprise_id
        where ep.park_id = any(${ids}::int[]))
      select pc.park_id as "parkId", pc.category, count(*)::int as "enterpriseCount", coalesce(sum(pc.headcount), 0)::int as headcount
      from (select distinct pe.park_id, pe.id, pe.headcount, d.category from pe
            join enterprise_domain x on x.enterprise_id = pe.id join service_domain d on d.id = x.service_domain_id) pc
      group by 1, 2
      union all
      select park_id, null, count(*)::int, coalesce(sum(headcount), 0)::int from pe group by park_id
      order by 1, 2 nulls last`),
    run<{ parkId: number; kind: DesignationKind; enterpriseCount: number }>(sql`
      select ep.park_id as "parkId", d.kind, count(distinct d.enterprise_id)::int as "enterpriseCount"
      from ${members} ep join designation d on d.enterprise_id = ep.enterprise_id and ${real('d')}
      where ep.park_id = any(${ids}::int[]) and d.valid_from <= ${options.asOf}::date and (d.valid_until is null or d.valid_until >= ${options.asOf}::date)
      group by 1, 2 order by 1, 2`),
    run<ClusterFeeder & { parkId: number }>(sql`
      select * from (
        select ep.park_id as "parkId", b.university_id as "universityId", b.id as "trainingBaseId", sum(p.hired)::int as placed,
          row_number() over (partition by ep.park_id order by ${raw(seesEverything(ctx.viewer) ? 'sum(p.hired) desc, b.id' : 'b.id')}) as rank
        from ${members} ep
        join placement p on p.enterprise_id = ep.enterprise_id and ${real('p')}
        join cohort co on co.id = p.cohort_id
        join training_base b on b.id = co.training_base_id
        where ep.park_id = any(${ids}::int[])
        group by 1, 2, 3) f
      where rank <= 100 order by "parkId", rank`),
  ]);

  const money = (row: (Pick<ClusterMoney, 'signedUsd' | 'executedUsd' | 'offshoreExecutedUsd' | 'onshoreExecutedUsd'> & { withheld?: boolean }) | undefined): ClusterMoney | null =>
    row?.withheld ? null
      : Object.assign(new ClusterMoney(), row ? { signedUsd: row.signedUsd, executedUsd: row.executedUsd, offshoreExecutedUsd: row.offshoreExecutedUsd, onshoreExecutedUsd: row.onshoreExecutedUsd } : ZERO);
  return parkIds.map((parkId) => {
    const rows = moneyRows.filter((m) => m.parkId === parkId);
    const domainRow = (domainId: number) => rows.find((m) => m.level === 0 && m.domainId === domainId);
    const categoryRow = (category: ServiceCategory) => rows.find((m) => m.level === 2 && m.category === category);
    const parkRow = rows.find((m) => m.level === 3);
    const categories = byCategory.filter((r) => r.parkId === parkId);
    const totals = categories.find((r) => r.category == null);
    const cluster = new ParkCluster();
    Object.assign(cluster, {
      parkId,
      options,
      enterpriseCount: totals?.enterpriseCount ?? 0,
      headcount: totals?.headcount ?? 0,
      contracts: money(parkRow),
      byDomain: byDomain.filter((r) => r.parkId === parkId).map((r) =>
        Object.assign(new ClusterGroup(), { ...r, contracts: money(domainRow(r.domainId)) })),
      byCategory: categories.filter((r) => r.category != null).map((r) =>
        Object.assign(new ClusterGroup(), { ...r, domainId: null, contracts: money(categoryRow(r.category!)) })),
      designations: designations.filter((r) => r.parkId === parkId),
      feeders: feeders.filter((r) => r.parkId === parkId),
      basis:
        'Enterprises linked to the park (an enterprise in two parks counts in both). By domain: the domains an enterprise works in ' +
        '(it counts in each); contract values by the domain of each record, in USD converted with the yearly rates. Designations in ' +
        'force on asOf. Feeders: training bases whose cohorts were placed in the park’s enterprises.' +
        (options.publishedOn ? ` Contract records as published on ${options.publishedOn}.` : '') +
        (options.excludeSynthetic ? ' Synthetic enterprises and records left out.' : ''),
    });
    return cluster;
  });
}
