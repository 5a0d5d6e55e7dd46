import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from '../entities';
import { migrationsList } from '../migrations';
import { SqlCountingLogger } from './sql-log';

/**
 * The one ORM configuration, shared by the server, the seed CLI, the
 * migration CLI and the tests. Only the connection string differs.
 */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: [...entities],
    extensions: [Migrator],
    // Schema changes come from committed migrations only, never from auto-sync.
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    debug: ['query'],
    loggerFactory: (options) => new SqlCountingLogger(options),
    // Relations are fetched through DataLoaders; joined loading would multiply rows.
    loadStrategy: 'select-in',
    forceUtcTimezone: true,
    // A missing database is created only where asked for (DATABASE_CREATE, tests, the embedded server), never by the ORM.
    ensureDatabase: false,
    pool: { min: 0, max: 10 },
    discovery: { warnWhenNoEntities: true },
    ...overrides,
  });
}
