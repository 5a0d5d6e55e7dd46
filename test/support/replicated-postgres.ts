import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/core/embedded-postgres';
import { embeddedPostgresBinary, startEmbeddedReplica, type EmbeddedReplica } from '../../src/core/embedded-replica';
import { freePort } from './free-port';

export interface ReplicatedPostgres {
  primary: RunningPostgres;
  replica: EmbeddedReplica;
  /** Runs `text` on the replica (e.g. `select pg_wal_replay_pause()`). */
  onReplica(text: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * An embedded primary of the caller's own (the run's shared PostgreSQL may be TEST_DATABASE_URL,
 * whose data folder is not ours), `prepare`d (migrated, seeded) before a hot standby is copied
 * from it, so the standby starts with everything. A string when it cannot run here: why.
 */
export async function startReplicatedPostgres(prepare: (primaryUrl: string) => Promise<void>): Promise<ReplicatedPostgres | string> {
  if (`${os.platform()}-${os.arch()}` !== 'linux-x64') return `replicas are tested on linux-x64 only, not ${os.platform()}-${os.arch()}`;
  const binary = await embeddedPostgresBinary();
  if ('reason' in binary) return `no embedded PostgreSQL binaries: ${binary.reason}`;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'og-replicated-'));
  // As root the servers run as the postgres user, who must be able to enter it.
  fs.chmodSync(folder, 0o777);
  const primaryDataDir = path.join(folder, 'primary');
  const primary = await startEmbeddedPostgres({ dataDir: primaryDataDir, port: await freePort(), persistent: false });
  let replica: EmbeddedReplica | undefined;
  try {
    await prepare(primary.url);
    replica = await startEmbeddedReplica({
      primaryUrl: primary.url, primaryDataDir, dataDir: path.join(folder, 'replica'), port: await freePort(), name: 'test_replica', settings: { fsync: 'off' },
    });
  } catch (error) {
    await primary.stop().catch(() => undefined);
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const standby = replica;
  return {
    primary,
    replica: standby,
    async onReplica(text) {
      const client = new Client({ connectionString: standby.url });
      await client.connect();
      try {
        await client.query(text);
      } finally {
        await client.end();
      }
    },
    async stop() {
      await standby.stop().catch(() => undefined);
      await primary.stop().catch(() => undefined);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` holds, failing with `what` after `timeoutMs`. */
export async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
