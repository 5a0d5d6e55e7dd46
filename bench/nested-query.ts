import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { seedDatabase } from '../seeds';
import { projectRoot } from '../src/core/config';
import { ensureDatabase, migrate } from '../src/core/database';
import { startEmbeddedPostgres } from '../src/core/embedded-postgres';
import { createApp } from '../src/core/server';

/**
 * npm run bench -- --scale 10 --requests 200 --concurrency 4
 *
 * Serves the graph on a fresh database at the given synthetic scale and sends
 * the N+1 guard's nested query (test/operations/nested.graphql) at first: 50.
 * Prints latency percentiles, throughput and SQL statements per request.
 * Uses BENCH_DATABASE_URL's server (a database `og_bench` is recreated), else a
 * throw-away embedded PostgreSQL.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '10' },
      requests: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '4' },
      first: { type: 'string', default: '50' },
    },
  });
  const scale = Number(values.scale);
  const total = Number(values.requests);
  const concurrency = Number(values.concurrency);

  let stopEmbedded: (() => Promise<void>) | undefined;
  let maintenanceUrl = process.env.BENCH_DATABASE_URL;
  if (!maintenanceUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-bench-pg-'));
    fs.chmodSync(dir, 0o777);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: 54400 + (process.pid % 500), persistent: false });
    maintenanceUrl = pg.url;
    stopEmbedded = pg.stop;
  }
  const { Client } = await import('pg');
  const admin = new Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query('drop database if exists og_bench with (force)');
  await admin.end();
  const url = await ensureDatabase(maintenanceUrl, 'og_bench');
  const { orm } = await migrate(url);
  const seeded = performance.now();
  const summary = await seedDatabase(orm.em.fork() as never, scale);
  console.log(`Seeded scale ${scale} in ${Math.round(performance.now() - seeded)} ms:`, summary);

  const app = await createApp({ orm, mode: 'test' });
  const port = await app.listen(0, '127.0.0.1');
  const query = fs.readFileSync(path.join(projectRoot, 'test/operations/nested.graphql'), 'utf8');
  const body = JSON.stringify({ query, variables: { first: Number(values.first) } });
  const send = async () => {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await response.json()) as { errors?: unknown; extensions: { sql: { count: number } } };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return { ms: performance.now() - started, statements: json.extensions.sql.count, bytes: JSON.stringify(json).length };
  };

  for (let i = 0; i < 10; i++) await send(); // warm-up
  const results: Array<{ ms: number; statements: number; bytes: number }> = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < total) results.push(await send());
  }));
  const elapsed = performance.now() - started;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))].toFixed(1);
  const statements = [...new Set(results.map((r) => r.statements))].sort((a, b) => a - b);
  console.log(
    `nested query, first: ${values.first}, scale ${scale}: ${results.length} requests, concurrency ${concurrency}\n` +
      `  ${(results.length / (elapsed / 1000)).toFixed(1)} requests/s; latency p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${pct(100)} ms\n` +
      `  SQL statements per request: ${statements.join(', ')}; response ${Math.round(results[0].bytes / 1024)} KiB`,
  );
  await app.close();
  await orm.close();
  await stopEmbedded?.();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
