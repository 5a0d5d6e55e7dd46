import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { toGlobalId } from '../src/core/ids';
import { hostileSet, type Hostile } from './attack/hostile';
import { attackReport, firstErrorCode, type HostileReply } from './attack/report';
import { TrivialStream } from './attack/trivial-stream';
import { graphqlBody, post } from './lib/http';
import { startOgServer } from './lib/og-server';
import { peerCache } from './lib/peer-cache';
import { benchPostgres } from './lib/postgres';
import { seededDatabase } from './lib/seeded-database';

/**
 * npm run bench:attack [-- --scale 150 --idle 10 --timeout 120 --after 30 --users 8 --rate 2 --lift-rate-limits --only fan,stats]
 *
 * This project's server (production mode, its own rate limits, Node 22)
 * under a set of hostile anonymous requests sent all at once, while a stream
 * of trivial requests measures what ordinary users get. Prints each hostile
 * request's fate, the stream's latency idle and under attack, the server's
 * memory, and PASS/FAIL per goal (it reports; it does not fail).
 */
const TRIVIAL = '{ serviceDomains { number nameZh } }';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '150' },
      idle: { type: 'string', default: '10' },
      timeout: { type: 'string', default: '120' },
      after: { type: 'string', default: '30' },
      users: { type: 'string', default: '8' },
      rate: { type: 'string', default: '2' },
      only: { type: 'string' },
      'lift-rate-limits': { type: 'boolean', default: false },
      reseed: { type: 'boolean', default: false },
      embedded: { type: 'boolean', default: false },
    },
  });
  const cache = peerCache();
  const pg = await benchPostgres({ embedded: values.embedded });
  try {
    const db = await seededDatabase(pg.maintenanceUrl, 'og_peer', Number(values.scale), values.reseed);
    const only = values.only?.split(',').map((s) => s.trim().toLowerCase());
    const hostile = hostileSet(await biggestParks(db.url)).filter((h) => !only || only.some((o) => h.name.toLowerCase().includes(o)));
    const server = await startOgServer({ node: cache.node, databaseUrl: db.url, liftRateLimits: values['lift-rate-limits'] });
    const stream = new TrivialStream({
      url: `${server.base}/graphql`,
      body: JSON.stringify({ query: TRIVIAL }),
      users: Number(values.users),
      ratePerUser: Number(values.rate),
      timeoutMs: 30_000,
      addressPrefix: '127.0.1.',
    });
    try {
      console.log(`Database og_peer: ${db.summary} (scale ${values.scale}${db.reused ? ', reused' : ''}) on the ${pg.origin}.`);
      console.log(`Server: production mode, Node ${cache.nodeVersion}, ${values['lift-rate-limits'] ? 'rate limits lifted' : 'its own rate limits'}. ` +
        `Trivial stream: ${TRIVIAL}, ${values.users} users × ${values.rate}/s, each from its own address; each hostile request from another.`);
      await stream.run(3000); // warm-up
      const idle = await stream.run(Number(values.idle) * 1000);
      const idleMb = server.memory().rssMb;

      const printedBefore = server.printed();
      let peakMb = idleMb;
      const sampler = setInterval(() => (peakMb = Math.max(peakMb, server.memory().rssMb || 0)), 100);
      stream.start();
      console.log(`Attack: ${hostile.reduce((n, h) => n + h.copies, 0)} hostile requests at once (client timeout ${values.timeout} s)…`);
      const replies = (await Promise.all(hostile.map((h, i) => send(server.base, h, i, Number(values.timeout) * 1000)))).flat();
      const attack = await stream.stop();
      clearInterval(sampler);
      peakMb = Math.max(peakMb, server.memory().peakMb || 0);

      const afterSeconds = Number(values.after);
      console.log(`Attack over; waiting ${afterSeconds} s for memory to settle…`);
      await new Promise((resolve) => setTimeout(resolve, afterSeconds * 1000));
      const afterMb = server.memory().rssMb;
      const exit = server.exitCode();

      console.log(`\n### Hostile requests against this project (scale ${values.scale}), all at once, anonymous\n`);
      console.log(attackReport({
        hostile: replies,
        idle,
        attack,
        memory: { idleMb, peakMb, afterMb, afterSeconds },
        serverExit: exit === undefined ? undefined : `exit code ${exit}; last lines: ${server.output().slice(-5).join(' / ')}`,
      }));
      const logged = server.printed() - printedBefore;
      if (logged) console.log(`\nThe server printed ${logged} lines meanwhile; the last: ${server.output().slice(-3).join(' / ').slice(0, 600)}`);
      console.log('');
      for (const h of hostile) console.log(`- ${h.name}: ${h.what}`);
    } finally {
      await stream.close();
      await server.stop();
    }
  } finally {
    await pg.stop();
  }
}

/** Sends a hostile request (all its copies at once) from its own address (or one per copy); keeps only the head of each answer. */
async function send(base: string, hostile: Hostile, index: number, timeoutMs: number): Promise<HostileReply[]> {
  const url = new URL('/graphql', base);
  const body = graphqlBody(hostile.query);
  return Promise.all(
    Array.from({ length: hostile.copies }, async (_, i) => {
      const started = performance.now();
      const localAddress = hostile.addressPerCopy ? `127.0.${10 + index}.${i + 1}` : `127.0.2.${index + 1}`;
      const reply = await post(url, body, { keepBody: 64 * 1024, timeoutMs, localAddress });
      return {
        name: hostile.copies > 1 ? `${hostile.name} #${i + 1}` : hostile.name,
        status: reply.status,
        code: reply.status ? firstErrorCode(reply.body) : (reply.error ?? 'no answer'),
        ms: performance.now() - started,
        bytes: reply.bytes,
      };
    }),
  );
}

/** Global ids of the 100 parks with the most enterprises (for nodes(ids)). */
async function biggestParks(databaseUrl: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ park_id: number }>('select park_id from enterprise_park group by park_id order by count(*) desc, park_id limit 100');
    return rows.map((r) => toGlobalId('Park', r.park_id));
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
