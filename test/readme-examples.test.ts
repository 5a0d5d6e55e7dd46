import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeExamples } from '../src/core/explorer-examples';
import { startTestServer, type TestServer } from './support/test-server';

// A new user copies the README's examples: each must run as written, with the key it says it needs.
const root = path.resolve(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const run = promisify(execFile);

let server: TestServer;
let workdir: string;
beforeAll(async () => {
  server = await startTestServer();
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-'));
});
afterAll(async () => {
  await server?.close();
  if (workdir) fs.rmSync(workdir, { recursive: true, force: true });
});

/** The README's shell blocks that talk to the server (or make the key they use), in order. */
const shellBlocks = [...readme.matchAll(/```sh\n([\s\S]*?)\n```/g)].map((m) => m[1])
  .filter((block) => /curl .*localhost:4000/.test(block) || /^KEY=\$\(npm run/m.test(block));
/** Those that can run as written: not the ones that show a placeholder (…) for a value the reader supplies. */
const runnable = shellBlocks.filter((block) => !block.includes('…'));

/** Runs a README shell block as written, against the test server and its database, in a scratch folder. */
async function runShell(block: string, env: Record<string, string>, cwd = workdir): Promise<{ stdout: string; stderr: string }> {
  const script = block.replaceAll('localhost:4000', server.url.replace(/^http:\/\//, ''));
  return run('bash', ['-euo', 'pipefail', '-c', script], {
    cwd, timeout: 120_000,
    env: { ...process.env, ...env, DATABASE_URL: server.databaseUrl, PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}`, npm_config_prefix: '' },
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`README block failed:\n${block}\n${error.stderr || error.message}`);
  });
}

describe('the README’s examples', () => {
  const examples = readmeExamples(readme);

  it('are there, one tab each in the explorer, each naming the key it needs', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples.map((e) => e.role)).toContain(null);
    expect(examples.map((e) => e.role)).toContain('researcher');
  });

  for (const example of examples) {
    it(`runs “${example.title}” with ${example.role ? `a ${example.role}’s key` : 'no key'}, every field answered`, async () => {
      const key = example.role ? (server.keys as unknown as Record<string, string>)[example.role] : null;
      if (example.role) expect(key, `a test key for ${example.role}`).toBeTruthy();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query: example.query }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      for (const [field, value] of Object.entries(body.data ?? {})) expect(value, field).not.toBeNull();
      expect(JSON.stringify(body.data)).not.toBe('{}');
    });
  }

  it('has the shell commands that talk to the server run as written: the key step, GraphQL with curl -f, every CSV export', async () => {
    const [keyStep, ...calls] = runnable;
    expect(keyStep).toMatch(/^KEY=\$\(npm run --silent cli -- keys create --role researcher/);
    // The key step as written, then each block with the KEY it made.
    const { stdout } = await runShell(`${keyStep}\necho "$KEY"`, {}, root); // npm run, from the project's folder
    const key = stdout.trim().split('\n').at(-1)!;
    expect(key).toMatch(/^og_[A-Za-z0-9_-]+$/);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const block of calls) {
      const before = new Set(fs.readdirSync(workdir));
      const result = await runShell(block, { KEY: key });
      for (const file of fs.readdirSync(workdir).filter((f) => !before.has(f))) {
        const content = fs.readFileSync(path.join(workdir, file), 'utf8');
        // A saved export is data, never a JSON error.
        if (file.endsWith('.csv')) expect(content.split('\r\n').length, file).toBeGreaterThan(2);
        if (file.endsWith('.json')) expect(JSON.parse(content), file).toHaveProperty('tableSchema');
      }
      if (!/ -o /.test(block) && !/-fG?\s/.test(block.split('\n')[0])) continue;
      if (!/ -o /.test(block)) expect(JSON.parse(result.stdout)).toHaveProperty('data');
    }
    expect(fs.readdirSync(workdir).filter((f) => f.endsWith('.csv')).sort()).toEqual(['contract-stats.csv', 'filings.csv', 'flows.csv', 'published.csv']);
  }, 240_000);

  it('has every curl -f, so an error is never saved as data', () => {
    const curls = shellBlocks.flatMap((b) => b.split('\n')).filter((line) => /^curl /.test(line));
    expect(curls.length).toBeGreaterThan(0);
    for (const line of curls) expect(line, line).toMatch(/^curl -f/);
  });
});
