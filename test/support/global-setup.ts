import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { ensureDatabase, migrate } from '../../src/core/database';
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/core/embedded-postgres';
import { seedDatabase } from '../../seeds';
import { freePort } from './free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    maintenanceUrl: string;
    templateDatabase: string;
  }
}

/**
 * Once per run: a PostgreSQL (TEST_DATABASE_URL, else an embedded one on a
 * free port in a temporary folder), and a template database with the
 * migrations, the real facts and synthetic scale 1. Each test file clones
 * the template into a database of its own, so files run in parallel.
 */
export default async function setup(project: TestProject) {
  let embedded: RunningPostgres | undefined;
  let maintenanceUrl = process.env.TEST_DATABASE_URL;
  if (!maintenanceUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-test-pg-'));
    fs.chmodSync(dataDir, 0o777);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), port: await freePort(), persistent: false });
    maintenanceUrl = embedded.url;
  }
  const templateDatabase = `og_template_${process.pid}`;
  const url = await ensureDatabase(maintenanceUrl, templateDatabase);
  const { orm } = await migrate(url);
  await seedDatabase(orm.em.fork() as never, 1);
  await orm.close();

  project.provide('maintenanceUrl', maintenanceUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    const client = new Client({ connectionString: maintenanceUrl });
    await client.connect();
    await client.query(`drop database if exists ${client.escapeIdentifier(templateDatabase)} with (force)`);
    await client.end();
    await embedded?.stop();
  };
}

