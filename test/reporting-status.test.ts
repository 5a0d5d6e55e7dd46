import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeFor } from '../seeds/synthetic';
import { CreateDesignationDocument, CreateEnterpriseDocument, FileSubmissionDocument, ReportingStatusDocument, SubmitSubmissionDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

// Issue 11: for a period, which key parks and enterprises have filed (数据直报), which late, which not.

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const status = (period: string, key: string, extra: { regionCode?: string; dueOn?: string } = {}) =>
  server.query(ReportingStatusDocument, { period, ...extra }, key);

/** Key enterprises of the period, counted independently: holders of an enterprise designation in force in 2024, in the region. */
async function keyEnterprises(regionCode: string): Promise<number[]> {
  const rows = await server.sql<{ id: number }>(`select distinct d.enterprise_id as id from designation d join enterprise e on e.id = d.enterprise_id
    join region r on r.id = e.region_id
    where d.kind in ('INDUSTRY_LEADING_ENTERPRISE', 'CITY_KEY_ENTERPRISE', 'PROVINCIAL_LEADING_ENTERPRISE', 'FEATURED_ENTERPRISE', 'SPECIALISED_SME', 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE')
      and d.valid_from <= '2024-12-31' and (d.valid_until is null or d.valid_until >= '2024-01-01')
      and r.path like (select path from region where code = $1) || '%' order by 1`, [regionCode]);
  return rows.map((r) => r.id);
}

describe('reporting status (数据直报)', () => {
  it('tells a park administrator which key enterprises of the park have filed for a year, which late and which not', async () => {
    // A new key enterprise of park 1 that has filed nothing, and park 1 a demonstration park.
    const created = await server.query(CreateEnterpriseDocument, { input: {
      nameZh: '直报状态测试企业', creditCode: creditCodeFor('410172', 990_001), ownership: 'PRIVATE', regionCode: '410172', parkIds: [gid('Park', 1)], domainNumbers: [17],
    } }, server.keys.parkAdmin);
    const enterpriseId = created.data!.createEnterprise.enterprise!.id;
    for (const [kind, holderId] of [['CITY_KEY_ENTERPRISE', enterpriseId], ['DEMONSTRATION_PARK', gid('Park', 1)]] as const) {
      const granted = await server.query(CreateDesignationDocument, { input: { kind, holderId, authority: '郑州市商务局', validFrom: '2020-01-01' } }, server.keys.admin);
      expect(granted.errors).toBeUndefined();
    }

    const before = await status('2024', server.keys.parkAdmin, { dueOn: tomorrow });
    expect(before.errors).toBeUndefined();
    const s = before.data!.reportingStatus;
    expect(s).toMatchObject({ year: 2024, quarter: null, periodStart: '2024-01-01', periodEnd: '2024-12-31', dueOn: tomorrow });
    const mine = s.enterprises.find((e) => e.enterprise.id === enterpriseId)!;
    expect(mine).toMatchObject({ status: 'NOT_FILED', filedAt: null, keyDesignations: ['CITY_KEY_ENTERPRISE'] });
    expect(s.enterprises[0].status).toBe('NOT_FILED');
    // Only park 1's enterprises, and park 1 alone.
    const members = new Set((await server.sql<{ id: number }>('select enterprise_id as id from enterprise_park where park_id = 1')).map((r) => r.id));
    for (const e of s.enterprises) expect(members.has(idOf(e.enterprise.id))).toBe(true);
    expect(s.parks.map((p) => p.park.id)).toEqual([gid('Park', 1)]);
    expect(s.parks[0]).toMatchObject({ status: 'NOT_FILED', enterpriseCount: members.size });
    expect(s.parks[0].notFiledCount).toBeGreaterThanOrEqual(1);
    expect(s.parks[0].filedCount + s.parks[0].lateCount + s.parks[0].notFiledCount).toBe(members.size);

    // It files the year; by tomorrow that is in time, by the default due date (30 days after the year) it is late.
    const filed = await server.query(FileSubmissionDocument, { input: { enterpriseId, year: 2024, figures: [
      { domainNumber: 17, direction: 'OFFSHORE', clientMarket: 'JP', signedAmount: 1000, executedAmount: 900, currency: 'USD' }] } }, server.keys.parkAdmin);
    await server.query(SubmitSubmissionDocument, { input: { id: filed.data!.fileSubmission.submission.id, expectedVersion: 1 } }, server.keys.parkAdmin);
    const inTime = (await status('2024', server.keys.parkAdmin, { dueOn: tomorrow })).data!.reportingStatus;
    expect(inTime.enterprises.find((e) => e.enterprise.id === enterpriseId)).toMatchObject({ status: 'FILED', filedAt: expect.any(String) });
    const byDefault = (await status('2024', server.keys.parkAdmin)).data!.reportingStatus;
    expect(byDefault.dueOn).toBe('2025-01-30');
    expect(byDefault.enterprises.find((e) => e.enterprise.id === enterpriseId)!.status).toBe('LATE');
  });

  it('lists every key enterprise of a region for a researcher, and a quarter nobody filed as not filed', async () => {
    const year = (await status('2024', server.keys.researcher, { regionCode: '610000', dueOn: tomorrow })).data!.reportingStatus;
    expect(year.enterprises.map((e) => idOf(e.enterprise.id)).sort((a, b) => a - b)).toEqual(await keyEnterprises('610000'));
    // A key park with no enterprises recorded has filed nothing.
    const everywhere = (await status('2024', server.keys.researcher, { dueOn: tomorrow })).data!.reportingStatus;
    const empty = everywhere.parks.filter((p) => p.enterpriseCount === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const p of empty) expect(p.status).toBe('NOT_FILED');
    // The seeded enterprises report whole years, so no quarter of 2024 is filed.
    const quarter = (await status('2024Q3', server.keys.researcher, { regionCode: '610000' })).data!.reportingStatus;
    expect(quarter).toMatchObject({ quarter: 3, periodStart: '2024-07-01', periodEnd: '2024-09-30', dueOn: '2024-10-30' });
    expect(quarter.enterprises.length).toBeGreaterThan(0);
    expect(quarter.enterprises.every((e) => e.status === 'NOT_FILED')).toBe(true);
  });

  it('answers in a fixed number of statements, and refuses the public, other roles and periods that are not one', async () => {
    const answer = await status('2024', server.keys.researcher);
    expect(answer.extensions!.sql!.count).toBeLessThanOrEqual(6);
    expect((await status('2024', null as never)).errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await status('2024', server.keys.university)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    for (const period of ['24', '2024Q5', '2024-13', 'Q3']) {
      expect((await status(period, server.keys.researcher)).errors![0].extensions, period).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'period' });
    }
  });

  it('downloads as CSV for a park administrator: its park, then its key enterprises', async () => {
    const response = await fetch(`${server.url}/export/reporting-status.csv?period=2024&dueOn=${tomorrow}`, { headers: { authorization: `Bearer ${server.keys.parkAdmin}` } });
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('period,due_on,kind,id,name_zh,credit_code,key_designations,status,filed_at,enterprise_count,filed_count,late_count,not_filed_count');
    const graph = (await status('2024', server.keys.parkAdmin, { dueOn: tomorrow })).data!.reportingStatus;
    expect(lines).toHaveLength(1 + graph.parks.length + graph.enterprises.length);
    expect(lines[1]).toMatch(/^2024,.*,PARK,/);
    const anonymous = await fetch(`${server.url}/export/reporting-status.csv?period=2024`);
    expect(anonymous.status).toBe(401);
  });
});
