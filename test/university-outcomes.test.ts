import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadSynthetic } from '../seeds/synthetic';
import { createApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/viewer';
import { indicator, Span } from '../src/disclosure/linear-span';
import { releaseSyntheticYears } from '../src/disclosure/release';
import { primaryStatus, sensitiveSums } from '../src/disclosure/suppression';
import { buildTalentCells, loadTalentContributions } from '../src/disclosure/talent-tables';
import { startTestServer, type TestServer } from './support/test-server';

type Figures = { enrolled: number; completed: number; placed: number; conversion: number | null };
type Outcomes = {
  node: { outcomes: { province: { code: string }; years: Array<{
    year: number; own: Figures; peers: Figures | null; peerCount: number | null;
    ownDestinations: Array<{ region: { id: string }; placed: number }>; peerDestinations: Array<{ region: { id: string }; placed: number }>;
  }> } | null } | null;
};
const OUTCOMES = `query($id: ID!, $from: Int, $to: Int) { node(id: $id) { ... on University { outcomes(yearFrom: $from, yearTo: $to) {
  province { code } years { year own { enrolled completed placed conversion } peers { enrolled completed placed conversion } peerCount
  ownDestinations { region { id } placed } peerDestinations { region { id } placed } } } } } }`;
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

describe('a university’s outcomes beside its peers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rateLimits: { anonymous: 1e12, key: 1e12, windowSeconds: 60 } });
    // Scale 3 gives provinces enough universities for peers to show.
    await loadSynthetic(server.orm.em.fork(), { scale: 3, seed: 11 });
    await releaseSyntheticYears(server.orm.em.fork() as EntityManager);
  });
  afterAll(() => server?.close());

  const keyFor = async (universityId: number) => (await createApiKey(server.orm.em.fork(), { role: Role.UNIVERSITY, universityId, label: `u${universityId}` })).key;
  const universities = () => server.sql<{ id: number }>('select distinct university_id as id from released_university order by 1');

  it('shows a university its own cohorts and the other universities of its province pooled, as released', async () => {
    let peersShown = 0;
    for (const { id } of await universities()) {
      const answer = await server.query<Outcomes, unknown>(OUTCOMES, { id: gid('University', id) }, await keyFor(id));
      expect(answer.errors).toBeUndefined();
      const outcomes = answer.data!.node!.outcomes!;
      const live = await server.sql<{ year: number; enrolled: number; completed: number; placed: number }>(
        `select c.year, sum(c.enrolled)::int as enrolled, sum(c.completed)::int as completed,
           coalesce(sum((select sum(p.hired) from placement p where p.cohort_id = c.id)), 0)::int as placed
         from cohort c join training_base b on b.id = c.training_base_id where b.university_id = $1 group by 1`, [id]);
      const cells = await server.sql<{ year: number; status: string; enrolled: number; completed: number; placed: number; n: number }>(
        `select r.year, c.status, c.enrolled, c.completed, c.placed, cardinality(c.university_ids) as n
         from published_talent_cell c join statistics_release r on r.id = c.release_id join region g on g.id = c.region_id
         where c.table_code = 'UNIVERSITY_REGION' and g.code = $1`, [outcomes.province.code]);
      for (const y of outcomes.years) {
        const own = live.find((l) => l.year === y.year)!;
        expect(y.own).toMatchObject({ enrolled: own.enrolled, completed: own.completed, placed: own.placed });
        const cell = cells.find((c) => c.year === y.year)!;
        if (cell.status !== 'PUBLISHED') {
          expect(y.peers).toBeNull();
          continue;
        }
        peersShown++;
        expect(y.peers).toMatchObject({ enrolled: cell.enrolled - own.enrolled, completed: cell.completed - own.completed, placed: cell.placed - own.placed });
        expect(y.peerCount).toBe(cell.n - 1);
        expect(y.peerCount!).toBeGreaterThanOrEqual(2);
      }
    }
    expect(peersShown).toBeGreaterThan(0);
  });

  it('keeps a university’s outcomes to its own key, researchers and admins', async () => {
    const [a, b] = await universities();
    const other = await server.query<Outcomes, unknown>(OUTCOMES, { id: gid('University', a.id) }, await keyFor(b.id));
    expect(other.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(other.data!.node!.outcomes).toBeNull();
    expect((await server.query<Outcomes, unknown>(OUTCOMES, { id: gid('University', a.id) }, null)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await server.query<Outcomes, unknown>(OUTCOMES, { id: gid('University', a.id) })).data!.node!.outcomes!.years.length).toBeGreaterThan(0);
  });

  /** The auditor, per university: what it may ask, plus its own figures, solved for everyone else's. */
  async function auditUniversities(): Promise<{ checked: number; determined: number }> {
    const years = (await server.sql<{ year: number }>('select year from statistics_release order by 1')).map((r) => r.year);
    const em = server.orm.em.fork() as EntityManager;
    const regions = new Map((await server.sql<{ id: number; code: string }>('select id, code from region')).map((r) => [r.id, r.code]));
    let checked = 0;
    let determined = 0;
    for (const { id: attacker } of await universities()) {
      const key = await keyFor(attacker);
      const span = new Span();
      const protectedSums: number[][] = [];
      let column = 0;
      for (const year of years) {
        const { cells, atoms } = buildTalentCells(await loadTalentContributions(em, year));
        const base = column;
        column += atoms.length;
        const col = (a: number) => base + a;
        // What it knows: its own atoms.
        atoms.forEach((figures, atom) => {
          if (figures.size === 1 && figures.has(attacker)) span.add(indicator([col(atom)]), -1);
        });
        const owners = (list: Iterable<number>) => new Set([...list].flatMap((a) => [...atoms[a].keys()]));
        const others = (list: number[]) => { const o = owners(list); return !(o.size === 1 && o.has(attacker)); };
        for (const cell of cells) if (primaryStatus(cell.byContributor) !== 'PUBLISHED' && others([...cell.atoms])) protectedSums.push([...cell.atoms].map(col));
        for (const s of sensitiveSums(atoms)) if (others(s.atoms)) protectedSums.push(s.atoms.map(col));
        atoms.forEach((figures, atom) => {
          if (figures.size === 2 && figures.has(attacker)) protectedSums.push([col(atom)]);
        });
        // What it saw, for every year range ending this year: the province cells (peers + own) and the published destinations.
        for (const from of [year, years[0]]) {
          const answer = await server.query<Outcomes, unknown>(OUTCOMES, { id: gid('University', attacker), from, to: year }, key);
          for (const y of answer.data!.node!.outcomes!.years.filter((x) => x.year === year)) {
            if (!y.peers) continue;
            const province = cells.find((c) => c.table === 'UNIVERSITY_REGION' && regions.get(c.regionId) === answer.data!.node!.outcomes!.province.code)!;
            for (const c of cells.filter((x) => x.link === province.link)) span.add(indicator([...c.atoms].map(col)), 0);
            for (const d of y.peerDestinations) {
              const cell = cells.find((c) => c.table === 'UNIVERSITY_REGION×DESTINATION' && c.regionId === province.regionId && c.destinationRegionId === idOf(d.region.id))!;
              span.add(indicator([...cell.atoms].map(col)), 0);
            }
          }
        }
      }
      determined += protectedSums.filter((sum) => span.contains(indicator(sum))).length;
      checked += protectedSums.length;
    }
    return { checked, determined };
  }

  it('lets no university work out another’s figures or a withheld cell from every question it may ask (the auditor, per university)', async () => {
    const { checked, determined } = await auditUniversities();
    expect(checked).toBeGreaterThan(100);
    expect(determined).toBe(0);
  });

  it('would find what a university can work out if the releases protected only from outsiders', async () => {
    await server.sql('delete from statistics_release');
    await releaseSyntheticYears(server.orm.em.fork() as EntityManager, { protectFromInsiders: false });
    expect((await auditUniversities()).determined).toBeGreaterThan(0);
  });
});
