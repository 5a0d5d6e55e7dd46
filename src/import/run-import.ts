import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';
import { importers, type Importer, type Lookups } from './importers';
import { checksumOf, detectEncoding, formatOf, readRows, type Encoding } from './read-rows';

export interface RowError {
  line: number;
  column: string;
  value: string;
  reason: string;
}

export interface ImportReport {
  entity: string;
  file: string;
  format: string;
  encoding: Encoding;
  checksum: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  /** The first 1000 errors: line, column, value, reason. */
  errors: RowError[];
  batchId: number | null;
  dryRun: boolean;
  seconds: number;
}

const CHUNK = 1000;
const MAX_REPORTED = 1000;

class DryRun extends Error {}

/**
 * Imports a file in two streaming passes: the first checks every row and
 * writes nothing if any is wrong (reporting every error); the second writes
 * all rows in one transaction, as upserts by natural key, recording the
 * import batch in the rows' provenance. A dry run does the second pass too
 * and rolls it back, so its counts are exact. A killed import leaves nothing.
 */
export async function runImport(
  em: EntityManager,
  file: string,
  entity: string,
  options: { dryRun?: boolean; encoding?: Encoding; progress?: (rows: number) => void } = {},
): Promise<ImportReport> {
  const importer = importers[entity];
  if (!importer) throw new Error(`Cannot import "${entity}": choose one of ${Object.keys(importers).join(', ')}.`);
  const started = performance.now();
  const format = formatOf(file);
  const encoding = options.encoding ?? (await detectEncoding(file));
  const report: ImportReport = {
    entity, file: path.basename(file), format, encoding, checksum: await checksumOf(file),
    rows: 0, inserted: 0, updated: 0, unchanged: 0, errorCount: 0, errors: [], batchId: null, dryRun: Boolean(options.dryRun), seconds: 0,
  };
  const lookups = await loadLookups(em);
  const error = (e: RowError) => {
    report.errorCount++;
    if (report.errors.length < MAX_REPORTED) report.errors.push(e);
  };

  // Pass 1: check every row.
  let header: Map<string, string> | null = null;
  for await (const row of readRows(file, format, encoding)) {
    report.rows++;
    if (!header) {
      header = matchHeader(importer, Object.keys(row.values));
      for (const [name, column] of Object.entries(importer.columns)) {
        if (column.required && !header.has(name)) error({ line: 1, column: column.aliases[0], value: '', reason: `required column missing (accepted headers: ${column.aliases.join(', ')})` });
      }
      if (report.errorCount) break;
    }
    checkRow(importer, header, row.values, lookups, (column, value, reason) => error({ line: row.line, column, value, reason }));
    options.progress?.(report.rows);
  }
  if (report.errorCount || report.rows === 0) {
    if (report.rows === 0) error({ line: 1, column: '', value: '', reason: 'the file has no rows' });
    report.seconds = (performance.now() - started) / 1000;
    return report;
  }

  // Pass 2: write everything in one transaction.
  try {
    await em.getKnex().transaction(async (trx) => {
      const [batch] = await trx('import_batch')
        .insert({ entity, file_name: report.file, checksum: report.checksum, format, encoding, row_count: report.rows, inserted: 0, updated: 0, unchanged: 0 })
        .returning('id');
      report.batchId = batch.id;
      let chunk: Array<{ line: number; values: unknown[] }> = [];
      const flush = async () => {
        if (!chunk.length) return;
        const { inserted, updated } = await upsert(trx, importer, chunk, `import batch ${report.batchId}: ${report.file}`);
        report.inserted += inserted;
        report.updated += updated;
        chunk = [];
      };
      let written = 0;
      for await (const row of readRows(file, format, encoding)) {
        const values: Record<string, unknown> = {};
        checkRow(importer, header!, row.values, lookups, () => undefined, values);
        chunk.push({ line: row.line, values: importer.toRow(values) });
        if (chunk.length >= CHUNK) await flush();
        options.progress?.(report.rows + ++written);
      }
      await flush();
      report.unchanged = report.rows - report.inserted - report.updated;
      await trx('import_batch').where({ id: report.batchId }).update({ inserted: report.inserted, updated: report.updated, unchanged: report.unchanged });
      if (options.dryRun) throw new DryRun();
    });
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
    report.batchId = null;
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** Header → column, by any alias, ignoring case, spaces and underscores. */
function matchHeader(importer: Importer, headers: string[]): Map<string, string> {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
  const map = new Map<string, string>();
  for (const [name, column] of Object.entries(importer.columns)) {
    const found = headers.find((h) => column.aliases.some((a) => norm(a) === norm(h)));
    if (found) map.set(name, found);
  }
  return map;
}

function checkRow(
  importer: Importer, header: Map<string, string>, values: Record<string, unknown>, lookups: Lookups,
  error: (column: string, value: string, reason: string) => void, out: Record<string, unknown> = {},
): void {
  if ('__invalid' in values) return error('', String(values.__invalid), 'the line is not a JSON object');
  for (const [name, column] of Object.entries(importer.columns)) {
    const key = header.get(name);
    const raw = key == null || values[key] == null ? '' : String(values[key]).trim();
    if (raw === '') {
      if (column.required) error(key ?? column.aliases[0], '', 'is required');
      continue;
    }
    const parsed = column.parse(raw, lookups);
    if ('error' in parsed) error(key!, raw.slice(0, 100), parsed.error);
    else out[name] = parsed.value;
  }
}

async function loadLookups(em: EntityManager): Promise<Lookups> {
  const knex = em.getKnex();
  const [enterprises, domains, regions] = await Promise.all([
    knex('enterprise').select('id', 'credit_code'),
    knex('service_domain').select('id', 'number'),
    knex('region').select('id', 'code'),
  ]);
  return {
    enterpriseByCreditCode: new Map(enterprises.map((r: { id: number; credit_code: string }) => [r.credit_code, r.id])),
    domainByNumber: new Map(domains.map((r: { id: number; number: number }) => [r.number, r.id])),
    regionByCode: new Map(regions.map((r: { id: number; code: string }) => [r.code, r.id])),
  };
}

/** One multi-row upsert; unchanged rows are not touched, so a second import of a file changes nothing. */
async function upsert(trx: Knex.Transaction, importer: Importer, rows: Array<{ line: number; values: unknown[] }>, document: string) {
  const columns = [...importer.dbColumns, 'provenance_source', 'provenance_document', 'provenance_locator'];
  const placeholders = rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
  const bindings = rows.flatMap((r) => [...r.values.map((v) => (Array.isArray(v) ? `{${v.join(',')}}` : v)), 'IMPORT', document, `line ${r.line}`]);
  const data = importer.dbColumns.filter((c) => !importer.conflict.includes(c));
  const versioned = ['park', 'enterprise', 'designation', 'training_base', 'partnership', 'cohort', 'placement', 'contract_record'].includes(importer.table);
  const sets = [...data, 'provenance_source', 'provenance_document', 'provenance_locator'].map((c) => `"${c}" = excluded."${c}"`);
  if (versioned) sets.push(`"version" = t."version" + 1`, `"updated_at" = now()`);
  const result = await trx.raw(
    `insert into "${importer.table}" as t (${columns.map((c) => `"${c}"`).join(', ')}) values ${placeholders}
     on conflict ${importer.conflict} do update set ${sets.join(', ')}
     where (${data.map((c) => `t."${c}"`).join(', ')}) is distinct from (${data.map((c) => `excluded."${c}"`).join(', ')})
     returning (xmax = 0) as inserted`,
    bindings as Knex.RawBinding[],
  );
  const returned = result.rows as Array<{ inserted: boolean }>;
  const inserted = returned.filter((r) => r.inserted).length;
  return { inserted, updated: returned.length - inserted };
}
