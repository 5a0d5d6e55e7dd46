import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEntity } from '../src/import/export';
import { importableEntities, importers } from '../src/import/importers';
import { runImport } from '../src/import/run-import';
import { startTestServer, type TestServer } from './support/test-server';

let source: TestServer;
let target: TestServer;
let dir: string;
beforeAll(async () => {
  [source, target] = await Promise.all([startTestServer(), startTestServer()]);
  // The target keeps only the reference data of the documents: regions, the domain catalog, the policies.
  await target.sql(`truncate ${importableEntities.map((e) => importers[e].table).join(', ')}, search_entry cascade`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-export-'));
});
afterAll(async () => {
  await source?.close();
  await target?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = async (server: TestServer, table: string) => Number((await server.sql<{ n: string }>(`select count(*) as n from "${table}"`))[0].n);

describe('export for round trips', () => {
  it('fills an empty database, entity by entity, from the files the export writes, with the same records', async () => {
    for (const entity of importableEntities) {
      const file = path.join(dir, `${entity}.csv`);
      await exportEntity(source.orm.em.fork(), entity, file);
      expect(fs.readFileSync(file).subarray(0, 3), 'a BOM, for spreadsheets').toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const report = await runImport(target.orm.em.fork(), file, entity);
      expect(report.errors, entity).toEqual([]);
      expect(report.ignoredHeaders, entity).toEqual([]);
      expect(report.inserted, entity).toBe(await count(source, importers[entity].table));
      // What the target exports is the very file it imported.
      const again = path.join(dir, `${entity}-again.csv`);
      await exportEntity(target.orm.em.fork(), entity, again);
      expect(fs.readFileSync(again, 'utf8'), entity).toBe(fs.readFileSync(file, 'utf8'));
    }
    expect(await count(target, 'contract_record')).toBeGreaterThan(500);
    expect(await count(target, 'placement')).toBeGreaterThan(50);
  });

  it('changes nothing when the exported files are imported again', async () => {
    for (const entity of importableEntities) {
      const report = await runImport(target.orm.em.fork(), path.join(dir, `${entity}.csv`), entity);
      expect(report, entity).toMatchObject({ errorCount: 0, inserted: 0, updated: 0, unchanged: report.rows });
    }
  });

  it('keeps links and names searchable: an imported enterprise is in its parks and found by name', async () => {
    const links = `select e.credit_code, p.name_zh from enterprise_park ep join enterprise e on e.id = ep.enterprise_id join park p on p.id = ep.park_id order by 1, 2`;
    expect(await target.sql(links)).toEqual(await source.sql(links));
    const [{ name_zh }] = await target.sql<{ name_zh: string }>('select name_zh from enterprise order by id limit 1');
    const [{ n }] = await target.sql<{ n: string }>(`select count(*) as n from search_entry where kind = 'ENTERPRISE' and name_zh = $1`, [name_zh]);
    expect(Number(n)).toBe(1);
  });
});
