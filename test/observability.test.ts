import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FailureLog } from '../src/core/log';
import { MAX_OPERATION_LABELS } from '../src/core/metrics';
import { captureLog } from './support/log-capture';
import { startTestServer, type TestServer } from './support/test-server';

// Issue 12: what an operator reads — one JSON log line per request, and Prometheus metrics at /metrics.

let server: TestServer;
const captured = captureLog('info');
const TOKEN = 'metrics-token-for-the-tests';
beforeAll(async () => (server = await startTestServer({ mode: 'production', log: captured.log, metricsToken: TOKEN, rateLimits: { anonymous: 1_000_000, key: 400, windowSeconds: 60 } })));
afterAll(() => server?.close());

const post = (body: unknown, key?: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
const metrics = async () => {
  const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
};
/** The value of one sample of the exposition text, e.g. `og_requests_total{kind="graphql",…}`. */
const sample = (text: string, name: string, labels: Record<string, string> = {}) => {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `) ? wanted.every((w) => l.includes(w)) : false);
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
};
const requestLines = () => captured.entries().filter((e) => e.msg === 'request');

describe('the request log', () => {
  it('writes one JSON line per request: its id, operation, role, status, duration, statements and cost', async () => {
    const response = await post({ query: 'query ParkNames($first: Int) { parks(first: $first) { nodes { nameZh } } }', variables: { first: 2 } }, server.keys.researcher);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { extensions: { cost: { points: number } } };
    const requestId = response.headers.get('x-request-id');
    const lines = requestLines().filter((e) => e.requestId === requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', kind: 'graphql', operation: 'ParkNames', role: 'researcher', status: 200 });
    expect(lines[0].ms).toEqual(expect.any(Number));
    expect(lines[0].statements).toBeGreaterThan(0);
    // The window is charged the operation's points (one of them on arrival).
    expect(lines[0].cost).toBe(body.extensions.cost.points);
  });

  it('never writes parameter values, keys or line breaks from the request', async () => {
    const marker = 'SECRET-VALUE\n{"level":"fatal","msg":"forged"}';
    await post({ query: 'query Find($q: String!) { search(query: $q, first: 1) { totalCount } }', variables: { q: marker } }, server.keys.admin);
    await post({ query: '{ parks(first: 1) { nodes { nameZh } } }', operationName: 'Bad\nName' });
    const text = captured.lines.join('');
    expect(text).not.toContain('SECRET-VALUE');
    expect(text).not.toContain(server.keys.admin.split('_').slice(2).join('_'));
    for (const line of captured.lines) expect(line.trimEnd()).not.toContain('\n');
    expect(captured.entries().some((e) => e.msg === 'forged')).toBe(false);
  });

  it('refuses a subscription document as the caller’s mistake (400), not an internal error', async () => {
    const before = captured.lines.length;
    const response = await post({ query: 'subscription Live { parks { totalCount } }' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED']).toContain(body.errors[0].extensions.code);
    expect(captured.entries().slice(before).filter((e) => e.level === 'error')).toHaveLength(0);
  });

  it('logs at the level asked for: nothing below it', () => {
    const quiet = captureLog('warn');
    quiet.log.info('not written');
    quiet.log.warn('written');
    expect(quiet.entries().map((e) => e.msg)).toEqual(['written']);
  });

  it('logs a repeated failure once per window, then says how many it left out', () => {
    const { log, entries } = captureLog();
    const failures = new FailureLog(log, 60_000);
    for (let i = 0; i < 50; i++) failures.internalError(`request-${i}`, new Error('the same fault'), 'test');
    failures.internalError('other', new TypeError('another fault'), 'test');
    expect(entries().map((e) => e.requestId)).toEqual(['request-0', 'other']);
    const later = new FailureLog(log, 0);
    later.report('error', 'kind', 'first', {});
    later.report('error', 'kind', 'again', {});
    expect(entries().at(-1)).toMatchObject({ msg: 'again' });
  });
});

describe('/metrics', () => {
  it('asks for the metrics token when one is set', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('counts requests and their latency by operation, errors by code, statements, cost and refusals', async () => {
    for (let i = 0; i < 3; i++) expect((await post({ query: 'query CountedParks { parks(first: 2) { nodes { nameZh } } }' })).status).toBe(200);
    expect((await post({ query: '{ parks(first: -1) { totalCount } }' })).status).toBe(400);
    // A small window for keys (400 points): a large page is refused with 429.
    let refused = 0;
    for (let i = 0; i < 5; i++) if ((await post({ query: 'query Big { enterprises(first: 100) { nodes { nameZh } } }' }, server.keys.university)).status === 429) refused++;
    expect(refused).toBeGreaterThan(0);
    const text = await metrics();
    expect(sample(text, 'og_requests_total', { kind: 'graphql', operation: 'CountedParks', status: '200' })).toBe(3);
    expect(sample(text, 'og_request_duration_seconds_count', { kind: 'graphql', operation: 'CountedParks' })).toBe(3);
    expect(sample(text, 'og_errors_total', { code: 'BAD_USER_INPUT' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'og_rate_limit_refusals_total', { role: 'university' })).toBe(refused);
    expect(sample(text, 'og_statements_per_request_count', { kind: 'graphql' })).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'og_cost_points_total', { role: 'anonymous' })).toBeGreaterThan(0);
  });

  it('shows the database pools’ use and wait, and the process’s own figures', async () => {
    await post({ query: '{ parks(first: 1) { nodes { nameZh } } }' });
    const text = await metrics();
    expect(sample(text, 'og_db_pool_connections', { pool: 'orm', state: 'total' })).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/og_db_pool_connections\{pool="main-\d+ms",state="idle"\} \d+/);
    expect(text).toMatch(/og_db_pool_wait_seconds_count\{pool="main-\d+ms"\} [1-9]/);
    expect(sample(text, 'og_process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(text).toContain('og_nodejs_eventloop_lag_seconds');
    expect(text).toContain('og_process_resident_memory_bytes');
  });

  it('keeps operation labels bounded however many names callers invent', async () => {
    for (let i = 0; i < MAX_OPERATION_LABELS + 20; i++) await post({ query: `query Invented${i} { __typename }` });
    const text = await metrics();
    const names = new Set(text.split('\n').filter((l) => l.startsWith('og_requests_total{')).map((l) => /operation="([^"]*)"/.exec(l)![1]));
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 1);
    expect(names.has('other')).toBe(true);
  });
});
