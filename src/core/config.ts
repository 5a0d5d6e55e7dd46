import path from 'node:path';

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

function trustedDocumentsMode(value: string | undefined): TrustedDocumentsMode {
  const setting = value?.trim() || 'allow';
  if (setting === 'off' || setting === 'allow' || setting === 'anonymous-only') return setting;
  throw new Error(`TRUSTED_DOCUMENTS must be off, allow or anonymous-only, not "${value}".`);
}

/** How operations run: compiled by graphql-jit (core/executor.ts), or by graphql-js's interpreter, the reference. */
export type Executor = 'compiled' | 'graphql-js';

function executorSetting(value: string | undefined): Executor {
  const setting = value?.trim() || 'compiled';
  if (setting === 'compiled' || setting === 'graphql-js') return setting;
  throw new Error(`GRAPHQL_EXECUTOR must be compiled or graphql-js, not "${value}".`);
}

export const config = {
  /** HTTP port of the GraphQL server. */
  port: Number(process.env.PORT ?? 4000),
  /** Any PostgreSQL to use instead of the embedded one. */
  databaseUrl: process.env.DATABASE_URL,
  /** Port of the embedded PostgreSQL: its own, so a system server on 5432 can stay. */
  embeddedPort: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  /** Data folder of the embedded PostgreSQL (git-ignored). */
  embeddedDataDir: process.env.EMBEDDED_PG_DIR ?? path.join(projectRoot, '.data', 'postgres'),
  /** Synthetic scale loaded on first start of an empty database. */
  starterScale: Number(process.env.SEED_SYNTHETIC_SCALE ?? 1),
  /**
   * `allow` (default): registered document ids and any query text; `anonymous-only`: callers
   * without a key may send only registered documents; `off`: no document ids at all.
   */
  trustedDocuments: trustedDocumentsMode(process.env.TRUSTED_DOCUMENTS),
  /** `compiled` (default), or `graphql-js` to rule the compiler out when in doubt. */
  executor: executorSetting(process.env.GRAPHQL_EXECUTOR),
};
