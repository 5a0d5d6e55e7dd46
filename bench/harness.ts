import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { seedDatabase } from '../seeds';
import { ensureDatabase, migrate } from '../src/core/database';
import { startEmbeddedPostgres } from '../src/core/embedded-postgres';
import pino from 'pino';
import { createLog } from '../src/core/log';
import { createApp, type App } from '../src/core/server';
import { createApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/viewer';

export interface BenchServer {
  base: string;
  orm: MikroORM;
  /** A researcher key: the reports are not public. */
  key: string;
  close(): Promise<void>;
}

/**
 * A server on a fresh database `og_bench` at a synthetic scale: on the server
 * of BENCH_DATABASE_URL, else on a throw-away embedded PostgreSQL.
 */
export async function benchServer(scale: number): Promise<BenchServer> {
  let stopEmbedded: (() => Promise<void>) | undefined;
  let maintenanceUrl = process.env.BENCH_DATABASE_URL;
  if (!maintenanceUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-bench-pg-'));
    fs.chmodSync(dir, 0o777);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: 54400 + (process.pid % 500), persistent: false });
    maintenanceUrl = pg.url;
    stopEmbedded = pg.stop;
  }
  const admin = new Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query('drop database if exists og_bench with (force)');
  await admin.end();
  const url = await ensureDatabase(maintenanceUrl, 'og_bench');
  const { orm } = await migrate(url);
  const seeded = performance.now();
  const summary = await seedDatabase(orm.em.fork() as never, scale);
  console.log(`Seeded scale ${scale} in ${Math.round(performance.now() - seeded)} ms:`, JSON.stringify(summary));
  // Request lines are written as in production (info), to /dev/null: their cost is measured, the console stays readable.
  const log = createLog({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) });
  // Speed, not the limits: a run of every report spends more than a key's window allows.
  const app: App = await createApp({ orm, mode: 'test', log, rateLimits: { anonymous: 1_000_000_000, key: 1_000_000_000, windowSeconds: 60 } });
  const port = await app.listen(0, '127.0.0.1');
  const { key } = await createApiKey(orm.em.fork() as never, { role: Role.RESEARCHER, label: 'benchmark' });
  return {
    base: `http://127.0.0.1:${port}`,
    orm,
    key,
    close: async () => {
      await app.close();
      await orm.close();
      await stopEmbedded?.();
    },
  };
}

/** Sends a GraphQL request; returns its time, statement count and size. */
export async function timedQuery(server: Pick<BenchServer, 'base' | 'key'>, query: string, variables: Record<string, unknown> = {}) {
  const started = performance.now();
  const response = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.key}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const json = JSON.parse(text) as { errors?: unknown; extensions: { sql: { count: number } } };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return { ms, statements: json.extensions.sql.count, bytes: text.length };
}

export { percentile } from './lib/stats';
