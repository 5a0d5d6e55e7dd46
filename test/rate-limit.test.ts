import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { redisRateLimiter } from '../src/core/rate-limit';
import { captureLog } from './support/log-capture';
import { TcpProxy } from './support/tcp-proxy';
import { startTestServer, type TestServer } from './support/test-server';

const servers: TestServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function started(options: Parameters<typeof startTestServer>[0]) {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

const ask = (server: TestServer, key?: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: '{"query":"{ serviceDomains(category: BPO) { number } }"}',
  });

/** Whether a Redis answers on the default address (the CI machine runs one; a bare machine may not). */
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUp = () =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(redisUrl);
    const socket = net.connect(Number(port || 6379), hostname, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
    socket.setTimeout(500, () => (socket.destroy(), resolve(false)));
  });

/** The BPO domains: a list of at most 24 (the catalog) and one root field, so 25 points. */
const QUERY_POINTS = 25;

describe('rate limiting in cost points', () => {
  it('charges each request what it costs, says what is left, and answers 429 with Retry-After once the window is spent', async () => {
    const server = await started({ rateLimits: { anonymous: 3 * QUERY_POINTS, key: 5 * QUERY_POINTS, windowSeconds: 60 } });
    const first = await ask(server);
    expect(first.status).toBe(200);
    const body = (await first.json()) as { extensions: { cost: { points: number; windowRemaining: number } } };
    expect(body.extensions.cost.points).toBe(QUERY_POINTS);
    expect(body.extensions.cost.windowRemaining).toBe(2 * QUERY_POINTS);
    expect(first.headers.get('ratelimit-remaining')).toBe(String(2 * QUERY_POINTS));
    for (let i = 0; i < 2; i++) expect((await ask(server)).status).toBe(200);
    const limited = await ask(server);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('RATE_LIMITED');
    // A key has its own window.
    for (let i = 0; i < 5; i++) expect((await ask(server, server.keys.researcher)).status).toBe(200);
    expect((await ask(server, server.keys.researcher)).status).toBe(429);
    expect((await ask(server, server.keys.admin)).status).toBe(200);
    const healthy = await fetch(`${server.url}/healthz`);
    expect(healthy.status).toBe(200);
  });

  it('refuses an operation that costs more than the points left, naming its cost, and charges nothing for it', async () => {
    const server = await started({ rateLimits: { anonymous: 100, key: 1000, windowSeconds: 60 } });
    const costly = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ enterprises(first: 100) { nodes { nameZh } } }' }),
    });
    expect(costly.status).toBe(429);
    const refusal = (await costly.json()) as { errors: Array<{ message: string; extensions: { code: string; value: number; remaining: number } }> };
    expect(refusal.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', value: 101, remaining: 99 });
    // The refused points were given back: a cheap query still fits.
    expect((await ask(server)).status).toBe(200);
  });

  it('counts guesses at keys against the address', async () => {
    const server = await started({ rateLimits: { anonymous: 2, key: 100, windowSeconds: 60 } });
    expect((await ask(server, 'og_0000000000_' + 'x'.repeat(43))).status).toBe(401);
    expect((await ask(server, 'og_0000000000_' + 'y'.repeat(43))).status).toBe(401);
    expect((await ask(server, 'og_0000000000_' + 'z'.repeat(43))).status).toBe(429);
  });

  it('shares the count between servers through Redis', async (ctx) => {
    if (!(await redisUp())) ctx.skip();
    const namespace = `test-${Date.now()}-${Math.random()}`;
    const shared = () => {
      const limiter = redisRateLimiter(redisUrl, 60);
      return { charge: (identity: string, points: number, limit: number) => limiter.charge(`${namespace}:${identity}`, points, limit), close: () => limiter.close() };
    };
    const limits = { anonymous: 4 * QUERY_POINTS, key: 4 * QUERY_POINTS, windowSeconds: 60 };
    const a = await started({ rateLimits: limits, rateLimiter: shared() });
    const b = await started({ rateLimits: limits, rateLimiter: shared() });
    expect((await ask(a)).status).toBe(200);
    expect((await ask(b)).status).toBe(200);
    expect((await ask(a)).status).toBe(200);
    expect((await ask(b)).status).toBe(200);
    expect((await ask(a)).status).toBe(429);
    expect((await ask(b)).status).toBe(429);
  });
});

describe('rate limiting when Redis fails', () => {
  const limits = { anonymous: 3 * QUERY_POINTS, key: 3 * QUERY_POINTS, windowSeconds: 60 };
  const timeouts = { connectMs: 300, commandMs: 150 };
  /** Three requests fit the window, the fourth is refused: limits are on. */
  const expectLimitsOn = async (server: TestServer) => {
    for (let i = 0; i < 3; i++) {
      const start = Date.now();
      expect((await ask(server)).status).toBe(200);
      // However Redis fails, a request waits at most about the command timeout for it.
      expect(Date.now() - start).toBeLessThan(1_500);
    }
    expect((await ask(server)).status).toBe(429);
  };

  it('keeps limits on, counted in memory, when Redis refuses connections, and logs it', async () => {
    const nothing = new TcpProxy({ host: '127.0.0.1', port: 1 });
    await nothing.start();
    const url = nothing.rewrite('redis://127.0.0.1:6379');
    await nothing.stop();
    const captured = captureLog();
    const limiter = redisRateLimiter(url, 60, `refused-${Date.now()}`, timeouts, captured.log);
    const server = await started({ rateLimits: limits, rateLimiter: limiter });
    await expectLimitsOn(server);
    expect(captured.entries().filter((e) => e.level === 'warn' && String(e.msg).startsWith('Redis unavailable')).length).toBeGreaterThan(0);
    expect(await timedClose(limiter)).toBeLessThan(1_000);
  });

  it('keeps limits on, without stalling requests, when Redis hangs', async () => {
    const hung = new TcpProxy({ host: '127.0.0.1', port: 6379 });
    await hung.start();
    await hung.hang();
    const limiter = redisRateLimiter(hung.rewrite(redisUrl), 60, `hung-${Date.now()}`, timeouts, captureLog().log);
    const server = await started({ rateLimits: limits, rateLimiter: limiter });
    await expectLimitsOn(server);
    expect(await timedClose(limiter)).toBeLessThan(1_000);
    await hung.stop();
  });

  it('keeps limits on when Redis goes away under way, and shares counts again once it is back', async (ctx) => {
    if (!(await redisUp())) ctx.skip();
    const { hostname, port } = new URL(redisUrl);
    const proxy = new TcpProxy({ host: hostname, port: Number(port || 6379) });
    await proxy.start();
    const limiter = redisRateLimiter(proxy.rewrite(redisUrl), 60, `away-${Date.now()}`, timeouts, captureLog().log);
    const server = await started({ rateLimits: limits, rateLimiter: limiter });
    expect((await ask(server)).status).toBe(200);
    await proxy.stop();
    // Redis gone: this instance's memory counts from zero, and still refuses past the window.
    await expectLimitsOn(server);
    await proxy.start();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // Redis back: its count (one request) holds, so two more fit and the next is refused.
    expect((await ask(server)).status).toBe(200);
    expect((await ask(server)).status).toBe(200);
    expect((await ask(server)).status).toBe(429);
    await limiter.close();
    await proxy.stop();
  });
});

async function timedClose(limiter: { close(): Promise<void> }): Promise<number> {
  const start = Date.now();
  await limiter.close();
  return Date.now() - start;
}
