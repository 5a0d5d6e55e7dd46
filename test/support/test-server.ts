import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { print, type DocumentNode } from 'graphql';
import { Client } from 'pg';
import { inject } from 'vitest';
import { ensureDatabase, migrate } from '../../src/core/database';
import type { Mode } from '../../src/core/config';
import { createApp, type App, type AppOptions } from '../../src/core/server';
import { createApiKey } from '../../src/auth/api-keys';
import type { BudgetOverrides } from '../../src/core/budgets';
import type { RateLimiter, RateLimits } from '../../src/core/rate-limit';
import { Role } from '../../src/auth/viewer';
import { createLog, type Log } from '../../src/core/log';
import { TcpProxy } from './tcp-proxy';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  extensions?: { sql?: { count: number; statements?: string[] }; [key: string]: unknown };
}

/** API keys made for each test database: one per role, two universities to test scope. */
export interface TestKeys {
  researcher: string;
  admin: string;
  /** Bound to `universityA`, a university that runs training bases. */
  university: string;
  /** Bound to `universityB`, another such university. */
  otherUniversity: string;
  parkAdmin: string;
  /** Bound to `enterpriseA`, the first enterprise of park 1. */
  enterprise: string;
  universityA: number;
  universityB: number;
  enterpriseA: number;
}

export interface TestServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Connection string of the test database. */
  databaseUrl: string;
  /** The proxy between the server and its database, when asked for: stop it to take the database away. */
  databaseProxy?: TcpProxy;
  app: App;
  orm: MikroORM;
  keys: TestKeys;
  /**
   * Runs a typed operation against /graphql over HTTP, as a researcher unless
   * `key` says otherwise (null: anonymous).
   */
  query<TData, TVars>(document: TypedDocumentNode<TData, TVars> | DocumentNode | string, variables?: TVars, key?: string | null): Promise<GraphQLResponse<TData>>;
  /** Data of a query that must succeed. */
  data<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<TData>;
  /** Raw SQL on the test database, for independent checks. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A real server on a database of its own, cloned from the seeded template. */
export async function startTestServer(
  options: {
    mode?: Mode; rateLimits?: RateLimits; rateLimiter?: RateLimiter; budgets?: BudgetOverrides; trustedDocuments?: AppOptions['trustedDocuments']; executor?: AppOptions['executor'];
    /** Where the server logs (default: stdout, errors only, so test output stays readable). */
    log?: Log; metricsToken?: string;
    /** Put the server's database connections through a proxy the test can stop (`databaseProxy`). */
    databaseProxy?: boolean;
    /** Serve the API explorer (default: as the server decides, from EXPLORER and the mode). */
    explorer?: AppOptions['explorer'];
    /** Subscriptions per key and in all (default: the server's). */
    subscriptions?: AppOptions['subscriptions'];
  } = {},
): Promise<TestServer> {
  const maintenanceUrl = inject('maintenanceUrl');
  const name = `og_test_${randomBytes(6).toString('hex')}`;
  const url = await ensureDatabase(maintenanceUrl, name, inject('templateDatabase'));
  let databaseProxy: TcpProxy | undefined;
  if (options.databaseProxy) {
    const target = new URL(url);
    databaseProxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await databaseProxy.start();
  }
  const { orm } = await migrate(databaseProxy ? databaseProxy.rewrite(url) : url);
  // Tests send many requests from one address: generous limits unless a test sets its own.
  const rateLimits = options.rateLimits ?? { anonymous: 1_000_000, key: 1_000_000, windowSeconds: 60 };
  const app: App = await createApp({
    orm, mode: options.mode ?? 'test', exposeSql: true, rateLimits, rateLimiter: options.rateLimiter, budgets: options.budgets, trustedDocuments: options.trustedDocuments,
    executor: options.executor, log: options.log ?? createLog({ level: process.env.LOG_LEVEL ?? 'error' }), metricsToken: options.metricsToken,
    explorer: options.explorer, subscriptions: options.subscriptions,
  });
  const port = await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  const pg = new Client({ connectionString: url });
  await pg.connect();
  const keys = await makeKeys(orm, pg);

  const query = async <TData, TVars>(document: TypedDocumentNode<TData, TVars> | DocumentNode | string, variables?: TVars, key: string | null = keys.researcher) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse<TData>;
  };

  return {
    url: base,
    databaseUrl: url,
    databaseProxy,
    app,
    orm,
    keys,
    query,
    async data(document, variables) {
      const result = await query(document, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as never;
    },
    async sql(text, params) {
      return (await pg.query(text, params as unknown[])).rows;
    },
    async close() {
      await pg.end();
      await app.close();
      await orm.close();
      await databaseProxy?.stop();
      const client = new Client({ connectionString: maintenanceUrl });
      await client.connect();
      await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
      await client.end();
    },
  };
}

async function makeKeys(orm: MikroORM, pg: Client): Promise<TestKeys> {
  const em = orm.em.fork();
  const universities = await pg.query<{ id: number }>(
    'select university_id as id from training_base where university_id is not null group by 1 order by 1 limit 2',
  );
  const [universityA, universityB] = universities.rows.map((r) => r.id);
  const [{ id: enterpriseA }] = (await pg.query<{ id: number }>('select min(enterprise_id) as id from enterprise_park where park_id = 1')).rows;
  const key = async (role: Role, extra: { universityId?: number; parkId?: number; enterpriseId?: number } = {}) =>
    (await createApiKey(em, { role, label: `test ${role}`, ...extra })).key;
  return {
    researcher: await key(Role.RESEARCHER),
    admin: await key(Role.ADMIN),
    university: await key(Role.UNIVERSITY, { universityId: universityA }),
    otherUniversity: await key(Role.UNIVERSITY, { universityId: universityB }),
    parkAdmin: await key(Role.PARK_ADMIN, { parkId: 1 }),
    enterprise: await key(Role.ENTERPRISE, { enterpriseId: enterpriseA }),
    universityA,
    universityB,
    enterpriseA,
  };
}
