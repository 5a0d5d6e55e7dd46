import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEntity } from '../src/import/export';
import { runImport } from '../src/import/run-import';
import { startTestServer, type TestServer } from './support/test-server';

let source: TestServer;
let target: TestServer;
beforeAll(async () => {
  [source, target] = await Promise.all([startTestServer(), startTestServer()]);
  // The target starts with no enterprises and no contract records.
  await target.sql('delete from contract_record; delete from placement; delete from partnership; delete from designation where enterprise_id is not null; update training_base set enterprise_id = null, operator_kind = \'TRAINING_ORGANISATION\', operator_name = coalesce(operator_name, \'x\') where enterprise_id is not null; delete from enterprise');
});
afterAll(async () => {
  await source?.close();
  await target?.close();
});

const ENTERPRISES = `select e.credit_code, e.name_zh, e.name_en, e.ownership, e.founded_on::text, e.headcount, r.code, e.website, e.client_markets
  from enterprise e join region r on r.id = e.region_id order by 1`;
const RECORDS = `select e.credit_code, c.year, c.quarter, d.number, c.direction, c.client_market, c.signed_amount, c.executed_amount, c.currency
  from contract_record c join enterprise e on e.id = c.enterprise_id join service_domain d on d.id = c.domain_id order by 1, 2, 3, 4, 5, 6`;

describe('export for round trips', () => {
  it('exports enterprises and contract records that import into an empty database as the same records', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-export-'));
    for (const entity of ['enterprises', 'contract-records']) {
      const file = path.join(dir, `${entity}.csv`);
      await exportEntity(source.orm.em.fork(), entity, file);
      expect(fs.readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const report = await runImport(target.orm.em.fork(), file, entity);
      expect(report.errors).toEqual([]);
      expect(report.updated).toBe(0);
    }
    expect(await target.sql(ENTERPRISES)).toEqual(await source.sql(ENTERPRISES));
    expect(await target.sql(RECORDS)).toEqual(await source.sql(RECORDS));
    const [{ n }] = await target.sql<{ n: string }>('select count(*) as n from contract_record');
    expect(Number(n)).toBeGreaterThan(500);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
