import { parseArgs } from 'node:util';
import { csvHeader, csvLines } from '../src/export/csv';

/**
 * npm run bench:csv-writer -- --rows 200000
 *
 * The CSV writer of the exports (csv-stringify, src/export/csv.ts) against the
 * hand-written one it replaced (below, as it was), on rows of ten cells like a
 * report's: Chinese and English names, codes, numbers, empty cells, now and
 * then a comma, a quote or a leading minus. The new writer is given pages of
 * 1,000 rows, as the export writes a page at a time. Prints the best of five.
 */
function handWritten(values: readonly unknown[]): string {
  return values.map(handWrittenCell).join(',') + '\r\n';
}

function handWrittenCell(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rowsOf(count: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    rows.push([
      2006 + (i % 20),
      (i % 4) + 1,
      i % 7 === 0 ? null : `软件研发服务 ${i % 24}`,
      i % 11 === 0 ? 'Software, R&D' : 'Information technology outsourcing',
      `3201${String(i % 100).padStart(2, '0')}`,
      i % 13 === 0 ? '南京软件谷 "中国软件名城"' : '南京软件谷',
      (i * 7919) % 100000 + 0.25,
      i % 17 === 0 ? -((i * 31) % 1000) : (i * 31) % 1000,
      i % 19 === 0 ? '-' : 'OFFSHORE',
      i % 23 === 0 ? Number.NaN : i / 7,
    ]);
  }
  return rows;
}

function best(label: string, rows: number, run: () => number): void {
  let fastest = Infinity;
  let bytes = 0;
  for (let k = 0; k < 5; k++) {
    const start = process.hrtime.bigint();
    bytes = run();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.log(`${label}: ${fastest.toFixed(0)} ms, ${Math.round(rows / (fastest / 1000)).toLocaleString('en-US')} rows/s, ${(bytes / 1e6).toFixed(1)} MB`);
}

function main(): void {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '200000' } } });
  const count = Number(values.rows);
  const rows = rowsOf(count);
  const header = ['year', 'quarter', 'domain_zh', 'domain_en', 'region_code', 'park_zh', 'signed_usd', 'executed_usd', 'direction', 'offshore_share'];
  best('hand-written, a line per row', count, () => {
    let bytes = Buffer.byteLength('\uFEFF' + handWritten(header));
    for (const row of rows) bytes += Buffer.byteLength(handWritten(row));
    return bytes;
  });
  best('csv-stringify, a page of 1,000 rows per call', count, () => {
    let bytes = Buffer.byteLength(csvHeader(header));
    for (let i = 0; i < rows.length; i += 1000) bytes += Buffer.byteLength(csvLines(rows.slice(i, i + 1000)));
    return bytes;
  });
  best('csv-stringify, a row per call', count, () => {
    let bytes = Buffer.byteLength(csvHeader(header));
    for (const row of rows) bytes += Buffer.byteLength(csvLines([row]));
    return bytes;
  });
}

main();
