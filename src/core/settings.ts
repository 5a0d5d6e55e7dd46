import { z } from 'zod';

/**
 * Every environment variable the server reads, in one table: its name, what it takes, its
 * default and what it does. `readSettings` checks them all at once, so a start with a wrong
 * value stops with every mistake named and what was expected; the README's table of variables
 * is this list (test/configuration.test.ts keeps the two in step).
 */
export interface Setting<T> {
  name: string;
  /** What a value must be, as the error says it: "a port number (1–65535)". */
  expected: string;
  /** The default, as written in the README; undefined when unset means off or absent. */
  fallback?: string;
  schema: z.ZodType<T>;
  doc: string;
}

const setting = <T>(name: string, expected: string, schema: z.ZodType<T>, doc: string, fallback?: string): Setting<T> => ({ name, expected, schema, doc, fallback });

const portNumber = z.coerce.number().int().min(1).max(65535);
const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const urlWith = (protocols: string[]) => z.string().refine((v) => {
  try {
    return protocols.includes(new URL(v).protocol);
  } catch {
    return false;
  }
});

export const SETTINGS = {
  port: setting('PORT', 'a port number (1–65535)', portNumber, 'HTTP port', '4000'),
  databaseUrl: setting('DATABASE_URL', 'a postgres:// or postgresql:// URL', urlWith(['postgres:', 'postgresql:']).optional(),
    'use this PostgreSQL instead of the embedded one (nothing is embedded then); the database must exist unless `DATABASE_CREATE=true`'),
  createDatabase: setting('DATABASE_CREATE', 'true or false', flag, 'create the database `DATABASE_URL` names if it does not exist (then migrate and seed it)', 'false'),
  embeddedPort: setting('EMBEDDED_PG_PORT', 'a port number (1–65535)', portNumber, 'port of the embedded PostgreSQL', '54329'),
  embeddedDataDir: setting('EMBEDDED_PG_DIR', 'a folder path', z.string().min(1).optional(), 'data folder of the embedded PostgreSQL', '.data/postgres'),
  starterScale: setting('SEED_SYNTHETIC_SCALE', 'a whole number 0–1000', count(0, 1000), 'synthetic scale loaded on first start (0 for none)', '1'),
  nodeEnv: setting('NODE_ENV', 'production, development or test', z.enum(['production', 'development', 'test']).optional(),
    '`production`: introspection and field suggestions off, internal errors masked, no `extensions.sql`', 'development'),
  introspection: setting('INTROSPECTION', 'true or false', flag.optional(), 'introspection on even in production'),
  explorer: setting('EXPLORER', 'on or off', z.enum(['on', 'off']).optional(),
    'the API explorer (Ruru, a GraphiQL, served from the installed packages: no CDN) at `/` and, for browsers, at `/graphql`; unset: on, but off when `NODE_ENV=production` (in production also set `INTROSPECTION=true` for its docs and completion)'),
  trustedDocuments: setting('TRUSTED_DOCUMENTS', 'off, allow or anonymous-only', z.enum(['off', 'allow', 'anonymous-only']),
    '`allow`: registered document ids and any query text; `anonymous-only`: callers without a key may run only registered documents (400 `TRUSTED_DOCUMENT_REQUIRED`), callers with a key anything within their budget; `off`: document ids refused', 'allow'),
  executor: setting('GRAPHQL_EXECUTOR', 'compiled or graphql-js', z.enum(['compiled', 'graphql-js']),
    '`compiled`: operations run compiled by graphql-jit (`src/core/executor.ts`); `graphql-js`: graphql-js’s interpreter, the reference, to rule the compiler out when in doubt', 'compiled'),
  readUrls: setting('DATABASE_READ_URLS', 'comma-separated postgres:// or postgresql:// URLs', z.string().transform((v) => v.split(',').map((u) => u.trim()).filter(Boolean))
    .refine((urls) => urls.length <= 16 && urls.every((u) => urlWith(['postgres:', 'postgresql:']).safeParse(u).success)).optional(),
    'streaming replicas of the primary that take the read-only operations (queries, CSV); mutations go to the primary; a replica down or behind `REPLICA_MAX_LAG_MS` is left out until it catches up'),
  replicaMaxLag: setting('REPLICA_MAX_LAG_MS', 'a whole number of milliseconds 100–600000', count(100, 600_000),
    'a replica whose replay is this far behind the primary takes no reads until it catches up', '5000'),
  webConcurrency: setting('WEB_CONCURRENCY', 'a whole number of workers 1–64', count(1, 64),
    'server processes on this machine sharing the port (one per core is usual); rate-limit counts are shared between them (through Redis when `REDIS_URL` is set)', '1'),
  redisUrl: setting('REDIS_URL', 'a redis:// or rediss:// URL', urlWith(['redis:', 'rediss:']).optional(), 'share the rate limiter’s counts through Redis (else they are kept in memory)'),
  rateLimitAnonymous: setting('RATE_LIMIT_ANONYMOUS', 'a whole number of points ≥ 1', count(1, Number.MAX_SAFE_INTEGER).optional(),
    'cost points per window per address without a key', '50000'),
  rateLimitKey: setting('RATE_LIMIT_KEY', 'a whole number of points ≥ 1', count(1, Number.MAX_SAFE_INTEGER).optional(),
    'cost points per window per key (default: the role’s, see [Limits](#limits-what-a-request-may-cost))'),
  rateLimitWindow: setting('RATE_LIMIT_WINDOW', 'a whole number of seconds ≥ 1', count(1, 86_400), 'rate-limit window in seconds', '60'),
  logLevel: setting('LOG_LEVEL', 'fatal, error, warn, info, debug, trace or silent', z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    'least severe level logged (JSON lines on stdout): a line per GraphQL request or CSV export at `info` (`warn` for a 5xx), internal errors at `error`; probes and `/metrics` are not logged', 'info'),
  shutdownTimeout: setting('SHUTDOWN_TIMEOUT', 'a whole number of seconds 0–600', count(0, 600),
    'on SIGTERM or SIGINT, how long requests in flight may run before their connections are cut (an idle server exits at once)', '10'),
  metricsToken: setting('METRICS_TOKEN', 'a token of at least 16 characters', z.string().min(16).optional(),
    '`/metrics` answers only `Authorization: Bearer <token>` (else anyone who reaches the port may read it)'),
  redisConnectTimeout: setting('REDIS_CONNECT_TIMEOUT_MS', 'a whole number of milliseconds 50–60000', count(50, 60_000),
    'a Redis connection not made in this time counts as Redis down (the in-memory limiter decides meanwhile)', '1000'),
  redisCommandTimeout: setting('REDIS_COMMAND_TIMEOUT_MS', 'a whole number of milliseconds 10–10000', count(10, 10_000),
    'a Redis command not answered in this time counts as Redis down for that request (the in-memory limiter decides)', '200'),
  testDatabaseUrl: setting('TEST_DATABASE_URL', 'a postgres:// or postgresql:// URL', urlWith(['postgres:', 'postgresql:']).optional(),
    'tests use this server (they create and drop their own databases) instead of an embedded one'),
  debugSql: setting('DEBUG_SQL', 'any value (set: on)', z.string().optional(), 'print every SQL statement'),
  importTiming: setting('IMPORT_TIMING', 'any value (set: on)', z.string().optional(), 'print how long each phase of an import took'),
} as const;

type Settings = typeof SETTINGS;
export type SettingValues = { [K in keyof Settings]: Settings[K] extends Setting<infer T> ? T : never };

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`The configuration has ${problems.length === 1 ? 'a wrong value' : `${problems.length} wrong values`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads every setting from `env` (an empty value counts as unset); throws one error naming every wrong value. */
export function readSettings(env: Record<string, string | undefined>): SettingValues {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, s] of Object.entries(SETTINGS) as Array<[string, Setting<unknown>]>) {
    const raw = env[s.name]?.trim() || undefined;
    const parsed = s.schema.safeParse(raw ?? s.fallback);
    if (parsed.success) values[key] = parsed.data;
    else problems.push(`${s.name} must be ${s.expected}, not ${JSON.stringify(raw)}`);
  }
  if (problems.length) throw new ConfigurationError(problems);
  return values as SettingValues;
}

/** The README's table of variables, rendered from SETTINGS (test/configuration.test.ts checks the README holds it). */
export function settingsTable(): string {
  const rows = Object.values(SETTINGS).map((s: Setting<unknown>) => `| \`${s.name}\` | ${s.expected} | ${s.fallback ?? '—'} | ${s.doc} |`);
  return ['| variable | takes | default | effect |', '|---|---|---|---|', ...rows].join('\n');
}
