import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSynthetic } from '../seeds/synthetic';
import { rebuildSearchIndex } from '../src/search/search-index';
import {
  ContractStatsDocument, IncentiveEligibilityDocument, ParkClustersDocument, PolicyProgressDocument, SearchDocument, TalentPipelineDocument,
} from './generated/operations';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Every report, as a researcher would ask for it. */
const reports: Array<[string, () => Promise<GraphQLResponse<unknown>>]> = [
  ['contractStats', () => server.query(ContractStatsDocument, { groupBy: ['YEAR', 'REGION', 'PARK'], regionLevel: 'CITY', first: 10000 })],
  ['contractStats as published', () => server.query(ContractStatsDocument, { groupBy: ['YEAR', 'DOMAIN'], filter: { publishedOn: tomorrow, excludeSynthetic: false }, first: 10000 })],
  ['talentPipeline', () => server.query(TalentPipelineDocument, { first: 100 })],
  ['parkClusters', () => server.query(ParkClustersDocument, { filter: { regionCode: '410000' } })],
  ['policy progress', () => server.query(PolicyProgressDocument, { asOf: '2020-12-31' })],
  ['incentive eligibility', () => server.query(IncentiveEligibilityDocument, {})],
  ['search', () => server.query(SearchDocument, { text: '软件', first: 50 })],
];

describe('every report costs the same statements at two data scales', () => {
  it('issues no more statements, and no repeated statement, after the data grows threefold', async () => {
    const before = new Map<string, GraphQLResponse<unknown>>();
    for (const [name, run] of reports) before.set(name, await run());
    await loadSynthetic(server.orm.em.fork(), { scale: 3 });
    await rebuildSearchIndex(server.orm.em.fork());
    for (const [name, run] of reports) {
      const small = before.get(name)!;
      const large = await run();
      expect(large.errors, name).toBeUndefined();
      expect(JSON.stringify(large.data), `${name} answers from the larger data`).not.toBe(JSON.stringify(small.data));
      const statements = large.extensions!.sql!.statements!;
      // The same record loader may run once per depth at which the query asks for its type, never per record.
      const repeats = Math.max(...[...new Set(statements)].map((s) => statements.filter((t) => t === s).length));
      expect(repeats, `${name}: a statement repeated`).toBeLessThanOrEqual(2);
      // A loader whose keys an earlier batch already fetched issues nothing, so counts may differ by a statement or two.
      expect(statements.length, name).toBeLessThanOrEqual(small.extensions!.sql!.count + 2);
      expect(statements.length, name).toBeLessThanOrEqual(16);
    }
  });
});
