import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/viewer';
import { FileSubmissionDocument, RecordsFromSubmissionsDocument, RejectSubmissionDocument, SubmissionNodeDocument, SubmissionsDocument, SubmitSubmissionDocument, UpdateEnterpriseDocument, VerifySubmissionDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let enterprise: string;
let enterpriseId: number;
beforeAll(async () => {
  server = await startTestServer();
  [{ id: enterpriseId }] = await server.sql<{ id: number }>('select min(enterprise_id) as id from enterprise_park where park_id = 1');
  enterprise = Buffer.from(`Enterprise:${enterpriseId}`).toString('base64url');
});
afterAll(() => server?.close());

const figures = [
  { domainNumber: 18, direction: 'OFFSHORE' as const, clientMarket: 'US', signedAmount: 500000, executedAmount: 400000, currency: 'USD' },
  { domainNumber: 17, direction: 'ONSHORE' as const, clientMarket: 'CN', signedAmount: 100000, executedAmount: 90000, currency: 'CNY' },
];
const recordsOfPeriod = () => server.sql<{ domain: number; executed_amount: string; provenance_document: string }>(
  `select d.number as domain, c.executed_amount, c.provenance_document from contract_record c join service_domain d on d.id = c.domain_id
    where c.enterprise_id = $1 and c.year = 2014 and c.quarter = 3 order by d.number`, [enterpriseId]);

/** An enterprise of park 1 that the other tests leave alone, for the concurrent filings. */
async function anotherEnterpriseOfPark1(): Promise<string> {
  const [{ id }] = await server.sql<{ id: number }>('select enterprise_id as id from enterprise_park where park_id = 1 order by enterprise_id offset 1 limit 1');
  return Buffer.from(`Enterprise:${id}`).toString('base64url');
}

describe('direct reporting (数据直报)', () => {
  it('files a draft once however often the request is retried, and refuses a reused key with another payload', async () => {
    const input = { enterpriseId: enterprise, year: 2014, quarter: 3, figures, idempotencyKey: 'park1-2014Q3-a' };
    const first = await server.query(FileSubmissionDocument, { input }, server.keys.parkAdmin);
    expect(first.data!.fileSubmission.submission).toMatchObject({ revision: 1, status: 'DRAFT', version: 1 });
    const retry = await server.query(FileSubmissionDocument, { input }, server.keys.parkAdmin);
    expect(retry.data!.fileSubmission.submission.id).toBe(first.data!.fileSubmission.submission.id);
    const other = await server.query(FileSubmissionDocument, { input: { ...input, figures: [figures[0]] } }, server.keys.parkAdmin);
    expect(other.errors![0].extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.idempotencyKey' });
    expect(await recordsOfPeriod()).toEqual([]);
  });

  it('answers 20 concurrent retries with the first filing, and another payload under the same key with CONFLICT', async () => {
    const file = (input: object) => server.query(FileSubmissionDocument, { input } as never, server.keys.parkAdmin);
    const base = { enterpriseId: await anotherEnterpriseOfPark1(), year: 2013, quarter: 1, idempotencyKey: 'park1-2013Q1-race' };
    // Twenty at once, half with one payload and half with another: one filing is made.
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => file({ ...base, figures: i % 2 ? figures : [figures[0]] })));
    const filed = answers.filter((a) => !a.errors);
    const ids = new Set(filed.map((a) => a.data!.fileSubmission.submission.id));
    expect(ids.size).toBe(1);
    expect(filed.length).toBe(10);
    for (const refused of answers.filter((a) => a.errors)) {
      expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.idempotencyKey' });
    }
    const rows = await server.sql('select id from submission where idempotency_key = $1', [base.idempotencyKey]);
    expect(rows).toHaveLength(1);
  });

  it('gives honest parallel filings of one period a revision each', async () => {
    const other = await anotherEnterpriseOfPark1();
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      server.query(FileSubmissionDocument, { input: { enterpriseId: other, year: 2013, quarter: 2, figures: [{ ...figures[0], executedAmount: 1000 + i }] } }, server.keys.parkAdmin)));
    expect(answers.map((a) => a.errors?.[0]?.message ?? null)).toEqual(Array(10).fill(null));
    expect(answers.map((a) => a.data!.fileSubmission.submission.revision).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('counts only verified revisions, replaces them with later ones, and keeps every revision', async () => {
    const { data } = await server.query(SubmissionsDocument, { enterpriseId: enterprise }, server.keys.parkAdmin);
    const draft = data!.submissions.nodes[0];
    const submitted = await server.query(SubmitSubmissionDocument, { input: { id: draft.id, expectedVersion: 1 } }, server.keys.parkAdmin);
    expect(submitted.data!.submitSubmission.submission).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect((await server.query(SubmitSubmissionDocument, { input: { id: draft.id, expectedVersion: 2 } }, server.keys.parkAdmin)).errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await recordsOfPeriod()).toEqual([]);
    expect((await server.query(VerifySubmissionDocument, { input: { id: draft.id, expectedVersion: 2 } }, server.keys.parkAdmin)).errors![0].extensions?.code).toBe('FORBIDDEN');
    const verified = await server.query(VerifySubmissionDocument, { input: { id: draft.id, expectedVersion: 2 } }, server.keys.admin);
    expect(verified.data!.verifySubmission.submission.status).toBe('VERIFIED');
    expect((await recordsOfPeriod()).map((r) => [r.domain, r.executed_amount])).toEqual([[17, '90000.00'], [18, '400000.00']]);

    // A correction: revision 2 drops one figure and changes the other.
    const corrected = await server.query(FileSubmissionDocument, {
      input: { enterpriseId: enterprise, year: 2014, quarter: 3, figures: [{ ...figures[0], executedAmount: 420000 }] },
    }, server.keys.parkAdmin);
    const second = corrected.data!.fileSubmission.submission;
    expect(second.revision).toBe(2);
    await server.query(SubmitSubmissionDocument, { input: { id: second.id, expectedVersion: 1 } }, server.keys.parkAdmin);
    await server.query(VerifySubmissionDocument, { input: { id: second.id, expectedVersion: 2 } }, server.keys.admin);
    const records = await recordsOfPeriod();
    expect(records.map((r) => [r.domain, r.executed_amount])).toEqual([[18, '420000.00']]);
    expect(records[0].provenance_document).toMatch(/revision 2$/);
    const all = await server.query(SubmissionsDocument, { enterpriseId: enterprise }, server.keys.admin);
    expect(all.data!.submissions.nodes.map((n) => [n.revision, n.status])).toEqual([[2, 'VERIFIED'], [1, 'VERIFIED']]);
    // Each record's provenance names the revision it came from (whose details are the reporters' and admins').
    const fromAdmin = await server.query(RecordsFromSubmissionsDocument, { enterpriseId: enterprise, year: 2014 }, server.keys.admin);
    const record = fromAdmin.data!.contractRecords.nodes.find((n) => n.quarter === 3)!;
    expect(record.provenance).toMatchObject({ source: 'SUBMISSION', importedAt: null, submission: { id: second.id, revision: 2 } });
    const fromResearcher = await server.query(RecordsFromSubmissionsDocument, { enterpriseId: enterprise, year: 2014 }, server.keys.researcher);
    expect(fromResearcher.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Submission.revision' });
  });

  it('rejects with a reason, which does not count, and keeps other parks’ enterprises out of reach', async () => {
    const filed = await server.query(FileSubmissionDocument, { input: { enterpriseId: enterprise, year: 2014, quarter: 3, figures } }, server.keys.parkAdmin);
    const id = filed.data!.fileSubmission.submission.id;
    await server.query(SubmitSubmissionDocument, { input: { id, expectedVersion: 1 } }, server.keys.parkAdmin);
    const noReason = await server.query(RejectSubmissionDocument, { input: { id, expectedVersion: 2 } }, server.keys.admin);
    expect(noReason.errors![0].extensions).toMatchObject({ argumentName: 'input.reason' });
    const rejected = await server.query(RejectSubmissionDocument, { input: { id, expectedVersion: 2, reason: '执行额与海关数据不符' } }, server.keys.admin);
    expect(rejected.data!.rejectSubmission.submission).toMatchObject({ status: 'REJECTED', rejectionReason: '执行额与海关数据不符' });
    expect((await recordsOfPeriod()).map((r) => r.domain)).toEqual([18]);
    const [{ other }] = await server.sql<{ other: number }>('select min(enterprise_id) as other from enterprise_park where enterprise_id not in (select enterprise_id from enterprise_park where park_id = 1)');
    const foreign = await server.query(FileSubmissionDocument, {
      input: { enterpriseId: Buffer.from(`Enterprise:${other}`).toString('base64url'), year: 2024, figures },
    }, server.keys.parkAdmin);
    expect(foreign.errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an enterprise report its own figures, and nothing else', async () => {
    expect(enterpriseId).toBe(server.keys.enterpriseA);
    const input = { enterpriseId: enterprise, year: 2023, figures: [figures[0]], idempotencyKey: 'self-2023' };
    const filed = await server.query(FileSubmissionDocument, { input }, server.keys.enterprise);
    expect(filed.errors).toBeUndefined();
    const { id } = filed.data!.fileSubmission.submission;
    expect((await server.query(SubmitSubmissionDocument, { input: { id, expectedVersion: 1 } }, server.keys.enterprise)).data!.submitSubmission.submission.status).toBe('SUBMITTED');
    // It lists its own submissions without naming itself, and cannot verify them.
    const own = await server.query(SubmissionsDocument, {}, server.keys.enterprise);
    expect(own.data!.submissions.nodes.every((n) => n.enterprise.id === enterprise)).toBe(true);
    const verify = await server.query(VerifySubmissionDocument, { input: { id, expectedVersion: 2 } }, server.keys.enterprise);
    expect(verify.errors![0]).toMatchObject({ message: 'An enterprise key may not use verifySubmission; it needs an admin or park_admin key.', extensions: { code: 'FORBIDDEN' } });
    // Another enterprise's figures, and other records, are out of reach.
    const [{ other }] = await server.sql<{ other: number }>('select min(id) as other from enterprise where id <> $1', [enterpriseId]);
    const otherId = Buffer.from(`Enterprise:${other}`).toString('base64url');
    expect((await server.query(FileSubmissionDocument, { input: { ...input, enterpriseId: otherId, idempotencyKey: null } }, server.keys.enterprise)).errors![0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.query(SubmissionsDocument, { enterpriseId: otherId }, server.keys.enterprise)).errors![0].extensions?.code).toBe('FORBIDDEN');
    const edit = await server.query(UpdateEnterpriseDocument, { input: { id: enterprise, expectedVersion: 1, headcount: 1 } }, server.keys.enterprise);
    expect(edit.errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('gives whoever verifies plausibility checks: against a year earlier and against the revision corrected', async () => {
    const file = async (year: number, executedAmount: number, signedAmount: number) => {
      const filed = await server.query(FileSubmissionDocument, {
        input: { enterpriseId: enterprise, year, quarter: 2, figures: [{ ...figures[0], clientMarket: 'SG', executedAmount, signedAmount }] },
      }, server.keys.parkAdmin);
      const { id } = filed.data!.fileSubmission.submission;
      await server.query(SubmitSubmissionDocument, { input: { id, expectedVersion: 1 } }, server.keys.parkAdmin);
      return id;
    };
    const verify = (id: string) => server.query(VerifySubmissionDocument, { input: { id, expectedVersion: 2 } }, server.keys.admin);
    await verify(await file(2006, 100_000, 120_000));
    const tripled = await file(2007, 300_000, 200_000);
    const checksOf = async (id: string) => {
      const { data } = await server.query(SubmissionsDocument, { enterpriseId: enterprise }, server.keys.admin);
      return data!.submissions.nodes.find((n) => n.id === id)!.checks;
    };
    expect((await checksOf(tripled)).map((c) => [c.code, c.severity, c.figure])).toEqual([
      ['EXECUTED_ABOVE_SIGNED', 'NOTICE', 0],
      ['LARGE_CHANGE_FROM_LAST_YEAR', 'WARNING', 0],
    ]);
    expect((await checksOf(tripled))[1].message).toContain('against 100,000 USD in Q2 2006 (+200%)');
    await verify(tripled);
    // A correction of the verified figure says what it revises.
    const corrected = await file(2007, 130_000, 200_000);
    expect((await checksOf(corrected)).map((c) => [c.code, c.message])).toEqual([
      ['REVISES_PUBLISHED', 'domain 18 OFFSHORE SG: revises revision 1\'s executed 300,000 USD to 130,000 USD.'],
    ]);
    // A drop to zero is a change too; a year is compared with the sum of last year's quarters.
    const zero = await file(2008, 0, 0);
    expect((await checksOf(zero)).map((c) => [c.code, c.message])).toEqual([
      ['LARGE_CHANGE_FROM_LAST_YEAR', 'domain 18 OFFSHORE SG: executed 0 USD against 300,000 USD in Q2 2007 (-100%).'],
    ]);
    await verify(await file(2011, 300_000, 300_000));
    const q3 = await server.query(FileSubmissionDocument, {
      input: { enterpriseId: enterprise, year: 2011, quarter: 3, figures: [{ ...figures[0], clientMarket: 'SG', executedAmount: 100_000, signedAmount: 100_000 }] },
    }, server.keys.parkAdmin);
    await server.query(SubmitSubmissionDocument, { input: { id: q3.data!.fileSubmission.submission.id, expectedVersion: 1 } }, server.keys.parkAdmin);
    await verify(q3.data!.fileSubmission.submission.id);
    const filed = await server.query(FileSubmissionDocument, {
      input: { enterpriseId: enterprise, year: 2012, figures: [{ ...figures[0], clientMarket: 'SG', executedAmount: 1_000_000, signedAmount: 1_000_000 }] },
    }, server.keys.parkAdmin);
    const annual = await checksOf(filed.data!.fileSubmission.submission.id);
    expect(annual.map((c) => c.message)).toEqual(['domain 18 OFFSHORE SG: executed 1,000,000 USD against 400,000 USD in 2011 (+150%).']);

  });

  it('shows a submission, by any path, only to admins, the enterprise’s park and the enterprise itself', async () => {
    const { data } = await server.query(SubmissionsDocument, { enterpriseId: enterprise }, server.keys.admin);
    const id = data!.submissions.nodes[0].id;
    for (const key of [server.keys.admin, server.keys.parkAdmin, server.keys.enterprise]) {
      const seen = await server.query(SubmissionNodeDocument, { id }, key);
      expect(seen.errors, key).toBeUndefined();
    }
    // Anyone else gets what a submission that does not exist gets: null, no error that would say it exists.
    const [{ other }] = await server.sql<{ other: number }>('select min(id) as other from enterprise where id <> $1', [enterpriseId]);
    const otherKey = (await createApiKey(server.orm.em.fork(), { role: Role.ENTERPRISE, label: 'other', enterpriseId: other })).key;
    const missing = Buffer.from('Submission:99999999').toString('base64url');
    for (const key of [null, server.keys.researcher, server.keys.university, otherKey]) {
      const refused = await server.query(SubmissionNodeDocument, { id }, key);
      const absent = await server.query(SubmissionNodeDocument, { id: missing }, key);
      expect(refused.data, String(key)).toEqual(absent.data);
      expect(refused.errors, String(key)).toEqual(absent.errors);
      expect(refused.data).toEqual({ node: null });
    }
  });
});
