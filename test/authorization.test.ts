import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/viewer';
import {
  CohortFiguresDocument, ContractAmountsDocument, EnterprisePlacementFiguresDocument, PublicContractStatsDocument, PublicFactsDocument,
  TalentPipelineDocument, UniversityCohortsDocument,
} from './generated/operations';
import { captureLog } from './support/log-capture';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';

let server: TestServer;
/** Everything the process and the server log while these tests run (the server at its most verbose): no key's secret may appear in it. */
const logged: string[] = [];
const serverLog = captureLog('trace');
const restore: Array<() => void> = [];
beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
      original(...args);
    };
    restore.push(() => (console[method] = original));
  }
  server = await startTestServer({ log: serverLog.log });
});
afterAll(async () => {
  restore.forEach((undo) => undo());
  await server?.close();
});

type Who = 'anonymous' | 'researcher' | 'university' | 'otherUniversity' | 'parkAdmin' | 'admin';
const EVERYONE: Who[] = ['anonymous', 'researcher', 'university', 'otherUniversity', 'parkAdmin', 'admin'];
const key = (who: Who) => (who === 'anonymous' ? null : server.keys[who]);
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

/** allowed, FORBIDDEN or UNAUTHENTICATED: what the response says about access. */
function outcome(result: GraphQLResponse<unknown>): string {
  const codes = new Set((result.errors ?? []).map((e) => String(e.extensions?.code)));
  if (codes.has('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (codes.has('FORBIDDEN')) return 'FORBIDDEN';
  if (codes.size) return [...codes].join(',');
  return 'allowed';
}

async function cohortOf(university: number): Promise<number> {
  const [{ id }] = await server.sql<{ id: number }>(
    'select c.id from cohort c join training_base b on b.id = c.training_base_id where b.university_id = $1 order by c.id limit 1', [university],
  );
  return id;
}

describe('who may read what', () => {
  it('lets everyone read public facts, anonymous included', async () => {
    for (const who of EVERYONE) expect(outcome(await server.query(PublicFactsDocument, {}, key(who))), who).toBe('allowed');
  });

  it('keeps per-enterprise contract figures to researchers and admins', async () => {
    const expected: Record<Who, string> = {
      anonymous: 'UNAUTHENTICATED', researcher: 'allowed', university: 'FORBIDDEN', otherUniversity: 'FORBIDDEN', parkAdmin: 'FORBIDDEN', admin: 'allowed',
    };
    for (const who of EVERYONE) {
      const result = await server.query(ContractAmountsDocument, {}, key(who));
      expect(outcome(result), who).toBe(expected[who]);
      if (expected[who] !== 'allowed') {
        // The record is still there; only the figure is withheld, and the error names the field.
        expect(result.data!.contractRecords.nodes[0].year).toBeGreaterThan(2000);
        expect(result.data!.contractRecords.nodes[0].executedAmount).toBeNull();
        expect(result.errors![0].message).toContain('ContractRecord.executedAmount');
      }
    }
  });

  it('lets a university read its own cohort figures through node(id), and not another university’s', async () => {
    const own = gid('Cohort', await cohortOf(server.keys.universityA));
    const other = gid('Cohort', await cohortOf(server.keys.universityB));
    const matrix: Array<[Who, string, string]> = [
      ['anonymous', 'UNAUTHENTICATED', 'UNAUTHENTICATED'], ['researcher', 'allowed', 'allowed'], ['university', 'allowed', 'FORBIDDEN'],
      ['otherUniversity', 'FORBIDDEN', 'allowed'], ['parkAdmin', 'FORBIDDEN', 'FORBIDDEN'], ['admin', 'allowed', 'allowed'],
    ];
    for (const [who, onOwn, onOther] of matrix) {
      expect(outcome(await server.query(CohortFiguresDocument, { id: own }, key(who))), `${who} on A`).toBe(onOwn);
      expect(outcome(await server.query(CohortFiguresDocument, { id: other }, key(who))), `${who} on B`).toBe(onOther);
    }
  });

  it('holds the scope through nested paths: each figure is there for its own university only', async () => {
    const result = await server.query(UniversityCohortsDocument, {}, server.keys.university);
    for (const u of result.data!.universities.nodes) {
      for (const base of u.trainingBases.nodes) {
        const mine = u.id === gid('University', server.keys.universityA);
        expect(base.yearlyCapacity == null, u.id).toBe(!mine);
        for (const c of base.cohorts.nodes) expect(c.enrolled == null).toBe(!mine);
      }
    }
    expect(result.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    const placements = await server.query(EnterprisePlacementFiguresDocument, {}, server.keys.university);
    const all = placements.data!.enterprises.nodes.flatMap((e) => e.placements.nodes);
    expect(all.some((p) => p.hired != null)).toBe(true);
    for (const p of all) expect(p.hired != null).toBe(p.cohort.trainingBase.university?.id === gid('University', server.keys.universityA));
  });

  it('keeps the talent pipeline to researchers, and to a university asking about itself', async () => {
    const ownFilter = { universityId: gid('University', server.keys.universityA) };
    const otherFilter = { universityId: gid('University', server.keys.universityB) };
    expect(outcome(await server.query(TalentPipelineDocument, {}, null))).toBe('UNAUTHENTICATED');
    expect(outcome(await server.query(TalentPipelineDocument, {}, server.keys.researcher))).toBe('allowed');
    expect(outcome(await server.query(TalentPipelineDocument, {}, server.keys.university))).toBe('FORBIDDEN');
    expect(outcome(await server.query(TalentPipelineDocument, { filter: otherFilter }, server.keys.university))).toBe('FORBIDDEN');
    const own = await server.query(TalentPipelineDocument, { filter: ownFilter, first: 100 }, server.keys.university);
    expect(outcome(own)).toBe('allowed');
    expect(own.data!.talentPipeline!.flows.nodes.every((f) => f.university?.id === ownFilter.universityId)).toBe(true);
  });

  it('exports CSV for researchers, and for a university only its own rows', async () => {
    const download = async (who: Who, filter?: object) => {
      const query = filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : '';
      const k = key(who);
      return fetch(`${server.url}/export/pipeline-flows.csv${query}`, { headers: k ? { authorization: `Bearer ${k}` } : {} });
    };
    expect((await download('anonymous')).status).toBe(401);
    expect((await download('researcher')).status).toBe(200);
    expect((await download('university')).status).toBe(403);
    expect((await download('parkAdmin')).status).toBe(403);
    const own = await download('university', { universityId: gid('University', server.keys.universityA) });
    expect(own.status).toBe(200);
    const rows = (await own.text()).trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.startsWith(gid('University', server.keys.universityA))).toBe(true);
  });

  it('gives callers without a researcher key contract statistics from the published tables only', async () => {
    // A grouping no release publishes (region × domain) is refused, naming the argument; a researcher gets it.
    const open = await server.query(PublicContractStatsDocument, {}, server.keys.researcher);
    expect(open.errors).toBeUndefined();
    expect(open.data!.contractStats.rows.some((r) => r.enterpriseCount < 3)).toBe(true);
    for (const key of [null, server.keys.university, server.keys.parkAdmin, server.keys.enterprise]) {
      const refused = await server.query(PublicContractStatsDocument, {}, key);
      expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', argumentName: 'groupBy' });
    }
    // A published table: its published cells, and how many it withholds.
    type Public = { contractStats: { rows: Array<{ year: number; enterpriseCount: number; executedCny: number }>; suppressedRowCount: number; total: unknown } };
    const pub = await server.query<Public, unknown>('{ contractStats(groupBy: [YEAR, DOMAIN, DIRECTION], first: 2000) { rows { year enterpriseCount executedCny } suppressedRowCount total { executedCny } } }', undefined, null);
    const cells = await server.sql<{ status: string; executed_cny: number | null }>(
      // A cell as its decimal reading (15 significant digits): the figure is published as 175872381.275, not as its float 175872381.27499998.
      `select c.status, c.executed_cny::numeric::float8 as executed_cny from published_cell c where c.table_code = 'DOMAIN×DIRECTION' and c.variant = 'ALL'`);
    const published = cells.filter((c) => c.status === 'PUBLISHED');
    expect(pub.data!.contractStats.rows).toHaveLength(published.length);
    expect(pub.data!.contractStats.suppressedRowCount).toBe(cells.length - published.length);
    expect(pub.data!.contractStats.suppressedRowCount).toBeGreaterThan(0);
    expect(pub.data!.contractStats.total).toBeNull();
    expect(pub.data!.contractStats.rows.every((r) => r.enterpriseCount >= 3)).toBe(true);
    expect(pub.data!.contractStats.rows.map((r) => r.executedCny).sort()).toEqual(published.map((c) => c.executed_cny).sort());
  });

  it('refuses a malformed or unknown key with 401, and a revoked key at once', async () => {
    const post = (authorization: string) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: '{"query":"{ __typename }"}' });
    expect((await post('Bearer nonsense')).status).toBe(401);
    expect((await post(`Bearer ${server.keys.admin.slice(0, -2)}xx`)).status).toBe(401);
    const issued = await createApiKey(server.orm.em.fork(), { role: Role.RESEARCHER, label: 'to revoke' });
    expect((await post(`Bearer ${issued.key}`)).status).toBe(200);
    await revokeApiKey(server.orm.em.fork(), issued.prefix);
    const revoked = await post(`Bearer ${issued.key}`);
    expect(revoked.status).toBe(401);
    expect(((await revoked.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('stores only a hash of each key’s secret', async () => {
    const rows = await server.sql<Record<string, unknown>>('select * from api_key');
    const secret = server.keys.researcher.split('_').slice(2).join('_');
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(String(r.secret_hash)))).toBe(true);
  });

  it('lets only admins and park administrators call any mutation', async () => {
    const id = '"RW50ZXJwcmlzZTox", expectedVersion: 1';
    const mutations = [
      'createEnterprise(input: {}) { clientMutationId }', `updateEnterprise(input: { id: ${id} }) { clientMutationId }`, `deleteEnterprise(input: { id: ${id} }) { clientMutationId }`,
      'createContractRecord(input: { enterpriseId: "x" }) { clientMutationId }', `updateContractRecord(input: { id: ${id} }) { clientMutationId }`, `deleteContractRecord(input: { id: ${id} }) { clientMutationId }`,
      'createPark(input: {}) { clientMutationId }', `updatePark(input: { id: ${id} }) { clientMutationId }`, `deletePark(input: { id: ${id} }) { clientMutationId }`,
      'createDesignation(input: { kind: CITY_KEY_ENTERPRISE, holderId: "x", authority: "a", validFrom: "2020-01-01" }) { clientMutationId }',
      `updateDesignation(input: { id: ${id} }) { clientMutationId }`, `deleteDesignation(input: { id: ${id} }) { clientMutationId }`,
      'createTrainingBase(input: {}) { clientMutationId }', `updateTrainingBase(input: { id: ${id} }) { clientMutationId }`, `deleteTrainingBase(input: { id: ${id} }) { clientMutationId }`,
      'createCohort(input: { trainingBaseId: "x" }) { clientMutationId }', `updateCohort(input: { id: ${id} }) { clientMutationId }`, `deleteCohort(input: { id: ${id} }) { clientMutationId }`,
      'createPlacement(input: { cohortId: "x", enterpriseId: "x", year: 2020, hired: 1 }) { clientMutationId }', `updatePlacement(input: { id: ${id} }) { clientMutationId }`, `deletePlacement(input: { id: ${id} }) { clientMutationId }`,
      'createPartnership(input: { universityId: "x", enterpriseId: "x" }) { clientMutationId }', `updatePartnership(input: { id: ${id} }) { clientMutationId }`, `deletePartnership(input: { id: ${id} }) { clientMutationId }`,
      'fileSubmission(input: { enterpriseId: "x", year: 2024, figures: [] }) { clientMutationId }', `submitSubmission(input: { id: ${id} }) { clientMutationId }`,
      `verifySubmission(input: { id: ${id} }) { clientMutationId }`, `rejectSubmission(input: { id: ${id}, reason: "x" }) { clientMutationId }`,
      'rollbackImportBatch(id: 1) { deleted }',
    ];
    const before = await server.sql<{ n: string }>('select count(*) as n from audit_entry');
    for (const mutation of mutations) {
      const name = mutation.slice(0, mutation.indexOf('('));
      expect(outcome(await server.query(`mutation { ${mutation} }`, {}, null)), `${name} anonymous`).toBe('UNAUTHENTICATED');
      for (const who of ['researcher', 'university'] as const) {
        const result = await server.query(`mutation { ${mutation} }`, {}, key(who));
        expect(outcome(result), `${name} ${who}`).toBe('FORBIDDEN');
        expect(result.status, `${name} ${who}`).toBe(403);
      }
    }
    expect(await server.sql<{ n: string }>('select count(*) as n from audit_entry')).toEqual(before);
  });

  it('never writes a key’s secret to the log', () => {
    const secrets = [server.keys.researcher, server.keys.admin, server.keys.university, server.keys.parkAdmin].map((k) => k.split('_').slice(2).join('_'));
    // The server logged a line for every request these tests sent, keyed or not.
    expect(serverLog.entries().filter((e) => e.msg === 'request' && e.role === 'admin').length).toBeGreaterThan(0);
    const text = [...logged, ...serverLog.lines].join('\n');
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('keeps orders by protected figures to those who may read them (cursors carry the sort value)', async () => {
    const byAmount = await server.query('{ contractRecords(first: 2, orderBy: { field: EXECUTED_AMOUNT, direction: DESC }) { edges { cursor } } }', {}, null);
    expect(byAmount.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    const byCapacity = await server.query('{ trainingBases(first: 2, orderBy: { field: CAPACITY }) { edges { cursor } } }', {}, server.keys.parkAdmin);
    expect(byCapacity.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.query('{ contractRecords(first: 2, orderBy: { field: EXECUTED_AMOUNT }) { totalCount } }', {}, server.keys.researcher)).errors).toBeUndefined();
  });
});
