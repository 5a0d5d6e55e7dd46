import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';

/** The SQL statements one request has issued so far. */
export interface SqlLog {
  statements: string[];
}

const current = new AsyncLocalStorage<SqlLog>();

/** Runs `fn` with a fresh statement log; every query issued inside is recorded in it. */
export function withSqlLog<T>(fn: (log: SqlLog) => T): T {
  const log: SqlLog = { statements: [] };
  return current.run(log, () => fn(log));
}

/** Runs `fn` outside any request's statement log (background work a request starts but does not wait for). */
export function withoutSqlLog<T>(fn: () => T): T {
  return current.exit(fn);
}

/**
 * MikroORM logger that records each query in the request's log (so tests and
 * the `extensions.sql` of a response can count statements) and otherwise
 * stays quiet unless `DEBUG_SQL` is set.
 */
export class SqlCountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super({ ...options, debugMode: ['query'] });
  }

  override logQuery(context: { query: string } & LogContext): void {
    current.getStore()?.statements.push(context.query);
    if (process.env.DEBUG_SQL) super.logQuery(context);
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace !== 'query' || process.env.DEBUG_SQL) super.log(namespace, message, context);
  }
}
