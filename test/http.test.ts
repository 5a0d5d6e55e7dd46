import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let production: TestServer;
beforeAll(async () => {
  [server, production] = await Promise.all([startTestServer(), startTestServer({ mode: 'production' })]);
});
afterAll(async () => {
  await server?.close();
  await production?.close();
});

const post = (base: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${base}/graphql`, { method: 'POST', headers, body });

type Body = any;
const json = async (response: Response): Promise<Body> => response.json();

describe('the HTTP endpoint', () => {
  it('answers /healthz with 200 once ready', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok' } });
  });

  it('answers 200 when the response carries data, though a field of it has the caller’s error (GraphQL over HTTP)', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const response = await post(server.url, JSON.stringify({ query: '{ parks(first: 1) { totalCount } node(id: "not-an-id") { id } }' }), { 'content-type': 'application/json', accept });
      const body = await json(response);
      expect(body.data.parks.totalCount).toBeGreaterThan(0);
      expect(body.data.node).toBeNull();
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
      expect(response.status).toBe(200);
    }
    // Without data the caller's error is still a 400.
    expect((await post(server.url, JSON.stringify({ query: '{ parks(first: -1) { totalCount } }' }))).status).toBe(400);
  });

  it('answers other paths with 404', async () => {
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const response = await post(server.url, JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await post(server.url, '{"query": ');
    expect(response.status).toBe(400);
  });

  it('refuses a GET query without a CSRF-safe header, and runs one with it', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ serviceDomains { number } }')}`;
    expect((await fetch(url)).status).toBe(400);
    const ok = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    expect((await json(ok)).data.serviceDomains).toHaveLength(24);
  });

  it('answers unknown fields with a validation error', async () => {
    const response = await post(server.url, JSON.stringify({ query: '{ secrets }' }));
    const body = await json(response);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports the SQL statement count of a request in extensions outside production', async () => {
    const body = await json(await post(server.url, JSON.stringify({ query: '{ parks(first: 2) { nodes { nameZh } } }' })));
    expect(body.extensions.sql.count).toBe(1);
  });
});

describe('in production mode', () => {
  it('turns introspection off', async () => {
    const body = await json(await post(production.url, JSON.stringify({ query: '{ __schema { types { name } } }' })));
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.data).toBeUndefined();
  });

  it('hides field suggestions', async () => {
    const body = await json(await post(production.url, JSON.stringify({ query: '{ park { id } }' })));
    expect(body.errors[0].message).not.toContain('Did you mean');
  });

  it('masks internal errors: a code and a generic message, no SQL, stack or path', async () => {
    // Break the database under the server: an internal error, not the user's fault.
    await production.sql('alter table service_domain rename column name_en to name_en_broken');
    try {
      const body = await json(await post(production.url, JSON.stringify({ query: '{ serviceDomains { nameEn } }' })));
      expect(body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
      expect(JSON.stringify(body)).not.toMatch(/name_en|select|stack|node_modules/i);
      expect(Object.keys(body.extensions ?? {})).toEqual(['cost']);
    } finally {
      await production.sql('alter table service_domain rename column name_en_broken to name_en');
    }
  });

  it('keeps user errors as they are', async () => {
    const body = await json(await post(production.url, JSON.stringify({ query: '{ parks(first: 500) { totalCount } }' })));
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
