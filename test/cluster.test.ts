import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/viewer';
import { migrate } from '../src/core/database';
import { removeTrustedDocument } from '../src/trusted-documents/documents';
import { registerTrustedDocuments } from '../src/trusted-documents/register';
import { TrustedDocumentRegistry } from '../src/trusted-documents/registry';
import { freePort } from './support/free-port';
import { buildIfChanged, cloneTestDatabase, request, startServerProcess, type Answer, type ServerProcess } from './support/server-process';

// Issue 14: WEB_CONCURRENCY > 1 runs that many server processes on one port, which answer as one server:
// one rate-limit window per caller, metrics of the whole group, the same trusted documents; a worker that
// dies is replaced; SIGTERM stops them all within the bound.

const TOKEN = 'metrics-token-for-the-cluster-test';
/** The BPO domains: a list of at most 24 and one root field, so 25 points. */
const QUERY = '{ serviceDomains(category: BPO) { number } }';
const QUERY_POINTS = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The value of one sample of Prometheus text, e.g. og_requests_total{kind="graphql",…}; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

const refuses = (port: number, host = '127.0.0.1') =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, host, () => (socket.destroy(), resolve(false)));
    socket.on('error', () => resolve(true));
  });

const gone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};

/** This process's limit of open files (Linux), which the server's processes inherit. */
const openFilesLimit = (() => {
  try {
    const line = fs.readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
    return line ? Number(line.split(/\s+/)[3]) : undefined;
  } catch {
    return undefined;
  }
})();

/** Which process answered: the pid on the request's log line (requests go to the log, not to a header). */
async function servedBy(server: ServerProcess, answer: Answer): Promise<number> {
  const requestId = answer.headers['x-request-id'];
  const line = await server.waitFor((l) => l.msg === 'request' && l.requestId === requestId);
  expect(line.worker).toEqual(expect.any(Number));
  return line.pid!;
}

describe('WEB_CONCURRENCY=2 on a PostgreSQL of its own', () => {
  let server: ServerProcess;
  let database: Awaited<ReturnType<typeof cloneTestDatabase>>;
  let orm: MikroORM;
  let key: string;
  let refused = 0;
  const em = () => orm.em.fork() as EntityManager;
  const ask = (body: unknown, headers: Record<string, string> = { authorization: `Bearer ${key}` }, localAddress?: string) =>
    request(server.port, { body, headers, localAddress });
  const metrics = () => request(server.port, { path: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });

  beforeAll(async () => {
    buildIfChanged();
    database = await cloneTestDatabase();
    ({ orm } = await migrate(database.url));
    key = (await createApiKey(em(), { role: Role.RESEARCHER, label: 'cluster test' })).key;
    server = await startServerProcess({
      WEB_CONCURRENCY: '2', DATABASE_URL: database.url, RATE_LIMIT_ANONYMOUS: String(4 * QUERY_POINTS), METRICS_TOKEN: TOKEN,
      SHUTDOWN_TIMEOUT: '2', TRUSTED_DOCUMENTS: 'allow', REDIS_URL: '', DATABASE_READ_URLS: '',
    });
  }, 240_000);
  afterAll(async () => {
    server?.kill();
    await orm?.close();
    await database?.drop();
  });

  it('answers from two worker processes, neither of them the primary, which migrated nothing a second time', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await ask({ query: QUERY }));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    const pids = new Set(await Promise.all(answers.map((a) => servedBy(server, a))));
    expect(pids.size).toBe(2);
    expect(pids.has(server.child.pid!)).toBe(false);
    // The primary logs that it starts the workers and that they are all ready; each worker that it serves.
    const serving = server.lines().filter((l) => l.msg === 'worker serving');
    expect(new Set(serving.map((l) => l.pid))).toEqual(pids);
    expect(server.lines().filter((l) => String(l.msg).startsWith('GraphQL ready'))).toHaveLength(1);
  });

  it('keeps one anonymous rate-limit window per address for both workers, asked in turn or at once', async () => {
    const inTurn: Answer[] = [];
    for (let i = 0; i < 8; i++) inTurn.push(await ask({ query: QUERY }, {}, '127.0.0.2'));
    expect(inTurn.map((a) => a.status)).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
    expect(new Set(await Promise.all(inTurn.map((a) => servedBy(server, a)))).size).toBe(2);
    expect(inTurn[3].headers['ratelimit-remaining']).toBe('0');

    // At once, every request is charged its first point before any is charged its operation, so one fewer may fit;
    // never more than one window's worth (two windows, one per worker, would let 8 through).
    const atOnce = await Promise.all(Array.from({ length: 10 }, () => ask({ query: QUERY }, {}, '127.0.0.3')));
    const allowed = atOnce.filter((a) => a.status === 200).length;
    expect(allowed).toBeGreaterThanOrEqual(3);
    expect(allowed).toBeLessThanOrEqual(4);
    expect(atOnce.filter((a) => a.status === 429)).toHaveLength(10 - allowed);
    expect(new Set(await Promise.all(atOnce.map((a) => servedBy(server, a)))).size).toBe(2);
    refused = 4 + 10 - allowed;
  });

  it('reports the whole group on /metrics, whichever worker is asked', async () => {
    expect((await request(server.port, { path: '/metrics' })).status).toBe(401);
    const query = 'query ClusterCounted { serviceDomains(category: ITO) { number } }';
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await ask({ query }));
    expect(new Set(await Promise.all(answers.map((a) => servedBy(server, a)))).size).toBe(2);
    // Several scrapes, each on its own connection: both workers answer some, and all say the same.
    for (let i = 0; i < 4; i++) {
      const scrape = await metrics();
      expect(scrape.status).toBe(200);
      expect(sample(scrape.body, 'og_requests_total', { kind: 'graphql', operation: 'ClusterCounted', status: '200' })).toBe(7);
      expect(sample(scrape.body, 'og_request_duration_seconds_count', { kind: 'graphql', operation: 'ClusterCounted' })).toBe(7);
      expect(sample(scrape.body, 'og_workers')).toBe(2);
      // The refusals of the two anonymous windows spent above, by whichever worker.
      expect(sample(scrape.body, 'og_rate_limit_refusals_total', { role: 'anonymous' })).toBe(refused);
      // A limit of each process (the workers inherit this one's), not their sum.
      if (openFilesLimit) expect(sample(scrape.body, 'og_process_max_fds')).toBe(openFilesLimit);
    }
  });

  it('stops serving a removed trusted document in every worker within a second or two', async () => {
    const text = 'query ClusterDocument { serviceDomains(category: KPO) { number } }';
    const id = `sha256:${sha256(text)}`;
    expect((await registerTrustedDocuments(em(), [{ id, body: text }], 'cluster test')).registered).toBe(1);
    const before = [];
    for (let i = 0; i < 6; i++) before.push(await ask({ documentId: id }));
    expect(before.map((a) => a.status)).toEqual(Array(6).fill(200));
    // Both workers have it in their caches now.
    expect(new Set(await Promise.all(before.map((a) => servedBy(server, a)))).size).toBe(2);

    expect(await removeTrustedDocument(em(), id)).toBe(true);
    await sleep(1_500);
    const after = [];
    for (let i = 0; i < 6; i++) after.push(await ask({ documentId: id }));
    expect(after.map((a) => a.status)).toEqual(Array(6).fill(400));
    expect(after.map((a) => a.json<{ errors: Array<{ extensions: { code: string } }> }>().errors[0].extensions.code)).toEqual(Array(6).fill('PERSISTED_QUERY_NOT_FOUND'));
    expect(new Set(await Promise.all(after.map((a) => servedBy(server, a)))).size).toBe(2);

    // And one registered again is served again, by both.
    await registerTrustedDocuments(em(), [{ id, body: text }], 'cluster test');
    await sleep(1_500);
    const again = [];
    for (let i = 0; i < 4; i++) again.push(await ask({ documentId: id }));
    expect(again.map((a) => a.status)).toEqual(Array(4).fill(200));
  });

  it('checks the table for changes at most once per interval, and reloads what changed, documents looked up since included', async () => {
    const connection = orm.em.getConnection();
    let statements = 0;
    let now = 0;
    const registry = new TrustedDocumentRegistry({ execute: (q, p) => (statements++, connection.execute(q, p)) }, { checkEveryMs: 1_000, now: () => now });
    await registry.load();
    const text = 'query RegistryFresh { regions(first: 2) { totalCount } }';
    const id = `sha256:${sha256(text)}`;
    expect(await registry.get(id)).toBeNull();
    await registerTrustedDocuments(em(), [{ id, body: text }], 'cluster test');
    now = 500;
    // Not checked yet, and the miss is remembered: no statement.
    const quiet = statements;
    expect(await registry.get(id)).toBeNull();
    expect(statements).toBe(quiet);
    now = 1_000;
    expect(await registry.get(id)).toBe(text);
    now = 1_500;
    const cached = statements;
    expect(await Promise.all(Array.from({ length: 20 }, () => registry.get(id)))).toEqual(Array(20).fill(text));
    expect(statements).toBe(cached);
    expect(await removeTrustedDocument(em(), id)).toBe(true);
    now = 1_900;
    expect(await registry.get(id)).toBe(text);
    now = 2_000;
    expect(await registry.get(id)).toBeNull();

    // Registered, looked up between two checks, removed again: the table is as it was at the last check, and still the
    // document goes from the cache.
    const other = 'query RegistryFleeting { regions(first: 3) { totalCount } }';
    const otherId = `sha256:${sha256(other)}`;
    await registerTrustedDocuments(em(), [{ id: otherId, body: other }], 'cluster test');
    now = 2_100;
    expect(await registry.get(otherId)).toBe(other);
    expect(await removeTrustedDocument(em(), otherId)).toBe(true);
    now = 3_000;
    expect(await registry.get(otherId)).toBeNull();
  });

  it('serves change-feed subscriptions from every worker, each woken by its own LISTEN', async () => {
    const admin = (await createApiKey(em(), { role: Role.ADMIN, label: 'cluster feed' })).key;
    const head = JSON.parse((await ask({ query: '{ changes(first: 0) { headCursor } }' }, { authorization: `Bearer ${admin}` })).body) as { data: { changes: { headCursor: string } } };
    const received: string[][] = [];
    const clients = Array.from({ length: 4 }, (_, i) => {
      received.push([]);
      const client = createClient({ url: `ws://127.0.0.1:${server.port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${admin}` } });
      client.subscribe<{ changes: { node: { recordId: string } } }>(
        { query: 'subscription ($after: String) { changes(after: $after, types: [PARK]) { node { recordId } } }', variables: { after: head.data.changes.headCursor } },
        { next: (m) => received[i].push(m.data!.changes.node.recordId), error: () => undefined, complete: () => undefined },
      );
      return client;
    });
    await sleep(500);
    await em().getConnection().execute('update park set designation_year = coalesce(designation_year, 2000) + 1 where id = 2');
    const deadline = Date.now() + 5_000;
    while (received.some((r) => r.length === 0) && Date.now() < deadline) await sleep(50);
    expect(received).toEqual(Array(4).fill([Buffer.from('Park:2').toString('base64url')]));
    for (const client of clients) await client.dispose();
    // Each subscription logs a line when it ends: the four were served by both workers.
    const deadlineEnd = Date.now() + 5_000;
    while (server.lines().filter((l) => l.msg === 'subscription ended').length < 4 && Date.now() < deadlineEnd) await sleep(50);
    expect(new Set(server.lines().filter((l) => l.msg === 'subscription ended').map((l) => l.pid)).size).toBe(2);
  });

  it('replaces a worker that dies, and keeps answering meanwhile', async () => {
    const workers = [...new Set(server.lines().filter((l) => l.msg === 'worker serving').map((l) => l.pid!))];
    expect(workers).toHaveLength(2);
    const [victim, survivor] = workers;
    const mark = server.lines().length;
    process.kill(victim, 'SIGKILL');
    const death = await server.waitFor((l) => l.msg === 'worker exited unexpectedly: starting another' && l.workerPid === victim, 5_000, mark);
    expect(death).toMatchObject({ level: 'error', signal: 'SIGKILL', restartInMs: expect.any(Number) });
    // Meanwhile the other worker answers everything.
    const meanwhile = [];
    for (let i = 0; i < 4; i++) meanwhile.push(await ask({ query: QUERY }));
    expect(meanwhile.map((a) => a.status)).toEqual(Array(4).fill(200));
    const replaced = await server.waitFor((l) => l.msg === 'worker serving again', 15_000, mark);
    expect(replaced.workerPid).not.toBe(victim);
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await ask({ query: QUERY }));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    expect(new Set(await Promise.all(answers.map((a) => servedBy(server, a))))).toEqual(new Set([survivor, replaced.workerPid]));
    expect(sample((await metrics()).body, 'og_workers')).toBe(2);
  });

  it('stops every worker and then itself on SIGTERM: a request in flight cut at the bound, exit 0', async () => {
    const workers = [...new Set(server.lines().filter((l) => l.msg === 'worker serving').map((l) => l.pid!))].filter((pid) => !gone(pid));
    expect(workers).toHaveLength(2);
    // A client sending its body a byte a second: still in flight at the bound (SHUTDOWN_TIMEOUT=2).
    const socket = net.connect(server.port, '127.0.0.1');
    const body = JSON.stringify({ query: QUERY });
    socket.write(`POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\nauthorization: Bearer ${key}\r\ncontent-length: ${body.length}\r\n\r\n`);
    let sent = 0;
    const drip = setInterval(() => !socket.destroyed && socket.write(body[sent++]), 1_000);
    let received = '';
    socket.on('data', (d) => (received += d));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.on('close', () => (clearInterval(drip), resolve())));
    await sleep(300);

    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const { code } = await server.exited;
    const took = Date.now() - signalled;
    await closed;
    expect(code).toBe(0);
    expect(took).toBeGreaterThanOrEqual(1_500);
    expect(took).toBeLessThan(10_000);
    expect(received).toBe('');
    for (const pid of workers) expect(gone(pid)).toBe(true);
    expect(await refuses(server.port)).toBe(true);
    expect(server.lines().filter((l) => l.msg === 'worker stopped').map((l) => l.pid).sort()).toEqual([...workers].sort());
    expect(server.lines().at(-1)).toMatchObject({ msg: 'stopped', pid: server.child.pid });
  }, 30_000);
});

describe('WEB_CONCURRENCY=2 with the embedded PostgreSQL', () => {
  it('starts the embedded server once, in the primary, and stops it after the workers', async () => {
    buildIfChanged();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'og-cluster-pg-'));
    // Run as root, the embedded PostgreSQL runs as the postgres user, which must reach its folder.
    fs.chmodSync(folder, 0o777);
    const pgPort = await freePort();
    let server: ServerProcess | undefined;
    try {
      server = await startServerProcess({
        WEB_CONCURRENCY: '2', DATABASE_URL: '', EMBEDDED_PG_DIR: path.join(folder, 'data'), EMBEDDED_PG_PORT: String(pgPort),
        SEED_SYNTHETIC_SCALE: '0', SHUTDOWN_TIMEOUT: '2', REDIS_URL: '', DATABASE_READ_URLS: '',
      }, 120_000);
      expect(server.lines().filter((l) => String(l.msg).startsWith('Starting embedded PostgreSQL'))).toHaveLength(1);
      expect(server.lines().filter((l) => String(l.msg).startsWith('First start'))).toHaveLength(1);
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await request(server.port, { body: { query: QUERY } }));
      expect(answers.map((a) => a.status)).toEqual(Array(4).fill(200));
      expect(new Set(await Promise.all(answers.map((a) => servedBy(server!, a)))).size).toBe(2);
      const workers = [...new Set(server.lines().filter((l) => l.msg === 'worker serving').map((l) => l.pid!))];

      server.child.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
      for (const pid of workers) expect(gone(pid)).toBe(true);
      expect(await refuses(pgPort)).toBe(true);
      expect(server.lines().at(-1)).toMatchObject({ msg: 'stopped' });
    } finally {
      server?.kill();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 150_000);
});
