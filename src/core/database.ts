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
  if (url) await checkDatabaseUrl(url, config.createDatabase);
  else {
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

/** Where a URL points, without its password: host:port/database. */
export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/**
 * Connects to DATABASE_URL's database before anything else, so a wrong one is an error that
 * names the variable: a server that cannot be reached, refused credentials, or a database that
 * does not exist, which is created only when `DATABASE_CREATE=true` asks for it.
 */
export async function checkDatabaseUrl(url: string, create: boolean): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    const code = (error as { code?: string }).code;
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    if (code === '3D000' && create) {
      const maintenance = new URL(url);
      maintenance.pathname = '/postgres';
      await ensureDatabase(maintenance.toString(), name);
      return;
    }
    if (code === '3D000') {
      throw new Error(`DATABASE_URL names the database "${name}" on ${describeUrl(url).replace(/\/.*$/, '')}, which does not exist. `
        + 'Create it (createdb), point DATABASE_URL at another, or set DATABASE_CREATE=true to have it created (then migrated and seeded).');
    }
    throw new Error(`Cannot connect to the PostgreSQL of DATABASE_URL (${describeUrl(url)}): ${(error as Error).message || code}.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
