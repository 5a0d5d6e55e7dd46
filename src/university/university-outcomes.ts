import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { and, runSql, sql, type Sql } from '../core/sql';
import { todayInChina } from '../disclosure/published-stats';
import { Region } from '../region/region.entity';

@ObjectType({ description: 'Cohort figures: enrolled, completed, placed (hires from these cohorts, whenever placed) and the conversion.' })
export class TalentFigures {
  @Field(() => Int, { description: 'Trainees enrolled, in persons.' }) enrolled!: number;
  @Field(() => Int, { description: 'Trainees who completed the course (结业), in persons.' }) completed!: number;
  @Field(() => Int, { description: 'Graduates of these cohorts hired by enterprises (就业), in persons, whatever the year of hiring.' }) placed!: number;
  @Field(() => Float, { nullable: true, description: 'placed / completed; null when none completed.' }) conversion!: number | null;
}

@ObjectType({ description: 'Graduates placed in the enterprises of a region.' })
export class TalentDestination {
  regionId!: number;
  @Field(() => Region, { description: 'The province or city of the hiring enterprises.' }) region!: Region;
  @Field(() => Int, { description: 'Graduates placed in its enterprises, in persons.' }) placed!: number;
  @Field(() => Float, { nullable: true, description: 'Share of all placed of the same figures (own, or peers’).' }) share!: number | null;
}

@ObjectType({ description: 'A university’s cohorts of one year beside those of the other universities of its province, as released.' })
export class UniversityOutcomeYear {
  @Field(() => Int, { description: 'The cohorts’ year.' }) year!: number;
  @Field(() => LocalDateResolver, { description: 'When the year was released: the figures are as of then.' }) releasedOn!: string;
  @Field(() => TalentFigures, { description: 'The university’s own cohorts, as released.' }) own!: TalentFigures;
  @Field(() => TalentFigures, { nullable: true, description: 'The other universities of its province together (the released province cell less its own); null when the cell is withheld.' })
  peers!: TalentFigures | null;
  @Field(() => Int, { nullable: true, description: 'How many other universities of the province had cohorts that year; null when the cell is withheld.' }) peerCount!: number | null;
  @Field(() => [TalentDestination], { description: 'Where its graduates were placed, by the enterprise’s province and city.' }) ownDestinations!: TalentDestination[];
  @Field(() => [TalentDestination], { description: 'Where the peers’ graduates were placed, by province and city: only destinations whose released cell is published.' })
  peerDestinations!: TalentDestination[];
}

@ObjectType({ description: 'A university’s outcomes beside anonymised peers: the other universities of its province, pooled, from the statistical releases.' })
export class UniversityOutcomes {
  @Field(() => Region, { description: 'The province whose universities are the peers.' }) province!: Region;
  provinceId!: number;
  @Field(() => [UniversityOutcomeYear], { description: 'One entry per released cohort year in the range, oldest first.' }) years!: UniversityOutcomeYear[];
  @Field({ description: 'How the figures were computed.' }) basis!: string;
}

const figures = (enrolled: number, completed: number, placed: number): TalentFigures =>
  Object.assign(new TalentFigures(), { enrolled, completed, placed, conversion: completed > 0 ? placed / completed : null });

/**
 * A university's outcomes beside its peers, year by released year: its own
 * figures as released, and the province's published cell less them. Peers
 * are pooled, never listed; a withheld cell (fewer than 3 universities, one
 * dominating, or complementary suppression across the talent tables) shows
 * no peer figures. One statement.
 */
export async function universityOutcomes(ctx: Context, universityId: number, yearFrom: number | null, yearTo: number | null): Promise<UniversityOutcomes> {
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) throw badInput('yearTo', `the year range is reversed: ${yearTo} is before ${yearFrom}`);
  const where: Sql[] = [sql`r.released_on <= ${todayInChina()}::date`];
  if (yearFrom != null) where.push(sql`r.year >= ${yearFrom}`);
  if (yearTo != null) where.push(sql`r.year <= ${yearTo}`);
  const rows = await runSql<{
    provinceId: number; year: number; releasedOn: string; enrolled: number; completed: number; placed: number; destinations: Record<string, number>;
    cell: { status: string; enrolled: number | null; completed: number | null; placed: number | null; universities: number } | null;
    peerDestinations: Array<{ regionId: number; placed: number; contributed: boolean }>;
    kinds: Record<string, string>;
  }>(ctx.em, sql`
    with province as (
      select p.id from university u join region ur on ur.id = u.region_id join region p on p.kind = 'PROVINCE' and ur.path like p.path || '%'
      where u.id = ${universityId})
    select (select id from province) as "provinceId", r.year, to_char(r.released_on, 'YYYY-MM-DD') as "releasedOn",
      o.enrolled, o.completed, o.placed, o.destinations,
      (select json_build_object('status', c.status, 'enrolled', c.enrolled, 'completed', c.completed, 'placed', c.placed,
         'universities', cardinality(c.university_ids))
       from published_talent_cell c where c.release_id = r.id and c.table_code = 'UNIVERSITY_REGION' and c.region_id = (select id from province)) as cell,
      coalesce((select json_agg(json_build_object('regionId', c.destination_region_id, 'placed', c.placed))
       from published_talent_cell c join region d on d.id = c.destination_region_id
       where c.release_id = r.id and c.table_code = 'UNIVERSITY_REGION×DESTINATION' and c.region_id = (select id from province)
         and c.status = 'PUBLISHED' and d.kind in ('PROVINCE', 'CITY')), '[]') as "peerDestinations",
      coalesce((select json_object_agg(d.id, d.kind) from region d where d.kind in ('PROVINCE', 'CITY')), '{}') as kinds
    from statistics_release r
    join released_university o on o.release_id = r.id and o.university_id = ${universityId}
    where ${and(where)}
    order by r.year`);
  const years = rows.map((row) => {
    const cell = row.cell?.status === 'PUBLISHED' ? row.cell : null;
    const peers = cell ? figures(cell.enrolled! - row.enrolled, cell.completed! - row.completed, cell.placed! - row.placed) : null;
    const ownDestinations = Object.entries(row.destinations).filter(([id]) => row.kinds[id])
      .map(([id, placed]) => destination(Number(id), placed, row.placed));
    const peerDestinations = row.peerDestinations
      .map((d) => ({ ...d, placed: d.placed - (row.destinations[String(d.regionId)] ?? 0) }))
      .filter((d) => d.placed > 0)
      .map((d) => destination(d.regionId, d.placed, peers?.placed ?? null));
    return Object.assign(new UniversityOutcomeYear(), {
      year: row.year, releasedOn: row.releasedOn, own: figures(row.enrolled, row.completed, row.placed), peers,
      peerCount: cell ? cell.universities - 1 : null, ownDestinations, peerDestinations,
    });
  });
  const provinceId = rows[0]?.provinceId ?? (await runSql<{ id: number }>(ctx.em, sql`
    select p.id from university u join region ur on ur.id = u.region_id join region p on p.kind = 'PROVINCE' and ur.path like p.path || '%' where u.id = ${universityId}`))[0]?.id;
  return Object.assign(new UniversityOutcomes(), {
    provinceId, years,
    basis: 'From the statistical releases: per year of the cohorts, the university’s own figures as released, and the other universities ' +
      'of its province pooled (the province’s published cell less its own). The talent tables withhold a cell of fewer than 3 universities, ' +
      'or one a university dominates (p%-rule, p = 10), and further cells so that no withheld figure, nor another university’s, can be ' +
      'worked out — also by a university that knows its own. Destinations: the enterprise’s province and city; a peer destination shows ' +
      'only where its cell is published.',
  });
}

function destination(regionId: number, placed: number, total: number | null): TalentDestination {
  return Object.assign(new TalentDestination(), { regionId, placed, share: total ? placed / total : null });
}
