import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { seedDatabase } from '../../seeds';
import { migrate } from '../../src/core/database';

export interface SeededDatabase {
  url: string;
  /** Whether an earlier run's data was reused. */
  reused: boolean;
  /** What the database holds, for the report. */
  summary: string;
}

/**
 * Database `name` on the server of `maintenanceUrl`, migrated and seeded at a
 * synthetic scale. Seeding scale 150 takes minutes, so a comment on the
 * database (written last, so an interrupted seed does not count) marks it
 * seeded, and later runs only apply pending migrations. `reseed` starts over.
 */
export async function seededDatabase(maintenanceUrl: string, name: string, scale: number, reseed = false, log = console.log): Promise<SeededDatabase> {
  const marker = `og-bench: seeded at synthetic scale ${scale}`;
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  const admin = new Client({ connectionString: maintenanceUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ comment: string | null }>(`select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`, [name]);
    const reused = !reseed && rows[0]?.comment === marker;
    if (!reused) {
      log(`Preparing database ${name} at synthetic scale ${scale} (a few minutes at scale 150)…`);
      await admin.query(`drop database if exists ${admin.escapeIdentifier(name)} with (force)`);
      await admin.query(`create database ${admin.escapeIdentifier(name)}`);
    }
    const started = performance.now();
    const { orm } = await migrate(url.toString());
    try {
      if (!reused) {
        await seedDatabase(orm.em.fork() as never, scale);
        await orm.em.getConnection().execute('analyze');
        await admin.query(`comment on database ${admin.escapeIdentifier(name)} is ${admin.escapeLiteral(marker)}`);
        log(`Seeded in ${Math.round((performance.now() - started) / 1000)} s.`);
      }
      const [counts] = await orm.em.getConnection().execute<Array<Record<string, string>>>(
        `select (select count(*) from park) as parks, (select count(*) from enterprise) as enterprises, (select count(*) from contract_record) as "contract records"`,
      );
      const summary = Object.entries(counts).map(([table, n]) => `${Number(n).toLocaleString('en-US')} ${table}`).join(', ');
      return { url: url.toString(), reused, summary };
    } finally {
      await orm.close();
    }
  } finally {
    await admin.end();
  }
}
