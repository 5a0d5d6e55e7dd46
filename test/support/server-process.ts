import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { Client } from 'pg';
import { inject } from 'vitest';
import { ensureDatabase } from '../../src/core/database';
import { freePort } from './free-port';

const root = path.join(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Compiles dist/ when a source changed since the last build (what `npm start` does first). */
export function buildIfChanged(): void {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-if-changed.cjs')], { cwd: root, stdio: 'inherit' });
}

/** A database of its own, cloned from the seeded template (as startTestServer's), and how to drop it. */
export async function cloneTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const maintenanceUrl = inject('maintenanceUrl');
  const name = `og_test_${randomBytes(6).toString('hex')}`;
  const url = await ensureDatabase(maintenanceUrl, name, inject('templateDatabase'));
  return {
    url,
    async drop() {
      const client = new Client({ connectionString: maintenanceUrl });
      await client.connect();
      await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
      await client.end();
    },
  };
}

export type LogLine = Record<string, unknown> & { msg?: string; pid?: number; worker?: number };

/** `node dist/src/main.js` running as a child of the test, its JSON log lines read as they come. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** Everything it wrote, stdout and stderr. */
  output(): string;
  /** Its JSON log lines so far. */
  lines(): LogLine[];
  /** The first log line (from `after` on) that `matches`, waiting up to `timeoutMs` for it. */
  waitFor(matches: (line: LogLine) => boolean, timeoutMs?: number, after?: number): Promise<LogLine>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL to it and its children, if still running (for after a failed test). */
  kill(): void;
}

/** Starts the built server with `env` on a free port; resolves once it logs that it is ready. */
export async function startServerProcess(env: Record<string, string | undefined>, readyTimeoutMs = 150_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'dist/src/main.js')], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', NODE_ENV: 'production', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let pending = '';
  const lines: LogLine[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk;
    pending += chunk;
    const complete = pending.split('\n');
    pending = complete.pop()!;
    for (const line of complete) {
      if (!line.startsWith('{')) continue;
      try {
        lines.push(JSON.parse(line) as LogLine);
      } catch {
        // not a log line
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const kill = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    spawnSync('pkill', ['-KILL', '-P', String(child.pid)]);
    child.kill('SIGKILL');
  };
  const waitFor = async (matches: (line: LogLine) => boolean, timeoutMs = 10_000, after = 0) => {
    for (const start = Date.now(); Date.now() - start < timeoutMs; await sleep(50)) {
      const found = lines.slice(after).find(matches);
      if (found) return found;
    }
    throw new Error(`no such log line within ${timeoutMs} ms; the server wrote:\n${output.slice(-5_000)}`);
  };
  for (const start = Date.now(); !output.includes('GraphQL ready'); await sleep(100)) {
    if (Date.now() - start > readyTimeoutMs || child.exitCode !== null) {
      kill();
      throw new Error(`the server did not get ready:\n${output}`);
    }
  }
  return { child, port, output: () => output, lines: () => lines, waitFor, exited, kill };
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json<T = Record<string, unknown>>(): T;
}

/**
 * One request on a connection of its own (no keep-alive, so a cluster's primary hands each to the next
 * worker), from `localAddress` when given (another loopback address is another anonymous caller).
 */
export function request(port: number, options: { path?: string; method?: string; body?: unknown; headers?: Record<string, string>; localAddress?: string } = {}): Promise<Answer> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path: options.path ?? '/graphql', method: options.method ?? (body ? 'POST' : 'GET'), agent: false, localAddress: options.localAddress,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers },
    }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text, json: () => JSON.parse(text) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
