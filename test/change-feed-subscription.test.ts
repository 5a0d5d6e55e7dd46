import { createClient, type Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLog } from '../src/core/log';
import { createApp, type App } from '../src/core/server';
import { until } from './support/replicated-postgres';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Issue 14: the change feed live, over WebSocket (graphql-ws), served by any instance: every
 * change once, in order, across a reconnect with the last cursor received.
 */

let server: TestServer;
/** A second instance on the same database, as another machine behind the load balancer would be. */
let other: App;
let otherUrl: string;
const clients: WsClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ subscriptions: { perKey: 3, total: 50 } });
  other = await createApp({ orm: server.orm, mode: 'test', rateLimits: { anonymous: 1_000_000, key: 1_000_000, windowSeconds: 60 }, log: createLog({ level: 'silent' }) });
  otherUrl = `http://127.0.0.1:${await other.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await other?.close(0);
  await server?.close();
});

interface Edge {
  cursor: string;
  node: { type: string; recordId: string; operation: string; version: number | null; source: string };
}

const FOLLOW = 'subscription ($after: String, $types: [ChangeRecordType!]) { changes(after: $after, types: $types) { cursor node { type recordId operation version source } } }';

/** Opens a WebSocket to `base` with `key` (none: no connectionParams) and follows the feed; `received` fills as events arrive. */
function follow(base: string, key: string | null, variables: { after?: string | null; types?: string[] } = {}) {
  const received: Edge[] = [];
  const errors: unknown[] = [];
  let closedWith: { code: number; reason: string } | undefined;
  const client = createClient({
    url: `${base.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false,
    connectionParams: key ? { authorization: `Bearer ${key}` } : undefined,
    on: { closed: (event) => (closedWith ??= { code: (event as { code: number }).code, reason: (event as { reason: string }).reason }) },
    onNonLazyError: () => undefined,
  });
  clients.push(client);
  const stop = client.subscribe<{ changes: Edge }>({ query: FOLLOW, variables }, {
    next: (message) => (message.errors ? errors.push(...message.errors) : received.push(message.data!.changes)),
    error: (error) => errors.push(...(Array.isArray(error) ? error : [error])),
    complete: () => undefined,
  });
  return { received, errors, closed: () => closedWith, stop, dispose: () => client.dispose() };
}

/** The feed's head now: a cursor after every change made so far. */
async function head(): Promise<string> {
  const result = await server.query<{ changes: { headCursor: string } }, object>('{ changes(first: 0) { headCursor } }', {}, server.keys.admin);
  return result.data!.changes.headCursor;
}

/** Edits park `id` through the API as an admin (its designation year), returning the new version. */
async function editPark(id: number): Promise<number> {
  const [{ version }] = await server.sql<{ version: number }>('select version from park where id = $1', [id]);
  const result = await server.query<{ updatePark: { park: { version: number } } }, object>(
    'mutation ($input: UpdateParkInput!) { updatePark(input: $input) { park { version } } }',
    { input: { id: Buffer.from(`Park:${id}`).toString('base64url'), expectedVersion: version, designationYear: 1990 + ((version + id) % 30) } },
    server.keys.admin,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.updatePark.park.version;
}

/** Every change after `after` as the `changes` query pages them: the reference the subscription must match. */
async function pagedAfter(after: string, types?: string[], key = server.keys.admin): Promise<Edge[]> {
  const result = await server.query<{ changes: { edges: Edge[] } }, object>(
    'query ($after: String, $types: [ChangeRecordType!]) { changes(after: $after, first: 1000, types: $types) { edges { cursor node { type recordId operation version source } } } }',
    { after, types }, key,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.changes.edges;
}

describe('following the change feed over WebSocket', () => {
  it('delivers each change as it commits, in order, once, with its cursor', async () => {
    const start = await head();
    const feed = follow(server.url, server.keys.admin, { after: start, types: ['PARK'] });
    const versions = [await editPark(3), await editPark(3), await editPark(4)];
    await until('three events arrive', () => feed.received.length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(feed.errors).toEqual([]);
    expect(feed.received).toEqual(await pagedAfter(start, ['PARK']));
    expect(feed.received.map((e) => e.node.version)).toEqual(versions);
    expect(feed.received.every((e) => e.node.operation === 'UPDATE' && e.node.type === 'Park' && e.node.source.startsWith('api:'))).toBe(true);
  });

  it('starts from now without a cursor', async () => {
    await editPark(5);
    const feed = follow(server.url, server.keys.admin, { types: ['PARK'] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const version = await editPark(5);
    await until('the new event arrives', () => feed.received.length >= 1 || feed.errors.length > 0);
    expect(feed.errors).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The head is where every transaction still open began: a change committed a moment before may come too, never one long before.
    expect(feed.received.map((e) => e.node.version).at(-1)).toBe(version);
    expect(feed.received.length).toBeLessThanOrEqual(2);
  });

  it('misses nothing and repeats nothing across a reconnect to another instance with the last cursor', async () => {
    const start = await head();
    const first = follow(server.url, server.keys.researcher, { after: start });
    await editPark(6);
    await editPark(7);
    await until('two events on the first connection', () => first.received.length >= 2);
    await first.dispose();
    // While nobody listens: a change through the API and one straight in the database.
    await editPark(6);
    await server.sql('update enterprise set headcount = headcount + 1 where id = (select min(id) from enterprise)');
    const last = first.received.at(-1)!.cursor;
    const second = follow(otherUrl, server.keys.researcher, { after: last });
    await editPark(8);
    await until('three more on the second connection', () => second.received.length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const all = [...first.received, ...second.received];
    expect(all).toEqual(await pagedAfter(start, undefined, server.keys.researcher));
    expect(new Set(all.map((e) => e.cursor)).size).toBe(all.length);
    expect(all.map((e) => e.node.type)).toEqual(['Park', 'Park', 'Park', 'Enterprise', 'Park']);
  });

  it('shows each key only what it may read: contract records to researchers, not to a university', async () => {
    const start = await head();
    const researcher = follow(server.url, server.keys.researcher, { after: start });
    const university = follow(otherUrl, server.keys.university, { after: start });
    await server.sql('update contract_record set executed_amount = executed_amount + 1 where id = (select min(id) from contract_record)');
    await editPark(9);
    await until('both see the park', () => (researcher.received.length >= 2 && university.received.length >= 1) || researcher.errors.length + university.errors.length > 0);
    expect([...researcher.errors, ...university.errors]).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(researcher.received.map((e) => e.node.type)).toEqual(['ContractRecord', 'Park']);
    expect(university.received.map((e) => e.node.type)).toEqual(['Park']);
  });

  it('refuses a connection without a key, and a query over the socket', async () => {
    const anonymous = follow(server.url, null);
    await until('the socket closes', () => anonymous.closed() !== undefined);
    expect(anonymous.closed()).toMatchObject({ code: 4401, reason: expect.stringMatching(/API key/) });
    const wrongKey = follow(server.url, 'og_nothing_thisisnotakey');
    await until('the socket closes', () => wrongKey.closed() !== undefined);
    expect(wrongKey.closed()?.code).toBe(4401);

    const client = createClient({ url: `${server.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${server.keys.admin}` } });
    clients.push(client);
    const errors = await new Promise<unknown[]>((resolve) => {
      client.subscribe({ query: '{ changes(first: 1) { headCursor } }' }, { next: () => undefined, error: (e) => resolve(e as unknown[]), complete: () => resolve([]) });
    });
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_REQUEST' }) })]);
  });

  it('answers a bad cursor with BAD_USER_INPUT on `after`, as the query does', async () => {
    const feed = follow(server.url, server.keys.admin, { after: 'not-a-cursor' });
    await until('the error arrives', () => feed.errors.length > 0);
    expect(feed.errors[0]).toEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'after' }) }));
  });

  it('lets one key hold a bounded number of subscriptions on an instance', async () => {
    const key = server.keys.parkAdmin;
    const held = [follow(server.url, key), follow(server.url, key), follow(server.url, key)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(held.flatMap((f) => f.errors)).toEqual([]);
    const fourth = follow(server.url, key);
    await until('the fourth is refused', () => fourth.errors.length > 0);
    expect(fourth.errors[0]).toEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONCURRENCY_LIMITED', limit: 'subscriptionsPerKey', max: 3 }) }));
    const open = async () => Number(/^og_subscriptions (\d+)$/m.exec(await (await fetch(`${server.url}/metrics`)).text())?.[1]);
    const before = await open();
    expect(before).toBeGreaterThanOrEqual(3);
    // Completing one frees its place.
    held[0].stop();
    await until('the gauge counts one less', async () => (await open()) === before - 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const fifth = follow(server.url, key);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fifth.errors).toEqual([]);
  });
});
