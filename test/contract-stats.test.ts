import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSynthetic } from '../seeds/synthetic';
import { ContractStatsDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

/** Money comes rounded to the cent: a sum of `terms` rounded figures is within half a cent per term of the rounded whole. */
const expectCents = (actual: number, expected: number, terms = 1) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.005 * (terms + 1) + 1e-9);

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

/** Executed value per year in USD, written independently of the report's SQL. */
const USD = `(c.executed_amount * (case when c.currency = 'CNY' then 1 else fx.cny_per_unit end) / usd.cny_per_unit)`;
const JOINS = `from contract_record c join enterprise e on e.id = c.enterprise_id join region r on r.id = e.region_id
  left join exchange_rate fx on fx.currency = c.currency and fx.year = c.year
  left join exchange_rate usd on usd.currency = 'USD' and usd.year = c.year`;

describe('contract statistics', () => {
  it('sums executed value by year as an independent query does, and the total is the sum of the rows', async () => {
    const { contractStats } = await server.data(ContractStatsDocument, { groupBy: ['YEAR'] });
    const expected = await server.sql<{ year: number; usd: number; n: string; ents: string }>(
      `select c.year, sum(${USD})::float8 as usd, count(*) as n, count(distinct c.enterprise_id) as ents ${JOINS} group by c.year order by c.year`,
    );
    expect(contractStats.rows.map((r) => r.year)).toEqual(expected.map((e) => e.year));
    contractStats.rows.forEach((row, i) => {
      expect(row.executedUsd).toBeCloseTo(expected[i].usd, 2);
      expect(row.recordCount).toBe(Number(expected[i].n));
      expect(row.enterpriseCount).toBe(Number(expected[i].ents));
    });
    const sum = (f: (r: (typeof contractStats.rows)[number]) => number) => contractStats.rows.reduce((a, r) => a + f(r), 0);
    expectCents(contractStats.total!.executedUsd, sum((r) => r.executedUsd), contractStats.rows.length);
    expect(contractStats.total!.recordCount).toBe(sum((r) => r.recordCount));
    expect(contractStats.unconvertedRecordCount).toBe(0);
  });

  it('computes growth and offshore share from the same sums', async () => {
    const { contractStats } = await server.data(ContractStatsDocument, { groupBy: ['YEAR'] });
    for (const [i, row] of contractStats.rows.entries()) {
      if (i === 0) expect(row.executedGrowth).toBeNull();
      else expect(row.executedGrowth!).toBeCloseTo(row.executedUsd / contractStats.rows[i - 1].executedUsd - 1, 6);
      expect(row.offshoreShare!).toBeCloseTo(row.offshoreExecutedUsd! / row.executedUsd, 6);
    }
  });

  it('gives growth per group: each direction against the same direction a year earlier', async () => {
    const { contractStats } = await server.data(ContractStatsDocument, { groupBy: ['DIRECTION', 'YEAR'], filter: { yearFrom: 2018, yearTo: 2020 } });
    const get = (d: string, y: number) => contractStats.rows.find((r) => r.direction === d && r.year === y)!;
    expect(get('OFFSHORE', 2019).executedGrowth!).toBeCloseTo(get('OFFSHORE', 2019).executedUsd / get('OFFSHORE', 2018).executedUsd - 1, 6);
    expect(get('ONSHORE', 2018).executedGrowth).toBeNull();
    expect(get('OFFSHORE', 2020).offshoreShare).toBe(1);
  });

  it('converts with the yearly rate of each record and says which rates it used', async () => {
    const { contractStats } = await server.data(ContractStatsDocument, { groupBy: ['YEAR'], filter: { yearFrom: 2019, yearTo: 2019 } });
    expect(contractStats.rates).toEqual([{ currency: 'USD', year: 2019, cnyPerUnit: 6.8985, provenance: expect.objectContaining({ source: 'REFERENCE_DATA' }) }]);
    const [row] = contractStats.rows;
    // The USD figure is rounded to the cent, so times the rate it moves by up to half a cent × 6.9.
    expect(row.executedCny).toBeCloseTo(row.executedUsd * 6.8985, 1);
    expect(contractStats.basis).toContain('yearly average rate');
  });

  it('rolls regions up: a province equals the sum of its macro-regions and cities', async () => {
    const byProvince = await server.data(ContractStatsDocument, { groupBy: ['REGION'], regionLevel: 'PROVINCE' });
    const byMacro = await server.data(ContractStatsDocument, { groupBy: ['REGION'], regionLevel: 'MACRO_REGION', filter: { regionCode: '610000' } });
    const shaanxi = byProvince.contractStats.rows.find((r) => r.region?.code === '610000')!;
    expect(byMacro.contractStats.rows.every((r) => r.region?.kind === 'MACRO_REGION')).toBe(true);
    const macroSum = byMacro.contractStats.rows.reduce((a, r) => a + r.executedUsd, 0);
    expectCents(shaanxi.executedUsd, macroSum, byMacro.contractStats.rows.length);
    expect(shaanxi.recordCount).toBe(byMacro.contractStats.total!.recordCount);
    const henan = byProvince.contractStats.rows.find((r) => r.region?.code === '410000')!;
    const byCity = await server.data(ContractStatsDocument, { groupBy: ['REGION'], regionLevel: 'CITY', filter: { regionCode: '410000' } });
    expectCents(henan.executedUsd, byCity.contractStats.rows.reduce((a, r) => a + r.executedUsd, 0), byCity.contractStats.rows.length);
    expectCents(byProvince.contractStats.total!.executedUsd, byProvince.contractStats.rows.reduce((a, r) => a + r.executedUsd, 0), byProvince.contractStats.rows.length);
  });

  it('groups by domain, category, market and park, and filters by park and category', async () => {
    const { contractStats } = await server.data(ContractStatsDocument, { groupBy: ['CATEGORY'] });
    expect(contractStats.rows.map((r) => r.category).sort()).toEqual(['BPO', 'ITO', 'KPO']);
    const byDomain = await server.data(ContractStatsDocument, { groupBy: ['DOMAIN'], filter: { category: 'BPO' } });
    expect(byDomain.contractStats.rows.every((r) => r.domain!.number >= 7 && r.domain!.number <= 12)).toBe(true);
    const bpo = contractStats.rows.find((r) => r.category === 'BPO')!;
    expectCents(byDomain.contractStats.total!.executedUsd, bpo.executedUsd);
    const byMarket = await server.data(ContractStatsDocument, { groupBy: ['CLIENT_MARKET'], filter: { direction: 'ONSHORE' } });
    expect(byMarket.contractStats.rows.map((r) => r.clientMarket)).toEqual(['CN']);
    const byPark = await server.data(ContractStatsDocument, { groupBy: ['PARK'] });
    const park = byPark.contractStats.rows.find((r) => r.park)!;
    const inPark = await server.data(ContractStatsDocument, { groupBy: [], filter: { parkId: park.park!.id } });
    expectCents(inPark.contractStats.total!.executedUsd, park.executedUsd);
  });

  it('answers as things stood on a date: only periods ended by then', async () => {
    const { contractStats } = await server.data(ContractStatsDocument, { groupBy: ['YEAR'], filter: { asOf: '2021-06-30' } });
    expect(Math.max(...contractStats.rows.map((r) => r.year!))).toBe(2020);
    const endOfYear = await server.data(ContractStatsDocument, { groupBy: ['YEAR'], filter: { asOf: '2021-12-31' } });
    expect(Math.max(...endOfYear.contractStats.rows.map((r) => r.year!))).toBe(2021);
  });

  it('leaves synthetic records out on request', async () => {
    const { contractStats } = await server.data(ContractStatsDocument, { groupBy: [], filter: { excludeSynthetic: true } });
    expect(contractStats.total!.recordCount).toBe(0);
  });

  it('rejects a reversed year range, an unknown region, an unknown category and a stray region level', async () => {
    const reversed = await server.query(ContractStatsDocument, { groupBy: ['YEAR'], filter: { yearFrom: 2020, yearTo: 2018 } });
    expect(reversed.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter.yearTo' } });
    const region = await server.query(ContractStatsDocument, { groupBy: ['YEAR'], filter: { regionCode: 'XX' } });
    expect(region.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.regionCode' });
    const category = await server.query(ContractStatsDocument, { groupBy: ['YEAR'], filter: { category: 'XPO' as never } });
    expect(category.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const level = await server.query(ContractStatsDocument, { groupBy: ['YEAR'], regionLevel: 'CITY' });
    expect(level.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'regionLevel' });
  });

  it('holds back for the public on every group, not only on the page asked for', async () => {
    type Public = { contractStats: { rows: unknown[]; suppressedRowCount: number; total: { executedUsd: number } | null } };
    const publicStats = (first: number) => server.query<Public, unknown>(
      `{ contractStats(groupBy: [YEAR, DOMAIN, DIRECTION], first: ${first}) { rows { year executedUsd enterpriseCount } suppressedRowCount total { executedUsd } } }`, undefined, null);
    const whole = await publicStats(3000);
    expect(whole.errors).toBeUndefined();
    expect(whole.data!.contractStats.suppressedRowCount).toBeGreaterThan(0);
    expect(whole.data!.contractStats.rows.length).toBeGreaterThan(1);
    expect(whole.data!.contractStats.total).toBeNull();
    // A one-row page must not show the total the whole report holds back (total minus rows = the held-back groups).
    const page = await publicStats(1);
    expect(page.data!.contractStats.total).toBeNull();
    expect(page.data!.contractStats.suppressedRowCount).toBe(whole.data!.contractStats.suppressedRowCount);
    expect(page.data!.contractStats.rows).toHaveLength(1);
  });

  it('answers in the same number of statements whatever the size of the data', async () => {
    const vars = { groupBy: ['YEAR', 'REGION', 'DOMAIN'] as const, regionLevel: 'CITY' as const };
    const small = await server.query(ContractStatsDocument, { ...vars, groupBy: [...vars.groupBy] });
    await loadSynthetic(server.orm.em.fork(), { scale: 3 });
    const large = await server.query(ContractStatsDocument, { ...vars, groupBy: [...vars.groupBy] });
    expect(large.data!.contractStats.total!.recordCount).toBeGreaterThan(small.data!.contractStats.total!.recordCount * 2);
    expect(large.extensions!.sql!.count).toBe(small.extensions!.sql!.count);
    expect(small.extensions!.sql!.count).toBeLessThanOrEqual(6);
  });
});
