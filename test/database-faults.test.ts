import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLog } from './support/log-capture';
import { startTestServer, type TestServer } from './support/test-server';

// Issue 12: what callers and the log see while PostgreSQL is stopped, and after it returns.

let server: TestServer;
const captured = captureLog();
beforeAll(async () => (server = await startTestServer({ mode: 'production', databaseProxy: true, log: captured.log })));
afterAll(() => server?.close());

const graphql = (key?: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: 'query Parks { parks(first: 3) { nodes { nameZh } } }' }),
  });
const csv = (key: string) => fetch(`${server.url}/export/contract-stats.csv?groupBy=["YEAR"]`, { headers: { authorization: `Bearer ${key}` } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('while the database is stopped', () => {
  it('answers GraphQL (anonymous and keyed) and CSV with 503, Retry-After and a JSON error naming the request, logs it a few lines at most, and serves again once the database is back', async () => {
    expect((await graphql()).status).toBe(200);
    expect((await csv(server.keys.researcher)).status).toBe(200);
    await server.databaseProxy!.stop();
    const linesBefore = captured.lines.length;

    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await graphql(), await graphql(server.keys.researcher), await csv(server.keys.researcher));
    for (const response of answers) {
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5, requestId: response.headers.get('x-request-id') });
      // Nothing of the driver's message, the SQL or a stack reaches the caller.
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|select|at \w+ \(/i);
    }

    // One request line each, and the failure itself once (not a stack trace per request).
    const lines = captured.entries().slice(linesBefore);
    expect(lines.filter((e) => e.msg === 'request' && e.status === 503)).toHaveLength(answers.length);
    expect(lines.filter((e) => e.msg === 'database unavailable').length).toBeLessThanOrEqual(2);
    expect(lines.filter((e) => e.msg === 'internal error')).toHaveLength(0);
    expect(captured.lines.slice(linesBefore).join('')).not.toContain(' at ');

    await server.databaseProxy!.start();
    let status = 0;
    for (let tries = 0; tries < 50 && status !== 200; tries++) {
      status = (await graphql(server.keys.researcher)).status;
      if (status !== 200) await sleep(100);
    }
    expect(status).toBe(200);
    expect((await graphql()).status).toBe(200);
    expect((await csv(server.keys.researcher)).status).toBe(200);
  });

  it('answers 503 within seconds, not never, while the database accepts connections but answers nothing', async () => {
    await server.databaseProxy!.hang();
    try {
      const start = Date.now();
      const response = await graphql();
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(Date.now() - start).toBeLessThan(8_000);
    } finally {
      await server.databaseProxy!.stop();
      await server.databaseProxy!.start();
    }
    let status = 0;
    for (let tries = 0; tries < 50 && status !== 200; tries++) {
      status = (await graphql()).status;
      if (status !== 200) await sleep(100);
    }
    expect(status).toBe(200);
  }, 30_000);

  it('answers 503 when the database stops dead on an open connection (the statement timeout cannot fire), after the statement timeout and 5 s', async () => {
    expect((await graphql()).status).toBe(200);
    server.databaseProxy!.freeze();
    try {
      const start = Date.now();
      const response = await graphql();
      expect(response.status).toBe(503);
      // The anonymous statement timeout is 2 s.
      expect(Date.now() - start).toBeLessThan(12_000);
    } finally {
      await server.databaseProxy!.stop();
      await server.databaseProxy!.start();
    }
  }, 30_000);
});
