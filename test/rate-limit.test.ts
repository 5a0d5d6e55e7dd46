import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { redisRateLimiter } from '../src/core/rate-limit';
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

describe('rate limiting', () => {
  it('answers 429 with Retry-After once an address has used its window, and counts each key apart', async () => {
    const server = await started({ rateLimits: { anonymous: 3, key: 5, windowSeconds: 60 } });
    for (let i = 0; i < 3; i++) expect((await ask(server)).status).toBe(200);
    const limited = await ask(server);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('RATE_LIMITED');
    // A key has its own, larger budget.
    for (let i = 0; i < 5; i++) expect((await ask(server, server.keys.researcher)).status).toBe(200);
    expect((await ask(server, server.keys.researcher)).status).toBe(429);
    expect((await ask(server, server.keys.admin)).status).toBe(200);
    const healthy = await fetch(`${server.url}/healthz`);
    expect(healthy.status).toBe(200);
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
      return { hit: (identity: string, limit: number) => limiter.hit(`${namespace}:${identity}`, limit), close: () => limiter.close() };
    };
    const a = await started({ rateLimits: { anonymous: 4, key: 4, windowSeconds: 60 }, rateLimiter: shared() });
    const b = await started({ rateLimits: { anonymous: 4, key: 4, windowSeconds: 60 }, rateLimiter: shared() });
    expect((await ask(a)).status).toBe(200);
    expect((await ask(b)).status).toBe(200);
    expect((await ask(a)).status).toBe(200);
    expect((await ask(b)).status).toBe(200);
    expect((await ask(a)).status).toBe(429);
    expect((await ask(b)).status).toBe(429);
  });
});
