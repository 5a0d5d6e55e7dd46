import path from 'node:path';
import { ConfigurationError, readSettings, type SettingValues } from './settings';

/** Where the project lives, whether we run from `src/` (vitest) or `dist/src/` (node). */
export const projectRoot = (() => {
  let dir = __dirname;
  while (!require('node:fs').existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();

export type Mode = 'development' | 'production' | 'test';

export function mode(): Mode {
  const env = process.env.NODE_ENV;
  return env === 'production' || env === 'test' ? env : 'development';
}

/** Which documents callers may send: see src/trusted-documents/. */
export type TrustedDocumentsMode = 'off' | 'allow' | 'anonymous-only';

/** How operations run: compiled by graphql-jit (core/executor.ts), or by graphql-js's interpreter, the reference. */
export type Executor = 'compiled' | 'graphql-js';

// Read once; a wrong value is kept to be reported by `assertConfiguration` when a command starts, with every other.
let failure: ConfigurationError | undefined;
export const settings: SettingValues = (() => {
  try {
    return readSettings(process.env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    failure = error;
    return readSettings({});
  }
})();

/** Stops a command that starts with a wrong setting, naming each (called first by every entry point). */
export function assertConfiguration(): void {
  if (failure) throw failure;
}

export const config = {
  /** HTTP port of the GraphQL server. */
  port: settings.port,
  /** Any PostgreSQL to use instead of the embedded one. */
  databaseUrl: settings.databaseUrl,
  /** Streaming replicas that take read-only operations (src/core/database-nodes.ts); none: the primary serves all. */
  readUrls: settings.readUrls ?? [],
  /** A replica further behind than this takes no reads. */
  replicaMaxLagMs: settings.replicaMaxLag,
  /** Server processes on this machine (src/core/cluster.ts). */
  webConcurrency: settings.webConcurrency,
  /** Create the database DATABASE_URL names when it does not exist (else that is an error). */
  createDatabase: settings.createDatabase,
  /** Port of the embedded PostgreSQL: its own, so a system server on 5432 can stay. */
  embeddedPort: settings.embeddedPort,
  /** Data folder of the embedded PostgreSQL (git-ignored). */
  embeddedDataDir: path.resolve(projectRoot, settings.embeddedDataDir ?? '.data/postgres'),
  /** Synthetic scale loaded on first start of an empty database. */
  starterScale: settings.starterScale,
  /**
   * `allow` (default): registered document ids and any query text; `anonymous-only`: callers
   * without a key may send only registered documents; `off`: no document ids at all.
   */
  trustedDocuments: settings.trustedDocuments as TrustedDocumentsMode,
  /** `compiled` (default), or `graphql-js` to rule the compiler out when in doubt. */
  executor: settings.executor as Executor,
};
