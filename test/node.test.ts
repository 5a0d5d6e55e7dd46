import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeDocument, NodesDocument, OneOfEachTypeDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

/** One global ID of every type in the graph, read off the lists. */
async function oneIdOfEachType(): Promise<string[]> {
  const d = await server.data(OneOfEachTypeDocument, {});
  const policy = d.policies.nodes[0];
  const cohort = d.cohortsWithPlacements.nodes.flatMap((u) => u.cohorts.nodes)[0];
  const placement = d.cohortsWithPlacements.nodes.flatMap((u) => u.placements.nodes)[0];
  return [
    d.regions.nodes[0].id, d.serviceDomains[0].id, d.parks.nodes[0].id, d.enterprises.nodes[0].id,
    d.designations.nodes[0].id, d.universities.nodes[0].id, d.trainingBases.nodes[0].id, d.partnerships.nodes[0].id,
    d.contractRecords.nodes[0].id, policy.id, policy.targets[0].id, policy.incentives[0].id, cohort.id, placement.id,
  ];
}

describe('refetching by global ID', () => {
  it('refetches a record of every type with node(id:)', async () => {
    const ids = await oneIdOfEachType();
    const types = new Set<string>();
    for (const id of ids) {
      const { node } = await server.data(NodeDocument, { id });
      expect(node?.id).toBe(id);
      types.add(node!.__typename);
    }
    expect([...types].sort()).toEqual([
      'Cohort', 'ContractRecord', 'Designation', 'Enterprise', 'Incentive', 'Park', 'Partnership', 'Placement',
      'Policy', 'PolicyTarget', 'Region', 'ServiceDomain', 'TrainingBase', 'University',
    ]);
  });

  it('refetches many with nodes(ids:), in the order given, null for ones that do not exist', async () => {
    const ids = await oneIdOfEachType();
    const missing = Buffer.from('Park:999999').toString('base64url');
    const { nodes } = await server.data(NodesDocument, { ids: [...ids.reverse(), missing] });
    expect(nodes.map((n) => n?.id ?? null)).toEqual([...ids, null]);
  });

  it('refetches every type in one statement per type, not one per ID', async () => {
    const ids = await oneIdOfEachType();
    const result = await server.query(NodesDocument, { ids });
    // One statement per type, and one to check the API key.
    expect(result.extensions?.sql?.count).toBe(15);
  });

  it('gives IDs that are opaque and differ across types with the same key', async () => {
    const ids = await oneIdOfEachType();
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
