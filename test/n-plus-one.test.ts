import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSynthetic } from '../seeds/synthetic';
import { NestedGraphDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

async function statementsFor(first: number) {
  const result = await server.query(NestedGraphDocument, { first });
  expect(result.errors).toBeUndefined();
  return { data: result.data!, sql: result.extensions!.sql! };
}

/**
 * The query has 25 relation and list fields; each costs at most one statement per
 * request (a DataLoader batch or a page query) plus one for a requested totalCount.
 * A loader whose keys were all requested by an earlier batch issues none, and
 * which batch comes first depends on the order PostgreSQL answers in, so the
 * exact count may differ by one or two between runs; the set of statements does not.
 */
const SHAPE_BOUND = 30;

function nodeCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n, v) => n + nodeCount(v), 0);
  if (value && typeof value === 'object') return 1 + Object.values(value).reduce((n: number, v) => n + nodeCount(v), 0);
  return 0;
}

describe('no N+1: the statements of a request do not grow with page size or data size', () => {
  it('issues the same statements for a seven-level nested query at first: 5 and first: 50', async () => {
    const small = await statementsFor(5);
    // Every level has data at the small size too, so no branch is skipped there.
    const placements = small.data.universities.nodes.flatMap((u) => u.trainingBases.nodes.flatMap((b) => b.cohorts.nodes.flatMap((c) => c.placements.nodes)));
    expect(placements.some((p) => p.enterprise.contractRecords.nodes.length > 0 && p.enterprise.designations.length > 0 && p.enterprise.parks.length > 0)).toBe(true);
    expect(small.data.parks.nodes.some((p) => p.enterprises.nodes.length > 0 && p.designations.length > 0)).toBe(true);
    const large = await statementsFor(50);
    expect(nodeCount(large.data)).toBeGreaterThan(nodeCount(small.data));
    // The same statements at both sizes (a page size never multiplies them), within the query's bound.
    const shapes = (sql: { statements?: string[] }) => [...new Set(sql.statements)].sort();
    expect(shapes(large.sql)).toEqual(shapes(small.sql));
    expect(small.sql.count).toBeLessThanOrEqual(SHAPE_BOUND);
    expect(large.sql.count).toBeLessThanOrEqual(SHAPE_BOUND);
    // The SQL itself, committed beside the test, so a change in the queries shows in review.
    await expect(shapes(small.sql).join(';\n\n') + ';\n').toMatchFileSnapshot('./__snapshots__/nested-graph.sql');
  });

  it('issues the same statements after the data grows fourfold', async () => {
    const before = await statementsFor(50);
    await loadSynthetic(server.orm.em.fork(), { scale: 4 });
    const after = await statementsFor(50);
    expect(nodeCount(after.data)).toBeGreaterThan(nodeCount(before.data));
    expect(before.sql.count).toBeLessThanOrEqual(SHAPE_BOUND);
    expect(after.sql.count).toBeLessThanOrEqual(SHAPE_BOUND);
    expect([...new Set(after.sql.statements)].sort()).toEqual([...new Set(before.sql.statements)].sort());
  });
});
