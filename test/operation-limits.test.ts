import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../src/core/budgets';
import { LIMITS, SCANNED_ROWS_PER_POINT } from '../src/core/limits';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

type Body = { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };

async function post(body: unknown, key?: string, on: TestServer = server) {
  const response = await fetch(`${on.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

const costOf = async (query: string, key?: string) => (await post({ query }, key)).body.extensions?.cost as Record<string, number>;

async function expectHealthy() {
  const { status, body } = await post({ query: '{ serviceDomains(category: ITO) { number } }' });
  expect(status).toBe(200);
  expect((body.data as { serviceDomains: unknown[] }).serviceDomains).toHaveLength(10);
}

describe('what an operation costs', () => {
  it('reports the cost of every response in extensions: nodes, points, the budget and the window', async () => {
    const cost = await costOf('{ parks(first: 10) { nodes { enterprises(first: 5) { nodes { nameZh } } } } }');
    expect(cost).toMatchObject({ depth: 4, nodes: 60, aliases: 0, directives: 0, scannedRows: 0, points: 61, budget: BUDGETS.anonymous.pointsPerRequest });
    expect(cost.windowRemaining).toBeLessThan(cost.windowLimit);
  });

  it('counts a plain list by its real bound: the catalog for domains, the longest list in the data for an enterprise’s parks', async () => {
    expect((await costOf('{ enterprises(first: 10) { nodes { domains { number } } } }')).nodes).toBe(10 + 10 * 24);
    const [{ max }] = await server.sql<{ max: string }>('select max(n) from (select count(*) n from enterprise_park group by enterprise_id) x');
    expect((await costOf('{ enterprises(first: 10) { nodes { parks { nameZh } } } }')).nodes).toBe(10 + 10 * Number(max));
  });

  it('counts a report by the rows it may return and the rows it reads', async () => {
    const [{ count }] = await server.sql<{ count: string }>('select count(*) from contract_record');
    const cost = await costOf('{ contractStats(groupBy: [YEAR], first: 50) { rows { year } } }');
    expect(cost).toMatchObject({ nodes: 50, scannedRows: Number(count), points: 50 + Math.ceil(Number(count) / SCANNED_ROWS_PER_POINT) + 1 });
  });
});

describe('operation limits and budgets', () => {
  it('refuses an operation deeper than the limit, naming the limit and the value', async () => {
    const deep = `{ region(code: "410105") { ${'parent { '.repeat(20)}code${' }'.repeat(20)} } }`;
    const { status, body } = await post({ query: deep });
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxDepth', max: LIMITS.maxDepth, value: 21 });
    expect(body.errors![0].message).toContain(`limit of ${LIMITS.maxDepth}`);
    await expectHealthy();
  });

  it('refuses page sizes that multiply past the caller’s budget before running anything, saying how to stay under it', async () => {
    const query = '{ parks(first: 100) { nodes { enterprises(first: 100) { nodes { contractRecords(first: 100) { nodes { year } } } } } } }';
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'pointsPerRequest', max: BUDGETS.anonymous.pointsPerRequest, value: 1_010_101 });
    expect(body.errors![0].message).toMatch(/smaller pages/);
    expect(body.extensions?.sql).toMatchObject({ count: 0 });
  });

  it('gives a researcher a larger budget than a caller without a key', async () => {
    const query = '{ parks(first: 100) { nodes { enterprises(first: 100) { nodes { nameZh } } } } }';
    expect((await post({ query })).status).toBe(400);
    expect((await post({ query }, server.keys.researcher)).status).toBe(200);
  });

  it('measures fragments that spread others twice, level after level, once each, and refuses what they add up to', async () => {
    // F24 expands to 2^24 copies of F0: measured by walking the document, not the expansion.
    const fragments = Array.from({ length: 24 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' ');
    const query = `{ ...F24 } fragment F0 on Query { parks(first: 1) { nodes { nameZh } } } ${fragments}`;
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'pointsPerRequest', value: 2 ** 25 });
    await expectHealthy();
  });

  it('counts page sizes given in variables', async () => {
    const query = 'query($n: Int) { parks(first: $n) { nodes { enterprises(first: $n) { nodes { contractRecords(first: $n) { nodes { year } } } } } } }';
    expect((await post({ query, variables: { n: 100 } })).status).toBe(400);
    expect((await post({ query, variables: { n: 10 } })).status).toBe(200);
  });

  it('refuses a document with more field selections than the limit before validating it', async () => {
    const { status, body } = await post({ query: `{ serviceDomains { ${'number '.repeat(LIMITS.maxFields + 1)} } }` });
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxFields', max: LIMITS.maxFields, value: LIMITS.maxFields + 2 });
    await expectHealthy();
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

describe('requests stopped while running', () => {
  it('stops a statement at the caller’s statement timeout and names what stopped it', async () => {
    const small = await startTestServer({ budgets: { anonymous: { statementTimeoutMs: 300 } } });
    // Another session holds the parks table, so the anonymous read waits past its timeout.
    const holder = new Client({ connectionString: small.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin; lock table park in access exclusive mode');
      const started = Date.now();
      const { body } = await post({ query: '{ parks(first: 1) { nodes { nameZh } } }' }, undefined, small);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(body.errors![0].extensions).toMatchObject({ code: 'STATEMENT_TIMEOUT' });
      expect(body.errors![0].message).toMatch(/statement timeout/);
      // A researcher's statements have their own, longer timeout: the same read waits for the lock and succeeds.
      const researcher = post({ query: '{ parks(first: 1) { nodes { nameZh } } }' }, small.keys.researcher, small);
      await new Promise((r) => setTimeout(r, 500));
      await holder.query('rollback');
      expect((await researcher).body.errors).toBeUndefined();
    } finally {
      await holder.end();
      await small.close();
    }
  });

  it('keeps connections for cheap requests while reports of the same role wait: reports run in a lane of their own', async () => {
    const small = await startTestServer({ budgets: { anonymous: { statementTimeoutMs: 20_000, heavyWaitMs: 20_000 } } });
    const holder = new Client({ connectionString: small.databaseUrl });
    await holder.connect();
    try {
      // Eight reports (as many as the main lane has connections) wait on a lock of the contract records…
      await holder.query('begin; lock table contract_record, published_cell in access exclusive mode');
      const reports = Array.from({ length: 8 }, () => post({ query: '{ contractStats(groupBy: [YEAR], first: 10) { rows { year } } }' }, undefined, small));
      await new Promise((r) => setTimeout(r, 300));
      // …and a cheap request is answered meanwhile.
      const cheap = await post({ query: '{ parks(first: 1) { nodes { nameZh } } }' }, undefined, small);
      expect(cheap.status).toBe(200);
      expect(cheap.body.errors).toBeUndefined();
      await holder.query('rollback');
      for (const report of await Promise.all(reports)) expect(report.body.errors).toBeUndefined();
    } finally {
      await holder.end();
      await small.close();
    }
  });

  it('turns a heavy operation away with 429 and Retry-After when the role’s heavy slots stay taken', async () => {
    const small = await startTestServer({ budgets: { anonymous: { statementTimeoutMs: 20_000, heavySlots: 1, heavyWaitMs: 200 } } });
    const holder = new Client({ connectionString: small.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin; lock table contract_record, published_cell in access exclusive mode');
      const report = '{ contractStats(groupBy: [YEAR], first: 10) { rows { year } } }';
      const first = post({ query: report }, undefined, small);
      await new Promise((r) => setTimeout(r, 100));
      const response = await fetch(`${small.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: report }) });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(((await response.json()) as Body).errors![0].extensions).toMatchObject({ code: 'CONCURRENCY_LIMITED' });
      await holder.query('rollback');
      expect((await first).body.errors).toBeUndefined();
    } finally {
      await holder.end();
      await small.close();
    }
  });

  it('refuses a response over the caller’s size cap with its size and the cap', async () => {
    const small = await startTestServer({ budgets: { anonymous: { maxResponseBytes: 2_000 } } });
    try {
      const { status, body } = await post({ query: '{ enterprises(first: 100) { nodes { nameZh nameEn creditCode } } }' }, undefined, small);
      expect(status).toBe(400);
      expect(body.errors![0].extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', max: 2_000 });
      expect(body.errors![0].extensions!.value as number).toBeGreaterThan(2_000);
      expect((await post({ query: '{ enterprises(first: 2) { nodes { nameZh } } }' }, undefined, small)).status).toBe(200);
    } finally {
      await small.close();
    }
  });
});
