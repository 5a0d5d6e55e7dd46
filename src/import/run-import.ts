import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
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

const MAX_REPORTED = 1000;

/**
 * Imports a file in one streaming pass: every row is checked, and the good
 * ones copied into a staging table; if any row is wrong nothing is written
 * and every error is reported. Otherwise one set-based statement upserts the
 * rows by natural key, recording the import batch in their provenance. All
 * of it is one transaction: a dry run rolls it back (so its counts are
 * exact), and a killed import leaves nothing.
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

  let header: Map<string, string> | null = null;
  // One pass: check every row while streaming the good ones into a staging table with COPY;
  // then, if no row was wrong, one set-based upsert. All in one transaction, so a bad row or a kill writes nothing.
  const client = new Client({ connectionString: em.config.get('clientUrl') });
  await client.connect();
  try {
    await client.query('begin');
    const columns = importer.dbColumns;
    await client.query(`create temp table import_stage (line int not null, ${columns.map((c) => `"${c}" text`).join(', ')}) on commit drop`);
    const copy = client.query(copyFrom(`copy import_stage (line, ${columns.map((c) => `"${c}"`).join(', ')}) from stdin (format csv)`));
    const copied = new Promise<void>((resolve, reject) => {
      copy.on('finish', resolve);
      copy.on('error', reject);
    });
    let written = 0;
    let buffer: string[] = [];
    // Lines go to COPY a few thousand at a time: one write per line would cost more than the database.
    const send = async () => {
      if (!copy.write(buffer.join(''))) await new Promise<void>((resolve) => copy.once('drain', () => resolve()));
      buffer = [];
      options.progress?.(written);
    };
    for await (const row of readRows(file, format, encoding)) {
      report.rows++;
      if (!header) {
        header = matchHeader(importer, Object.keys(row.values));
        for (const [name, column] of Object.entries(importer.columns)) {
          if (column.required && !header.has(name)) error({ line: 1, column: column.aliases[0], value: '', reason: `required column missing (accepted headers: ${column.aliases.join(', ')})` });
        }
        if (report.errorCount) break;
      }
      const values: Record<string, unknown> = {};
      checkRow(importer, header, row.values, lookups, (column, value, reason) => error({ line: row.line, column, value, reason }), values);
      written++;
      // After the first bad row nothing will be written; keep reading only to report every error.
      if (report.errorCount) continue;
      buffer.push([row.line, ...importer.toRow(values)].map(csvValue).join(',') + '\n');
      if (buffer.length >= 5000) await send();
    }
    if (buffer.length && !report.errorCount) await send();
    copy.end();
    await copied;
    timing('copied', started);
    if (report.errorCount || report.rows === 0) {
      if (report.rows === 0) error({ line: 1, column: '', value: '', reason: 'the file has no rows' });
      await client.query('rollback');
      report.seconds = (performance.now() - started) / 1000;
      return report;
    }
    const [batch] = (await client.query(
      `insert into import_batch (entity, file_name, checksum, format, encoding, row_count, inserted, updated, unchanged) values ($1, $2, $3, $4, $5, $6, 0, 0, 0) returning id`,
      [entity, report.file, report.checksum, format, encoding, report.rows],
    )).rows;
    report.batchId = batch.id;
    const duplicates = await duplicateKeys(client, importer);
    if (duplicates.length) {
      for (const d of duplicates) error({ line: d.line, column: '', value: '', reason: `repeats the natural key of line ${d.first}` });
      await client.query('rollback');
      report.batchId = null;
      report.seconds = (performance.now() - started) / 1000;
      return report;
    }
    timing('checked duplicates', started);
    // Keep the rows this batch will change, so an admin can roll it back.
    await client.query(beforeImagesSql(importer), [report.batchId]);
    const counts = (await client.query(mergeSql(importer), [`import batch ${report.batchId}: ${report.file}`, report.batchId])).rows[0];
    timing('merged', started);
    report.inserted = Number(counts.inserted);
    report.updated = Number(counts.updated);
    report.unchanged = report.rows - report.inserted - report.updated;
    await client.query('update import_batch set inserted = $2, updated = $3, unchanged = $4 where id = $1', [report.batchId, report.inserted, report.updated, report.unchanged]);
    if (options.dryRun) {
      await client.query('rollback');
      report.batchId = null;
    } else {
      await client.query('commit');
    }
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
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

/** A value for COPY … (format csv): empty for null, arrays as PostgreSQL array literals, text quoted. */
function csvValue(value: unknown): string {
  if (value == null) return '';
  const text = Array.isArray(value) ? `{${value.join(',')}}` : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

/** The natural key of the target over the staging table's text columns (a missing quarter is ''). */
function stageKey(importer: Importer): string {
  return importer.conflict
    .replace(/^\(|\)$/g, '')
    .replace(/\b([a-z_]+)\b(?![(])/g, (name) => (importer.dbColumns.includes(name) ? `s."${name}"` : name))
    .replace(/, 0\)/g, ", '')");
}

async function duplicateKeys(client: Client, importer: Importer): Promise<Array<{ line: number; first: number }>> {
  const key = stageKey(importer);
  const { rows } = await client.query(
    `select line, first from (select s.line, min(s.line) over (partition by ${key}) as first from import_stage s) d where line <> first order by line limit 1000`,
  );
  return rows;
}

/** Types of the staged (text) columns. */
const STAGE_TYPES: Record<string, string> = {
  enterprise_id: 'int', year: 'int', quarter: 'smallint', domain_id: 'int', signed_amount: 'numeric', executed_amount: 'numeric',
  headcount: 'int', region_id: 'int', founded_on: 'date', client_markets: 'text[]',
};

/** Saves, for batch $1, the current rows the staged rows will change (the before-images of a rollback). */
function beforeImagesSql(importer: Importer): string {
  const typed = (c: string) => `s."${c}"::${STAGE_TYPES[c] ?? 'text'}`;
  const keys = importer.dbColumns.filter((c) => importer.conflict.includes(c));
  const data = importer.dbColumns.filter((c) => !importer.conflict.includes(c));
  return `insert into import_change (batch_id, record_id, before)
    select $1, t.id, to_jsonb(t) from "${importer.table}" t
    join import_stage s on ${keys.map((c) => `t."${c}" is not distinct from ${typed(c)}`).join(' and ')}
    where (${data.map((c) => `t."${c}"`).join(', ')}) is distinct from (${data.map(typed).join(', ')})`;
}

/**
 * One set-based upsert from the staging table, casting each column to its
 * type; rows whose values did not change are not touched (so a second import
 * of the same file changes nothing), and the counts come back in one row.
 */
function mergeSql(importer: Importer): string {
  const columns = importer.dbColumns;
  const data = columns.filter((c) => !importer.conflict.includes(c));
  const versioned = ['park', 'enterprise', 'designation', 'training_base', 'partnership', 'cohort', 'placement', 'contract_record'].includes(importer.table);
  const sets = [...data, 'provenance_source', 'provenance_document', 'provenance_locator', 'provenance_batch_id'].map((c) => `"${c}" = excluded."${c}"`);
  if (versioned) sets.push('"version" = t."version" + 1', '"updated_at" = now()');
  return `with merged as (
      insert into "${importer.table}" as t (${columns.map((c) => `"${c}"`).join(', ')}, provenance_source, provenance_document, provenance_locator, provenance_batch_id)
      select ${columns.map((c) => `s."${c}"::${STAGE_TYPES[c] ?? 'text'}`).join(', ')}, 'IMPORT', $1, 'line ' || s.line, $2
      from import_stage s order by s.line
      on conflict ${importer.conflict} do update set ${sets.join(', ')}
      where (${data.map((c) => `t."${c}"`).join(', ')}) is distinct from (${data.map((c) => `excluded."${c}"`).join(', ')})
      returning (xmax = 0) as inserted)
    select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated from merged`;
}

/** IMPORT_TIMING=1 prints how long each phase took (for the benchmark). */
function timing(phase: string, started: number): void {
  if (process.env.IMPORT_TIMING) console.error(`  ${phase} at ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
