import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { badInput } from '../core/errors';
import { runSql, sql } from '../core/sql';
import { DISCLOSURE_RULES, suppress, type DisclosureRules } from './suppression';
import { buildContractCells, type Contribution } from './tables';
import { buildTalentCells, loadTalentContributions, type TalentCell } from './talent-tables';

export interface ReleaseSummary {
  year: number;
  releasedOn: string;
  cellCount: number;
  publishedCellCount: number;
  withheld: Record<string, number>;
  atomCount: number;
  rounds: number;
  unconvertedRecordCount: number;
}

/**
 * One year's records as contributions: per enterprise and atom, its signed
 * and executed yuan (each record converted with its year's rate), and the
 * records no rate converts, which no table can count.
 */
export async function loadContributions(em: EntityManager, year: number): Promise<{ contributions: Contribution[]; unconverted: number }> {
  const rows = await runSql<{
    enterpriseId: number; synthetic: boolean; domainId: number; category: string; direction: string; regionPath: string;
    regionIds: number[]; parkIds: number[]; signedCny: number | null; executedCny: number | null; recordCount: number;
  }>(em, sql`
    with rated as (
      select c.*, case when c.currency = 'CNY' then 1 else fx.cny_per_unit::float8 end as rate
      from contract_record c left join exchange_rate fx on fx.currency = c.currency and fx.year = c.year
      where c.year = ${year})
    select c.enterprise_id as "enterpriseId", c.provenance_source = 'SYNTHETIC' as synthetic, c.domain_id as "domainId", d.category,
      c.direction, er.path as "regionPath",
      (select array_agg(r.id order by length(r.path)) from region r where r.code = any(string_to_array(trim(both '/' from er.path), '/'))) as "regionIds",
      coalesce((select array_agg(ep.park_id order by ep.park_id) from enterprise_park ep where ep.enterprise_id = c.enterprise_id), '{}') as "parkIds",
      sum(c.signed_amount::float8 * c.rate) as "signedCny", sum(c.executed_amount::float8 * c.rate) as "executedCny", count(*)::int as "recordCount"
    from rated c
    join enterprise e on e.id = c.enterprise_id
    join region er on er.id = e.region_id
    join service_domain d on d.id = c.domain_id
    group by 1, 2, 3, 4, 5, 6, 7, 8, c.rate is null
    order by 1, 2, 3, 4, 5`);
  const converted = rows.filter((r) => r.signedCny != null && r.executedCny != null);
  const unconverted = rows.filter((r) => r.signedCny == null || r.executedCny == null).reduce((n, r) => n + r.recordCount, 0);
  return { contributions: converted as Contribution[], unconverted };
}

/**
 * Releases a year's contract statistics: computes every published table,
 * withholds what the rules say (primary and complementary suppression), and
 * stores the cells. A year is released once; its public figures are final
 * (revisions reach researchers, never the public tables, whose differences
 * over time would give revisions away).
 */
export async function publishRelease(
  em: EntityManager, year: number, releasedOn: string, options: { rules?: DisclosureRules; synthetic?: boolean; protectFromInsiders?: boolean } = {},
): Promise<ReleaseSummary> {
  const rules = options.rules ?? DISCLOSURE_RULES;
  const [rate] = await runSql<{ rate: number }>(em, sql`select cny_per_unit::float8 as rate from exchange_rate where currency = 'USD' and year = ${year}`);
  if (!rate) throw badInput('year', `no US dollar rate for ${year}: import the year's exchange rates first`);
  const { contributions, unconverted } = await loadContributions(em, year);
  const { cells, atoms, coalitions } = buildContractCells(contributions);
  const rounds = suppress(cells, atoms, rules, options.protectFromInsiders ?? true, coalitions);
  const result = { cells, atomCount: atoms.length, rounds };
  const universities = await loadTalentContributions(em, year);
  const talent = buildTalentCells(universities);
  suppress(talent.cells, talent.atoms, rules, options.protectFromInsiders ?? true);
  const knex = em.getKnex();
  return knex.transaction(async (trx) => {
    // Serialised per year: the unique year makes a second release of it fail cleanly.
    const existing = await trx('statistics_release').where({ year }).first();
    if (existing) {
      throw new GraphQLError(`${year} was released on ${String(existing.released_on)}; a year is released once, and its public figures are final`, {
        extensions: { code: 'CONFLICT', argumentName: 'year' },
      });
    }
    const [{ id }] = await trx('statistics_release').insert({
      year, released_on: releasedOn, min_enterprises: rules.minContributors, p_percent: rules.pPercent, usd_rate: rate.rate,
      atom_count: result.atomCount, unconverted_record_count: unconverted, synthetic: options.synthetic ?? false,
    }).returning('id');
    const rows = result.cells.map((cell) => {
      const published = cell.status === 'PUBLISHED';
      return {
        release_id: id, variant: cell.variant, table_code: cell.table.code, status: cell.status,
        direction: cell.key.DIRECTION ?? null, category: cell.key.CATEGORY ?? null, domain_id: cell.key.DOMAIN ?? null,
        region_id: cell.key.REGION ?? null, park_id: cell.key.PARK ?? null,
        // Withheld figures are not stored: what is not kept cannot leak.
        signed_cny: published ? cell.signedCny : null, executed_cny: published ? cell.executedCny : null,
        record_count: cell.recordCount, enterprise_ids: [...cell.byContributor.keys()].sort((a, b) => a - b),
      };
    });
    for (let i = 0; i < rows.length; i += 2000) await trx('published_cell').insert(rows.slice(i, i + 2000));
    const talentRows = talentCellRows(id, talent.cells);
    for (let i = 0; i < talentRows.length; i += 2000) await trx('published_talent_cell').insert(talentRows.slice(i, i + 2000));
    const own = universities.map((u) => {
      const destinations: Record<string, number> = {};
      for (const d of u.placements) for (const r of d.regionIds) destinations[r] = (destinations[r] ?? 0) + d.placed;
      return { release_id: id, university_id: u.universityId, enrolled: u.enrolled, completed: u.completed,
        placed: u.placements.reduce((s, d) => s + d.placed, 0), destinations: JSON.stringify(destinations) };
    });
    if (own.length) await trx('released_university').insert(own);
    const withheld: Record<string, number> = {};
    for (const cell of result.cells) if (cell.status !== 'PUBLISHED') withheld[cell.status] = (withheld[cell.status] ?? 0) + 1;
    return {
      year, releasedOn, cellCount: rows.length, publishedCellCount: rows.filter((r) => r.status === 'PUBLISHED').length, withheld,
      atomCount: result.atomCount, rounds: result.rounds, unconvertedRecordCount: unconverted,
    };
  });
}

/**
 * The demo releases of a synthetic data set: every year with records and a
 * US dollar rate not released yet, released on 30 June of the next year.
 * They are marked synthetic, and go when the synthetic data is replaced.
 */
export async function releaseSyntheticYears(em: EntityManager, options: { protectFromInsiders?: boolean } = {}): Promise<ReleaseSummary[]> {
  const years = await runSql<{ year: number }>(em, sql`
    select distinct c.year from contract_record c
    where exists (select 1 from exchange_rate x where x.currency = 'USD' and x.year = c.year)
      and not exists (select 1 from statistics_release r where r.year = c.year)
    order by 1`);
  const summaries: ReleaseSummary[] = [];
  for (const { year } of years) summaries.push(await publishRelease(em, year, `${year + 1}-06-30`, { synthetic: true, ...options }));
  return summaries;
}

/** Talent cells as stored: a region's cohort and placed equations in one row, withheld figures left out. */
function talentCellRows(releaseId: number, cells: TalentCell[]) {
  const rows = new Map<string, Record<string, unknown>>();
  for (const cell of cells) {
    const key = cell.link ?? cell.id;
    const published = cell.status === 'PUBLISHED';
    const row = rows.get(key) ?? {
      release_id: releaseId, table_code: cell.table, region_id: cell.regionId, destination_region_id: cell.destinationRegionId,
      status: cell.status, enrolled: null, completed: null, placed: published ? 0 : null, university_ids: [] as number[],
    };
    if (cell.status !== 'PUBLISHED') Object.assign(row, { status: cell.status, enrolled: null, completed: null, placed: null });
    else if (row.status === 'PUBLISHED') {
      if (cell.measure === 'COHORT') Object.assign(row, { enrolled: cell.enrolled, completed: cell.completed });
      else row.placed = cell.placed;
    }
    row.university_ids = [...new Set([...(row.university_ids as number[]), ...cell.byContributor.keys()])].sort((a, b) => a - b);
    rows.set(key, row);
  }
  return [...rows.values()];
}
