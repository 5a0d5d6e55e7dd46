import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runImport } from '../src/import/run-import';
import { Migration20261208000000_reporting_periods } from '../src/migrations/Migration20261208000000_reporting_periods';
import { CreateContractRecordDocument, FileSubmissionDocument, SubmitSubmissionDocument, UpdateContractRecordDocument, VerifySubmissionDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

// A year is reported whole or by quarter, never both (issue 11, item 5): the seeded enterprises
// report every year 2016–2025 whole, so a quarter of those years is refused everywhere.

let server: TestServer;
let enterpriseId: number;
let creditCode: string;
let enterprise: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'periods-'));
beforeAll(async () => {
  server = await startTestServer();
  [{ id: enterpriseId, credit_code: creditCode }] = await server.sql<{ id: number; credit_code: string }>(
    'select e.id, e.credit_code from enterprise e join enterprise_park ep on ep.enterprise_id = e.id where ep.park_id = 1 order by e.id desc limit 1');
  enterprise = Buffer.from(`Enterprise:${enterpriseId}`).toString('base64url');
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await server?.close();
});

const figure = { domainNumber: 18, direction: 'OFFSHORE' as const, clientMarket: 'SG', signedAmount: 1000, executedAmount: 900, currency: 'USD' };
const recordsOf = (year: number) => server.sql<{ quarter: number | null }>(
  'select quarter from contract_record where enterprise_id = $1 and year = $2 order by quarter nulls first', [enterpriseId, year]);

function csv(name: string, rows: Array<[year: number, quarter: number | '', market: string]>): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, ['credit_code,year,quarter,domain,direction,client_market,signed_amount,executed_amount',
    ...rows.map(([year, quarter, market]) => `${creditCode},${year},${quarter},18,OFFSHORE,${market},1000,900`)].join('\n') + '\n');
  return file;
}

describe('a reporting period, whole-year or by quarter, never both', () => {
  it('refuses an import that would give an enterprise’s year both kinds, in the file or against what is stored, and writes nothing', async () => {
    const before = await recordsOf(2024);
    expect(before.every((r) => r.quarter === null) && before.length > 0).toBe(true);
    const report = await runImport(server.orm.em.fork(), csv('mixed.csv', [[2009, '', 'US'], [2009, 1, 'JP'], [2010, 1, 'US'], [2024, 2, 'NZ']]), 'contract-records');
    expect(report.errorCount).toBe(2);
    expect(report.errors.map((e) => [e.line, e.column, e.value])).toEqual([[2, 'quarter', '2009'], [5, 'quarter', '2024']]);
    expect(report.errors[0].reason).toBe("this enterprise's 2009 would have 1 whole-year row in this file and 1 quarter row in this file; a year is reported whole or by quarter, never both");
    expect(report.errors[1].reason).toMatch(/^this enterprise's 2024 would have \d+ stored whole-year records? and 1 quarter row in this file;/);
    expect(await recordsOf(2009)).toEqual([]);
    expect(await recordsOf(2010)).toEqual([]);
    expect(await recordsOf(2024)).toEqual(before);
    // Quarters alone, of a year with nothing whole, are imported.
    const quarters = await runImport(server.orm.em.fork(), csv('quarters.csv', [[2010, 1, 'US'], [2010, 2, 'US']]), 'contract-records');
    expect(quarters).toMatchObject({ errorCount: 0, inserted: 2 });
  });

  it('refuses to report a quarter of a year reported whole, or to turn a quarter record into a whole year, naming input.quarter', async () => {
    const quarter = await server.query(CreateContractRecordDocument, { input: { enterpriseId: enterprise, year: 2024, quarter: 1, ...figure } }, server.keys.parkAdmin);
    expect(quarter.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.quarter' });
    expect(quarter.errors![0].message).toMatch(/2024 of this enterprise already has \d+ whole-year records?; a year is reported whole or by quarter, never both/);

    const q3 = await server.query(CreateContractRecordDocument, { input: { enterpriseId: enterprise, year: 2005, quarter: 3, ...figure } }, server.keys.parkAdmin);
    const q4 = await server.query(CreateContractRecordDocument, { input: { enterpriseId: enterprise, year: 2005, quarter: 4, ...figure } }, server.keys.parkAdmin);
    expect(q4.errors).toBeUndefined();
    const whole = await server.query(UpdateContractRecordDocument, { input: { id: q3.data!.createContractRecord.contractRecord!.id, expectedVersion: 1, quarter: null } }, server.keys.parkAdmin);
    expect(whole.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.quarter' });
    expect(await recordsOf(2005)).toEqual([{ quarter: 3 }, { quarter: 4 }]);
  });

  it('lets only one of a whole year and a quarter reported at the same moment through', async () => {
    const answers = await Promise.all([null, 1, null, 2, 3].map((quarter, i) =>
      server.query(CreateContractRecordDocument, { input: { enterpriseId: enterprise, year: 2004, quarter, ...figure, clientMarket: ['US', 'JP', 'KR', 'DE', 'GB'][i] } }, server.keys.parkAdmin)));
    const records = await recordsOf(2004);
    const kinds = new Set(records.map((r) => r.quarter === null));
    expect(kinds.size).toBe(1);
    expect(answers.filter((a) => !a.errors)).toHaveLength(records.length);
    for (const refused of answers.filter((a) => a.errors)) expect(refused.errors![0].extensions).toMatchObject({ argumentName: 'input.quarter' });
  });

  it('refuses a filing of a quarter of a year reported whole, and a verification that would mix them', async () => {
    const filed = await server.query(FileSubmissionDocument, { input: { enterpriseId: enterprise, year: 2023, quarter: 2, figures: [figure] } }, server.keys.parkAdmin);
    expect(filed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.quarter' });

    // A whole-year draft of 2003, then a quarter reported directly before it is verified.
    const draft = await server.query(FileSubmissionDocument, { input: { enterpriseId: enterprise, year: 2003, figures: [figure] } }, server.keys.parkAdmin);
    const { id } = draft.data!.fileSubmission.submission;
    await server.query(SubmitSubmissionDocument, { input: { id, expectedVersion: 1 } }, server.keys.parkAdmin);
    await server.query(CreateContractRecordDocument, { input: { enterpriseId: enterprise, year: 2003, quarter: 4, ...figure } }, server.keys.parkAdmin);
    const verified = await server.query(VerifySubmissionDocument, { input: { id, expectedVersion: 2 } }, server.keys.admin);
    expect(verified.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.id' });
    expect(await recordsOf(2003)).toEqual([{ quarter: 4 }]);
    const [submission] = await server.sql<{ status: string }>('select status from submission where enterprise_id = $1 and year = 2003', [enterpriseId]);
    expect(submission.status).toBe('SUBMITTED');
  });

  it('reports, when the rule’s migration runs, the enterprise-years stored with both kinds before it', async () => {
    // Written past the rule, as a database restored from before it could hold.
    await server.sql(`insert into contract_record (enterprise_id, year, quarter, domain_id, direction, client_market, signed_amount, executed_amount, currency, provenance_source)
      select $1, 2024, 1, id, 'OFFSHORE', 'NZ', 10, 10, 'USD', 'SUBMISSION' from service_domain where number = 18`, [enterpriseId]);
    const migration = new Migration20261208000000_reporting_periods(server.orm.em.getDriver(), server.orm.config);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await migration.up();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toMatch(new RegExp(`^Reporting periods: 1 enterprise-year\\(s\\) hold both whole-year and quarter contract records, and are summed twice until settled: ${creditCode} 2024 \\(\\d+ whole-year, 1 quarter\\)\\.`));
    } finally {
      warn.mockRestore();
    }
    const listed = await server.sql('select enterprise_id, year, quarter_records from contract_record_period_conflict');
    expect(listed).toEqual([{ enterprise_id: enterpriseId, year: 2024, quarter_records: 1 }]);
  });
});
