import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client, DatabaseError } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { indexNames, SEARCHABLE } from '../search/search-index';
import type { EntityImport } from './entity-import';
import { fail, type ImportField } from './fields';
import { importableEntities, importers } from './importers';
import { loadLookups, type Lookups } from './lookups';
import { MergePlan } from './merge';
import { checksumOf, detectEncoding, formatOf, readRecords, UnreadableFile, type Encoding, type SourceRecord } from './read-rows';

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
  /** Headers no field is known by: their columns are not read. */
  ignoredHeaders: string[];
  batchId: number | null;
  dryRun: boolean;
  seconds: number;
}

export interface ImportOptions {
  dryRun?: boolean;
  encoding?: Encoding;
  /** A file with at least this many rows that is larger than its table, or revises half of it, is bulk-loaded (see MergePlan.bulkLoadPlan). */
  bulkLoadFrom?: number;
  /** Called as rows are read (every few thousand rows), with the bytes read of the file's size; then once as the writing starts. */
  progress?: (progress: { rows: number; bytes: number; size: number; writing?: boolean }) => void;
}

const MAX_REPORTED = 1000;
const SEND_EVERY = 4000;
const BULK_LOAD_FROM = 50_000;

/**
 * Imports a file in one transaction. One streaming pass checks every row
 * and copies the good ones into a typed staging table; if any row is wrong,
 * nothing is written and every error is reported. Otherwise set-based
 * statements upsert the rows by natural key (rows whose values did not
 * change are not touched, so a second import of the same file changes
 * nothing), keeping the rows they replace so the batch can be rolled back.
 * A dry run does it all and rolls back, so its counts are exact; a killed
 * import leaves nothing.
 */
export async function runImport(em: EntityManager, file: string, entity: string, options: ImportOptions = {}): Promise<ImportReport> {
  const importer = importers[entity];
  if (!importer) throw new Error(`Cannot import "${entity}": choose one of ${importableEntities.join(', ')}.`);
  const started = performance.now();
  const format = formatOf(file);
  const encoding = options.encoding ?? (await detectEncoding(file));
  const report: ImportReport = {
    entity, file: path.basename(file), format, encoding, checksum: await checksumOf(file),
    rows: 0, inserted: 0, updated: 0, unchanged: 0, errorCount: 0, errors: [], ignoredHeaders: [], batchId: null, dryRun: Boolean(options.dryRun), seconds: 0,
  };
  const error = (e: RowError) => {
    report.errorCount++;
    if (report.errors.length < MAX_REPORTED) report.errors.push(e);
  };
  const finish = () => {
    report.seconds = (performance.now() - started) / 1000;
    return report;
  };

  const client = new Client({ connectionString: em.config.get('clientUrl') });
  await client.connect();
  try {
    await client.query('begin');
    // Each merge step is one hash join on the natural key: memory for the hash, and no sort-merge of a
    // million staged rows (the planner's pick once a bulk load has dropped the indexes: seconds instead of
    // a fraction), nor JIT compilation, which costs more than these one-off statements gain.
    await client.query(`set local work_mem = '256MB'; set local enable_mergejoin = off; set local jit = off`);
    const bulkLoadFrom = options.bulkLoadFrom ?? BULK_LOAD_FROM;
    const mayBulkLoad = (await fs.promises.stat(file)).size >= bulkLoadFrom * MIN_ROW_BYTES;
    await lockForImport(client, importer.table, mayBulkLoad);
    const lookups = await loadLookups(client, importer.fields.flatMap((f) => f.lookups ?? []).concat(importer.derived ? ['cohort'] : []));
    const tableColumns = new Set((await client.query<{ column_name: string }>(
      'select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1', [importer.table],
    )).rows.map((r) => r.column_name));

    const { records, bytesRead } = readRecords(file, format, encoding);
    const size = (await fs.promises.stat(file)).size;
    const reader = new RowReader(importer, lookups, error);
    let plan: MergePlan | null = null;
    let copy: ReturnType<typeof copyFrom> | null = null;
    let copied: Promise<void> = Promise.resolve();
    let buffer = '';
    let buffered = 0;
    const send = async () => {
      if (copy && !copy.write(buffer)) await new Promise<void>((resolve) => copy!.once('drain', () => resolve()));
      buffer = '';
      buffered = 0;
      options.progress?.({ rows: report.rows, bytes: bytesRead(), size });
    };
    let lastLine = 0;
    try {
      for await (const record of records) {
        lastLine = record.line;
        if (!reader.ready) {
          const present = reader.readHeader(record);
          report.ignoredHeaders = reader.ignored;
          if (report.errorCount) break;
          if (present) {
            plan = new MergePlan(importer, present, importer.derived ?? [], tableColumns);
            await client.query(plan.createStage());
            copy = client.query(copyFrom(plan.copyStage()));
            copied = new Promise<void>((resolve, reject) => {
              copy!.on('finish', resolve);
              copy!.on('error', reject);
            });
          }
          if (format === 'csv') continue;
        }
        report.rows++;
        const row = reader.read(record, plan!);
        // After the first bad row nothing will be written; the rest is read only to report every error.
        if (!row || report.errorCount) continue;
        buffer += row;
        if (++buffered >= SEND_EVERY) await send();
      }
    } catch (e) {
      if (!(e instanceof UnreadableFile)) throw e;
      error({ line: lastLine + 1, column: '', value: '', reason: e.message });
    }
    if (copy) {
      if (buffered && !report.errorCount) await send();
      copy.end();
      await copied;
    }
    timing('read and staged', started);
    if (!report.errorCount) options.progress?.({ rows: report.rows, bytes: size, size, writing: true });
    if (report.rows === 0 && !report.errorCount) error({ line: 1, column: '', value: '', reason: 'the file has no rows' });
    if (report.errorCount) {
      await client.query('rollback');
      return finish();
    }
    await client.query('analyze import_stage');
    for (const { lines } of (await client.query<{ lines: number[] }>(plan!.duplicates())).rows) {
      for (const line of lines.slice(1)) error({ line, column: '', value: '', reason: `repeats the natural key of line ${lines[0]}` });
    }
    timing('checked natural keys', started);
    const rule = importer.conflicts;
    if (rule && !report.errorCount) {
      const column = reader.headerOf(rule.column);
      for (const row of (await client.query<Record<string, unknown>>(rule.query)).rows) error({ line: Number(row.line), column, value: rule.value(row), reason: rule.reason(row) });
      timing('checked rules across rows', started);
    }
    if (report.errorCount) {
      report.errors.sort((a, b) => a.line - b.line);
      await client.query('rollback');
      return finish();
    }
    await merge(client, plan!, report, mayBulkLoad ? bulkLoadFrom : Infinity);
    if (report.errorCount || options.dryRun) {
      await client.query('rollback');
      report.batchId = null;
      return finish();
    }
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
  // The names the batch wrote become searchable (names are tokenised in Node: pinyin).
  if (Object.values(SEARCHABLE).includes(importer.table as never)) {
    const knex = em.getKnex();
    const ids = (await knex(importer.table).select('id').where({ provenance_batch_id: report.batchId })).map((r: { id: number }) => r.id);
    await indexNames(knex, importer.table, ids);
  }
  return finish();
}

/** No row of an import file is shorter than this (a few short cells and a line break): how many rows a file may hold at most. */
const MIN_ROW_BYTES = 16;

/**
 * Takes the import's locks first, before it reads or writes anything, and in one order. A lock
 * taken later, or strengthened midway, can wait for an editor that is itself waiting for the
 * import (a deadlock). Other writers of the table wait until the import commits, and it for them;
 * readers go on. A file that may be bulk-loaded (its indexes and foreign keys taken off and put
 * back) takes the table whole, after the tables its foreign keys refer to (adding a key back locks
 * them against writes); only such a file can hold enough rows to be bulk-loaded.
 */
async function lockForImport(client: Client, table: string, whole: boolean): Promise<void> {
  if (!whole) {
    await client.query(`lock table "${table}" in share row exclusive mode`);
    return;
  }
  const referenced = await client.query<{ name: string }>(
    `select distinct confrelid::regclass::text as name from pg_constraint where conrelid = $1::regclass and contype = 'f' and confrelid <> conrelid order by 1`,
    [`"${table}"`],
  );
  for (const { name } of referenced.rows) await client.query(`lock table ${name} in share row exclusive mode`);
  await client.query(`lock table "${table}" in access exclusive mode`);
}

/** The set-based upsert of the staged rows as a new import batch; a refusal by the database becomes a reported error. */
async function merge(client: Client, plan: MergePlan, report: ImportReport, bulkLoadFrom: number): Promise<void> {
  const started = performance.now();
  const table = plan.importer.table;
  await client.query('savepoint merge');
  try {
    const tableSize = Number((await client.query<{ n: string }>(plan.tableSize())).rows[0].n);
    // The batch, and (in the same statement) its name as the writer of what follows, for the change feed.
    const [batch] = (await client.query<{ id: number }>(
      `with b as (insert into import_batch (entity, file_name, checksum, format, encoding, row_count, inserted, updated, unchanged) values ($1, $2, $3, $4, $5, $6, 0, 0, 0) returning id)
       select id, set_config('og.change_source', 'import:batch:' || id, true) from b`,
      [report.entity, report.file, report.checksum, report.format, report.encoding, report.rows],
    )).rows;
    report.batchId = batch.id;
    const document = `import batch ${batch.id}: ${report.file}`;
    const changing = (await client.query(plan.beforeImages(), [batch.id])).rowCount ?? 0;
    timing('kept before-images', started);
    // A bulk load: a file larger than the table, or one that revises at least half of it.
    const bulk = report.rows >= bulkLoadFrom && (report.rows > tableSize || changing * 2 >= tableSize)
      ? (await client.query(plan.bulkLoadPlan())).rows[0] as BulkLoad : null;
    if (bulk) {
      timing('planned the bulk load', started);
      for (const fk of bulk.foreign_keys) await client.query(`alter table "${table}" drop constraint "${fk.name}"`);
      for (const index of bulk.indexes) await client.query(`drop index "${index.name}"`);
      timing('took indexes and keys off', started);
    }
    report.updated = (await client.query(plan.update(), [document, batch.id])).rowCount ?? 0;
    timing('updated', started);
    report.inserted = (await client.query(plan.insert(), [document, batch.id])).rowCount ?? 0;
    timing('inserted', started);
    if (bulk) {
      await client.query(`set local maintenance_work_mem = '256MB'`);
      for (const index of bulk.indexes) await client.query(index.definition);
      for (const fk of bulk.foreign_keys) await client.query(`alter table "${table}" add constraint "${fk.name}" ${fk.definition}`);
      timing('rebuilt indexes and checked foreign keys', started);
    }
    for (const statement of plan.linkStatements()) await client.query(statement);
    report.unchanged = report.rows - report.inserted - report.updated;
    await client.query('update import_batch set inserted = $2, updated = $3, unchanged = $4 where id = $1', [batch.id, report.inserted, report.updated, report.unchanged]);
  } catch (e) {
    // Constraint violations the row checks cannot see (a record deleted meanwhile): report, do not crash.
    if (!(e instanceof DatabaseError) || !e.code?.startsWith('23')) throw e;
    await client.query('rollback to savepoint merge');
    report.inserted = report.updated = report.unchanged = 0;
    report.errorCount++;
    report.errors.push({ line: 0, column: e.column ?? '', value: '', reason: `the database refused the rows (${e.constraint ?? e.code}): ${e.detail ?? e.message}` });
  }
}

interface BulkLoad {
  indexes: Array<{ name: string; definition: string }>;
  foreign_keys: Array<{ name: string; definition: string }>;
}

/**
 * Checks rows against the entity's fields: matches the header, then turns
 * each record into a line of the staging table's COPY text, or reports why
 * it cannot.
 */
class RowReader {
  ready = false;
  ignored: string[] = [];
  private positions: Array<{ field: ImportField; index: number; header: string }> = [];
  private width = 0;
  private keys = '';

  constructor(private readonly importer: EntityImport, private readonly lookups: Lookups, private readonly error: (e: RowError) => void) {}

  /** Matches the header (a CSV's first record, a JSON object's keys); returns the fields the file has, or null after reporting a missing one. */
  readHeader(record: SourceRecord): ImportField[] | null {
    const headers = (record.keys ?? record.cells).map((h) => h.trim());
    const normal = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
    this.positions = [];
    let missing = false;
    for (const field of this.importer.fields) {
      const index = headers.findIndex((h) => field.headers.some((a) => normal(a) === normal(h)));
      if (index >= 0) this.positions.push({ field, index, header: headers[index] });
      // An optional part of the natural key (a quarter) is read as empty when the file has no column for it.
      else if (!field.required && this.importer.key.some((k) => k.includes(`$.${field.column}`))) this.positions.push({ field, index: -1, header: field.headers[0] });
      else if (field.required) {
        missing = true;
        this.error({ line: record.line, column: field.headers[0], value: '', reason: `required column missing (accepted headers: ${field.headers.join(', ')})` });
      }
    }
    const known = new Set(this.positions.map((p) => p.index));
    this.ignored = headers.filter((h, i) => h && !known.has(i));
    this.width = headers.length;
    this.keys = headers.join('\u0000');
    this.ready = true;
    return missing ? null : this.positions.map((p) => p.field);
  }

  /** The COPY line of a record, or null if it has errors (reported). */
  read(record: SourceRecord, plan: MergePlan): string | null {
    if (record.invalid) return this.fail(record.line, '', record.invalid, 'cannot be read as a record');
    if (record.keys) {
      if (record.keys.join('\u0000') !== this.keys) return this.readObject(record, plan);
    } else if (record.cells.length !== this.width) {
      return this.fail(record.line, '', record.cells.join(',').slice(0, 100), `has ${record.cells.length} cells; the header has ${this.width}`);
    }
    const values: Record<string, unknown> = {};
    let bad = false;
    for (const { field, index, header } of this.positions) {
      let raw = index < 0 ? '' : record.cells[index] ?? '';
      if (record.untrimmed && raw !== '' && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32)) raw = raw.trim();
      if (raw === '' || (raw.charCodeAt(0) <= 32 && raw.trim() === '')) {
        if (field.required) bad = this.flag(record.line, header, '', 'is required');
        values[field.column] = field.empty;
        continue;
      }
      // PostgreSQL text cannot hold NUL.
      const parsed = record.nul && raw.includes('\0') ? fail('holds a NUL character') : field.parse(raw, this.lookups);
      if ('error' in parsed) bad = this.flag(record.line, header, raw.slice(0, 100), parsed.error);
      else values[field.column] = parsed.value;
    }
    if (bad) return null;
    for (const derived of this.importer.derived ?? []) {
      const parsed = derived.compute(values, this.lookups);
      if ('error' in parsed) return this.fail(record.line, this.headerOf(derived.blame), '', parsed.error);
      values[derived.column] = parsed.value;
    }
    for (const [column, reason] of this.importer.check?.(values) ?? []) bad = this.flag(record.line, this.headerOf(column), String(values[column] ?? ''), reason);
    if (bad) return null;
    let line = String(record.line);
    for (const { column } of plan.stageColumns) line += '\t' + copyText(values[column]);
    return line + '\n';
  }

  /** A JSON object with its keys in another order; one with other keys than the first line's is an error (a missing key would wipe a stored value). */
  private readObject(record: SourceRecord, plan: MergePlan): string | null {
    const headers = this.keys.split('\u0000');
    const extra = record.keys!.filter((k) => !headers.includes(k));
    const lacking = headers.filter((h) => !record.keys!.includes(h));
    if (extra.length || lacking.length) {
      const which = [...extra.map((k) => `+${k}`), ...lacking.map((k) => `−${k}`)].join(', ');
      return this.fail(record.line, extra[0] ?? lacking[0], '', `has other keys than the first line (${which}): every line names the same keys, with null for an empty value`);
    }
    const byKey = new Map(record.keys!.map((k, i) => [k, i]));
    return this.read({ ...record, cells: headers.map((h) => record.cells[byKey.get(h)!]), keys: headers }, plan);
  }

  headerOf(column: string): string {
    return this.positions.find((p) => p.field.column === column)?.header ?? column;
  }

  /** Reports an error; returns true, for `bad = this.flag(…)`. */
  private flag(line: number, column: string, value: string, reason: string): true {
    this.error({ line, column, value, reason });
    return true;
  }

  private fail(line: number, column: string, value: string, reason: string): null {
    this.flag(line, column, value, reason);
    return null;
  }
}

/** A value in COPY's text format: \N for null, arrays as literals, text with its specials escaped. */
function copyText(value: unknown): string {
  if (value == null) return '\\N';
  if (typeof value === 'string') return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!) : value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (Array.isArray(value)) return `{${value.join(',')}}`;
  return String(value);
}

/** IMPORT_TIMING=1 prints how long each phase took (for the benchmark). */
function timing(phase: string, started: number): void {
  if (process.env.IMPORT_TIMING) console.error(`  ${phase} at ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
