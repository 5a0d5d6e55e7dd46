import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publishRelease } from '../src/disclosure/release';
import { DISCLOSURE_RULES, primaryStatus } from '../src/disclosure/suppression';
import { startTestServer, type TestServer } from './support/test-server';

type Stats = { contractStats: { rows: Array<{ year: number; executedCny: number; direction?: string }>; total: { executedCny: number } | null; suppressedRowCount: number } };

describe('statistical releases', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  const yearly = (key: string | null, filter = '{}') =>
    server.query<Stats, unknown>(`{ contractStats(groupBy: [YEAR], filter: ${filter}) { rows { year executedCny } total { executedCny } suppressedRowCount } }`, undefined, key);

  it('lists the releases made so far, with what each publishes and withholds', async () => {
    const { statisticsReleases } = (await server.query<{ statisticsReleases: Array<Record<string, number>> }, unknown>(
      '{ statisticsReleases { year releasedOn cellCount publishedCellCount fewEnterprisesCellCount dominantEnterpriseCellCount complementaryCellCount minEnterprises pPercent } }', undefined, null)).data!;
    const stored = await server.sql<{ year: number; n: number; published: number }>(
      `select r.year, count(*)::int as n, (count(*) filter (where c.status = 'PUBLISHED'))::int as published
       from statistics_release r join published_cell c on c.release_id = r.id group by 1 order by 1`);
    expect(statisticsReleases.map((r) => r.year)).toEqual(stored.map((r) => r.year));
    for (const [i, r] of statisticsReleases.entries()) {
      expect(r.cellCount).toBe(stored[i].n);
      expect(r.publishedCellCount).toBe(stored[i].published);
      expect(r.publishedCellCount + r.fewEnterprisesCellCount + r.dominantEnterpriseCellCount + r.complementaryCellCount).toBe(r.cellCount);
      expect(r.complementaryCellCount).toBeGreaterThan(0);
      expect(r).toMatchObject({ minEnterprises: 3, pPercent: 10 });
    }
  });

  it('withholds a cell of fewer than three enterprises, or one an enterprise dominates (p%-rule)', () => {
    const cell = (...executed: number[]) => new Map(executed.map((e, i) => [i, [e, e]]));
    expect(primaryStatus(cell(10, 10), DISCLOSURE_RULES)).toBe('FEW_CONTRIBUTORS');
    expect(primaryStatus(cell(100, 50, 40), DISCLOSURE_RULES)).toBe('PUBLISHED');
    // The others but the two largest add 5, under 10% of 100: the second largest would know the largest within 5%.
    expect(primaryStatus(cell(100, 50, 3, 2), DISCLOSURE_RULES)).toBe('DOMINANT_CONTRIBUTOR');
  });

  it('keeps a released year’s public figures final: a later revision reaches researchers, not the public tables', async () => {
    const before = await yearly(null);
    const researcherBefore = await yearly(server.keys.researcher);
    const year = before.data!.contractStats.rows[0].year;
    await server.sql(`update contract_record set executed_amount = executed_amount + 1000000 where id = (select min(id) from contract_record where year = $1)`, [year]);
    const after = await yearly(null);
    expect(after.data).toEqual(before.data);
    const researcherAfter = await yearly(server.keys.researcher);
    const changed = (r: typeof researcherAfter) => r.data!.contractStats.rows.find((x) => x.year === year)!.executedCny;
    expect(changed(researcherAfter)).toBeGreaterThan(changed(researcherBefore));
    // Nor can the year be released again: its figures were published once.
    await expect(publishRelease(server.orm.em.fork() as EntityManager, year, '2026-12-07')).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('answers as published on a date with the releases made by then: release dates are the only days public figures change', async () => {
    const releases = await server.sql<{ year: number; on: string }>(`select year, to_char(released_on, 'YYYY-MM-DD') as on from statistics_release order by year`);
    const third = releases[2];
    const asPublished = await yearly(null, `{ publishedOn: "${third.on}" }`);
    expect(asPublished.data!.contractStats.rows.map((r) => r.year)).toEqual(releases.slice(0, 3).map((r) => r.year));
    const dayBefore = new Date(Date.parse(third.on) - 86_400_000).toISOString().slice(0, 10);
    expect((await yearly(null, `{ publishedOn: "${dayBefore}" }`)).data!.contractStats.rows.map((r) => r.year)).toEqual(releases.slice(0, 2).map((r) => r.year));
  });

  it('exports to a university key the same published tables as GraphQL, and refuses it the rest', async () => {
    const csv = (groupBy: string[]) => fetch(`${server.url}/export/contract-stats.csv?groupBy=${encodeURIComponent(JSON.stringify(groupBy))}`,
      { headers: { authorization: `Bearer ${server.keys.university}` } });
    const refused = await csv(['REGION', 'DOMAIN']);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { errors: Array<{ extensions: { code: string; argumentName: string } }> }).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', argumentName: 'groupBy' });
    const published = await csv(['YEAR', 'DOMAIN']);
    expect(published.status).toBe(200);
    const lines = (await published.text()).trim().split('\r\n').slice(1);
    const graphql = await server.query<Stats, unknown>('{ contractStats(groupBy: [YEAR, DOMAIN], first: 2000) { rows { year executedCny } suppressedRowCount } }', undefined, server.keys.university);
    expect(lines).toHaveLength(graphql.data!.contractStats.rows.length);
    expect(graphql.data!.contractStats.suppressedRowCount).toBeGreaterThan(0);
  });

  it('refuses, without a researcher key, the groupings and filters that would difference a published cell (issue 10’s reproductions)', async () => {
    // {region 410172, domain 18, 2016} minus the same offshore: region × domain is no published table.
    const region = await server.query('{ contractStats(groupBy: [], filter: { regionCode: "410172", domainNumbers: [18], yearFrom: 2016, yearTo: 2016 }) { total { executedUsd } } }', undefined, null);
    expect(region.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', argumentName: 'groupBy' });
    const market = await server.query('{ contractStats(groupBy: [YEAR], filter: { clientMarket: "US" }) { total { executedUsd } } }', undefined, null);
    expect(market.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', argumentName: 'filter.clientMarket' });
    const quarter = await server.query('{ contractStats(groupBy: [YEAR, QUARTER]) { total { executedUsd } } }', undefined, server.keys.university);
    expect(quarter.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', argumentName: 'groupBy' });
    // A small page does not change the total: it is the sum of the published cells of every row, or null.
    const whole = await server.query<Stats, unknown>('{ contractStats(groupBy: [YEAR, DOMAIN], first: 2000) { rows { year executedCny } total { executedCny } suppressedRowCount } }', undefined, null);
    const page = await server.query<Stats, unknown>('{ contractStats(groupBy: [YEAR, DOMAIN], first: 1) { rows { year executedCny } total { executedCny } suppressedRowCount } }', undefined, null);
    expect(page.data!.contractStats.total).toEqual(whole.data!.contractStats.total);
    expect(page.data!.contractStats.suppressedRowCount).toBe(whole.data!.contractStats.suppressedRowCount);
  });
});
