import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, runSql, sql } from '../core/sql';
import { contribute, type Cell, type Contributions } from './suppression';

/**
 * The published talent tables of a release: what universities' cohorts of
 * the year did, pooled by the universities' region (every region of the
 * tree, a region's cell covering its subtree), and where their graduates
 * were placed, by the enterprise's region. Contributors are universities,
 * whose cohort and placement figures are their own to see; a university's
 * view of its peers (`University.outcomes`) reads these cells.
 */
export type TalentTable = 'UNIVERSITY_REGION' | 'UNIVERSITY_REGION×DESTINATION';

/** One university's cohorts of a year: their figures, and their placements by destination. */
export interface TalentContribution {
  universityId: number;
  /** Region ids from the province down to the university's region. */
  regionIds: number[];
  enrolled: number;
  completed: number;
  /** Hires from these cohorts (whenever placed), per destination: the enterprise's region ids from the province down. */
  placements: Array<{ regionIds: number[]; regionPath: string; placed: number }>;
}

/**
 * Talent tables pool by province and below: a national or central-western cell would be one more sum over
 * the provinces, forcing a province's cell to be withheld wherever one province's is, and telling no one more.
 */
const FROM_PROVINCE_DOWN = raw(`(r.kind = 'PROVINCE' or exists (select 1 from region p where p.kind = 'PROVINCE' and r.path like p.path || '_%'))`);

export async function loadTalentContributions(em: EntityManager, year: number): Promise<TalentContribution[]> {
  return runSql<TalentContribution>(em, sql`
    with cohorts as (
      select b.university_id, c.id, c.enrolled, c.completed from cohort c join training_base b on b.id = c.training_base_id
      where c.year = ${year} and b.university_id is not null)
    select u.id as "universityId",
      (select array_agg(r.id order by length(r.path)) from region r where r.code = any(string_to_array(trim(both '/' from ur.path), '/')) and ${FROM_PROVINCE_DOWN}) as "regionIds",
      coalesce((select sum(enrolled) from cohorts k where k.university_id = u.id), 0)::int as enrolled,
      coalesce((select sum(completed) from cohorts k where k.university_id = u.id), 0)::int as completed,
      coalesce((select json_agg(json_build_object('regionIds', d."regionIds", 'regionPath', d.path, 'placed', d.placed) order by d.path)
        from (select er.path, (select array_agg(r.id order by length(r.path)) from region r where r.code = any(string_to_array(trim(both '/' from er.path), '/')) and ${FROM_PROVINCE_DOWN}) as "regionIds",
                sum(p.hired)::int as placed
              from cohorts k join placement p on p.cohort_id = k.id join enterprise e on e.id = p.enterprise_id join region er on er.id = e.region_id
              where k.university_id = u.id group by er.path) d), '[]') as placements
    from university u join region ur on ur.id = u.region_id
    where exists (select 1 from cohorts k where k.university_id = u.id)
    order by u.id`);
}

/** A cell of a talent table. Its cohort figures and its placed count are two equations, published or withheld together. */
export interface TalentCell extends Cell {
  table: TalentTable;
  regionId: number;
  destinationRegionId: number | null;
  /** The same cell's other equation (cohort figures ↔ placed), if it has one. */
  link?: string;
  /** Which of the cell's figures this equation carries. */
  measure: 'COHORT' | 'PLACED';
  enrolled: number;
  completed: number;
  placed: number;
}

/**
 * The talent cells of a year. Atoms: for cohort figures, the university's
 * region; for placements, the university's region and the destination's.
 * The two families are separate unknowns, as the figures are.
 */
export function buildTalentCells(contributions: TalentContribution[]): { cells: TalentCell[]; atoms: Contributions[] } {
  const atomKeys = new Map<string, number>();
  const atoms: Contributions[] = [];
  const atomOf = (key: string) => {
    let atom = atomKeys.get(key);
    if (atom === undefined) {
      atomKeys.set(key, (atom = atoms.length));
      atoms.push(new Map());
    }
    return atom;
  };
  const cells = new Map<string, TalentCell>();
  const cellOf = (id: string, init: () => Omit<TalentCell, 'id' | 'atoms' | 'byContributor' | 'size' | 'status' | 'enrolled' | 'completed' | 'placed'>) => {
    let cell = cells.get(id);
    if (!cell) cells.set(id, (cell = { id, atoms: new Set(), byContributor: new Map(), size: 0, status: 'PUBLISHED', enrolled: 0, completed: 0, placed: 0, ...init() }));
    return cell;
  };
  for (const u of contributions) {
    const home = `${u.regionIds.at(-1)}`;
    const cohortAtom = atomOf(`C|${home}`);
    contribute(atoms[cohortAtom], u.universityId, [u.enrolled, u.completed]);
    for (const regionId of u.regionIds) {
      const cell = cellOf(`UNIVERSITY_REGION|${regionId}|COHORT`, () => ({ table: 'UNIVERSITY_REGION', regionId, destinationRegionId: null, measure: 'COHORT', link: `UNIVERSITY_REGION|${regionId}` }));
      cell.atoms.add(cohortAtom);
      cell.enrolled += u.enrolled;
      cell.completed += u.completed;
      cell.size = cell.completed;
      contribute(cell.byContributor, u.universityId, [u.enrolled, u.completed]);
    }
    for (const d of u.placements) {
      const placedAtom = atomOf(`P|${home}|${d.regionPath}`);
      contribute(atoms[placedAtom], u.universityId, [d.placed]);
      for (const regionId of u.regionIds) {
        const total = cellOf(`UNIVERSITY_REGION|${regionId}|PLACED`, () => ({ table: 'UNIVERSITY_REGION', regionId, destinationRegionId: null, measure: 'PLACED', link: `UNIVERSITY_REGION|${regionId}` }));
        for (const cell of [total, ...d.regionIds.map((destinationRegionId) => cellOf(`UNIVERSITY_REGION×DESTINATION|${regionId}|${destinationRegionId}`,
          () => ({ table: 'UNIVERSITY_REGION×DESTINATION', regionId, destinationRegionId, measure: 'PLACED' })))]) {
          cell.atoms.add(placedAtom);
          cell.placed += d.placed;
          cell.size = cell.placed;
          contribute(cell.byContributor, u.universityId, [d.placed]);
        }
      }
    }
  }
  return { cells: [...cells.values()], atoms };
}
