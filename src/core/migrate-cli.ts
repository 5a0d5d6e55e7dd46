import 'reflect-metadata';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { assertConfiguration, config, projectRoot } from './config';
import { openDatabase } from './database';
import { ormConfig } from './orm-config';
import { migrationsList } from '../migrations';

/**
 * `npm run migrate` applies pending migrations (to DATABASE_URL or the
 * embedded database). `npm run migrate -- create` writes a new migration
 * with the difference between the entities and a database that has all
 * committed migrations applied (DATABASE_URL required); list it in
 * src/migrations/index.ts.
 */
async function main(): Promise<void> {
  assertConfiguration();
  const command = process.argv[2] ?? 'up';
  if (command === 'up') {
    const db = await openDatabase();
    console.log('Migrations applied.');
    await db.close();
    return;
  }
  if (command === 'create') {
    if (!config.databaseUrl) throw new Error('Set DATABASE_URL to a database with the committed migrations applied.');
    const orm = await MikroORM.init(
      ormConfig(config.databaseUrl, {
        migrations: { path: path.join(projectRoot, 'src/migrations'), emit: 'ts', snapshot: false, migrationsList },
      }),
    );
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration(undefined, false, process.argv.includes('--initial'));
    console.log(result.fileName ? `Wrote src/migrations/${result.fileName}` : 'No changes.');
    await orm.close();
    return;
  }
  throw new Error(`Unknown command ${command}; use "up" or "create".`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
