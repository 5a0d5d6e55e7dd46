import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import type { OperationCost } from './limits';
import type { Loaders } from './loaders';
import type { Meter } from './metering';
import type { RequestRecord } from './request-log';
import type { SqlLog } from './sql-log';
import type { ChangeSignal } from '../change-feed/change-signal';

/** What every resolver gets: the request's own entity manager and loaders. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  sqlLog: SqlLog;
  requestId: string;
  /** Who is asking (from the API key; anonymous without one). */
  viewer: Viewer;
  /** The caller's budget and rate-limit window (metering.ts). */
  meter: Meter;
  /**
   * For reports and large pages: waits for one of the role's heavy slots
   * (admission.ts; CONCURRENCY_LIMITED when none frees in time) and sends the
   * request's reads to its role's heavy lane (read-pool.ts). Released when
   * the request ends.
   */
  goHeavy(): Promise<void>;
  /**
   * For mutations: the request's reads move to the primary (the answer shows the write); the
   * function returned gives the primary's WAL position once the write has committed (read-your-writes).
   */
  writing(): Promise<() => Promise<string>>;
  /** Measured before execution (see limits.ts). */
  cost?: OperationCost;
  /** The id of the registered (trusted) document the request ran, when it ran one. */
  trustedDocumentId?: string;
  /** Wakes the change-feed subscriptions of this process when the feed may have grown. */
  changeSignal: ChangeSignal;
  /** What the request log and the metrics will say about the request. */
  record: RequestRecord;
}
