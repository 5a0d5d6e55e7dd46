import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer({ mode: 'production' })));
afterAll(() => server?.close());

type Body = { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

async function send(body: string | Uint8Array, headers: Record<string, string> = { 'content-type': 'application/json' }, method = 'POST') {
  const response = await fetch(`${server.url}/graphql`, { method, headers, body: method === 'GET' ? undefined : body });
  const text = await response.text();
  let json: Body = {};
  try {
    json = JSON.parse(text) as Body;
  } catch {
    json = { errors: [{ message: text }] };
  }
  return { status: response.status, json, text };
}

/** Every hostile request gets a 4xx answer with no internals, writes nothing, and leaves the server healthy. */
async function expectRefused(result: { status: number; text: string }) {
  expect(result.status, result.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(result.status).toBeLessThan(500);
  expect(result.text).not.toMatch(/stacktrace|node_modules|\/work\/|select .* from|at .+\.js:\d+/i);
  const health = await send(JSON.stringify({ query: '{ serviceDomains(category: KPO) { number } }' }));
  expect(health.status).toBe(200);
}

const counts = async () => (await server.sql<{ n: string }>('select (select count(*) from enterprise) + (select count(*) from audit_entry) as n'))[0].n;

describe('hostile input', () => {
  it('answers each hostile request with a 4xx, no internals, nothing written, the server still healthy', async () => {
    const before = await counts();
    const cases: Array<[string, () => Promise<{ status: number; text: string }>]> = [
      ['deep nesting', () => send(JSON.stringify({ query: `{ region(code: "410105") { ${'parent { '.repeat(30)}code${' }'.repeat(30)} } }` }))],
      ['alias bomb', () => send(JSON.stringify({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: parks(first: 100) { totalCount }`).join(' ')} }` }))],
      ['fragment bomb', () => send(JSON.stringify({ query: `query { parks(first: 100) { nodes { ...F0 } } } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Park { enterprises(first: 100) { nodes { parks { ${i < 39 ? `...F${i + 1}` : 'id'} } } } }`).join(' ')}` }))],
      ['circular fragments', () => send(JSON.stringify({ query: 'fragment A on Park { ...B } fragment B on Park { ...A } { parks { nodes { ...A } } }' }))],
      ['huge string argument', () => send(JSON.stringify({ query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: '郑'.repeat(200_000) } }))],
      ['invalid UTF-8', () => send(new Uint8Array([0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]))],
      ['SQL-shaped filter value', () => send(JSON.stringify({ query: 'query($c: String) { parks(filter: { regionCode: $c }) { totalCount } }', variables: { c: "'; drop table park; --" } }))],
      ['wrong scalar type', () => send(JSON.stringify({ query: 'query($n: Int) { parks(first: $n) { totalCount } }', variables: { n: 'ten' } }))],
      ['invalid date scalar', () => send(JSON.stringify({ query: '{ policies { nodes { targets { current(asOf: "2020-13-45") } } } }' }))],
      ['unknown enum', () => send(JSON.stringify({ query: '{ serviceDomains(category: XPO) { number } }' }))],
      ['oversized body', () => send(JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(1_200_000) }))],
      ['GET mutation', () => send('', { 'apollo-require-preflight': 'true' }, 'GET').then(() => fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { deleteEnterprise(input: { id: "RW50ZXJwcmlzZTox", expectedVersion: 1 }) { deletedId } }')}`, { headers: { 'apollo-require-preflight': 'true' } })).then(async (r) => ({ status: r.status, text: await r.text() }))],
      ['missing content type', () => send(JSON.stringify({ query: '{ __typename }' }), {})],
      ['text/plain (CSRF-simple request)', () => send(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' })],
      ['not JSON', () => send('{"query": "{ __typename }"')],
      ['mutation without a key', () => send(JSON.stringify({ query: 'mutation { deleteEnterprise(input: { id: "RW50ZXJwcmlzZTox", expectedVersion: 1 }) { deletedId } }' }))],
      ['batched operations', () => send(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]))],
    ];
    for (const [name, run] of cases) {
      const result = await run();
      await expectRefused(result).catch((error: Error) => {
        throw new Error(`${name}: ${error.message}`);
      });
    }
    expect(await counts()).toBe(before);
    const [{ n }] = await server.sql<{ n: string }>('select count(*) as n from park');
    expect(Number(n)).toBeGreaterThan(0);
  });
});
