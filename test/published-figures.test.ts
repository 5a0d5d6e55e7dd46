import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractStatsDocument, FileSubmissionDocument, SubmitSubmissionDocument, TargetProgressAsPublishedDocument, VerifySubmissionDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Statistics are published, then revised: a report asked "as published" on a
 * date reads the records as they stood then; by default it reads them as
 * revised. Dates are moved back in the database (triggers off for that one
 * statement) so that one test run spans several days.
 */
let server: TestServer;
let enterprise: string;
let park: string;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
/** Moves matching records' write times back (with the history trigger off: this is the test's time machine). */
const backdate = (where: string, days: number) =>
  server.sql(`begin; set local session_replication_role = replica;
    update contract_record set created_at = created_at - interval '${days} days', updated_at = updated_at - interval '${days} days' where ${where};
    update contract_record_version set valid_from = valid_from - interval '${days} days' where record_id in (select id from contract_record where ${where});
    commit;`);

beforeAll(async () => {
  server = await startTestServer();
  const [{ id, park_id }] = await server.sql<{ id: number; park_id: number }>('select min(enterprise_id) as id, 1 as park_id from enterprise_park where park_id = 1');
  enterprise = Buffer.from(`Enterprise:${id}`).toString('base64url');
  park = Buffer.from(`Park:${park_id}`).toString('base64url');
  // The seeded records were published a month ago.
  await backdate('true', 30);
});
afterAll(() => server?.close());

const figure = (executedAmount: number) => ({ domainNumber: 18, direction: 'OFFSHORE' as const, clientMarket: 'NZ', signedAmount: executedAmount, executedAmount, currency: 'USD' });

async function report(publishedOn?: string) {
  const { data, errors } = await server.query(ContractStatsDocument, {
    groupBy: ['YEAR'], filter: { parkId: park, yearFrom: 2024, yearTo: 2024, clientMarket: 'NZ', ...(publishedOn ? { publishedOn } : {}) },
  });
  expect(errors).toBeUndefined();
  return data!.contractStats;
}

async function fileAndVerify(executedAmount: number) {
  const filed = await server.query(FileSubmissionDocument, { input: { enterpriseId: enterprise, year: 2024, figures: [figure(executedAmount)] } }, server.keys.parkAdmin);
  const { id } = filed.data!.fileSubmission.submission;
  await server.query(SubmitSubmissionDocument, { input: { id, expectedVersion: 1 } }, server.keys.parkAdmin);
  const verified = await server.query(VerifySubmissionDocument, { input: { id, expectedVersion: 2 } }, server.keys.admin);
  expect(verified.data!.verifySubmission.submission.status).toBe('VERIFIED');
}

describe('figures as published and as revised', () => {
  it('answers a report as published on a date with the revision verified by then, and as revised with the latest', async () => {
    const before = await report();
    expect(before.total!.executedUsd).toBe(0);

    await fileAndVerify(400_000);
    // Revision 1 was verified ten days ago …
    await backdate(`submission_id is not null and client_market = 'NZ'`, 10);
    // … and corrected by revision 2 today.
    await fileAndVerify(420_000);

    expect((await report()).total!.executedUsd).toBe(420_000);
    expect((await report(daysAgo(5))).total!.executedUsd).toBe(400_000);
    expect((await report(daysAgo(20))).total!.executedUsd).toBe(0);
    expect((await report(daysAgo(5))).basis).toContain(`As published on ${daysAgo(5)}`);
    expect((await report()).basis).toContain('As revised');
  });

  it('keeps every replaced version of a record, from its write to its replacement', async () => {
    const versions = await server.sql<{ executed_amount: string; open: boolean }>(
      `select v.executed_amount, v.valid_to > v.valid_from as open from contract_record_version v where v.client_market = 'NZ' order by v.valid_from`);
    expect(versions).toEqual([{ executed_amount: '400000.00', open: true }]);
  });

  it('reads all other reports of the seeded world as published a month ago, and nothing before', async () => {
    const revised = await report();
    const monthAgo = await server.query(ContractStatsDocument, { groupBy: ['YEAR'], filter: { publishedOn: daysAgo(29) } });
    const current = await server.query(ContractStatsDocument, { groupBy: ['YEAR'] });
    // The month-old release lacks only today's NZ revision.
    expect(current.data!.contractStats.total!.executedUsd - monthAgo.data!.contractStats.total!.executedUsd).toBeCloseTo(revised.total!.executedUsd, 2);
    const { data } = await server.query(TargetProgressAsPublishedDocument, { publishedOn: daysAgo(60) });
    const growth = data!.policies.nodes.flatMap((p) => p.targets).filter((t) => t.metric === 'CONTRACT_GROWTH_RATE');
    expect(growth.length).toBeGreaterThan(0);
    for (const t of growth) expect(t.progress).toMatchObject({ status: 'NOT_MEASURED', current: null });
    expect(growth[0].progress.computation).toContain(`As published on ${daysAgo(60)}`);
  });

  it('leaves synthetic records out of policy progress on request', async () => {
    const all = await server.query(TargetProgressAsPublishedDocument, {});
    const real = await server.query(TargetProgressAsPublishedDocument, { excludeSynthetic: true });
    const figures = (r: typeof all) => r.data!.policies.nodes.flatMap((p) => p.targets).filter((t) => t.metric === 'CONTRACT_GROWTH_RATE').map((t) => t.progress.figures);
    // The seeded contract records are all synthetic: without them no year has figures.
    expect(figures(all).flat().length).toBeGreaterThan(0);
    expect(figures(real).flat()).toEqual([]);
  });
});
