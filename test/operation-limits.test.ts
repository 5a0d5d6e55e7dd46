import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/core/limits';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

async function post(body: unknown) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> } };
}

async function expectHealthy() {
  const { status, body } = await post({ query: '{ serviceDomains(category: ITO) { number } }' });
  expect(status).toBe(200);
  expect((body.data as { serviceDomains: unknown[] }).serviceDomains).toHaveLength(10);
}

describe('operation limits', () => {
  it('reports the cost of every response in extensions', async () => {
    const { body } = await post({ query: '{ parks(first: 10) { nodes { enterprises(first: 5) { nodes { nameZh } } } } }' });
    expect(body.extensions?.cost).toEqual({ depth: 4, nodes: 60, aliases: 0, directives: 0 });
  });

  it('refuses an operation deeper than the limit, naming the limit and the value', async () => {
    const deep = `{ region(code: "410105") { ${'parent { '.repeat(20)}code${' }'.repeat(20)} } }`;
    const { status, body } = await post({ query: deep });
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxDepth', max: LIMITS.maxDepth, value: 21 });
    expect(body.errors![0].message).toContain(`limit of ${LIMITS.maxDepth}`);
    await expectHealthy();
  });

  it('refuses page sizes that multiply past the node limit before running anything', async () => {
    const query = '{ parks(first: 100) { nodes { enterprises(first: 100) { nodes { contractRecords(first: 100) { nodes { year } } } } } } }';
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxNodes', value: 1_010_100 });
    expect(body.extensions?.sql).toMatchObject({ count: 0 });
  });

  it('counts page sizes given in variables', async () => {
    const query = 'query($n: Int) { parks(first: $n) { nodes { enterprises(first: $n) { nodes { contractRecords(first: $n) { nodes { year } } } } } } }';
    expect((await post({ query, variables: { n: 100 } })).status).toBe(400);
    expect((await post({ query, variables: { n: 10 } })).status).toBe(200);
  });

  it('refuses alias and directive bombs', async () => {
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: serviceDomains { number }`).join(' ')} }`;
    const a = await post({ query: aliases });
    expect(a.status).toBe(400);
    expect(a.body.errors![0].extensions).toMatchObject({ limit: 'maxAliases', value: 20 });
    const directives = `{ serviceDomains { ${'number @include(if: true) '.repeat(20)} } }`;
    const d = await post({ query: directives });
    expect(d.status).toBe(400);
    expect(d.body.errors![0].extensions).toMatchObject({ limit: 'maxDirectives' });
    await expectHealthy();
  });

  it('refuses a document of too many tokens, circular fragments and batched requests', async () => {
    const tokens = await post({ query: `{ ${'__typename '.repeat(LIMITS.maxTokens + 10)} }` });
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors![0].message).toMatch(/token/i);
    const cycle = await post({ query: 'fragment A on Park { ...B } fragment B on Park { ...A } { parks { nodes { ...A } } }' });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const batch = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    await expectHealthy();
  });
});
