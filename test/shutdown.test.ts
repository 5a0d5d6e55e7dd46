import { spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';
import { freePort } from './support/free-port';

// Issue 12: a shutdown bounded in time — an idle server exits at once, requests in flight may finish
// within the bound, slow clients are cut at it — and working when started through `npm start`.

const root = path.join(__dirname, '..');
const servers: TestServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));
const started = async () => {
  const server = await startTestServer();
  servers.push(server);
  return server;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const timed = async (work: () => Promise<unknown>) => {
  const start = Date.now();
  await work();
  return Date.now() - start;
};

/** A client that sends a POST to /graphql one byte of body every `everyMs`; resolves with what came back when the socket closes. */
function slowClient(port: number, everyMs: number): { socket: net.Socket; closed: Promise<string> } {
  const body = JSON.stringify({ query: '{ parks(first: 1) { totalCount } }' });
  const socket = net.connect(port, '127.0.0.1');
  socket.write(`POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`);
  let sent = 0;
  const timer = setInterval(() => {
    if (sent < body.length && !socket.destroyed) socket.write(body[sent++]);
  }, everyMs);
  let received = '';
  socket.on('data', (d) => (received += d));
  socket.on('error', () => undefined);
  const closed = new Promise<string>((resolve) => socket.on('close', () => (clearInterval(timer), resolve(received))));
  return { socket, closed };
}

describe('a bounded shutdown', () => {
  it('closes an idle server at once, keep-alive connections included', async () => {
    const server = await started();
    // fetch keeps its connection open after the answer.
    expect((await fetch(`${server.url}/livez`)).status).toBe(200);
    expect(await timed(() => server.app.close(10_000))).toBeLessThan(1_000);
  });

  it('lets a request in flight finish within the bound', async () => {
    const server = await started();
    const port = Number(new URL(server.url).port);
    const body = JSON.stringify({ query: '{ parks(first: 1) { totalCount } }' });
    const client = slowClient(port, Math.ceil(600 / body.length));
    await sleep(100);
    const closing = timed(() => server.app.close(10_000));
    const answer = await client.closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('totalCount');
    expect(await closing).toBeLessThan(3_000);
  });

  it('cuts a client still sending its body at the bound', async () => {
    const server = await started();
    const port = Number(new URL(server.url).port);
    const client = slowClient(port, 1_000);
    await sleep(100);
    const took = await timed(() => server.app.close(500));
    expect(took).toBeGreaterThanOrEqual(450);
    expect(took).toBeLessThan(2_000);
    expect(await client.closed).toBe('');
  });
});


/** `npm start` on the test database; resolves once it says it is ready. */
async function npmStart(databaseUrl: string): Promise<{ npm: ChildProcess; port: number; output: () => string; exited: Promise<number | null> }> {
  const port = await freePort();
  const npm = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SHUTDOWN_TIMEOUT: '2', LOG_LEVEL: 'info', NODE_ENV: 'production' },
  });
  let output = '';
  npm.stdout!.on('data', (d) => (output += d));
  npm.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
  // The first start of a fresh clone compiles the project.
  for (let waited = 0; !output.includes('GraphQL ready'); waited += 200) {
    if (waited > 150_000 || npm.exitCode !== null) {
      // Leave nothing running behind a failed start (the server would outlive this test).
      spawnSync('pkill', ['-KILL', '-P', String(npm.pid)]);
      npm.kill('SIGKILL');
      throw new Error(`npm start did not get ready:\n${output}`);
    }
    await sleep(200);
  }
  return { npm, port, output: () => output, exited };
}

const refuses = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => (socket.destroy(), resolve(false)));
    socket.on('error', () => resolve(true));
  });

describe('stopping what `npm start` started', () => {
  for (const target of ['npm', 'server'] as const) {
    it(`stops the server, a request in flight cut at the bound, when SIGTERM goes to ${target === 'npm' ? 'the process `npm start` runs as' : 'the server process itself'}`, async () => {
      const server = await started();
      const { npm, port, output, exited } = await npmStart(server.databaseUrl);
      // `npm start` runs its script as `… && exec node dist/src/main.js`: the server is npm's own child.
      const serverPid = Number(execFileSync('pgrep', ['-P', String(npm.pid), '-f', 'dist/src/main.js']).toString().trim().split('\n')[0]);
      expect(serverPid).toBeGreaterThan(0);
      const client = slowClient(port, 1_000);
      await sleep(200);
      const signalled = Date.now();
      process.kill(target === 'npm' ? npm.pid! : serverPid, 'SIGTERM');
      const code = await exited;
      const took = Date.now() - signalled;
      expect(took).toBeGreaterThanOrEqual(1_500);
      expect(took).toBeLessThan(10_000);
      expect(await client.closed).toBe('');
      // Nothing is left serving: the server process is gone and its port is closed.
      expect(() => process.kill(serverPid, 0)).toThrow();
      expect(await refuses(port)).toBe(true);
      expect(output()).toContain('"msg":"stopped"');
      expect(code === 0 || code === null).toBe(true);
    }, 240_000);
  }
});
