import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type RunningPostgres } from '../src/core/embedded-postgres';
import { embeddedPostgresBinary, startEmbeddedReplica, type EmbeddedReplica } from '../src/core/embedded-replica';
import { freePort } from './support/free-port';

/**
 * The streaming-replica harness on its own: an embedded primary of this file's
 * own (the run's shared PostgreSQL may be TEST_DATABASE_URL, whose data folder
 * is not ours) and a hot standby made from it with the low-level backup API.
 */

let skipReason: string | undefined;
let folder: string | undefined;
let primary: RunningPostgres | undefined;
let replica: EmbeddedReplica | undefined;
let onPrimary: Client | undefined;
let onReplica: Client | undefined;

beforeAll(async () => {
  if (`${os.platform()}-${os.arch()}` !== 'linux-x64') {
    skipReason = `the replica harness runs on linux-x64 only, not ${os.platform()}-${os.arch()}`;
    return;
  }
  const binary = await embeddedPostgresBinary();
  if ('reason' in binary) {
    skipReason = `no embedded PostgreSQL binaries: ${binary.reason}`;
    return;
  }
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'og-replica-'));
  // As root the servers run as the postgres user, who must be able to enter it.
  fs.chmodSync(folder, 0o777);
  const primaryDataDir = path.join(folder, 'primary');
  primary = await startEmbeddedPostgres({ dataDir: primaryDataDir, port: await freePort(), persistent: false });
  onPrimary = new Client({ connectionString: primary.url });
  await onPrimary.connect();
  // The primary runs with synchronous_commit=off (throw-away flags): on for this session, so a commit is written before pg_current_wal_lsn() is read.
  await onPrimary.query('set synchronous_commit = on');
  await onPrimary.query('create table harness_row (id int primary key, label text not null)');
  replica = await startEmbeddedReplica({
    primaryUrl: primary.url,
    primaryDataDir,
    dataDir: path.join(folder, 'replica'),
    port: await freePort(),
    name: 'harness_replica',
    settings: { fsync: 'off' },
  });
  onReplica = new Client({ connectionString: replica.url });
  await onReplica.connect();
}, 60_000);

afterAll(async () => {
  await onReplica?.end().catch(() => undefined);
  await onPrimary?.end().catch(() => undefined);
  await replica?.stop().catch(() => undefined);
  await primary?.stop().catch(() => undefined);
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
}, 60_000);

/** Skips the test, saying why, when the harness cannot run here. */
function needsHarness(ctx: { skip: () => void }) {
  if (skipReason) {
    console.warn(`replica harness skipped: ${skipReason}`);
    ctx.skip();
  }
  return { primary: onPrimary!, replica: onReplica!, harness: replica! };
}

/** Inserts a row on the primary and returns the primary's WAL position after its commit. */
async function insertOnPrimary(client: Client, id: number, label: string): Promise<string> {
  await client.query('insert into harness_row (id, label) values ($1, $2)', [id, label]);
  const { rows } = await client.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
  return rows[0].lsn;
}

const labelOn = async (client: Client, id: number) =>
  (await client.query<{ label: string }>('select label from harness_row where id = $1', [id])).rows[0]?.label;

/** Polls until `check` holds, failing with `what` after `timeoutMs`. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('an embedded streaming replica', () => {
  it('is in recovery and refuses writes with SQLSTATE 25006', async (ctx) => {
    const { replica } = needsHarness(ctx);
    const { rows } = await replica.query<{ recovering: boolean }>('select pg_is_in_recovery() as recovering');
    expect(rows[0].recovering).toBe(true);
    await expect(replica.query("insert into harness_row (id, label) values (0, 'refused')")).rejects.toMatchObject({ code: '25006' });
    // The table made on the primary before the copy is there, and streaming runs through the replica's slot.
    const slots = await onPrimary!.query<{ active: boolean }>('select active from pg_replication_slots where slot_name = $1', ['harness_replica']);
    expect(slots.rows).toEqual([{ active: true }]);
  });

  it('shows a row committed on the primary within 2 s', async (ctx) => {
    const { primary, replica, harness } = needsHarness(ctx);
    const started = Date.now();
    const lsn = await insertOnPrimary(primary, 1, 'streamed');
    await harness.waitForReplay(lsn, 2_000);
    expect(await labelOn(replica, 1)).toBe('streamed');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('keeps a new row invisible while replay is paused, and shows it once replay resumes', async (ctx) => {
    const { primary, replica, harness } = needsHarness(ctx);
    await replica.query('select pg_wal_replay_pause()');
    try {
      const lsn = await insertOnPrimary(primary, 2, 'held back');
      // The WAL arrives (received and flushed by the standby) but is not replayed.
      await until('the standby receives the WAL', async () => {
        const { rows } = await replica.query<{ received: boolean }>('select pg_last_wal_receive_lsn() >= $1::pg_lsn as received', [lsn]);
        return rows[0].received;
      });
      await until('replay pauses', async () => {
        const { rows } = await replica.query<{ state: string }>('select pg_get_wal_replay_pause_state() as state');
        return rows[0].state === 'paused';
      });
      expect(await labelOn(replica, 2)).toBeUndefined();
      await expect(harness.waitForReplay(lsn, 300)).rejects.toThrow(/not 0\//);
      expect(await labelOn(replica, 2)).toBeUndefined();
      await replica.query('select pg_wal_replay_resume()');
      await harness.waitForReplay(lsn, 2_000);
      expect(await labelOn(replica, 2)).toBe('held back');
    } finally {
      await replica.query('select pg_wal_replay_resume()').catch(() => undefined);
    }
  });

  it('stops the standby and drops its slot on stop()', async (ctx) => {
    const { harness } = needsHarness(ctx);
    await onReplica!.end();
    onReplica = undefined;
    const pid = harness.pid;
    await harness.stop();
    expect(alive(pid)).toBe(false);
    const slots = await onPrimary!.query('select 1 from pg_replication_slots where slot_name = $1', ['harness_replica']);
    expect(slots.rowCount).toBe(0);
    const probe = new Client({ connectionString: harness.url, connectionTimeoutMillis: 1_000 });
    await expect(probe.connect()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await probe.end().catch(() => undefined);
    replica = undefined;
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

