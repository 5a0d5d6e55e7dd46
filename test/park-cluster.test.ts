import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../src/import/run-import';
import { ParkClusterDocument, ParkClustersDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

/** Money comes rounded to the cent: a sum of `terms` rounded figures is within half a cent per term of the rounded whole. */
const expectCents = (actual: number, expected: number, terms = 1) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.005 * (terms + 1) + 1e-9);

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const USD = `(c.executed_amount * (case when c.currency = 'CNY' then 1 else fx.cny_per_unit end) / usd.cny_per_unit)`;

describe('park clusters', () => {
  it('groups each park’s enterprises by domain and category as independent queries do', async () => {
    const { parkClusters } = await server.data(ParkClustersDocument, { filter: { regionCode: '410000' }, options: { yearFrom: 2018, yearTo: 2022 } });
    expect(parkClusters.length).toBeGreaterThan(5);
    for (const cluster of parkClusters) {
      const id = idOf(cluster.park.id);
      const [facts] = await server.sql<{ n: string; hc: string; usd: number | null }>(
        `select (select count(*) from enterprise_park where park_id = $1) as n,
                (select coalesce(sum(e.headcount), 0) from enterprise_park ep join enterprise e on e.id = ep.enterprise_id where ep.park_id = $1) as hc,
                (select sum(${USD})::float8 from enterprise_park ep join contract_record c on c.enterprise_id = ep.enterprise_id
                   left join exchange_rate fx on fx.currency = c.currency and fx.year = c.year
                   join exchange_rate usd on usd.currency = 'USD' and usd.year = c.year
                  where ep.park_id = $1 and c.year between 2018 and 2022) as usd`,
        [id],
      );
      expect(cluster.enterpriseCount).toBe(Number(facts.n));
      expect(cluster.headcount).toBe(Number(facts.hc));
      expect(cluster.contracts!.executedUsd).toBeCloseTo(facts.usd ?? 0, 2);
      expectCents(cluster.contracts!.offshoreExecutedUsd! + cluster.contracts!.onshoreExecutedUsd!, cluster.contracts!.executedUsd, 2);
      const categories = await server.sql<{ category: string; n: string }>(
        `select d.category, count(distinct e.id) as n from enterprise_park ep join enterprise e on e.id = ep.enterprise_id
           join enterprise_domain x on x.enterprise_id = e.id join service_domain d on d.id = x.service_domain_id
          where ep.park_id = $1 group by 1 order by 1`,
        [id],
      );
      expect(cluster.byCategory.map((c) => [c.category, c.enterpriseCount])).toEqual(categories.map((c) => [c.category, Number(c.n)]));
      expectCents(cluster.byCategory.reduce((a, c) => a + c.contracts!.executedUsd, 0), cluster.contracts!.executedUsd, cluster.byCategory.length);
      for (const group of cluster.byDomain) expect(group.enterpriseCount).toBeLessThanOrEqual(cluster.enterpriseCount);
    }
  });

  it('counts designations in force, names the leading and key enterprises, and the bases that feed the park', async () => {
    const asOf = '2024-06-30';
    const { parkClusters } = await server.data(ParkClustersDocument, { filter: { regionCode: '410100' }, options: { asOf } });
    const withLeaders = parkClusters.filter((c) => c.leadingEnterprises.totalCount > 0);
    expect(withLeaders.length).toBeGreaterThan(0);
    for (const cluster of parkClusters) {
      const id = idOf(cluster.park.id);
      const kinds = await server.sql<{ kind: string; n: string }>(
        `select d.kind, count(distinct d.enterprise_id) as n from enterprise_park ep join designation d on d.enterprise_id = ep.enterprise_id
          where ep.park_id = $1 and d.valid_from <= $2 and (d.valid_until is null or d.valid_until >= $2) group by 1 order by 1`,
        [id, asOf],
      );
      expect(cluster.designations.map((d) => [d.kind, d.enterpriseCount])).toEqual(kinds.map((k) => [k.kind, Number(k.n)]));
      for (const e of cluster.leadingEnterprises.nodes) {
        expect(e.designations.some((d) => ['INDUSTRY_LEADING_ENTERPRISE', 'CITY_KEY_ENTERPRISE', 'PROVINCIAL_LEADING_ENTERPRISE'].includes(d.kind)
          && d.validFrom <= asOf && (d.validUntil == null || d.validUntil >= asOf))).toBe(true);
      }
      const [{ placed }] = await server.sql<{ placed: string | null }>(
        'select sum(p.hired) as placed from enterprise_park ep join placement p on p.enterprise_id = ep.enterprise_id where ep.park_id = $1', [id],
      );
      expect(cluster.feeders.reduce((a, f) => a + f.placed!, 0)).toBe(Number(placed ?? 0));
    }
  });

  it('gives callers without a researcher key the released park cells, summed over the years asked; a range over a withheld year is withheld', async () => {
    const cells = await server.sql<{ park_id: number; year: number; status: string; executed_cny: number | null; usd_rate: number }>(
      `select c.park_id, r.year, c.status, c.executed_cny, r.usd_rate from published_cell c join statistics_release r on r.id = c.release_id
        where c.table_code = 'PARK' and c.variant = 'ALL'`);
    const years = [...new Set(cells.map((c) => c.year))].sort();
    let compared = 0;
    let withheld = 0;
    for (const regionCode of ['410000', '610000']) {
      for (const [yearFrom, yearTo] of [[years[0], years[1]], [years[1], years[1]], [years[0], years.at(-1)!]]) {
        type Clusters = { parkClusters: Array<{ park: { id: string }; contracts: { executedUsd: number } | null }> };
        const answer = await server.query<Clusters, unknown>(
          `{ parkClusters(filter: { regionCode: "${regionCode}" }, options: { yearFrom: ${yearFrom}, yearTo: ${yearTo} }) { park { id } contracts { executedUsd } } }`, undefined, null);
        expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
        for (const cluster of answer.data!.parkClusters) {
          const own = cells.filter((c) => c.park_id === idOf(cluster.park.id) && c.year >= yearFrom && c.year <= yearTo);
          // cluster(2016–2017) minus cluster(2017) would be 2016's cell: each sum shows only when every yearly cell is published.
          if (own.some((c) => c.status !== 'PUBLISHED')) {
            expect(cluster.contracts).toBeNull();
            withheld++;
          } else {
            expect(cluster.contracts?.executedUsd ?? 0).toBeCloseTo(own.reduce((s, c) => s + c.executed_cny! / c.usd_rate, 0), 2);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(5);
    expect(withheld).toBeGreaterThan(0);
  });

  it('orders feeders by placed only for those who see placed; everyone else gets them by training base', async () => {
    const [{ park }] = await server.sql<{ park: number }>(
      `select ep.park_id as park from enterprise_park ep join placement p on p.enterprise_id = ep.enterprise_id
        join cohort c on c.id = p.cohort_id group by 1 having count(distinct c.training_base_id) >= 3 order by count(distinct c.training_base_id) desc limit 1`,
    );
    const filter = { parkIds: [Buffer.from(`Park:${park}`).toString('base64url')] };
    const baseId = (f: { trainingBase: { id: string } }) => Number(Buffer.from(f.trainingBase.id, 'base64url').toString().split(':')[1]);
    const asResearcher = (await server.data(ParkClustersDocument, { filter })).parkClusters[0].feeders;
    expect(asResearcher.length).toBeGreaterThanOrEqual(3);
    const placed = asResearcher.map((f) => f.placed!);
    expect(placed).toEqual([...placed].sort((a, b) => b - a));
    const asAnonymous = await server.query(ParkClustersDocument, { filter }, null);
    const feeders = asAnonymous.data!.parkClusters[0].feeders;
    expect(feeders.every((f) => f.placed === null)).toBe(true);
    const ids = feeders.map(baseId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids)).toEqual(new Set(asResearcher.map(baseId)));
  });

  it('is also a field of a park, and answers any number of parks in the same number of statements', async () => {
    const one = await server.data(ParkClustersDocument, { filter: { parkIds: [Buffer.from('Park:8').toString('base64url')] } });
    const { node } = await server.data(ParkClusterDocument, { id: one.parkClusters[0].park.id });
    expect(node && 'cluster' in node ? node.cluster.enterpriseCount : null).toBe(one.parkClusters[0].enterpriseCount);
    const few = await server.query(ParkClustersDocument, { filter: { parkIds: [Buffer.from('Park:8').toString('base64url')] } });
    const many = await server.query(ParkClustersDocument, { filter: { regionCode: '410000' } });
    expect(many.data!.parkClusters.length).toBeGreaterThan(5);
    // The key check, two lookups, five cluster statements, four record loaders, three for the leading enterprises:
    // a bound set by the query's shape, each statement once, however many parks.
    const statements = many.extensions!.sql!.statements!;
    expect(statements.length).toBeLessThanOrEqual(15);
    expect(new Set(statements).size).toBe(statements.length);
    expect(few.extensions!.sql!.count).toBeLessThanOrEqual(statements.length);
  });

  it('leaves synthetic enterprises out on request, and reads contract records as published on a date', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-cluster-'));
    const [{ name_zh: park, id: parkId }] = await server.sql<{ name_zh: string; id: number }>("select name_zh, id from park where name_zh = '863软件孵化器'");
    fs.writeFileSync(path.join(dir, 'e.csv'), `credit_code,name_zh,ownership,region_code,parks\n914101720007000016,郑州集群测试企业,PRIVATE,410172,${park}\n`);
    fs.writeFileSync(path.join(dir, 'c.csv'), 'credit_code,year,domain,direction,client_market,signed_amount,executed_amount,currency\n914101720007000016,2021,18,OFFSHORE,US,100,80,USD\n');
    expect((await runImport(server.orm.em.fork(), path.join(dir, 'e.csv'), 'enterprises')).errorCount).toBe(0);
    expect((await runImport(server.orm.em.fork(), path.join(dir, 'c.csv'), 'contract-records')).errorCount).toBe(0);
    const cluster = async (options: Record<string, unknown>) =>
      (await server.data(ParkClustersDocument, { filter: { parkIds: [Buffer.from(`Park:${parkId}`).toString('base64url')] }, options })).parkClusters[0];
    const all = await cluster({ yearFrom: 2021, yearTo: 2021 });
    const real = await cluster({ yearFrom: 2021, yearTo: 2021, excludeSynthetic: true });
    expect(all.enterpriseCount).toBeGreaterThan(1);
    expect(real).toMatchObject({ enterpriseCount: 1, contracts: { executedUsd: 80 } });
    expect(real.basis).toContain('Synthetic enterprises and records left out');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await cluster({ yearFrom: 2021, yearTo: 2021, excludeSynthetic: true, publishedOn: yesterday })).contracts?.executedUsd ?? 0).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rejects a reversed year range and a comparison of nothing', async () => {
    const reversed = await server.query(ParkClustersDocument, { filter: { regionCode: '410000' }, options: { yearFrom: 2022, yearTo: 2020 } });
    expect(reversed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'options.yearTo' });
    const nothing = await server.query(ParkClustersDocument, { filter: {} });
    expect(nothing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter' });
  });
});
