import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runImport } from '../src/import/run-import';
import { benchServer } from './harness';

/**
 * npm run bench:import -- --rows 1000000
 *
 * Writes a CSV of contract records for the synthetic enterprises (distinct
 * natural keys), imports it into a fresh database and reports rows per second
 * and the peak resident memory; then imports it again (nothing changes), and
 * then a revised file (every row updated, every earlier version kept).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '200000' }, scale: { type: 'string', default: '20' } } });
  const rows = Number(values.rows);
  const server = await benchServer(Number(values.scale));
  const codes = (await server.orm.em.getKnex()('enterprise').select('credit_code').orderBy('id')).map((r: { credit_code: string }) => r.credit_code);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-import-'));
  const file = await writeFile(path.join(dir, 'contract-records.csv'), codes, rows, 0);
  // The same records, every amount revised: a re-import that updates every row (and keeps every earlier version).
  const revised = await writeFile(path.join(dir, 'contract-records-revised.csv'), codes, rows, 1);

  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  for (const [run, input] of [['first import', file], ['same file again', file], ['every amount revised', revised]]) {
    const report = await runImport(server.orm.em.fork() as never, input, 'contract-records');
    console.log(`${run}: ${report.rows.toLocaleString()} rows in ${report.seconds.toFixed(1)} s = ${Math.round(report.rows / report.seconds).toLocaleString()} rows/s ` +
      `(inserted ${report.inserted}, updated ${report.updated}, unchanged ${report.unchanged}, errors ${report.errorCount}); peak RSS so far ${Math.round(peak / 1e6)} MB`);
  }
  clearInterval(sampler);
  fs.rmSync(dir, { recursive: true, force: true });
  await server.close();
}

/** Contract records for the synthetic enterprises, with distinct natural keys: enterprise × year × quarter × domain × market. */
async function writeFile(file: string, codes: string[], rows: number, revision: number): Promise<string> {
  const out = fs.createWriteStream(file);
  out.write('credit_code,year,quarter,domain,direction,client_market,signed_amount,executed_amount,currency\n');
  const markets = ['US', 'JP', 'KR', 'DE', 'GB', 'SG', 'HK', 'FR', 'AU', 'CA'];
  // Distinct keys: enterprise × year × quarter × domain × market.
  let written = 0;
  outer: for (const code of codes) {
    for (let year = 2006; year <= 2015; year++) { // before the synthetic years, which are reported whole (never both)
      for (let quarter = 1; quarter <= 4; quarter++) {
        for (let domain = 1; domain <= 24; domain++) {
          for (const market of markets) {
            if (written >= rows) break outer;
            const signed = 1000 + ((written * 7919) % 100000) + revision;
            if (!out.write(`${code},${year},${quarter},${domain},OFFSHORE,${market},${signed},${Math.round(signed * 0.8)},USD\n`)) {
              await new Promise<void>((resolve) => out.once('drain', () => resolve()));
            }
            written++;
          }
        }
      }
    }
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  console.log(`Wrote ${written.toLocaleString()} rows (${Math.round(fs.statSync(file).size / 1e6)} MB) to ${file}`);
  return file;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
