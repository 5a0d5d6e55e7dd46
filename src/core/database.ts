import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { config } from './config';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { ormConfig } from './orm-config';

export interface Database {
  orm: MikroORM;
  url: string;
  /** Whether the database was empty before migrations ran (first start). */
  wasEmpty: boolean;
  /** How many migrations this start applied (an upgrade, when the database was not empty). */
  migrated: number;
  close(): Promise<void>;
}

/**
 * Resolves the database to serve: `DATABASE_URL` if set, else the embedded
 * PostgreSQL in the git-ignored `.data/` folder (started here, stopped on close).
 */
export async function openDatabase(log: (line: string) => void = console.log): Promise<Database> {
  let embedded: RunningPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    log(`Starting embedded PostgreSQL on 127.0.0.1:${config.embeddedPort} (data in ${config.embeddedDataDir})`);
    embedded = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort, persistent: true });
    url = await ensureDatabase(embedded.url, 'outsourcing_graph');
  }
  try {
    const { orm, wasEmpty, migrated } = await migrate(url);
    return {
      orm,
      migrated,
      url,
      wasEmpty,
      close: async () => {
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** Opens the ORM on `url` and applies the committed migrations that are pending. */
export async function migrate(url: string): Promise<{ orm: MikroORM; wasEmpty: boolean; migrated: number }> {
  const orm = await MikroORM.init(ormConfig(url));
  const migrator = orm.getMigrator();
  const executed = await migrator.getExecutedMigrations();
  const applied = await migrator.up();
  return { orm, wasEmpty: executed.length === 0, migrated: applied.length };
}

/** Creates database `name` on the server of `maintenanceUrl` if missing; returns its URL. */
export async function ensureDatabase(maintenanceUrl: string, name: string, template?: string): Promise<string> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      const from = template ? ` template ${client.escapeIdentifier(template)}` : '';
      await client.query(`create database ${client.escapeIdentifier(name)}${from}`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
