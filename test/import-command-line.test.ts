import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

const root = path.resolve(__dirname, '..');
const state = async () =>
  (await server.sql<{ records: string; batches: string; sum: string }>(
    'select (select count(*) from contract_record) as records, (select count(*) from import_batch) as batches, (select sum(executed_amount) from contract_record) as sum',
  ))[0];

describe('the import command', () => {
  it('leaves the database as it was when the process is killed mid-stream', async () => {
    // A large file of distinct contract records for the enterprises there are.
    const codes = (await server.sql<{ credit_code: string }>('select credit_code from enterprise order by id')).map((r) => r.credit_code);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'og-killed-')), 'contract-records.csv');
    const lines = ['credit_code,year,quarter,domain,direction,client_market,signed_amount,executed_amount'];
    for (const code of codes) for (let year = 2016; year <= 2025; year++) for (let q = 1; q <= 4; q++) for (let d = 1; d <= 24; d++) for (const m of ['US', 'JP', 'DE', 'SG']) lines.push(`${code},${year},${q},${d},OFFSHORE,${m},100,90`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const before = await state();

    // The project's own CLI, run from source, killed while it streams the file into PostgreSQL.
    const child = spawn('npx', ['vite-node', '--config', 'vitest.config.mts', 'src/cli.ts', 'import', file, '--entity', 'contract-records'], {
      cwd: root, env: { ...process.env, DATABASE_URL: server.databaseUrl }, stdio: 'ignore', detached: true,
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ? -1 : code)));
    let copying = false;
    for (let i = 0; i < 600 && !copying; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const [{ n }] = await server.sql<{ n: string }>("select count(*) as n from pg_stat_activity where query ilike 'copy import_stage%'");
      copying = Number(n) > 0;
    }
    expect(copying, 'the import reached the COPY').toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    process.kill(-child.pid!, 'SIGKILL');
    expect(await exited).toBe(-1);

    // PostgreSQL rolls the dead session's transaction back.
    for (let i = 0; i < 100; i++) {
      const [{ n }] = await server.sql<{ n: string }>("select count(*) as n from pg_stat_activity where query ilike 'copy import_stage%'");
      if (Number(n) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await state()).toEqual(before);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }, 120_000);

  it('exits with 1 from the command line when a file has errors, listing every one', async () => {
    const child = spawn('npx', ['vite-node', '--config', 'vitest.config.mts', 'src/cli.ts', 'import', 'test/fixtures/import/contract-records-errors.csv', '--entity', 'contract-records'], {
      cwd: root, env: { ...process.env, DATABASE_URL: server.databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk) => (out += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(out).toContain('line 4, column direction, value "SIDEWAYS"');
    expect(out).toMatch(/\d+ error\(s\) in 4 rows of contract-records-errors.csv; nothing was written./);
  });
});
