import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';

/**
 * The SQL statements one request has issued: a counter always (the request
 * log, `extensions.sql.count` and the tests use it) and their text only when
 * asked for (the SQL snapshot tests). It travels with the request's entity
 * manager as MikroORM's logger context, so counting needs no async context
 * tracking; a class instance, because MikroORM copies plain objects when it
 * forks an entity manager and the count must reach the request's own log.
 */
export class SqlLog {
  count = 0;
  readonly statements: string[] | null;

  constructor(keepText: boolean) {
    this.statements = keepText ? [] : null;
  }

  record(text: string): void {
    this.count++;
    this.statements?.push(text);
  }
}

/** The log of the request an entity manager (or a fork of it) serves, if any. */
export function sqlLogOf(em: { getLoggerContext?: () => Record<string, unknown> }): SqlLog | undefined {
  const log = em.getLoggerContext?.().sqlLog;
  return log instanceof SqlLog ? log : undefined;
}

/**
 * MikroORM logger that records the queries the ORM builds itself (finds,
 * flushes, transactions) in the request's log; raw SQL is recorded by
 * `runSql`. Quiet unless `DEBUG_SQL` is set.
 */
export class SqlCountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super({ ...options, debugMode: ['query'] });
  }

  override logQuery(context: { query: string } & LogContext): void {
    const log = (context as { sqlLog?: unknown }).sqlLog;
    if (log instanceof SqlLog && !(context as { viaRunSql?: boolean }).viaRunSql) log.record(context.query);
    if (process.env.DEBUG_SQL) super.logQuery(context);
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace !== 'query' || process.env.DEBUG_SQL) super.log(namespace, message, context);
  }
}
