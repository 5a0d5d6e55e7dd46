import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesignationHoldersDocument, EnterprisePlacementsDocument, ParksWithEnterprisesDocument, RegionTreeDocument, UniversityPipelineDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

describe('navigating relationships both ways', () => {
  it('a park lists its enterprises, and each of them lists that park among its parks', async () => {
    const { parks } = await server.data(ParksWithEnterprisesDocument, {});
    let links = 0;
    for (const park of parks.nodes) {
      expect(park.enterprises.totalCount).toBe(park.enterprises.nodes.length);
      for (const e of park.enterprises.nodes) {
        expect(e.parks.map((p) => p.id)).toContain(park.id);
        links++;
      }
    }
    const [{ count }] = await server.sql<{ count: string }>('select count(*) from enterprise_park');
    expect(links).toBe(Number(count));
  });

  it('follows a university to its partnerships, training bases, cohorts and where its students were placed', async () => {
    const { universities } = await server.data(UniversityPipelineDocument, {});
    const { enterprises } = await server.data(EnterprisePlacementsDocument, {});
    const placementsOf = new Map(enterprises.nodes.map((e) => [e.id, e.placements.nodes.map((p) => p.id)]));
    let placed = 0;
    for (const u of universities.nodes) {
      for (const p of u.partnerships.nodes) expect(p.university.id).toBe(u.id);
      let universityPlacements = 0;
      for (const base of u.trainingBases.nodes) {
        expect(base.university?.id).toBe(u.id);
        for (const cohort of base.cohorts.nodes) {
          expect(cohort.trainingBase.id).toBe(base.id);
          for (const placement of cohort.placements.nodes) {
            expect(placement.cohort.id).toBe(cohort.id);
            expect(placementsOf.get(placement.enterprise.id)).toContain(placement.id);
            universityPlacements++;
            placed += placement.hired!;
          }
        }
      }
      expect(u.placements.totalCount).toBe(universityPlacements);
    }
    const [{ sum }] = await server.sql<{ sum: string }>(
      'select sum(p.hired) from placement p join cohort c on c.id = p.cohort_id join training_base b on b.id = c.training_base_id where b.university_id is not null',
    );
    expect(placed).toBe(Number(sum));
  });

  it('walks the division tree down and up, with macro-regions grouping their members', async () => {
    const { region } = await server.data(RegionTreeDocument, { code: '610000' });
    expect(region).toMatchObject({ nameZh: '陕西省', kind: 'PROVINCE', parent: { code: 'CN' }, macroRegion: { code: 'CN-CENTRAL-WESTERN' } });
    const cities = ['610100', '610200', '610300', '610400', '610500', '610600', '610700', '610800', '610900', '611000'];
    expect(region!.children.map((c) => c.code).sort()).toEqual([...cities, 'SN-GUANZHONG', 'SN-NORTH', 'SN-SOUTH', 'SN-XIXIAN']);
    for (const child of region!.children) expect(child.parent?.code).toBe('610000');
    const child = (code: string) => region!.children.find((c) => c.code === code)!;
    expect(child('SN-GUANZHONG').children).toEqual([]);
    expect(child('SN-GUANZHONG').members.map((c) => c.code)).toEqual(['610100', '610200', '610300', '610400', '610500', 'SN-XIXIAN']);
    expect(child('SN-SOUTH').members.map((c) => c.code)).toEqual(['610700', '610900', '611000']);
    expect(child('SN-NORTH').members.map((c) => c.code)).toEqual(['610600', '610800']);
    expect(child('610200').macroRegion).toEqual({ code: 'SN-GUANZHONG' });
    // 杨凌示范区 is 杨陵区, a district of 咸阳, in 关中 by way of 咸阳.
    expect(child('610400').children.map((c) => c.code)).toContain('610403');
  });

  it('counts a region’s parks and enterprises over its whole subtree', async () => {
    const { region } = await server.data(RegionTreeDocument, { code: '410100' });
    const [{ parks, enterprises }] = await server.sql<{ parks: string; enterprises: string }>(
      `select (select count(*) from park p join region r on r.id = p.region_id where r.path like (select path from region where code = '410100') || '%') as parks,
              (select count(*) from enterprise e join region r on r.id = e.region_id where r.path like (select path from region where code = '410100') || '%') as enterprises`,
    );
    expect(region!.parks.totalCount).toBe(Number(parks));
    expect(region!.enterprises.totalCount).toBe(Number(enterprises));
    expect(region!.parks.nodes.some((p) => p.region.code === '410105')).toBe(true);
  });

  it('resolves each designation to its holder, which lists it back', async () => {
    const { designations } = await server.data(DesignationHoldersDocument, {});
    expect(designations.nodes.length).toBeGreaterThan(0);
    const holderTypes = new Set(designations.nodes.map((d) => d.holder.__typename));
    expect([...holderTypes].sort()).toEqual(['Enterprise', 'Park', 'TrainingBase']);
    for (const d of designations.nodes) expect(d.holder.designations.map((x) => x.id)).toContain(d.id);
  });
});
