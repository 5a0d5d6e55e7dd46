import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createApiKey, listApiKeys, revokeApiKey } from './auth/api-keys';
import { Role } from './auth/viewer';
import { openDatabase } from './core/database';
import { fromGlobalId } from './core/ids';
import { runSql, sql } from './core/sql';

const USAGE = `npm run cli -- keys create --role researcher|university|park_admin|admin [--university ID|名称] [--park ID|名称] --label TEXT
npm run cli -- keys list
npm run cli -- keys revoke PREFIX|ID

Uses DATABASE_URL, or the embedded database in .data/. A key is shown once, when created.`;

/** The project's command line: API keys (and, later, imports). */
async function main(): Promise<void> {
  const [group, command, ...rest] = process.argv.slice(2);
  if (group !== 'keys' || !command) return usage();
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { role: { type: 'string' }, university: { type: 'string' }, park: { type: 'string' }, label: { type: 'string' } },
  });
  const db = await openDatabase(() => undefined);
  const em = db.orm.em.fork() as EntityManager;
  try {
    if (command === 'create') {
      const role = (values.role ?? '').toUpperCase() as Role;
      if (!Object.values(Role).includes(role) || role === Role.ANONYMOUS) throw new Error(`--role must be one of researcher, university, park_admin, admin`);
      if (!values.label) throw new Error('--label is required: say who the key is for.');
      const universityId = values.university ? await recordId(em, 'university', 'University', values.university) : null;
      const parkId = values.park ? await recordId(em, 'park', 'Park', values.park) : null;
      const issued = await createApiKey(em, { role, label: values.label, universityId, parkId });
      console.log(`Created key ${issued.prefix} (id ${issued.id}, ${role.toLowerCase()}). Store it now; it is not shown again:\n\n  ${issued.key}\n`);
    } else if (command === 'list') {
      for (const k of await listApiKeys(em)) {
        const scope = k.university ? ` university=${k.university.id}` : k.park ? ` park=${k.park.id}` : '';
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

/** A record by global ID, database id or Chinese name. */
async function recordId(em: EntityManager, table: 'university' | 'park', type: string, value: string): Promise<number> {
  if (/^\d+$/.test(value)) return Number(value);
  try {
    return fromGlobalId(value, `--${table}`, type).id;
  } catch {
    const rows = await runSql<{ id: number }>(em, sql`select id from ${{ text: table, params: [] }} where name_zh = ${value}`);
    if (rows.length !== 1) throw new Error(`No single ${table} is called "${value}".`);
    return rows[0].id;
  }
}

function usage(): void {
  console.log(USAGE);
  process.exitCode = 2;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
