import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecimalScalar } from '../src/core/money';
import { fromGlobalId } from '../src/core/ids';
import { ExactContractRecordsDocument, ExactContractStatsDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const DECIMAL = /^-?\d+(\.\d{1,2})?$/;

describe('money as exact decimals', () => {
  it('gives each year’s yuan totals exactly, as PostgreSQL sums them per currency, with no float on the way', async () => {
    const { contractStats } = await server.data(ExactContractStatsDocument, { groupBy: ['YEAR'] });
    // Independently: the exact sum of each currency's amounts, converted once per currency and year.
    const expected = await server.sql<{ year: number; signed: string; executed: string }>(`
      select g.year, trim_scale(sum(g.signed * g.rate))::text as signed, trim_scale(sum(g.executed * g.rate))::text as executed
      from (select c.year, sum(c.signed_amount) as signed, sum(c.executed_amount) as executed,
              case when c.currency = 'CNY' then 1 else (select cny_per_unit::numeric from exchange_rate x where x.currency = c.currency and x.year = c.year) end as rate
            from contract_record c group by c.year, c.currency) g
      where g.rate is not null group by g.year order by g.year`);
    expect(contractStats.rows.length).toBeGreaterThan(0);
    for (const row of contractStats.rows) {
      const want = expected.find((e) => e.year === row.year)!;
      expect(row.signedYuan).toEqual({ amount: want.signed, currency: 'CNY' });
      expect(row.executedYuan).toEqual({ amount: want.executed, currency: 'CNY' });
      for (const money of [row.signed, row.executed, row.offshoreExecuted!]) {
        expect(money.currency).toBe('USD');
        expect(money.amount).toMatch(DECIMAL);
      }
      // The deprecated floats are the same figures, rounded by the float.
      expect(row.signedUsd).toBeCloseTo(Number(row.signed.amount), 2);
      expect(row.executedCny).toBeCloseTo(Number(row.executedYuan.amount), 2);
      expect(row.offshoreExecutedYuan!.currency).toBe('CNY');
    }
    expect(contractStats.total!.signed.amount).toMatch(DECIMAL);
  });

  it('gives a record’s amounts back as stored, in its own currency', async () => {
    const { contractRecords } = await server.data(ExactContractRecordsDocument, {});
    const stored = await server.sql<{ id: number; signed: string; currency: string }>('select id, signed_amount::text as signed, currency from contract_record');
    const byId = new Map(stored.map((row) => [row.id, row]));
    expect(contractRecords.nodes.length).toBeGreaterThan(0);
    for (const node of contractRecords.nodes) {
      const row = byId.get(fromGlobalId(node.id, 'id').id)!;
      // numeric(18, 2) as written, without the trailing zeros PostgreSQL prints
      expect(node.signed).toEqual({ amount: String(Number(row.signed)), currency: row.currency });
      expect(node.executed!.currency).toBe(node.currency);
    }
  });

  it('reads a Decimal only as a plain decimal number, and writes one without an exponent', () => {
    expect(DecimalScalar.parseValue('24582145.4676')).toBe('24582145.4676');
    expect(DecimalScalar.parseValue(12.5)).toBe('12.5');
    for (const bad of ['1e9', '0x10', '', ' 1', '1,000.00', '--1']) expect(() => DecimalScalar.parseValue(bad)).toThrow(/Decimal/);
    expect(DecimalScalar.serialize(1e21)).toBe('1000000000000000000000');
    expect(DecimalScalar.serialize(0.0000001)).toBe('0.0000001');
    expect(DecimalScalar.serialize('24582145.47')).toBe('24582145.47');
  });
});
