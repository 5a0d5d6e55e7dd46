import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '../src/auth/viewer';
import { changesPage, decodeCursor, encodeCursor, type ChangeRow } from '../src/change-feed/changes.query';
import { pruneChanges } from '../src/change-feed/prune';
import { migrate } from '../src/core/database';
import { startEmbeddedPostgres } from '../src/core/embedded-postgres';
import { embeddedPostgresBinary, startEmbeddedReplica } from '../src/core/embedded-replica';
import { positional } from '../src/core/read-pool';
import { toGlobalId } from '../src/core/ids';
import { createLog } from '../src/core/log';
import { createApp } from '../src/core/server';
import { runImport } from '../src/import/run-import';
import { FileSubmissionDocument, RollbackImportBatchDocument, SubmitSubmissionDocument, UpdateParkDocument, VerifySubmissionDocument } from './generated/operations';
import { freePort } from './support/free-port';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';

let server: TestServer;
/** Where the feed stood when the file started: each test reads what came after. */
let start: string;
let adminKeyId: number;
beforeAll(async () => {
  server = await startTestServer();
  [{ id: adminKeyId }] = await server.sql<{ id: number }>(`select id from api_key where role = 'ADMIN' order by id desc limit 1`);
  start = await head();
});
afterAll(() => server?.close());

interface Event { type: string; recordId: string; operation: string; version: number | null; changedAt: string; source: string }
interface Changes {
  changes: {
    edges: Array<{ cursor: string; node: Event }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    headCursor: string;
  };
}
const CHANGES = `query Changes($after: String, $first: Int, $types: [ChangeRecordType!]) {
  changes(after: $after, first: $first, types: $types) {
    edges { cursor node { type recordId operation version changedAt source } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
    headCursor
  }
}`;

type Key = string | null;
const page = (variables: { after?: string | null; first?: number; types?: string[] }, key: Key = server.keys.admin, on = server) =>
  on.query<Changes, typeof variables>(CHANGES, variables, key);

async function head(): Promise<string> {
  const { data, errors } = await page({ first: 0 });
  expect(errors).toBeUndefined();
  return data!.changes.headCursor;
}

/** Every change after `after` readable now, in pages of `first`; and the cursor to go on from. */
async function readAll(after: string | null, key: Key = server.keys.admin, first = 1000, types?: string[], on = server) {
  const events: Array<Event & { cursor: string }> = [];
  let cursor = after;
  for (;;) {
    const { data, errors } = await page({ after: cursor, first, types }, key, on);
    expect(errors).toBeUndefined();
    events.push(...data!.changes.edges.map((e) => ({ ...e.node, cursor: e.cursor })));
    cursor = data!.changes.pageInfo.endCursor;
    if (!data!.changes.pageInfo.hasNextPage) return { events, cursor };
  }
}

/**
 * Reads until `done` holds of what came after `after`. Transactions of other test files in the
 * same PostgreSQL (ids are per server) hold the readable end back while they are open, so a change
 * may take a moment to become readable.
 */
async function waitFor(after: string | null, done: (events: Event[]) => boolean, key: Key = server.keys.admin, types?: string[]) {
  const until = Date.now() + 20_000;
  for (;;) {
    const { events, cursor } = await readAll(after, key, 1000, types);
    if (done(events) || Date.now() > until) return { events, cursor };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Until every change written so far is readable (no transaction of another file holds the end back), for tests that compare reads. */
async function settled(): Promise<void> {
  const until = Date.now() + 20_000;
  for (;;) {
    const [{ n }] = await server.sql<{ n: string }>('select count(*) as n from change_event');
    if ((await readAll(null)).events.length === Number(n) || Date.now() > until) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const gid = toGlobalId;
const numberOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const versionOfPark = async (id: number) => (await server.sql<{ version: number }>('select version from park where id = $1', [id]))[0].version;
const fixture = (name: string) => path.join(__dirname, 'fixtures/import', name);
const CREATE_PARK = `mutation($input: CreateParkInput!) { createPark(input: $input) { park { id version } } }`;
const DELETE_PARK = `mutation($input: DeleteParkInput!) { deletePark(input: $input) { deletedId } }`;
const of = (events: Event[], recordId: string) => events.filter((e) => e.recordId === recordId);

describe('the change feed', () => {
  it('has no changes of the synthetic set: seeding turns the feed off', async () => {
    const [{ synthetic }] = await server.sql<{ synthetic: string }>(`select count(*) as synthetic from enterprise where provenance_source = 'SYNTHETIC'`);
    expect(Number(synthetic)).toBeGreaterThan(0);
    const [{ n }] = await server.sql<{ n: string }>(`select count(*) as n from change_event e
      where e.record_type not in ('Park', 'ExchangeRate')
         or (e.record_type = 'Park' and e.record_id in (select id from park where provenance_source = 'SYNTHETIC'))`);
    expect(Number(n)).toBe(0);
    // og.feed = off in a transaction of one's own: nothing is recorded; an update that changes nothing is no change either.
    const client = new Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      const count = async () => Number((await client.query<{ n: string }>('select count(*) as n from change_event')).rows[0].n);
      const before = await count();
      await client.query('begin');
      await client.query(`select set_config('og.feed', 'off', true)`);
      await client.query(`update park set note = 'quiet' where id = 2`);
      await client.query('commit');
      await client.query(`update park set name_en = name_en where id = 2`);
      expect(await count()).toBe(before);
      await client.query(`update park set note = null where id = 2`);
      expect(await count()).toBe(before + 1);
    } finally {
      await client.end();
    }
  });

  it('shows an edit through the API once, as an UPDATE at the new version, by the API (which key: admins only)', async () => {
    const from = await head();
    const id = gid('Park', 1);
    const edited = await server.query(UpdateParkDocument, { input: { id, expectedVersion: await versionOfPark(1), nameEn: 'Zhengzhou Software Park (edited)' } }, server.keys.admin);
    expect(edited.errors).toBeUndefined();
    const version = edited.data!.updatePark.park!.version;
    const { events } = await waitFor(from, (events) => of(events, id).length > 0);
    expect(of(events, id)).toEqual([expect.objectContaining({ type: 'Park', operation: 'UPDATE', version, source: `api:key:${adminKeyId}` })]);
    const asResearcher = await readAll(from, server.keys.researcher);
    expect(of(asResearcher.events, id)).toEqual([expect.objectContaining({ operation: 'UPDATE', version, source: 'api' })]);
    expect(new Date(of(events, id)[0].changedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('shows a creation and a deletion', async () => {
    const from = await head();
    const created = await server.query<{ createPark: { park: { id: string; version: number } } }, object>(CREATE_PARK, {
      input: { nameZh: '变更订阅测试园', nameEn: 'Change Feed Test Park', kind: 'SOFTWARE_PARK', regionCode: '410172' },
    }, server.keys.admin);
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createPark.park;
    const deleted = await server.query(DELETE_PARK, { input: { id, expectedVersion: version } }, server.keys.admin);
    expect(deleted.errors).toBeUndefined();
    const { events } = await waitFor(from, (events) => of(events, id).length >= 2);
    expect(of(events, id).map((e) => [e.operation, e.version])).toEqual([['CREATE', 1], ['DELETE', null]]);
  });

  it('shows an import as CREATEs by the import batch, and its rollback as DELETEs by the rollback', async () => {
    const from = await head();
    const report = await runImport(server.orm.em.fork(), fixture('enterprises-bom.csv'), 'enterprises');
    expect(report).toMatchObject({ inserted: 2, errorCount: 0 });
    const imported = await waitFor(from, (events) => events.length >= 2, server.keys.admin, ['ENTERPRISE']);
    expect(imported.events.map((e) => [e.type, e.operation, e.version, e.source])).toEqual([
      ['Enterprise', 'CREATE', 1, `import:batch:${report.batchId}`],
      ['Enterprise', 'CREATE', 1, `import:batch:${report.batchId}`],
    ]);
    expect((await readAll(from, null, 1000, ['ENTERPRISE'])).events.map((e) => e.source)).toEqual(['import', 'import']);

    const rolled = await server.query(RollbackImportBatchDocument, { batchId: gid('ImportBatch', report.batchId!) }, server.keys.admin);
    expect(rolled.data!.rollbackImportBatch).toMatchObject({ deleted: 2 });
    const after = await waitFor(imported.cursor, (events) => events.length >= 2, server.keys.admin, ['ENTERPRISE']);
    expect(after.events.map((e) => [e.operation, e.version, e.source])).toEqual([
      ['DELETE', null, `rollback:batch:${report.batchId}`],
      ['DELETE', null, `rollback:batch:${report.batchId}`],
    ]);
    expect(new Set(after.events.map((e) => e.recordId))).toEqual(new Set(imported.events.map((e) => e.recordId)));
  });

  it('shows a verified submission’s contract records, written by the submission', async () => {
    const from = await head();
    const [{ id: enterpriseId }] = await server.sql<{ id: number }>('select min(enterprise_id) as id from enterprise_park where park_id = 1');
    const figures = [
      { domainNumber: 18, direction: 'OFFSHORE' as const, clientMarket: 'US', signedAmount: 500000, executedAmount: 400000, currency: 'USD' },
      { domainNumber: 17, direction: 'ONSHORE' as const, clientMarket: 'CN', signedAmount: 100000, executedAmount: 90000, currency: 'CNY' },
    ];
    const filed = await server.query(FileSubmissionDocument, { input: { enterpriseId: gid('Enterprise', enterpriseId), year: 2012, quarter: 2, figures } }, server.keys.parkAdmin);
    const submission = filed.data!.fileSubmission.submission;
    await server.query(SubmitSubmissionDocument, { input: { id: submission.id, expectedVersion: 1 } }, server.keys.parkAdmin);
    const verified = await server.query(VerifySubmissionDocument, { input: { id: submission.id, expectedVersion: 2 } }, server.keys.admin);
    expect(verified.errors).toBeUndefined();
    const { events } = await waitFor(from, (events) => events.length >= 2, server.keys.admin, ['CONTRACT_RECORD']);
    expect(events.map((e) => [e.type, e.operation, e.version, e.source])).toEqual([
      ['ContractRecord', 'CREATE', 1, `submission:${numberOf(submission.id)}`],
      ['ContractRecord', 'CREATE', 1, `submission:${numberOf(submission.id)}`],
    ]);
    // Filing and submitting wrote no record.
    expect((await readAll(from)).events.filter((e) => e.type !== 'ContractRecord')).toEqual([]);
  });

  it('resumes exactly: pages of two give the sequence one page gives, each change once, in order', async () => {
    await settled();
    const whole = await readAll(null, server.keys.admin, 1000);
    const paged = await readAll(null, server.keys.admin, 2);
    expect(whole.events.length).toBeGreaterThan(20);
    expect(paged.events).toEqual(whole.events);
    expect(new Set(whole.events.map((e) => e.cursor)).size).toBe(whole.events.length);
    // Read on from each cursor: what follows is the rest of the sequence.
    for (const i of [0, 5, whole.events.length - 2]) {
      const rest = await readAll(whole.events[i].cursor);
      expect(rest.events.slice(0, whole.events.length - i - 1)).toEqual(whole.events.slice(i + 1));
    }
    // Past the end: an empty page keeps the cursor it was given.
    const end = await page({ after: whole.cursor, first: 10 });
    expect(end.data!.changes).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, endCursor: whole.cursor } });
  });

  it('takes a cursor from before a restart: a new server on the same database reads on from it', async () => {
    await settled();
    const { cursor } = await readAll(start);
    const id = gid('Park', 3);
    await server.query(UpdateParkDocument, { input: { id, expectedVersion: await versionOfPark(3), note: 'after the restart' } }, server.keys.admin);
    const { orm } = await migrate(server.databaseUrl);
    const app = await createApp({ orm, mode: 'test', exposeSql: true, rateLimits: { anonymous: 1_000_000, key: 1_000_000, windowSeconds: 60 }, log: createLog({ level: 'error' }) });
    const port = await app.listen(0, '127.0.0.1');
    const restarted = {
      ...server,
      query: async <T, V>(document: string, variables: V, key: Key) => {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
          body: JSON.stringify({ query: document, variables }),
        });
        return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse<T>;
      },
    } as TestServer;
    try {
      const until = Date.now() + 20_000;
      let events: Event[] = [];
      while (of(events, id).length === 0 && Date.now() < until) events = (await readAll(cursor, server.keys.admin, 1000, undefined, restarted)).events;
      expect(of(events, id).map((e) => e.operation)).toEqual(['UPDATE']);
    } finally {
      await app.close();
      await orm.close();
    }
  });

  it('filters by type', async () => {
    await settled();
    const all = (await readAll(null)).events;
    const parks = (await readAll(null, server.keys.admin, 1000, ['PARK'])).events;
    expect(parks.length).toBeGreaterThan(0);
    expect(parks).toEqual(all.filter((e) => e.type === 'Park'));
    const two = (await readAll(null, server.keys.admin, 1000, ['PARK', 'ENTERPRISE'])).events;
    expect(two).toEqual(all.filter((e) => e.type === 'Park' || e.type === 'Enterprise'));
    expect((await readAll(null, server.keys.admin, 1000, [])).events).toEqual([]);
  });

  it('refuses a bad cursor and a page size out of bounds, naming the argument', async () => {
    for (const after of ['nonsense!', Buffer.from('v2:1:1').toString('base64url'), Buffer.from('v1:-1:1').toString('base64url'), Buffer.from(`v1:${2n ** 64n}:1`).toString('base64url')]) {
      const { status, errors } = await page({ after });
      expect(status).toBe(400);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    }
    for (const first of [-1, 1001]) {
      const { errors } = await page({ first });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    }
  });

  it('shows each key the changes of what it may read: contract records to researchers, admins and their park’s administrator', async () => {
    const from = await head();
    // A contract record of an enterprise of park 1 and one of an enterprise outside it, changed; then the first deleted.
    const [inside] = await server.sql<{ id: number; enterprise_id: number }>(`select c.id, c.enterprise_id from contract_record c
      where exists (select 1 from enterprise_park ep where ep.enterprise_id = c.enterprise_id and ep.park_id = 1) order by c.id limit 1`);
    const [outside] = await server.sql<{ id: number }>(`select c.id from contract_record c
      where not exists (select 1 from enterprise_park ep where ep.enterprise_id = c.enterprise_id and ep.park_id = 1) order by c.id limit 1`);
    for (const { id } of [inside, outside]) await server.sql('update contract_record set executed_amount = executed_amount + 1, version = version + 1 where id = $1', [id]);
    await server.sql('delete from contract_record where id = $1', [inside.id]);
    await server.query(UpdateParkDocument, { input: { id: gid('Park', 4), expectedVersion: await versionOfPark(4), note: 'scopes' } }, server.keys.admin);
    const everything = await waitFor(from, (events) => events.length >= 4);
    const records = (events: Event[]) => events.filter((e) => e.type === 'ContractRecord').map((e) => [numberOf(e.recordId), e.operation]);
    expect(records(everything.events)).toEqual([[inside.id, 'UPDATE'], [outside.id, 'UPDATE'], [inside.id, 'DELETE']]);
    expect(everything.events.filter((e) => e.type === 'ContractRecord').every((e) => e.source === 'sql')).toBe(true);

    const seen = async (key: Key) => (await readAll(from, key)).events;
    expect(records(await seen(server.keys.researcher))).toEqual(records(everything.events));
    // Park 1's administrator: its enterprise's record, its deletion too (the event keeps the enterprise).
    expect(records(await seen(server.keys.parkAdmin))).toEqual([[inside.id, 'UPDATE'], [inside.id, 'DELETE']]);
    for (const key of [null, server.keys.university, server.keys.otherUniversity, server.keys.enterprise]) {
      const events = await seen(key);
      expect(records(events)).toEqual([]);
      // The park's change is public, and says only which kind of writer made it.
      expect(events.filter((e) => e.type === 'Park')).toEqual([expect.objectContaining({ recordId: gid('Park', 4), operation: 'UPDATE', source: 'api' })]);
    }
  });

  it('holds a later change back while an earlier transaction is open, then gives both in transaction order', async () => {
    const from = await head();
    const open = new Client({ connectionString: server.databaseUrl });
    await open.connect();
    try {
      await open.query('begin');
      await open.query(`update park set note = 'written first, committed last' where id = 5`);
      const edited = await server.query(UpdateParkDocument, { input: { id: gid('Park', 6), expectedVersion: await versionOfPark(6), note: 'written second' } }, server.keys.admin);
      expect(edited.errors).toBeUndefined();
      // Committed, but behind an open transaction: not readable yet, or a cursor past it could skip the first.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await readAll(from)).events).toEqual([]);
      await open.query('commit');
    } finally {
      await open.end();
    }
    const { events } = await waitFor(from, (events) => events.length >= 2);
    expect(events.map((e) => [e.recordId, e.source.split(':')[0]])).toEqual([[gid('Park', 5), 'sql'], [gid('Park', 6), 'api']]);
  });

  it('reads a page in one statement, whatever its size', async () => {
    const statements = async (query: string) => {
      const response = await server.query<unknown, object>(query, {}, server.keys.researcher);
      expect(response.errors).toBeUndefined();
      return response.extensions!.sql!.count;
    };
    const always = await statements('{ __typename }');
    expect(await statements('{ changes(first: 2) { nodes { type recordId } pageInfo { endCursor } } }')).toBe(always + 1);
    expect(await statements('{ changes(first: 1000) { edges { cursor node { type recordId operation version changedAt source } } pageInfo { endCursor hasNextPage } headCursor } }')).toBe(always + 1);
  });

  it('charges a page by its size (100 when not given)', async () => {
    const cost = async (query: string) => {
      const response = await server.query<unknown, object>(query, {}, null);
      expect(response.errors).toBeUndefined();
      return response.extensions!.cost as { nodes: number; points: number };
    };
    expect(await cost('{ changes(first: 1000) { nodes { recordId } } }')).toMatchObject({ nodes: 1000, points: 1001 });
    expect(await cost('{ changes { edges { node { recordId } } } }')).toMatchObject({ nodes: 100, points: 101 });
  });

  it('prunes old changes; a cursor from before them answers CURSOR_EXPIRED, a later one reads on', async () => {
    await settled();
    const whole = (await readAll(null)).events;
    const cut = 10;
    // The first ten changes become a hundred days old.
    await server.sql(`update change_event set changed_at = now() - interval '100 days' where (txid, id) in (select txid, id from change_event order by txid, id limit $1)`, [cut]);
    const result = await pruneChanges(server.orm.em.fork());
    expect(result.deleted).toBe(cut);
    const expired = await page({ after: whole[cut - 2].cursor });
    expect(expired.status).toBe(400);
    expect(expired.errors![0].extensions).toMatchObject({ code: 'CURSOR_EXPIRED', argumentName: 'after' });
    // The last change pruned is where the horizon stands: from its cursor on, nothing was lost.
    expect((await readAll(whole[cut - 1].cursor)).events.slice(0, whole.length - cut)).toEqual(whole.slice(cut));
    expect((await readAll(null)).events.slice(0, whole.length - cut)).toEqual(whole.slice(cut));
    // Pruning again removes nothing more.
    expect((await pruneChanges(server.orm.em.fork())).deleted).toBe(0);
  });
});

/**
 * On a hot standby, and after failing over to it: the page statement the server runs, on a primary
 * and a streaming replica of this file's own (embedded binaries, linux-x64 only).
 */
describe('the change feed on a standby', () => {
  const ADMIN: Viewer = { role: Role.ADMIN, keyId: 1, universityId: null, parkId: null, enterpriseId: null };
  let folder: string | undefined;
  const stops: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it('reads on from a primary’s cursor, holds back what an open primary transaction could precede, and goes on after promotion', async (ctx) => {
    const binary = `${os.platform()}-${os.arch()}` === 'linux-x64' ? await embeddedPostgresBinary() : { reason: 'linux-x64 only' };
    if ('reason' in binary) {
      console.warn(`standby test skipped: ${binary.reason}`);
      return ctx.skip();
    }
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'og-feed-replica-'));
    fs.chmodSync(folder, 0o777);
    const primaryDataDir = path.join(folder, 'primary');
    const primary = await startEmbeddedPostgres({ dataDir: primaryDataDir, port: await freePort(), persistent: false });
    stops.push(() => primary.stop());
    const { orm } = await migrate(primary.url);
    await orm.close();
    const onPrimary = new Client({ connectionString: primary.url });
    await onPrimary.connect();
    stops.push(() => onPrimary.end());
    await onPrimary.query('set synchronous_commit = on');
    const replica = await startEmbeddedReplica({ primaryUrl: primary.url, primaryDataDir, dataDir: path.join(folder, 'replica'), port: await freePort(), name: 'feed_replica', settings: { fsync: 'off' } });
    stops.push(() => replica.stop());
    const onReplica = new Client({ connectionString: replica.url });
    await onReplica.connect();
    stops.push(() => onReplica.end());

    let year = 1990;
    const rate = (client: Client) => client.query(`insert into exchange_rate (currency, year, cny_per_unit, provenance_source) values ('EUR', $1, 8, 'REFERENCE_DATA') returning id`, [year++]);
    const replayed = async () => replica.waitForReplay((await onPrimary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')).rows[0].lsn, 5_000);
    /** A page as the server reads it, on `client`: the ids of the exchange rates, and the cursor to go on from. */
    const read = async (client: Client, after: string | null) => {
      const { text, values } = positional(...Object.values(changesPage(after ? decodeCursor(after, 'after') : null, 100, ['ExchangeRate'], ADMIN)) as [string, unknown[]]);
      const all = (await client.query<ChangeRow>(text, values)).rows;
      const rows = all.filter((r) => r.txid != null);
      return { ids: rows.map((r) => r.record_id), heldBack: all[0].held_back, cursor: rows.length ? encodeCursor({ txid: rows.at(-1)!.txid!, id: rows.at(-1)!.id! }) : after };
    };

    const first = (await rate(onPrimary)).rows[0].id;
    await replayed();
    const onPrimaryRead = await read(onPrimary, null);
    expect(onPrimaryRead.ids).toEqual([first]);
    // An open transaction on the primary wrote first; a later one commits: the standby holds the later one back.
    const open = new Client({ connectionString: primary.url });
    await open.connect();
    stops.push(() => open.end());
    await open.query('set synchronous_commit = on');
    await open.query('begin');
    const held = (await rate(open)).rows[0].id;
    const later = (await rate(onPrimary)).rows[0].id;
    await replayed();
    // Nothing readable, but something committed past the head (what the subscription looks again soon for).
    expect(await read(onReplica, onPrimaryRead.cursor)).toMatchObject({ ids: [], heldBack: true });
    await open.query('commit');
    await replayed();
    const onStandby = await read(onReplica, onPrimaryRead.cursor);
    expect(onStandby).toMatchObject({ ids: [held, later], heldBack: false });

    // Failover: the standby becomes the primary; the cursor read on the standby goes on there.
    await onReplica.query('select pg_promote(true, 30)');
    await onReplica.query('set synchronous_commit = on');
    const afterFailover = (await rate(onReplica)).rows[0].id;
    expect((await read(onReplica, onStandby.cursor)).ids).toEqual([afterFailover]);
    expect((await read(onReplica, null)).ids).toEqual([first, held, later, afterFailover]);
  }, 120_000);
});
