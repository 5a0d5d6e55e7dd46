import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { researcherKey } from './lib/api-key';
import type { ChildServer } from './lib/child-server';
import { openDbStats, type DbStats } from './lib/db-stats';
import { runLoad } from './lib/load';
import { startOgServer } from './lib/og-server';
import { peerCache } from './lib/peer-cache';
import { benchPostgres } from './lib/postgres';
import { seededDatabase } from './lib/seeded-database';
import { checkPair, type Target } from './peer/check';
import { loadPairs, type Pair } from './peer/pairs';
import { startPostGraphile } from './peer/postgraphile';
import { peerTable, type Results, type Run, type Side } from './peer/report';

/**
 * npm run bench:peer -- --scale 150 [--rounds 3] [--duration 10] [--connections 8] [--pairs a,d] [--reseed] [--embedded]
 *
 * This project against PostGraphile V5 on the same database and the same Node
 * 22 binary, one server at a time: each pair is checked to return the same
 * records, then timed in interleaved rounds (who goes first alternates).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '150' },
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '3' },
      pairs: { type: 'string' },
      reseed: { type: 'boolean', default: false },
      embedded: { type: 'boolean', default: false },
    },
  });
  const rounds = Number(values.rounds);
  const connections = Number(values.connections);
  const cache = peerCache();
  const pg = await benchPostgres({ embedded: values.embedded });
  let stats: DbStats | undefined;
  const servers: ChildServer[] = [];
  try {
    const db = await seededDatabase(pg.maintenanceUrl, 'og_peer', Number(values.scale), values.reseed);
    const key = await researcherKey(db.url, 'bench:peer');
    const pairs = loadPairs(await middleEnterprise(db.url), values.pairs?.split(','));
    stats = await openDbStats(db.url, pg.maintenanceUrl);
    const og = await startOgServer({ node: cache.node, databaseUrl: db.url, liftRateLimits: true });
    servers.push(og);
    const pg5 = await startPostGraphile(cache, db.url);
    servers.push(pg5);
    const target = (side: Side, pair: Pair): Target => ({
      url: new URL('/graphql', side === 'og' ? og.base : pg5.base),
      headers: side === 'og' && pair.needsKey ? { authorization: `Bearer ${key}` } : undefined,
    });

    console.log(`Database og_peer: ${db.summary} (scale ${values.scale}${db.reused ? ', reused' : ''}) on the ${pg.origin}.`);
    console.log(`Both servers on Node ${cache.nodeVersion}; DB counters: ${stats.source}.`);
    for (const pair of pairs) {
      const rows = await checkPair(pair, target('og', pair), target('pg5', pair));
      console.log(`Pair ${pair.name}: same ${rows} rows on both servers (${pair.what}).`);
    }

    const load = (side: Side, pair: Pair, seconds: number) =>
      runLoad({ ...target(side, pair), body: side === 'og' ? pair.og : pair.pg5, connections, durationMs: seconds * 1000 });
    for (const pair of pairs) for (const side of ['og', 'pg5'] as const) await load(side, pair, Number(values.warmup));
    await stats.settle();

    const results: Results = new Map(pairs.map((pair) => [pair.name, { og: [], pg5: [] }]));
    for (let round = 0; round < rounds; round++) {
      for (const [i, pair] of pairs.entries()) {
        const order: Side[] = (round + i) % 2 === 0 ? ['og', 'pg5'] : ['pg5', 'og'];
        for (const side of order) {
          const before = await stats.read();
          const result = await load(side, pair, Number(values.duration));
          await stats.settle();
          const after = await stats.read();
          const requests = result.requests + result.failures;
          const run: Run = {
            rps: result.rps,
            p50: result.p50,
            p99: result.p99,
            statementsPerRequest: (after.statements - before.statements) / requests,
            dbMsPerRequest: (after.ms - before.ms) / requests,
            failures: result.failures,
          };
          results.get(pair.name)![side].push(run);
          console.log(
            `round ${round + 1}/${rounds} pair ${pair.name} ${side === 'og' ? 'this project' : 'PostGraphile'}: ${run.rps.toFixed(0)} req/s, ` +
              `p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms, ${run.statementsPerRequest.toFixed(1)} statements, ${run.dbMsPerRequest.toFixed(2)} DB ms per request` +
              (result.failures ? `; ${result.failures} failed, first: ${result.firstFailure}` : ''),
          );
        }
      }
    }

    const memory = (server: ChildServer) => {
      const m = server.memory();
      return `${server.name} ${m.rssMb.toFixed(0)} MB (peak ${m.peakMb.toFixed(0)} MB)`;
    };
    console.log(
      `\n### This project vs PostGraphile V5: scale ${values.scale} (${db.summary}), ${rounds} interleaved round(s) of ${values.duration} s per server per pair, ${connections} connections, Node ${cache.nodeVersion}\n`,
    );
    console.log(peerTable(pairs, results));
    console.log(`\nRSS after the runs: ${memory(og)}; ${memory(pg5)}.`);
    console.log(`Statements and DB ms per request from ${stats.source}.`);
    for (const pair of pairs) console.log(`- ${pair.name}: ${pair.what}${pair.needsKey ? ' (this project: researcher key)' : ''}`);
  } finally {
    for (const server of servers) await server.stop();
    await stats?.close();
    await pg.stop();
  }
}

/** An enterprise that exists (the middle one by id), for pair a. */
async function middleEnterprise(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>('select id from enterprise order by id offset (select count(*) / 2 from enterprise) limit 1');
    if (!rows[0]) throw new Error('The database has no enterprises.');
    return rows[0].id;
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
