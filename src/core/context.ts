import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from './loaders';
import type { SqlLog } from './sql-log';

/** What every resolver gets: the request's own entity manager and loaders. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  sqlLog: SqlLog;
  requestId: string;
}
