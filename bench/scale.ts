import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { createApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/viewer';
import { projectRoot } from '../src/core/config';
import { startEmbeddedPostgres } from '../src/core/embedded-postgres';
import { startEmbeddedReplica } from '../src/core/embedded-replica';
import { ormConfig } from '../src/core/orm-config';
import { freePort, startChild, type ChildServer } from './lib/child-server';
import { runLoad } from './lib/load';
import { LIFTED_RATE_LIMITS } from './lib/og-server';
import { seededDatabase } from './lib/seeded-database';
import { percentile } from './lib/stats';
import { loadPairs } from './peer/pairs';

/**
 * `npm run bench:scale`: what another worker and a read replica buy on this
 * machine. An embedded primary of its own (a replica is copied from its data
 * folder), seeded at `--scale`; then the built server with 1 and 2 workers
 * (WEB_CONCURRENCY) and with 0 and 1 replicas (DATABASE_READ_URLS), each under
 * the same closed-loop load of two peer-bench requests (pair c, a nested page,
 * anonymous; pair e, a report, with a key). Besides throughput it reports the
 * CPU each part spent per request (server processes, primary, replica, from
 * /proc), which says more than requests per second on a machine whose two
 * cores are shared by the load generator, the servers and both databases.
 * Last, the change feed's latency: a subscriber over WebSocket, and park
 * edits through the API one after another; from the edit's response to its
 * event.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '5' },
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '2' },
      connections: { type: 'string', default: '16' },
      edits: { type: 'string', default: '50' },
    },
  });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'og-bench-scale-'));
  fs.chmodSync(folder, 0o777);
  const primaryDir = path.join(folder, 'primary');
  const primary = await startEmbeddedPostgres({ dataDir: primaryDir, port: await freePort(), persistent: false });
  const servers: ChildServer[] = [];
  let replica: Awaited<ReturnType<typeof startEmbeddedReplica>> | undefined;
  try {
    const db = await seededDatabase(primary.url, 'og_scale', Number(values.scale));
    const keys = await issueKeys(db.url);
    const pairs = loadPairs(await anEnterprise(db.url), ['c', 'e']);
    replica = await startEmbeddedReplica({ primaryUrl: primary.url, primaryDataDir: primaryDir, dataDir: path.join(folder, 'replica'), port: await freePort(), name: 'bench_replica' });
    const replicaUrl = new URL(replica.url);
    replicaUrl.pathname = new URL(db.url).pathname;
    console.log(`Database og_scale: ${db.summary} (scale ${values.scale}) on an embedded primary, with a streaming replica; ${os.cpus().length} cores; Node ${process.version}.`);

    // Rounds in rotating order, so a cold cache or a busy moment does not fall on one configuration; medians reported.
    const configs = [[1, 0], [1, 1], [2, 0], [2, 1]] as const;
    const runs = new Map<string, Array<{ rps: number; p50: number; p99: number; cpu: number[]; failures: number }>>();
    const rounds = Number(values.rounds);
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < configs.length; k++) {
        const [workers, replicas] = configs[(k + round) % configs.length];
        const server = await startServer(db.url, workers, replicas ? [replicaUrl.toString()] : []);
        servers.push(server);
        for (const pair of pairs) {
          const target = { url: new URL('/graphql', server.base), headers: pair.needsKey ? { authorization: `Bearer ${keys.researcher}` } : undefined };
          await runLoad({ ...target, body: pair.og, connections: Number(values.connections), durationMs: 2_000 });
          const before = cpuOf([server.pid, postmasterOf(primaryDir), replica.pid]);
          const result = await runLoad({ ...target, body: pair.og, connections: Number(values.connections), durationMs: Number(values.duration) * 1000 });
          const after = cpuOf([server.pid, postmasterOf(primaryDir), replica.pid]);
          const n = result.requests + result.failures;
          const run = { rps: result.rps, p50: result.p50, p99: result.p99, cpu: after.map((ms, i) => (ms - before[i]) / n), failures: result.failures };
          const key = `${pair.name}|${workers}|${replicas}`;
          runs.set(key, [...(runs.get(key) ?? []), run]);
          console.log(`round ${round + 1}/${rounds} ${pair.name}, ${workers} worker(s), ${replicas} replica(s): ${run.rps.toFixed(0)} req/s, p50 ${run.p50.toFixed(1)} ms, CPU ms/req ${run.cpu.map((c) => c.toFixed(2)).join(' / ')}`);
        }
        await server.stop();
        servers.pop();
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    console.log(`\n### Read throughput by workers and replicas: scale ${values.scale}, ${values.connections} connections, ${rounds} round(s) of ${values.duration} s, medians\n`);
    console.log('| request | workers | replicas | req/s | p50 ms | p99 ms | server CPU ms/req | primary CPU ms/req | replica CPU ms/req | failed |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const pair of pairs) {
      for (const [workers, replicas] of configs) {
        const r = runs.get(`${pair.name}|${workers}|${replicas}`)!;
        const cpu = (i: number) => median(r.map((x) => x.cpu[i])).toFixed(2);
        console.log(`| ${pair.name} | ${workers} | ${replicas} | ${median(r.map((x) => x.rps)).toFixed(0)} | ${median(r.map((x) => x.p50)).toFixed(1)} | ${median(r.map((x) => x.p99)).toFixed(1)} | ${cpu(0)} | ${cpu(1)} | ${cpu(2)} | ${r.reduce((n, x) => n + x.failures, 0)} |`);
      }
    }
    console.log('- c: parks(5) → enterprises(5) → contract records(3), anonymous; e: contract totals by year × direction, researcher key.');

    const server = await startServer(db.url, 1, [replicaUrl.toString()]);
    servers.push(server);
    const latency = await feedLatency(server.base, keys.admin, Number(values.edits));
    console.log(`\n### Change feed: ${latency.edits} park edits, one after another, each seen by a WebSocket subscriber\n`);
    console.log(`| | p50 ms | p99 ms | max ms |\n|---|---|---|---|`);
    console.log(`| edit sent → its response (commit, then the position) | ${latency.response.p50.toFixed(1)} | ${latency.response.p99.toFixed(1)} | ${latency.response.max.toFixed(1)} |`);
    console.log(`| edit sent → its event at the subscriber | ${latency.event.p50.toFixed(1)} | ${latency.event.p99.toFixed(1)} | ${latency.event.max.toFixed(1)} |`);
    console.log(`\n${latency.received} of ${latency.edits} events received; ${latency.beforeResponse} came before the edit's own response.`);
  } finally {
    for (const server of servers) await server.stop();
    await replica?.stop().catch(() => undefined);
    await primary.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function startServer(databaseUrl: string, workers: number, readUrls: string[]): Promise<ChildServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  return startChild({
    name: `server (${workers} worker${workers > 1 ? 's' : ''}, ${readUrls.length} replica${readUrls.length === 1 ? '' : 's'})`,
    command: process.execPath,
    args: [path.join(projectRoot, 'dist/src/main.js')],
    cwd: projectRoot,
    env: {
      ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, PORT: String(port), WEB_CONCURRENCY: String(workers),
      DATABASE_READ_URLS: readUrls.join(','), ...LIFTED_RATE_LIMITS,
    },
    base,
    // Ready when it answers from where it should: with a replica, once the replica is in rotation.
    ready: async () => {
      const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      return response.ok && (readUrls.length === 0 || response.headers.get('x-og-read-from') === 'replica-1');
    },
  });
}

/** CPU time in ms used so far by each process given and every process below it (server workers, database backends). */
function cpuOf(roots: number[]): number[] {
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  const tick = 1000 / 100;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      /* gone */
    }
  }
  const under = (pid: number, root: number): boolean => {
    for (let p: number | undefined = pid; p && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  return roots.map((root) => [...cpu].filter(([pid]) => under(pid, root)).reduce((sum, [, ms]) => sum + ms, 0));
}

function postmasterOf(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

async function issueKeys(databaseUrl: string): Promise<{ researcher: string; admin: string }> {
  const orm = await MikroORM.init(ormConfig(databaseUrl));
  try {
    const researcher = (await createApiKey(orm.em.fork() as never, { role: Role.RESEARCHER, label: 'bench:scale' })).key;
    const admin = (await createApiKey(orm.em.fork() as never, { role: Role.ADMIN, label: 'bench:scale feed' })).key;
    return { researcher, admin };
  } finally {
    await orm.close();
  }
}

async function anEnterprise(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>('select min(id) as id from enterprise');
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/** Edits park 1 `edits` times through the API; a subscriber times each edit's event from the edit's response. */
async function feedLatency(base: string, key: string, edits: number) {
  const park = Buffer.from('Park:1').toString('base64url');
  const seen = new Map<number, number>();
  const ws = createClient({ url: `${base.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` } });
  const head = await graphql(base, key, '{ changes(first: 1000, types: [PARK]) { pageInfo { endCursor } } }');
  let after = (head.data as { changes: { pageInfo: { endCursor: string | null } } }).changes.pageInfo.endCursor;
  while (after) {
    const next = await graphql(base, key, `query ($after: String) { changes(first: 1000, after: $after, types: [PARK]) { pageInfo { endCursor hasNextPage } } }`, { after });
    const page = (next.data as { changes: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } }).changes.pageInfo;
    if (!page.hasNextPage) {
      after = page.endCursor ?? after;
      break;
    }
    after = page.endCursor;
  }
  const subscribed = new Promise<void>((resolve, reject) => {
    ws.subscribe<{ changes: { node: { version: number | null } } }>(
      { query: 'subscription ($after: String) { changes(after: $after, types: [PARK]) { cursor node { version } } }', variables: { after } },
      { next: (message) => void seen.set(message.data!.changes.node.version ?? -1, performance.now()), error: reject, complete: () => undefined },
    );
    setTimeout(resolve, 500);
  });
  await subscribed;
  const responded = new Map<number, number>();
  const sent = new Map<number, number>();
  let version = ((await graphql(base, key, `{ node(id: "${park}") { ... on Park { version } } }`)).data as { node: { version: number } }).node.version;
  for (let i = 0; i < edits; i++) {
    sent.set(version + 1, performance.now());
    const result = await graphql(base, key, 'mutation ($input: UpdateParkInput!) { updatePark(input: $input) { park { version } } }', {
      input: { id: park, expectedVersion: version, designationYear: 2000 + (i % 20) },
    });
    version = (result.data as { updatePark: { park: { version: number } } }).updatePark.park.version;
    responded.set(version, performance.now());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const deadline = Date.now() + 5_000;
  while (seen.size < edits && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  await ws.dispose();
  const versions = [...sent.keys()].filter((v) => seen.has(v) && responded.has(v));
  const summary = (ms: number[]) => {
    ms.sort((a, b) => a - b);
    return { p50: percentile(ms, 50) ?? NaN, p99: percentile(ms, 99) ?? NaN, max: ms.at(-1) ?? NaN };
  };
  return {
    edits, received: versions.length,
    response: summary(versions.map((v) => responded.get(v)! - sent.get(v)!)),
    event: summary(versions.map((v) => seen.get(v)! - sent.get(v)!)),
    beforeResponse: versions.filter((v) => seen.get(v)! < responded.get(v)!).length,
  };
}

async function graphql(base: string, key: string, query: string, variables?: unknown): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
