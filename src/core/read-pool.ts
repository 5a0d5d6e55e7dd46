import pg from 'pg';
import type { Budget } from './budgets';

/**
 * The read path's connections. Reads of a GraphQL request or a CSV export
 * skip the ORM: `runSql` sends them to a plain node-postgres pool (rows as
 * node-postgres returns them, no query builder on the way), one pool per
 * statement timeout, so each role's statements are stopped by PostgreSQL at
 * its budget's limit with no extra round trip. Writes and anything inside a
 * transaction stay on the ORM's connection.
 */
export class ReadPools {
  private readonly pools = new Map<string, pg.Pool>();

  constructor(
    private readonly url: string,
    private readonly maxPerPool = 8,
    /** Told of each pool as it is made (the metrics time its connections). */
    private readonly onPool: (name: string, pool: pg.Pool) => void = () => undefined,
  ) {}

  /**
   * The pool whose connections stop a statement after `timeoutMs` (and sort
   * and hash in `workMem`, with at most `parallelWorkers` per statement). Heavy operations (reports, big pages) get a lane
   * of their own with few connections (as many as the role may run at once), so however many of them arrive at
   * once, cheap requests of the same role still find a free connection.
   */
  withTimeout(timeoutMs: number, workMem = '4MB', lane: 'main' | 'heavy' = 'main', parallelWorkers = 2, heavyConnections = 2): pg.Pool {
    const key = `${timeoutMs}:${workMem}:${lane}:${parallelWorkers}:${heavyConnections}`;
    let pool = this.pools.get(key);
    if (!pool) {
      if (!/^\d+[kMG]B$/.test(workMem)) throw new Error(`work_mem ${workMem} is not a size such as 16MB`);
      pool = new pg.Pool({
        connectionString: this.url,
        max: lane === 'heavy' ? heavyConnections : this.maxPerPool,
        statement_timeout: timeoutMs,
        options: `-c work_mem=${workMem} -c max_parallel_workers_per_gather=${Math.trunc(parallelWorkers)}`,
        types: ormTypes,
        idleTimeoutMillis: 30_000,
        // A database that accepts connections but never answers (hung) fails the request in 5 s, as a 503.
        connectionTimeoutMillis: 5_000,
        // And one that stops answering on an open connection: PostgreSQL's statement_timeout cannot fire then, this can.
        query_timeout: timeoutMs + 5_000,
      });
      pool.on('error', () => undefined);
      this.pools.set(key, pool);
      this.onPool(`${lane}-${timeoutMs}ms`, pool);
    }
    return pool;
  }

  /** A role's pool: its statement timeout, work_mem and parallel workers; the heavy lane has its heavy slots as connections. */
  forBudget(budget: Budget, lane: 'main' | 'heavy' = 'main'): pg.Pool {
    return this.withTimeout(budget.statementTimeoutMs, budget.workMem, lane, budget.parallelWorkers, budget.heavySlots);
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.end()));
    this.pools.clear();
  }
}

/** Dates and timestamps as text, as the ORM reads them (hydrate.ts turns timestamps into Dates). */
const ormTypes = new pg.TypeOverrides();

for (const oid of [1082, 1114, 1184, 1186]) ormTypes.setTypeParser(oid, (text: string) => text);

const readers = new WeakMap<object, pg.Pool>();

/** Sends the raw reads of a request's entity manager to `pool` (not its forks: a transaction has its own em). */
export function readThrough(em: object, pool: pg.Pool): void {
  readers.set(em, pool);
}

export function readerOf(em: object): pg.Pool | undefined {
  return readers.get(em);
}

/**
 * `?` placeholders as `$n`, the way the ORM's query builder (knex) reads
 * them: `\?` is a literal question mark, an array fills a comma-separated list.
 */
export function positional(text: string, params: readonly unknown[]): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  let i = 0;
  const out = text.replace(/\\\?|\?/g, (mark) => {
    if (mark !== '?') return '?';
    const value = params[i++];
    if (Array.isArray(value)) return value.map((v) => `$${values.push(v)}`).join(', ');
    return `$${values.push(value)}`;
  });
  return { text: out, values };
}

