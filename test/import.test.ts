import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../src/import/run-import';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

const fixture = (name: string) => path.join(__dirname, 'fixtures/import', name);
const importFile = (name: string, entity: string, dryRun = false) => runImport(server.orm.em.fork(), fixture(name), entity, { dryRun });
const snapshot = async () =>
  JSON.stringify(await server.sql(`select e.credit_code, e.name_zh, e.headcount, e.version, c.year, c.quarter, c.direction, c.client_market, c.executed_amount, c.version as cv
    from enterprise e left join contract_record c on c.enterprise_id = e.id where e.provenance_source = 'IMPORT' order by 1, 5, 6, 7, 8`));

describe('bulk import', () => {
  it('reads a CSV with a BOM and Chinese headers, and a GB18030 one, recording the batch in each record’s provenance', async () => {
    const bom = await importFile('enterprises-bom.csv', 'enterprises');
    expect(bom).toMatchObject({ encoding: 'utf8', rows: 2, inserted: 2, updated: 0, errorCount: 0 });
    const gb = await importFile('enterprises-gb18030.csv', 'enterprises');
    expect(gb).toMatchObject({ encoding: 'gb18030', rows: 1, inserted: 1, errorCount: 0 });
    const [row] = await server.sql<Record<string, unknown>>(
      "select name_zh, ownership, headcount, provenance_source, provenance_document, provenance_locator from enterprise where credit_code = '91410172000700003C'",
    );
    expect(row).toMatchObject({ name_zh: '郑州国标编码测试企业', ownership: 'FOREIGN_INVESTED', headcount: 55, provenance_source: 'IMPORT', provenance_locator: 'line 2' });
    expect(row.provenance_document).toBe(`import batch ${gb.batchId}: enterprises-gb18030.csv`);
    const [batch] = await server.sql<Record<string, unknown>>('select * from import_batch where id = $1', [gb.batchId]);
    expect(batch).toMatchObject({ entity: 'enterprises', file_name: 'enterprises-gb18030.csv', row_count: 1, inserted: 1, checksum: gb.checksum });
  });

  it('imports contract records from CSV and JSON Lines, by English or Chinese headers', async () => {
    const csv = await importFile('contract-records.csv', 'contract-records');
    expect(csv).toMatchObject({ rows: 4, inserted: 4, errorCount: 0 });
    const [record] = await server.sql<{ signed_amount: string; currency: string }>(
      "select c.signed_amount, c.currency from contract_record c join enterprise e on e.id = c.enterprise_id where e.credit_code = '914101720007000016' and c.year = 2023 and c.direction = 'OFFSHORE'",
    );
    expect(record).toEqual({ signed_amount: '1200000.50', currency: 'USD' });
    // The JSON Lines file repeats one record unchanged and corrects another.
    const jsonl = await importFile('contract-records.jsonl', 'contract-records');
    expect(jsonl).toMatchObject({ format: 'jsonl', rows: 2, inserted: 0, updated: 1, unchanged: 1 });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot();
    const again = await importFile('contract-records.jsonl', 'contract-records');
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const enterprises = await importFile('enterprises-bom.csv', 'enterprises');
    expect(enterprises).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    expect(await snapshot()).toBe(before);
  });

  it('rejects a file with errors whole, reporting every bad row and column, and writes nothing', async () => {
    const before = await snapshot();
    const batches = await server.sql('select id from import_batch');
    const report = await importFile('contract-records-errors.csv', 'contract-records');
    expect(report.batchId).toBeNull();
    const found = report.errors.map((e) => `${e.line}:${e.column}`);
    expect(found).toEqual([
      '3:credit_code', '4:year', '4:domain', '4:direction', '4:client_market', '4:signed_amount', '4:executed_amount', '5:signed_amount',
    ]);
    expect(report.errors.find((e) => e.column === 'direction')).toMatchObject({ value: 'SIDEWAYS', reason: expect.stringContaining('OFFSHORE') });
    expect(report.errors.find((e) => e.line === 3)!.reason).toContain('check character');
    expect(await snapshot()).toBe(before);
    expect(await server.sql('select id from import_batch')).toEqual(batches);
  });

  it('rejects cells PostgreSQL cannot hold — a NUL character, a year 0 date — as errors of their row and column', async () => {
    const before = await snapshot();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'og-import-')), 'enterprises-unstorable.csv');
    fs.writeFileSync(file, [
      '统一社会信用代码,企业名称,英文名称,所有制,成立日期,从业人员,行政区划代码,客户市场',
      '914101720007000016,郑州导入\u0000测试软件有限公司,,民营,2015-03-01,230,410172,US',
      '914101720007000029,郑州导入测试数据服务有限公司,,国有,0000-07-15,80,410105,',
    ].join('\n'));
    const report = await runImport(server.orm.em.fork(), file, 'enterprises', { dryRun: false });
    expect(report.batchId).toBeNull();
    expect(report.errors.map((e) => `${e.line}:${e.column}:${e.reason}`)).toEqual([
      expect.stringMatching(/^2:企业名称:.*NUL/),
      expect.stringMatching(/^3:成立日期:.*1900-01-01/),
    ]);
    expect(await snapshot()).toBe(before);
  });

  it('reports what a dry run would do, exactly, and writes nothing', async () => {
    await server.sql("delete from contract_record where provenance_source = 'IMPORT'");
    const before = await snapshot();
    const dry = await importFile('contract-records.csv', 'contract-records', true);
    expect(dry).toMatchObject({ dryRun: true, inserted: 4, batchId: null });
    expect(await snapshot()).toBe(before);
  });

  it('rejects a file that repeats a natural key, naming both lines', async () => {
    const before = await snapshot();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'og-import-test-')), 'repeated.csv');
    fs.writeFileSync(file, 'credit_code,year,domain,direction,client_market,signed_amount,executed_amount\n' +
      '914101720007000016,2022,18,OFFSHORE,US,100,90\n914101720007000029,2022,18,OFFSHORE,US,100,90\n914101720007000016,2022,18,OFFSHORE,US,200,150\n');
    const report = await runImport(server.orm.em.fork(), file, 'contract-records');
    expect(report.errors).toEqual([{ line: 4, column: '', value: '', reason: 'repeats the natural key of line 2' }]);
    expect(report.batchId).toBeNull();
    expect(await snapshot()).toBe(before);
  });
});
