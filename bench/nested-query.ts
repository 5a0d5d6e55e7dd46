import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/core/config';
import { benchServer, percentile, timedQuery } from './harness';

/**
 * npm run bench -- --scale 10 --requests 200 --concurrency 4
 *
 * The N+1 guard's nested query (test/operations/nested.graphql) at first: 50
 * on a fresh database at a synthetic scale: latency, throughput, statements.
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
  const server = await benchServer(Number(values.scale));
  const query = fs.readFileSync(path.join(projectRoot, 'test/operations/nested.graphql'), 'utf8');
  const variables = { first: Number(values.first) };
  for (let i = 0; i < 5; i++) await timedQuery(server, query, variables); // warm-up
  const results: Array<Awaited<ReturnType<typeof timedQuery>>> = [];
  const total = Number(values.requests);
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: Number(values.concurrency) }, async () => {
    while (next++ < total) results.push(await timedQuery(server, query, variables));
  }));
  const elapsed = performance.now() - started;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `nested query, first: ${values.first}, scale ${values.scale}: ${results.length} requests, concurrency ${values.concurrency}\n` +
      `  ${(results.length / (elapsed / 1000)).toFixed(1)} requests/s; latency p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms\n` +
      `  SQL statements per request: ${[...new Set(results.map((r) => r.statements))].sort((a, b) => a - b).join(', ')}; response ${Math.round(results[0].bytes / 1024)} KiB`,
  );
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
