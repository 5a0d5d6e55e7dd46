import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDatabaseUrl } from '../src/core/database';
import { ConfigurationError, readSettings, settingsTable } from '../src/core/settings';
import { startTestServer, type TestServer } from './support/test-server';

// Issue 12 (first part): configuration checked at start, every mistake named with what was expected.

const root = path.join(__dirname, '..');
let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

/** Runs one of the project's commands from source; resolves with its exit code and output. */
function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['vite-node', '--config', 'vitest.config.mts', script, ...args], { cwd: root, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

const otherDatabase = (name: string) => {
  const url = new URL(server.databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

describe('configuration', () => {
  it('names every wrong variable at once, with what it expected', () => {
    let error: unknown;
    try {
      readSettings({ PORT: 'abc', SEED_SYNTHETIC_SCALE: '-1', TRUSTED_DOCUMENTS: 'maybe', REDIS_URL: 'localhost:6379', DATABASE_URL: 'mysql://x/y' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([
      'PORT must be a port number (1–65535), not "abc"',
      'DATABASE_URL must be a postgres:// or postgresql:// URL, not "mysql://x/y"',
      'SEED_SYNTHETIC_SCALE must be a whole number 0–1000, not "-1"',
      'TRUSTED_DOCUMENTS must be off, allow or anonymous-only, not "maybe"',
      'REDIS_URL must be a redis:// or rediss:// URL, not "localhost:6379"',
    ]);
  });

  it('gives the documented defaults when nothing is set, and reads values that are right', () => {
    expect(readSettings({})).toMatchObject({ port: 4000, createDatabase: false, embeddedPort: 54329, starterScale: 1, trustedDocuments: 'allow', executor: 'compiled', rateLimitWindow: 60, rateLimitAnonymous: 50_000 });
    expect(readSettings({ PORT: '8080', DATABASE_CREATE: 'true', INTROSPECTION: 'true', RATE_LIMIT_KEY: '1000' })).toMatchObject({ port: 8080, createDatabase: true, introspection: true, rateLimitKey: 1000 });
  });

  it('documents every variable in the README, in one table', () => {
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(settingsTable());
  });

  it('stops npm start on a wrong value with the message alone, exit code 1 and no stack', async () => {
    const { code, err } = await run('src/main.ts', [], { PORT: 'abc', DATABASE_URL: server.databaseUrl });
    expect(code).toBe(1);
    expect(err).toContain('PORT must be a port number (1–65535), not "abc"');
    expect(err).not.toMatch(/^\s+at /m);
  });

  it('refuses a DATABASE_URL whose database does not exist, naming the variable, and creates it only when asked', async () => {
    const name = `og_missing_${process.pid}`;
    const missing = otherDatabase(name);
    await expect(checkDatabaseUrl(missing, false)).rejects.toThrow(`DATABASE_URL names the database "${name}"`);
    await expect(checkDatabaseUrl(missing, false)).rejects.toThrow(/set DATABASE_CREATE=true/);
    expect(await server.sql('select 1 from pg_database where datname = $1', [name])).toEqual([]);
    await checkDatabaseUrl(missing, true);
    expect(await server.sql('select 1 from pg_database where datname = $1', [name])).toHaveLength(1);
    await server.sql(`drop database "${name}"`);
  });

  it('names DATABASE_URL and the host, never the password, when the server cannot be reached', async () => {
    const error = await checkDatabaseUrl('postgres://og:s3cret@127.0.0.1:1/nowhere', false).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^Cannot connect to the PostgreSQL of DATABASE_URL \(127\.0\.0\.1:1\/nowhere\): /);
    expect((error as Error).message).not.toContain('s3cret');
  });

  it('answers cli --help with the usage and exit code 0', async () => {
    const { code, out } = await run('src/cli.ts', ['--help'], {});
    expect(code).toBe(0);
    expect(out).toContain('npm run cli -- import FILE --entity ENTITY');
  });
});
