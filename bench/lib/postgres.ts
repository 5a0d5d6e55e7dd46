import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot } from '../../src/core/config';
import { startEmbeddedPostgres } from '../../src/core/embedded-postgres';

export interface BenchPostgres {
  /** Connection string of the maintenance database (`postgres`). */
  maintenanceUrl: string;
  /** Where it came from, for the report. */
  origin: string;
  stop(): Promise<void>;
}

const SYSTEM_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const EMBEDDED_PORT = 54340;

/**
 * The PostgreSQL the benchmarks use: BENCH_DATABASE_URL; else the system one
 * on 127.0.0.1:5432 if it answers; else (or with `embedded`) an embedded one
 * kept in `.cache/peer/postgres`, so a seeded database survives between runs.
 */
export async function benchPostgres(options: { embedded?: boolean } = {}): Promise<BenchPostgres> {
  if (process.env.BENCH_DATABASE_URL && !options.embedded) {
    return { maintenanceUrl: process.env.BENCH_DATABASE_URL, origin: 'BENCH_DATABASE_URL', stop: async () => undefined };
  }
  if (!options.embedded && (await answers('127.0.0.1', 5432))) {
    return { maintenanceUrl: SYSTEM_URL, origin: 'system PostgreSQL on 127.0.0.1:5432', stop: async () => undefined };
  }
  return startCachedEmbedded();
}

/** An embedded PostgreSQL with pg_stat_statements preloaded (set once with ALTER SYSTEM, then a restart). */
async function startCachedEmbedded(): Promise<BenchPostgres> {
  const dataDir = path.join(projectRoot, '.cache', 'peer', 'postgres');
  let pg = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT, persistent: true });
  const client = new Client({ connectionString: pg.url });
  await client.connect();
  const { rows } = await client.query<{ value: string }>(`select current_setting('shared_preload_libraries') as value`);
  if (!rows[0].value.includes('pg_stat_statements')) {
    await client.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`);
    await client.end();
    await pg.stop();
    pg = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT, persistent: true });
  } else {
    await client.end();
  }
  return { maintenanceUrl: pg.url, origin: `embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PORT} (data in .cache/peer/postgres)`, stop: pg.stop };
}

/** Whether something accepts TCP connections there (within a second). */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
