import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateCohortDocument, CreatePartnershipDocument, CreatePlacementDocument, CreateTrainingBaseDocument, TalentPipelineDocument, UpdateCohortDocument,
} from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe('editing training bases, cohorts, placements and partnerships', () => {
  it('lets a park administrator record a base in their park, its cohort, a hire and a partnership; the pipeline counts them', async () => {
    const key = server.keys.parkAdmin;
    const [{ enterprise }] = await server.sql<{ enterprise: number }>('select min(enterprise_id) as enterprise from enterprise_park where park_id = 1');
    const university = gid('University', server.keys.universityA);
    const base = await server.query(CreateTrainingBaseDocument, {
      input: { nameZh: '863软件实训基地（测试）', kind: 'PRACTICAL_TRAINING_BASE', operatorKind: 'UNIVERSITY', universityId: university, regionCode: '410172', parkId: gid('Park', 1), yearlyCapacity: 200, domainNumbers: [18] },
    }, key);
    expect(base.errors).toBeUndefined();
    const baseId = base.data!.createTrainingBase.trainingBase!.id;
    const cohort = await server.query(CreateCohortDocument, { input: { trainingBaseId: baseId, year: 2024, domainNumber: 18, enrolled: 60, completed: 55, certified: 50 } }, key);
    const cohortId = cohort.data!.createCohort.cohort!.id;
    expect(cohort.data!.createCohort.cohort).toMatchObject({ enrolled: 60, version: 1 });
    const fixed = await server.query(UpdateCohortDocument, { input: { id: cohortId, expectedVersion: 1, enrolled: 58 } }, key);
    expect(fixed.data!.updateCohort.cohort).toMatchObject({ enrolled: 58, version: 2 });
    const hire = await server.query(CreatePlacementDocument, { input: { cohortId, enterpriseId: gid('Enterprise', enterprise), year: 2025, hired: 12 } }, key);
    expect(hire.errors).toBeUndefined();
    const partnership = await server.query(CreatePartnershipDocument, {
      input: { universityId: university, enterpriseId: gid('Enterprise', enterprise), trainingBaseId: baseId, kind: 'ORDER_CLASS', status: 'ACTIVE', startedOn: '2024-09-01' },
    }, key);
    expect(partnership.errors).toBeUndefined();
    const { talentPipeline } = await server.data(TalentPipelineDocument, { filter: { trainingBaseId: baseId } });
    expect(talentPipeline!.stages).toMatchObject({ enrolled: 58, completed: 55, certified: 50, placed: 12 });
    // Partnerships through the base, or with the university that runs it.
    const [{ n }] = await server.sql<{ n: string }>('select count(*) as n from partnership where university_id = $1', [server.keys.universityA]);
    expect(talentPipeline!.stages.partnerships).toBe(Number(n));
  });

  it('checks operators, years and scope', async () => {
    const key = server.keys.parkAdmin;
    const noOperator = await server.query(CreateTrainingBaseDocument, {
      input: { nameZh: '无运营方基地', kind: 'TRAINING_INSTITUTION', operatorKind: 'TRAINING_ORGANISATION', regionCode: '410172', parkId: gid('Park', 1) },
    }, key);
    expect(noOperator.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.operatorKind' });
    const otherPark = await server.query(CreateTrainingBaseDocument, {
      input: { nameZh: '别处基地', kind: 'TRAINING_INSTITUTION', operatorKind: 'TRAINING_ORGANISATION', operatorName: '某培训学校', regionCode: '410105', parkId: gid('Park', 2) },
    }, key);
    expect(otherPark.errors![0].extensions?.code).toBe('FORBIDDEN');
    const [{ cohort, year, enterprise }] = await server.sql<{ cohort: number; year: number; enterprise: number }>(
      `select c.id as cohort, c.year, (select min(enterprise_id) from enterprise_park where park_id = 1) as enterprise
         from cohort c join training_base b on b.id = c.training_base_id where c.year >= 2018 and b.park_id = 1 order by c.id limit 1`,
    );
    const early = await server.query(CreatePlacementDocument, { input: { cohortId: gid('Cohort', cohort), enterpriseId: gid('Enterprise', enterprise), year: year - 1, hired: 1 } }, key);
    expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.year' });
    const [{ foreign }] = await server.sql<{ foreign: number }>('select min(enterprise_id) as foreign from enterprise_park where enterprise_id not in (select enterprise_id from enterprise_park where park_id = 1)');
    const elsewhere = await server.query(CreatePlacementDocument, { input: { cohortId: gid('Cohort', cohort), enterpriseId: gid('Enterprise', foreign), year, hired: 1 } }, key);
    expect(elsewhere.errors![0].extensions?.code).toBe('FORBIDDEN');
    // A cohort of another park's base is not this park's to report on, whoever hired.
    const [{ foreignCohort }] = await server.sql<{ foreignCohort: number }>(
      'select min(c.id) as "foreignCohort" from cohort c join training_base b on b.id = c.training_base_id where b.park_id <> 1 and c.year >= 2018',
    );
    const otherCohort = await server.query(CreatePlacementDocument, { input: { cohortId: gid('Cohort', foreignCohort), enterpriseId: gid('Enterprise', enterprise), year: 2024, hired: 1 } }, key);
    expect(otherCohort.errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('hires no more of a cohort than it has graduates, however many reports arrive at once', async () => {
    const key = server.keys.parkAdmin;
    const [{ enterprise }] = await server.sql<{ enterprise: number }>('select min(enterprise_id) as enterprise from enterprise_park where park_id = 1');
    const base = await server.query(CreateTrainingBaseDocument, {
      input: { nameZh: '上限测试基地', kind: 'TRAINING_INSTITUTION', operatorKind: 'TRAINING_ORGANISATION', operatorName: '某培训学校', regionCode: '410172', parkId: gid('Park', 1) },
    }, key);
    const cohort = await server.query(CreateCohortDocument, {
      input: { trainingBaseId: base.data!.createTrainingBase.trainingBase!.id, year: 2024, domainNumber: 18, enrolled: 25, completed: 20, certified: 18 },
    }, key);
    const cohortId = cohort.data!.createCohort.cohort!.id;
    const tooMany = await server.query(CreatePlacementDocument, { input: { cohortId, enterpriseId: gid('Enterprise', enterprise), year: 2025, hired: 21 } }, key);
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.hired' });
    // Six reports of five hires at once — the park's enterprises in 2024, 2025 and 2026 (a placement is one
    // enterprise's hires of a cohort in a year) — for 20 graduates: four fit.
    const hirers = await server.sql<{ id: number }>('select enterprise_id as id from enterprise_park where park_id = 1 order by 1 limit 2');
    const reports = hirers.flatMap(({ id }) => [2024, 2025, 2026].map((year) => ({ cohortId, enterpriseId: gid('Enterprise', id), year, hired: 5 })));
    expect(reports).toHaveLength(6);
    const answers = await Promise.all(reports.map((input) => server.query(CreatePlacementDocument, { input }, key)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(4);
    for (const refused of answers.filter((a) => a.errors)) expect(refused.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const [{ hired }] = await server.sql<{ hired: string }>('select sum(hired) as hired from placement where cohort_id = $1', [Number(Buffer.from(cohortId, 'base64url').toString().split(':')[1])]);
    expect(Number(hired)).toBe(20);
    // Nor can the cohort then say it had fewer graduates than were hired.
    const [{ version }] = await server.sql<{ version: number }>('select version from cohort where id = $1', [Number(Buffer.from(cohortId, 'base64url').toString().split(':')[1])]);
    const fewer = await server.query(UpdateCohortDocument, { input: { id: cohortId, expectedVersion: version, completed: 19 } }, key);
    expect(fewer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.completed' });
  });
});
