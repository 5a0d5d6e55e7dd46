import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeFor } from '../seeds/synthetic';
import { rollbackBatch } from '../src/import/rollback';
import { runImport, type ImportOptions } from '../src/import/run-import';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startTestServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-import-entities-'));
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const fixture = (name: string) => path.join(__dirname, 'fixtures/import', name);
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const importFile = (file: string, entity: string, options: ImportOptions = {}) => runImport(server.orm.em.fork(), file, entity, options);
const parkDomains = (name: string) =>
  server.sql<{ number: number }>('select d.number from park_focus_domain f join park p on p.id = f.park_id join service_domain d on d.id = f.service_domain_id where p.name_zh = $1 order by 1', [name])
    .then((rows) => rows.map((r) => r.number));

describe('importing parks, training bases and the other entities', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and links a park to its focus domains', async () => {
    const report = await importFile(fixture('parks-quoted.csv'), 'parks');
    expect(report).toMatchObject({ rows: 2, inserted: 2, errorCount: 0 });
    const [east] = await server.sql<Record<string, unknown>>("select name_zh, level, note, status, provenance_locator from park where name_zh like '郑州测试园区%东区'");
    expect(east).toEqual({ name_zh: '郑州测试园区, 东区', level: 'PROVINCIAL', note: '注："示范"园区\n第二行说明', status: 'ACTIVE', provenance_locator: 'line 2' });
    // The record after a two-line cell is on line 4 of the file.
    const [west] = await server.sql<{ provenance_locator: string }>("select provenance_locator from park where name_zh = '郑州测试园区西区'");
    expect(west.provenance_locator).toBe('line 4');
    expect(await parkDomains('郑州测试园区, 东区')).toEqual([1, 2, 18]);
  });

  it('reports every broken rule of a training-base file — references, enums, ranges, who runs the base — and writes nothing', async () => {
    const before = await server.sql('select count(*) from training_base');
    const report = await importFile(fixture('training-bases-errors.csv'), 'training-bases');
    expect(report.batchId).toBeNull();
    expect(report.errors.map((e) => `${e.line}:${e.column}:${e.reason}`)).toEqual([
      '2:operator_kind:a base run by UNIVERSITY needs a university',
      '3:park:no park has this name (import the park first)',
      '3:yearly_capacity:must be a whole number from 0 to 1000000',
      '3:domains:"99" must be a catalog number 1–24',
      '4:kind:must be one of TALENT_CULTIVATION_BASE, PRACTICAL_TRAINING_BASE, TRAINING_INSTITUTION (or 人才培养基地、实训基地、培训机构)',
      expect.stringMatching(/^4:enterprise_credit_code:is not a unified social credit code/),
      '4:region_code:no region has this code',
    ]);
    expect(await server.sql('select count(*) from training_base')).toEqual(before);
  });

  it('checks a designation names one holder and a placement names an existing cohort', async () => {
    const designations = write('designations.csv', 'kind,park,enterprise_credit_code,authority,valid_from,valid_until\n' +
      'DEMONSTRATION_PARK,863软件孵化器,914101720007000016,郑州市商务局,2020-01-01,2019-12-31\nFEATURED_ENTERPRISE,,,郑州市商务局,2020/02/30,\n');
    expect((await importFile(designations, 'designations')).errors.map((e) => `${e.line}:${e.column}:${e.reason}`)).toEqual([
      expect.stringMatching(/^2:enterprise_credit_code:no enterprise/),
      '3:valid_from:must be a date YYYY-MM-DD',
    ]);
    const [cohort] = await server.sql<{ base: string; number: number; year: number }>(
      'select tb.name_zh as base, d.number, c.year from cohort c join training_base tb on tb.id = c.training_base_id join service_domain d on d.id = c.domain_id order by c.id limit 1',
    );
    const [enterprise] = await server.sql<{ credit_code: string }>('select credit_code from enterprise order by id limit 1');
    const placements = write('placements.csv', 'training_base,cohort_domain,cohort_year,enterprise_credit_code,year,hired\n' +
      `${cohort.base},${cohort.number},${cohort.year},${enterprise.credit_code},${cohort.year - 1},3\n` +
      `${cohort.base},${cohort.number},1999,${enterprise.credit_code},2020,3\n`);
    expect((await importFile(placements, 'placements')).errors.map((e) => `${e.line}:${e.column}:${e.reason}`)).toEqual([
      '2:year:is before the cohort’s year',
      '3:cohort_year:must be a whole number from 2000 to 2100',
    ]);
  });

  it('leaves the columns a file does not have as they are, and replaces a link set the file lists', async () => {
    const before = (await server.sql<{ note: string }>("select note from park where name_zh = '郑州测试园区, 东区'"))[0].note;
    const file = write('parks-update.csv', 'name_zh,name_en,kind,region_code,focus_domains\n"郑州测试园区, 东区",Zhengzhou Test Park East,SOFTWARE_PARK,410172,18;3\n');
    const report = await importFile(file, 'parks');
    expect(report).toMatchObject({ inserted: 0, updated: 1 });
    const [east] = await server.sql<{ name_en: string; note: string; version: number }>("select name_en, note, version from park where name_zh = '郑州测试园区, 东区'");
    expect(east).toMatchObject({ name_en: 'Zhengzhou Test Park East', note: before, version: 2 });
    expect(await parkDomains('郑州测试园区, 东区')).toEqual([3, 18]);
    // Rolling the batch back restores the park's values and its link set.
    const undone = await rollbackBatch(server.orm.em.fork(), report.batchId!, { keyId: null, role: 'ADMIN', requestId: 'test' });
    expect(undone).toMatchObject({ restored: 1, deleted: 0 });
    expect(await parkDomains('郑州测试园区, 东区')).toEqual([1, 2, 18]);
    expect((await server.sql<{ name_en: string }>("select name_en from park where name_zh = '郑州测试园区, 东区'"))[0].name_en).toBe('Zhengzhou Test Park (East)');
    // And search finds it by the restored name.
    expect(await server.sql("select name_en from search_entry where kind = 'PARK' and name_zh = '郑州测试园区, 东区'")).toEqual([{ name_en: 'Zhengzhou Test Park (East)' }]);
  });

  it('bulk-loads a file larger than its table, and puts back every index and foreign key', async () => {
    const schema = () => server.sql(`select indexdef as definition from pg_indexes where tablename = 'exchange_rate'
      union all select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'exchange_rate'::regclass order by 1`);
    const before = await schema();
    const [{ n }] = await server.sql<{ n: string }>('select count(*) as n from exchange_rate');
    const lines = ['currency,year,cny_per_unit'];
    for (const currency of ['EUR', 'JPY', 'GBP', 'HKD']) for (let year = 2010; year <= 2024; year++) lines.push(`${currency},${year},${(1 + year / 1000).toFixed(4)}`);
    const file = write('rates.csv', lines.join('\n'));
    expect(lines.length - 1).toBeGreaterThan(Number(n));
    const dry = await importFile(file, 'exchange-rates', { bulkLoadFrom: 1, dryRun: true });
    expect(dry).toMatchObject({ inserted: 60, errorCount: 0 });
    expect(await schema()).toEqual(before);
    const report = await importFile(file, 'exchange-rates', { bulkLoadFrom: 1 });
    expect(report).toMatchObject({ inserted: 60, errorCount: 0 });
    expect(await schema()).toEqual(before);
    const [{ m }] = await server.sql<{ m: string }>('select count(*) as m from exchange_rate');
    expect(Number(m)).toBe(Number(n) + 60);
  });

  it('and an editor of the same table wait for each other instead of deadlocking', async () => {
    const lines = ['currency,year,cny_per_unit'];
    for (const currency of ['CHF', 'SGD', 'AUD', 'CAD', 'KRW', 'INR', 'THB', 'MYR', 'NZD', 'SEK']) {
      for (let year = 2010; year <= 2024; year++) lines.push(`${currency},${year},${(2 + year / 1000).toFixed(4)}`);
    }
    const file = write('rates-concurrent.csv', lines.join('\n'));
    // More rows than the table has: a bulk load.
    const [{ n }] = await server.sql<{ n: string }>('select count(*) as n from exchange_rate');
    expect(lines.length - 1).toBeGreaterThan(Number(n));
    // An editor reads a rate in its transaction (as an API edit reads the record it changes)…
    const editor = new Client({ connectionString: server.databaseUrl });
    await editor.connect();
    try {
      await editor.query('begin');
      const [{ id }] = (await editor.query<{ id: number }>("select id from exchange_rate where currency = 'USD' order by year limit 1")).rows;
      // …a bulk load of the same table starts and waits for it…
      const importing = importFile(file, 'exchange-rates', { bulkLoadFrom: 1 });
      for (let waited = 0; ; waited += 20) {
        const [{ waiting }] = await server.sql<{ waiting: boolean }>("select exists (select 1 from pg_locks where relation = 'exchange_rate'::regclass and not granted) as waiting");
        if (waiting) break;
        if (waited > 10_000) throw new Error('the import never waited for the editor');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // …and the editor's write goes through, where a lock the import strengthened midway would deadlock.
      await editor.query('update exchange_rate set cny_per_unit = cny_per_unit where id = $1', [id]);
      await editor.query('commit');
      expect(await importing).toMatchObject({ inserted: 150, errorCount: 0 });
    } finally {
      await editor.end();
    }
  });

  it('says which headers it does not read', async () => {
    const file = write('rates-extra.csv', 'currency,year,cny_per_unit,source_note\nEUR,2010,1.0100,from a test\n');
    const report = await importFile(file, 'exchange-rates');
    expect(report).toMatchObject({ errorCount: 0, ignoredHeaders: ['source_note'] });
  });

  it('leaves an enterprise’s parks alone when rolling back a file that had no parks column', async () => {
    const [e] = await server.sql<{ credit_code: string; region: string; n: string }>(
      `select e.credit_code, r.code as region, (select count(*) from enterprise_park where enterprise_id = e.id) as n
       from enterprise e join region r on r.id = e.region_id where exists (select 1 from enterprise_park where enterprise_id = e.id) order by e.id limit 1`);
    const rename = write('rename.csv', `credit_code,name_zh,ownership,region_code\n${e.credit_code},改名测试企业,PRIVATE,${e.region}\n`);
    const report = await importFile(rename, 'enterprises');
    expect(report.updated).toBe(1);
    await rollbackBatch(server.orm.em.fork(), report.batchId!, { keyId: null, role: 'ADMIN', requestId: 'test' });
    const [{ n }] = await server.sql<{ n: string }>('select count(*) as n from enterprise_park ep join enterprise e on e.id = ep.enterprise_id where e.credit_code = $1', [e.credit_code]);
    expect(n).toBe(e.n);
  });

  it('keeps, on rollback, an inserted record that a later batch’s records refer to', async () => {
    const code = creditCodeFor('410172', 990_001);
    const enterprises = write('new-enterprise.csv', `credit_code,name_zh,ownership,region_code\n${code},回滚引用测试企业,PRIVATE,410172\n`);
    const first = await importFile(enterprises, 'enterprises');
    expect(first).toMatchObject({ inserted: 1, errorCount: 0 });
    const records = write('its-records.csv', `credit_code,year,domain,direction,client_market,signed_amount,executed_amount\n${code},2023,18,OFFSHORE,US,10,8\n`);
    expect((await importFile(records, 'contract-records')).inserted).toBe(1);
    const undone = await rollbackBatch(server.orm.em.fork(), first.batchId!, { keyId: null, role: 'ADMIN', requestId: 'test' });
    expect(undone).toMatchObject({ deleted: 0, keptChangedSince: 1 });
    expect(await server.sql('select count(*)::int as n from contract_record c join enterprise e on e.id = c.enterprise_id where e.credit_code = $1', [code])).toEqual([{ n: 1 }]);
  });

  it('refuses JSON Lines whose objects name other keys than the first, rather than dropping or blanking values', async () => {
    const file = write('rates.jsonl', '{"currency":"EUR","year":2011,"cny_per_unit":8.9}\n{"currency":"EUR","year":2012}\n{"currency":"EUR","year":2013,"cny_per_unit":8.2,"note":"x"}\n');
    const report = await importFile(file, 'exchange-rates');
    expect(report.errors.map((e) => `${e.line}:${e.column}`)).toEqual(['2:cny_per_unit', '3:note']);
    expect(report.errors[0].reason).toContain('−cny_per_unit');
  });

  it('reads a quote inside an unquoted cell as a character, keeps quoted cells as written, and refuses NUL and a third decimal', async () => {
    const parks = write('parks-odd.csv', 'name_zh,name_en,kind,region_code,note\n' +
      '引号测试园区,Quote Test Park,INCUBATOR,410172,a 12" pipe\n' +
      '换行测试园区,"  Spaced Name  ",INCUBATOR,410172,"first\r\nsecond"\n' +
      '"空格测试园区" ,Space Park,INCUBATOR,410172,\n');
    expect(await importFile(parks, 'parks')).toMatchObject({ inserted: 3, errorCount: 0 });
    expect(await server.sql("select count(*)::int as n from park where name_zh = '空格测试园区'")).toEqual([{ n: 1 }]);
    expect(await server.sql("select name_en, note from park where name_zh in ('引号测试园区', '换行测试园区') order by name_en")).toEqual([
      { name_en: '  Spaced Name  ', note: 'first\r\nsecond' },
      { name_en: 'Quote Test Park', note: 'a 12" pipe' },
    ]);
    // Imported again, nothing changed: the cells came back exactly.
    expect(await importFile(parks, 'parks')).toMatchObject({ updated: 0, unchanged: 3 });
    const [{ credit_code: code }] = await server.sql<{ credit_code: string }>('select credit_code from enterprise order by id limit 1');
    const bad = write('records-bad.csv', `credit_code,year,domain,direction,client_market,signed_amount,executed_amount\n${code},2023,18,OFFSHORE,US,10.005,8\n${code},2022,18,OFFSHORE,US,1\u0000,8\n`);
    expect((await importFile(bad, 'contract-records')).errors.map((e) => `${e.line}:${e.column}:${e.reason}`)).toEqual([
      '2:signed_amount:must be a non-negative amount with at most two decimals',
      '3:signed_amount:holds a NUL character',
    ]);
  });

  it('says a GB18030 file that starts with ASCII rows is not UTF-8, instead of storing replacement characters', async () => {
    const ascii = Array.from({ length: 5000 }, (_, i) => `EUR,${2000 + (i % 20)},1.${i}`).join('\n');
    const file = path.join(dir, 'late-chinese.csv');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(`currency,year,cny_per_unit,note\n${ascii.replace(/\n/g, ',x\n')},x\n`), iconv.encode('EUR,2021,7.6,中文\n', 'gb18030')]));
    const report = await importFile(file, 'exchange-rates');
    expect(report.encoding).toBe('utf8');
    expect(report.errors).toEqual([{ line: 5002, column: '', value: '', reason: expect.stringContaining('not valid UTF-8 at byte') }]);
    expect(report.errors[0].reason).toContain('--encoding gb18030');
    expect(report.batchId).toBeNull();
  });
});
