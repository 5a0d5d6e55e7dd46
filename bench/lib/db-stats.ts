import { Client } from 'pg';

/** What one database has done so far: statements and the time PostgreSQL spent on them. */
export interface DbCounters {
  statements: number;
  ms: number;
}

export interface DbStats {
  /** How the counters are read, and what that means, for the report. */
  source: string;
  read(): Promise<DbCounters>;
  /** Waits until the counters include everything done so far. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Counters of the benchmark database, read before and after a run: from
 * pg_stat_statements when the server preloads it (exact and immediate), else
 * from pg_stat_database, whose transaction count stands for statements (the
 * servers' reads are single-statement autocommit transactions) and whose
 * active_time is the time its sessions spent running statements; those are
 * flushed by idle backends at most every 10 s, hence `settle`.
 */
export async function openDbStats(databaseUrl: string, maintenanceUrl: string): Promise<DbStats> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query<{ preload: string; version: string }>(`select current_setting('shared_preload_libraries') as preload, current_setting('server_version') as version`);
  if (rows[0].preload.split(',').map((s) => s.trim()).includes('pg_stat_statements')) {
    // In a schema of its own: PostGraphile exposes `public`.
    await db.query('create schema if not exists bench_stats');
    await db.query('create extension if not exists pg_stat_statements with schema bench_stats');
    const [{ schema }] = (await db.query<{ schema: string }>(`select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_stat_statements'`)).rows;
    const view = `${db.escapeIdentifier(schema)}.pg_stat_statements`;
    return {
      source: `pg_stat_statements (PostgreSQL ${rows[0].version}): statements and their execution time, this database only`,
      read: async () => {
        // This query mentions the view, so it leaves itself out.
        const [r] = (await db.query<{ calls: string; ms: number }>(
          `select coalesce(sum(calls), 0) as calls, coalesce(sum(total_exec_time), 0)::float8 as ms from ${view}
           where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%'`,
        )).rows;
        return { statements: Number(r.calls), ms: r.ms };
      },
      settle: async () => undefined,
      close: () => db.end(),
    };
  }
  await db.end();
  // Read from another database, so the reads do not count.
  const admin = new Client({ connectionString: maintenanceUrl });
  await admin.connect();
  const name = new URL(databaseUrl).pathname.slice(1);
  return {
    source:
      `pg_stat_database (PostgreSQL ${rows[0].version}; pg_stat_statements is not in shared_preload_libraries ('${rows[0].preload}'), ` +
      `and loading it needs a server restart): statements = committed transactions, DB ms = active_time; read 11 s after each run`,
    read: async () => {
      const [r] = (await admin.query<{ xacts: string; ms: number }>(
        `select xact_commit + xact_rollback as xacts, active_time::float8 as ms from pg_stat_database where datname = $1`, [name],
      )).rows;
      return { statements: Number(r.xacts), ms: r.ms };
    },
    // PGSTAT_IDLE_INTERVAL: an idle backend flushes its pending counters within 10 s.
    settle: () => new Promise((resolve) => setTimeout(resolve, 11_000)),
    close: () => admin.end(),
  };
}
