import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { and, intArray, sql, type Sql } from '../core/sql';
import { regionByCode } from '../region/region.types';
import type { PipelineFilter } from './talent-pipeline.types';

/**
 * The CTEs every pipeline statement starts from:
 *   scoped_cohort    cohorts in scope (year, domain, base, university, region)
 *   scoped_placement their placements, into the enterprise or park asked about
 * When an enterprise or park is asked about, only cohorts that placed there count.
 * Each placement's park is the enterprise's first park (lowest id), so flows add up.
 */
export async function pipelineScope(ctx: Context, filter: PipelineFilter | null | undefined): Promise<Sql> {
  const cohort: Sql[] = [];
  const placement: Sql[] = [];
  const f = filter ?? {};
  if (f.yearFrom != null && f.yearTo != null && f.yearFrom > f.yearTo) {
    throw badInput('filter.yearTo', `the year range is reversed: yearTo ${f.yearTo} is before yearFrom ${f.yearFrom}`);
  }
  if (f.yearFrom != null) cohort.push(sql`co.year >= ${f.yearFrom}`);
  if (f.yearTo != null) cohort.push(sql`co.year <= ${f.yearTo}`);
  if (f.domainNumbers?.length) {
    for (const [i, n] of f.domainNumbers.entries()) if (n < 1 || n > 24) throw badInput(`filter.domainNumbers[${i}]`, `no domain has number ${n}`);
    cohort.push(sql`d.number = any(${intArray(f.domainNumbers)}::int[])`);
  }
  if (f.category) cohort.push(sql`d.category = ${f.category}`);
  if (f.trainingBaseId) cohort.push(sql`b.id = ${fromGlobalId(f.trainingBaseId, 'filter.trainingBaseId', 'TrainingBase').id}`);
  if (f.universityId) cohort.push(sql`b.university_id = ${fromGlobalId(f.universityId, 'filter.universityId', 'University').id}`);
  if (f.regionCode) {
    const region = await regionByCode(ctx, f.regionCode, 'filter.regionCode');
    cohort.push(sql`br.path like ${`${region.path}%`}`);
  }
  if (f.asOf) {
    cohort.push(sql`co.year <= extract(year from ${f.asOf}::date)`);
    placement.push(sql`pl.year <= extract(year from ${f.asOf}::date)`);
  }
  if (f.excludeSynthetic) {
    cohort.push(sql`co.provenance_source <> 'SYNTHETIC'`);
    placement.push(sql`pl.provenance_source <> 'SYNTHETIC'`);
  }
  if (f.enterpriseId) placement.push(sql`pl.enterprise_id = ${fromGlobalId(f.enterpriseId, 'filter.enterpriseId', 'Enterprise').id}`);
  if (f.parkId) {
    placement.push(sql`exists (select 1 from enterprise_park fp where fp.enterprise_id = pl.enterprise_id and fp.park_id = ${fromGlobalId(f.parkId, 'filter.parkId', 'Park').id})`);
  }
  // Asked from the enterprise or park end: only cohorts that placed there count.
  const endFiltered = Boolean(f.enterpriseId || f.parkId);
  return sql`base_cohort as (
      select co.id, co.training_base_id, co.domain_id, co.year, co.enrolled, co.completed, co.certified, b.university_id
      from cohort co
      join training_base b on b.id = co.training_base_id
      join region br on br.id = b.region_id
      join service_domain d on d.id = co.domain_id
      where ${and(cohort)}
    ),
    scoped_placement as (
      select pl.id, pl.cohort_id, pl.enterprise_id, pl.hired,
        (select min(ep.park_id) from enterprise_park ep where ep.enterprise_id = pl.enterprise_id) as park_id
      from placement pl
      join base_cohort c on c.id = pl.cohort_id
      where ${and(placement)}
    ),
    scoped_cohort as (
      select * from base_cohort c
      where ${endFiltered ? sql`exists (select 1 from scoped_placement p where p.cohort_id = c.id)` : sql`true`}
    )`;
}

/** Stage totals in one statement. Partnerships: those of the scope's universities or bases, active in the year range. */
export function stagesSql(scope: Sql, filter: PipelineFilter | null | undefined): Sql {
  const f = filter ?? {};
  const active: Sql[] = [];
  if (f.yearTo != null) active.push(sql`extract(year from pa.started_on) <= ${f.yearTo}`);
  if (f.yearFrom != null) active.push(sql`(pa.ended_on is null or extract(year from pa.ended_on) >= ${f.yearFrom})`);
  if (f.asOf) active.push(sql`pa.started_on <= ${f.asOf}::date`);
  if (f.excludeSynthetic) active.push(sql`pa.provenance_source <> 'SYNTHETIC'`);
  if (f.enterpriseId) active.push(sql`pa.enterprise_id = ${fromGlobalId(f.enterpriseId, 'filter.enterpriseId', 'Enterprise').id}`);
  if (f.parkId) active.push(sql`pa.enterprise_id in (select fp.enterprise_id from enterprise_park fp where fp.park_id = ${fromGlobalId(f.parkId, 'filter.parkId', 'Park').id})`);
  return sql`with ${scope}
    select
      (select count(*) from partnership pa where ${and(active)} and (
          pa.training_base_id in (select training_base_id from scoped_cohort)
          or pa.university_id in (select university_id from scoped_cohort where university_id is not null)))::int as partnerships,
      (select coalesce(sum(enrolled), 0) from scoped_cohort)::int as enrolled,
      (select coalesce(sum(completed), 0) from scoped_cohort)::int as completed,
      (select coalesce(sum(certified), 0) from scoped_cohort)::int as certified,
      (select coalesce(sum(hired), 0) from scoped_placement where cohort_id in (select id from scoped_cohort))::int as placed`;
}

/** Flows, biggest first; the order is total so offsets are stable. */
export function flowsSql(scope: Sql): Sql {
  return sql`with ${scope}
    select c.university_id as "universityId", c.training_base_id as "trainingBaseId", p.enterprise_id as "enterpriseId",
      p.park_id as "parkId", sum(p.hired)::int as placed
    from scoped_placement p join scoped_cohort c on c.id = p.cohort_id
    group by 1, 2, 3, 4
    order by placed desc, 1 nulls last, 2, 3, 4 nulls last`;
}

/** Cohorts in scope whose stages grow along the pipeline. */
export function anomaliesSql(scope: Sql): Sql {
  return sql`with ${scope},
    per_cohort as (
      select c.id, c.enrolled, c.completed, c.certified, coalesce((select sum(hired) from scoped_placement p where p.cohort_id = c.id), 0)::int as placed
      from scoped_cohort c
    )
    select * from (
      select id as "cohortId", 'COMPLETED_EXCEEDS_ENROLLED' as kind, enrolled as "expectedAtMost", completed as actual from per_cohort where completed > enrolled
      union all
      select id, 'CERTIFIED_EXCEEDS_COMPLETED', completed, certified from per_cohort where certified > completed
      union all
      select id, 'PLACED_EXCEEDS_CERTIFIED', certified, placed from per_cohort where placed > certified
    ) a order by "cohortId", kind limit 100`;
}
