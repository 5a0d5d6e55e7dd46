import type { EntityManager } from '@mikro-orm/postgresql';
import type { OperationCost } from './limits';
import type { Loaders } from './loaders';
import type { SqlLog } from './sql-log';

/** What every resolver gets: the request's own entity manager and loaders. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  sqlLog: SqlLog;
  requestId: string;
  /** Measured before execution (see limits.ts). */
  cost?: OperationCost;
}
