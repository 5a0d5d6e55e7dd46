import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { createApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/viewer';
import { ensureDatabase, migrate } from '../src/core/database';
import { createLog } from '../src/core/log';
import { ormConfig } from '../src/core/orm-config';
import { createApp, type App } from '../src/core/server';
import { seedDatabase } from '../seeds';
import { startReplicatedPostgres, until, type ReplicatedPostgres } from './support/replicated-postgres';
import { TcpProxy } from './support/tcp-proxy';

/**
 * Issue 14: reads on streaming replicas. A primary and a hot standby of it (embedded, started
 * here), each behind a proxy the tests can take down, and two server instances on them, as two
 * machines behind a load balancer would be.
 */

const MAX_LAG_MS = 1_000;
let skipReason: string | undefined;
let cluster: ReplicatedPostgres | undefined;
let primaryProxy: TcpProxy;
let replicaProxy: TcpProxy;
const instances: Array<{ app: App; orm: MikroORM; url: string }> = [];
let adminKey: string;

beforeAll(async () => {
  let databaseUrl = '';
  const started = await startReplicatedPostgres(async (primaryUrl) => {
    databaseUrl = await ensureDatabase(primaryUrl, 'og');
    const { orm } = await migrate(databaseUrl);
    await seedDatabase(orm.em.fork() as never, 0);
    adminKey = (await createApiKey(orm.em.fork() as never, { role: Role.ADMIN, label: 'replica tests' })).key;
    await orm.close();
  });
  if (typeof started === 'string') {
    skipReason = started;
    return;
  }
  cluster = started;
  const replicaUrl = new URL(cluster.replica.url);
  replicaUrl.pathname = '/og';
  const at = (url: string) => ({ host: new URL(url).hostname, port: Number(new URL(url).port) });
  primaryProxy = new TcpProxy(at(databaseUrl));
  replicaProxy = new TcpProxy(at(replicaUrl.toString()));
  await primaryProxy.start();
  await replicaProxy.start();
  for (let i = 0; i < 2; i++) {
    const orm = await MikroORM.init(ormConfig(primaryProxy.rewrite(databaseUrl)));
    const app = await createApp({
      orm, mode: 'test', readUrls: [replicaProxy.rewrite(replicaUrl.toString())], replicaMaxLagMs: MAX_LAG_MS, healthIntervalMs: 100,
      rateLimits: { anonymous: 1_000_000, key: 1_000_000, windowSeconds: 60 }, log: createLog({ level: 'silent' }),
    });
    const port = await app.listen(0, '127.0.0.1');
    instances.push({ app, orm, url: `http://127.0.0.1:${port}/graphql` });
  }
}, 120_000);

afterAll(async () => {
  for (const { app, orm } of instances) {
    await app.close(0);
    await orm.close().catch(() => undefined);
  }
  await primaryProxy?.stop();
  await replicaProxy?.stop();
  await cluster?.stop();
}, 60_000);

function needsReplica(ctx: { skip: () => void }) {
  if (skipReason) {
    console.warn(`read replica tests skipped: ${skipReason}`);
    ctx.skip();
  }
}

interface Answer {
  status: number;
  readFrom: string | null;
  position: string | null;
  retryAfter: string | null;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };
}

/** Sends `query` to instance `i`; `position` is the read-your-writes header. */
async function ask(i: number, query: string, options: { key?: string; position?: string; variables?: unknown } = {}): Promise<Answer> {
  const response = await fetch(instances[i].url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...(options.position ? { 'x-og-position': options.position } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return {
    status: response.status,
    readFrom: response.headers.get('x-og-read-from'),
    position: response.headers.get('x-og-position'),
    retryAfter: response.headers.get('retry-after'),
    body: await response.json() as Answer['body'],
  };
}

const PARK = Buffer.from('Park:1').toString('base64url');
const READ_PARK = `{ node(id: "${PARK}") { ... on Park { designationYear version } } }`;
const parkOf = (answer: Answer) => answer.body.data?.node as { designationYear: number | null; version: number };

let lastWrite: string | undefined;

/** Sets park 1's designation year through instance `i` (reading its version at the last write's position); returns the mutation's answer. */
async function setYear(i: number, year: number): Promise<Answer> {
  const { version } = parkOf(await ask(i, READ_PARK, { position: lastWrite }));
  const answer = await ask(i, 'mutation ($input: UpdateParkInput!) { updatePark(input: $input) { park { designationYear version } } }', {
    key: adminKey, variables: { input: { id: PARK, expectedVersion: version, designationYear: year } },
  });
  lastWrite = answer.position ?? lastWrite;
  return answer;
}

const replicaServes = (i: number) => until(`instance ${i} reads from the replica`, async () => (await ask(i, '{ __typename }')).readFrom === 'replica-1', 10_000);

describe('reads on a streaming replica', () => {
  it('sends queries to the replica and mutations to the primary, whose answer gives the commit’s position', async (ctx) => {
    needsReplica(ctx);
    await replicaServes(0);
    const read = await ask(0, READ_PARK);
    expect(read).toMatchObject({ status: 200, readFrom: 'replica-1', position: null });
    const write = await setYear(0, 2001);
    expect(write.body.errors).toBeUndefined();
    expect(write).toMatchObject({ status: 200, readFrom: 'primary' });
    expect(write.position).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    expect(write.body.extensions?.position).toBe(write.position);
    // The mutation's own answer shows its write (it was read from the primary).
    expect(write.body.data?.updatePark).toMatchObject({ park: { designationYear: 2001 } });
  });

  it('lets a client read its own write on another instance, from the primary while the replica has not replayed it', async (ctx) => {
    needsReplica(ctx);
    await replicaServes(1);
    await cluster!.onReplica('select pg_wal_replay_pause()');
    try {
      const write = await setYear(0, 2002);
      expect(write.body.errors).toBeUndefined();
      // Without the position, the other instance may answer from the replica, which has not replayed the write.
      const stale = await ask(1, READ_PARK);
      expect(stale.readFrom).toBe('replica-1');
      expect(parkOf(stale).designationYear).not.toBe(2002);
      // With it, the primary answers, and the write is there.
      const own = await ask(1, READ_PARK, { position: write.position! });
      expect(own.readFrom).toBe('primary');
      expect(parkOf(own).designationYear).toBe(2002);
    } finally {
      await cluster!.onReplica('select pg_wal_replay_resume()');
    }
    // Once the replica has replayed it, the replica answers the same request.
    await until('the replica replays the write', async () => {
      const answer = await ask(1, READ_PARK);
      return answer.readFrom === 'replica-1' && parkOf(answer).designationYear === 2002;
    });
  });

  it('lets a partner re-sync across nodes: the full read sent with the head’s readPosition sees what the head saw', async (ctx) => {
    needsReplica(ctx);
    await replicaServes(1);
    await cluster!.onReplica('select pg_wal_replay_pause()');
    try {
      const write = await setYear(0, 2005);
      expect(write.body.errors).toBeUndefined();
      // The head is read on the primary (the write's position asks for it), so it stands after the write…
      const head = await ask(0, '{ changes(first: 0) { headCursor readPosition } }', { key: adminKey, position: write.position! });
      expect(head.readFrom).toBe('primary');
      const { readPosition } = (head.body.data!.changes as { readPosition: string });
      expect(readPosition).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      // …and a full read on another instance, sent with it, cannot come from the replica that lags behind it.
      const copy = await ask(1, READ_PARK, { position: readPosition });
      expect(copy.readFrom).toBe('primary');
      expect(parkOf(copy).designationYear).toBe(2005);
    } finally {
      await cluster!.onReplica('select pg_wal_replay_resume()');
    }
    // Once replayed, the replica answers a head read, and its readPosition is its own replay position.
    await until('the replica has the write', async () => parkOf(await ask(1, READ_PARK)).designationYear === 2005);
    const onReplica = await ask(1, '{ changes(first: 0) { readPosition } }', { key: adminKey });
    expect(onReplica.readFrom).toBe('replica-1');
    expect((onReplica.body.data!.changes as { readPosition: string }).readPosition).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
  });

  it('refuses a position that is not one, naming the header', async (ctx) => {
    needsReplica(ctx);
    const answer = await ask(0, READ_PARK, { position: 'yesterday' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_REQUEST', argumentName: 'x-og-position' });
  });

  it('takes a replica that falls behind the bound out of rotation, and back once it catches up', async (ctx) => {
    needsReplica(ctx);
    await replicaServes(0);
    await cluster!.onReplica('select pg_wal_replay_pause()');
    try {
      expect((await setYear(0, 2003)).body.errors).toBeUndefined();
      await until('reads move to the primary', async () => (await ask(0, READ_PARK)).readFrom === 'primary', MAX_LAG_MS + 3_000);
      const answer = await ask(0, READ_PARK);
      expect(parkOf(answer).designationYear).toBe(2003);
    } finally {
      await cluster!.onReplica('select pg_wal_replay_resume()');
    }
    await replicaServes(0);
  });

  it('keeps answering from the primary when the replica goes down, and uses the replica again when it is back', async (ctx) => {
    needsReplica(ctx);
    await replicaServes(0);
    await replicaProxy.stop();
    try {
      // At most the requests that were under way when it went fail (503, to retry); from then on the primary answers.
      await until('reads move to the primary', async () => (await ask(0, READ_PARK)).readFrom === 'primary', 3_000);
      for (let n = 0; n < 10; n++) expect(await ask(0, READ_PARK)).toMatchObject({ status: 200, readFrom: 'primary' });
    } finally {
      await replicaProxy.start();
    }
    await replicaServes(0);
  });

  it('keeps serving reads from the replica when the primary is down, and answers writes 503 with Retry-After', async (ctx) => {
    needsReplica(ctx);
    await replicaServes(0);
    await primaryProxy.stop();
    try {
      await until('the primary is seen down', async () => !instances[0].app.nodes.primary.up, 3_000);
      for (let n = 0; n < 5; n++) {
        const anonymous = await ask(0, READ_PARK);
        expect(anonymous).toMatchObject({ status: 200, readFrom: 'replica-1' });
        expect(parkOf(anonymous).designationYear).toBeTypeOf('number');
      }
      // A key is checked on the replica too.
      expect(await ask(0, '{ policies(first: 1) { totalCount } }', { key: adminKey })).toMatchObject({ status: 200, readFrom: 'replica-1' });
      const write = await ask(0, 'mutation ($input: UpdateParkInput!) { updatePark(input: $input) { park { version } } }', {
        key: adminKey, variables: { input: { id: PARK, expectedVersion: 1, designationYear: 1999 } },
      });
      expect(write).toMatchObject({ status: 503, retryAfter: '5' });
      expect(write.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const ready = await fetch(instances[0].url.replace('/graphql', '/readyz'));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'read-only', checks: { database: expect.stringMatching(/^unreachable/), replicas: { 'replica-1': 'ok' } } });
    } finally {
      await primaryProxy.start();
    }
    await until('the primary is back', async () => instances[0].app.nodes.primary.up, 3_000);
    expect((await setYear(0, 2004)).body.errors).toBeUndefined();
  });

  it('shows on /metrics which node answers, how far the replica is behind, and where reads went', async (ctx) => {
    needsReplica(ctx);
    await replicaServes(0);
    const metrics = await (await fetch(instances[0].url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/^og_db_node_up\{node="primary"\} 1$/m);
    expect(metrics).toMatch(/^og_db_node_up\{node="replica-1"\} 1$/m);
    expect(metrics).toMatch(/^og_db_replica_lag_seconds\{node="replica-1"\} [0-9.]+$/m);
    const reads = (node: string) => Number(new RegExp(`^og_db_reads_total\\{node="${node}"\\} (\\d+)$`, 'm').exec(metrics)?.[1] ?? 0);
    expect(reads('replica-1')).toBeGreaterThan(10);
    expect(reads('primary')).toBeGreaterThan(0);
  });
});
