import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSynthetic } from '../seeds/synthetic';
import { TalentPipelineDocument, type PipelineFilter, type TalentPipelineQuery } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

type Flow = NonNullable<TalentPipelineQuery['talentPipeline']>['flows']['nodes'][number];

/** Every flow of a filter, page by page. */
async function allFlows(filter: PipelineFilter = {}): Promise<Flow[]> {
  const flows: Flow[] = [];
  let after: string | null = null;
  for (;;) {
    const page: TalentPipelineQuery = await server.data(TalentPipelineDocument, { filter, first: 100, after });
    flows.push(...page.talentPipeline!.flows.nodes);
    if (!page.talentPipeline!.flows.pageInfo.hasNextPage) return flows;
    after = page.talentPipeline!.flows.pageInfo.endCursor!;
  }
}

const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

describe('the talent pipeline', () => {
  it('totals every stage as independent sums do, and its flows add up to the placed total', async () => {
    const { talentPipeline } = await server.data(TalentPipelineDocument, {});
    const [expected] = await server.sql<Record<string, string>>(
      `select (select sum(enrolled) from cohort) as enrolled, (select sum(completed) from cohort) as completed,
              (select sum(certified) from cohort) as certified, (select sum(hired) from placement) as placed`,
    );
    expect(talentPipeline!.stages).toMatchObject({
      enrolled: Number(expected.enrolled), completed: Number(expected.completed),
      certified: Number(expected.certified), placed: Number(expected.placed),
    });
    const flows = await allFlows();
    expect(flows.reduce((a, f) => a + f.placed!, 0)).toBe(talentPipeline!.stages.placed);
    expect(talentPipeline!.flows.totalCount).toBe(flows.length);
    expect(talentPipeline!.conversion.certifiedToPlaced).toBeCloseTo(talentPipeline!.stages.placed / talentPipeline!.stages.certified, 12);
  });

  it('pages through flows biggest first, with no gap and no repeat', async () => {
    const flows = await allFlows();
    const keys = flows.map((f) => `${f.university?.id}|${f.trainingBase.id}|${f.enterprise.id}|${f.park?.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 1; i < flows.length; i++) expect(flows[i].placed!).toBeLessThanOrEqual(flows[i - 1].placed!);
    const pages: Flow[] = [];
    let after: string | null = null;
    do {
      const page: TalentPipelineQuery = await server.data(TalentPipelineDocument, { first: 7, after });
      pages.push(...page.talentPipeline!.flows.nodes);
      after = page.talentPipeline!.flows.pageInfo.hasNextPage ? page.talentPipeline!.flows.pageInfo.endCursor! : null;
    } while (after);
    expect(pages).toEqual(flows);
  });

  it('answers "where do this university’s students end up?"', async () => {
    const [{ id }] = await server.sql<{ id: number }>('select university_id as id from training_base where university_id is not null order by id limit 1');
    const universityId = Buffer.from(`University:${id}`).toString('base64url');
    const { talentPipeline } = await server.data(TalentPipelineDocument, { filter: { universityId } });
    const [expected] = await server.sql<{ enrolled: string; placed: string }>(
      `select (select sum(c.enrolled) from cohort c join training_base b on b.id = c.training_base_id where b.university_id = $1) as enrolled,
              (select sum(p.hired) from placement p join cohort c on c.id = p.cohort_id join training_base b on b.id = c.training_base_id where b.university_id = $1) as placed`,
      [id],
    );
    expect(talentPipeline!.stages.enrolled).toBe(Number(expected.enrolled));
    expect(talentPipeline!.stages.placed).toBe(Number(expected.placed));
    const flows = await allFlows({ universityId });
    expect(flows.every((f) => f.university?.id === universityId && f.trainingBase.university?.id === universityId)).toBe(true);
  });

  it('answers "which universities feed this park?" from the park’s end', async () => {
    const [{ id }] = await server.sql<{ id: number }>(
      'select ep.park_id as id from placement p join enterprise_park ep on ep.enterprise_id = p.enterprise_id group by 1 order by sum(p.hired) desc, 1 limit 1',
    );
    const parkId = Buffer.from(`Park:${id}`).toString('base64url');
    const flows = await allFlows({ parkId });
    expect(flows.length).toBeGreaterThan(0);
    for (const f of flows) expect(f.enterprise.parks.map((p) => p.id)).toContain(parkId);
    const [{ placed }] = await server.sql<{ placed: string }>(
      'select sum(p.hired) as placed from placement p where exists (select 1 from enterprise_park ep where ep.enterprise_id = p.enterprise_id and ep.park_id = $1)',
      [id],
    );
    const { talentPipeline } = await server.data(TalentPipelineDocument, { filter: { parkId } });
    expect(talentPipeline!.stages.placed).toBe(Number(placed));
    expect(flows.reduce((a, f) => a + f.placed!, 0)).toBe(Number(placed));
  });

  it('answers from an enterprise’s end, restricted to a year range and a category', async () => {
    const [{ id }] = await server.sql<{ id: number }>('select enterprise_id as id from placement group by 1 order by count(*) desc, 1 limit 1');
    const enterpriseId = Buffer.from(`Enterprise:${id}`).toString('base64url');
    const filter = { enterpriseId, yearFrom: 2018, yearTo: 2023 };
    const { talentPipeline } = await server.data(TalentPipelineDocument, { filter });
    const [{ placed, enrolled }] = await server.sql<{ placed: string | null; enrolled: string | null }>(
      `select (select sum(p.hired) from placement p join cohort c on c.id = p.cohort_id where p.enterprise_id = $1 and c.year between 2018 and 2023) as placed,
              (select sum(c.enrolled) from cohort c where c.year between 2018 and 2023 and exists (select 1 from placement p where p.cohort_id = c.id and p.enterprise_id = $1)) as enrolled`,
      [id],
    );
    expect(talentPipeline!.stages.placed).toBe(Number(placed ?? 0));
    expect(talentPipeline!.stages.enrolled).toBe(Number(enrolled ?? 0));
    const ito = await server.data(TalentPipelineDocument, { filter: { category: 'ITO' } });
    const [{ itoEnrolled }] = await server.sql<{ itoEnrolled: string }>(
      `select sum(c.enrolled) as "itoEnrolled" from cohort c join service_domain d on d.id = c.domain_id where d.category = 'ITO'`,
    );
    expect(ito.talentPipeline!.stages.enrolled).toBe(Number(itoEnrolled));
  });

  it('names the cohorts whose figures grow along the pipeline', async () => {
    const { talentPipeline } = await server.data(TalentPipelineDocument, {});
    const expected = await server.sql<{ id: number }>('select id from cohort where completed > enrolled order by id');
    const listed = talentPipeline!.anomalies.filter((a) => a.kind === 'COMPLETED_EXCEEDS_ENROLLED');
    expect(listed.map((a) => idOf(a.cohort.id))).toEqual(expected.map((e) => e.id));
    for (const a of listed) expect(a.actual).toBeGreaterThan(a.expectedAtMost);
  });

  it('answers as things stood on a date: cohorts and placements of that year or before', async () => {
    const { talentPipeline } = await server.data(TalentPipelineDocument, { filter: { asOf: '2020-06-30' } });
    const [expected] = await server.sql<{ enrolled: string; placed: string }>(
      `select (select sum(enrolled) from cohort where year <= 2020) as enrolled,
              (select sum(p.hired) from placement p join cohort c on c.id = p.cohort_id where c.year <= 2020 and p.year <= 2020) as placed`,
    );
    expect(talentPipeline!.stages.enrolled).toBe(Number(expected.enrolled));
    expect(talentPipeline!.stages.placed).toBe(Number(expected.placed));
  });

  it('leaves synthetic records out on request', async () => {
    const { talentPipeline } = await server.data(TalentPipelineDocument, { filter: { excludeSynthetic: true } });
    expect(talentPipeline!.stages).toMatchObject({ partnerships: 0, enrolled: 0, placed: 0 });
  });

  it('rejects a reversed year range and IDs of the wrong type', async () => {
    const reversed = await server.query(TalentPipelineDocument, { filter: { yearFrom: 2022, yearTo: 2019 } });
    expect(reversed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.yearTo' });
    const wrong = await server.query(TalentPipelineDocument, { filter: { universityId: Buffer.from('Park:1').toString('base64url') } });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.universityId' });
    const paging = await server.query(TalentPipelineDocument, { first: 1001 });
    expect(paging.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('answers in the same number of statements whatever the size of the data', async () => {
    const small = await server.query(TalentPipelineDocument, { first: 50 });
    await loadSynthetic(server.orm.em.fork(), { scale: 3 });
    const large = await server.query(TalentPipelineDocument, { first: 50 });
    expect(large.data!.talentPipeline!.stages.enrolled).toBeGreaterThan(small.data!.talentPipeline!.stages.enrolled * 2);
    expect(large.extensions!.sql!.count).toBeLessThanOrEqual(small.extensions!.sql!.count + 1);
    expect(large.extensions!.sql!.count).toBeLessThanOrEqual(10);
  });
});
