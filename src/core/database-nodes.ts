import pg from 'pg';
import { ReadPools } from './read-pool';
import type { Log } from './log';

/**
 * The PostgreSQL servers a process reads from: the primary (DATABASE_URL, which
 * also takes every write through the ORM) and its streaming replicas
 * (DATABASE_READ_URLS). Each node has its own read pools (read-pool.ts).
 *
 * Every `intervalMs` a health check asks each node one cheap question: the
 * primary its WAL position, a replica the position it has replayed. A replica
 * is in rotation while it answers and is no further behind than `maxLagMs`.
 * Lag is measured in time against the primary's own positions: a replica is
 * as far behind as the oldest primary position (of the recent checks) it has
 * not replayed, so an idle primary never makes a replica look late.
 *
 * Without replicas there is no health loop: the primary takes everything, as
 * on one server.
 */
export class DatabaseNode {
  readonly pools: ReadPools;
  /** Answered its last check (a node that failed a request is down until its next check says otherwise). */
  up = true;
  /** Primary: its WAL position; replica: the position it has replayed (both as reported by the last check). */
  position: bigint | null = null;
  /** How far behind the primary a replica was at its last check, in ms (0 for the primary; null when unknown). */
  lagMs: number | null = 0;
  /** Why its last check failed. */
  problem: string | null = null;
  readonly check: pg.Pool;

  constructor(readonly name: string, readonly url: string, readonly role: 'primary' | 'replica', onPool: (name: string, pool: pg.Pool) => void) {
    this.pools = new ReadPools(url, undefined, (pool, p) => onPool(role === 'primary' ? pool : `${name}:${pool}`, p));
    // One connection for the checks, with bounds of their own: a hung node is found out within a second.
    this.check = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 1_000, query_timeout: 1_000, statement_timeout: 1_000, idleTimeoutMillis: 0 });
    this.check.on('error', () => undefined);
  }
}

export interface DatabaseNodesOptions {
  maxLagMs: number;
  intervalMs?: number;
  /** Told of each read pool as it is made (the metrics time its connections). */
  onPool?: (name: string, pool: pg.Pool) => void;
  log?: Log;
}

export class DatabaseNodes {
  readonly primary: DatabaseNode;
  readonly replicas: DatabaseNode[];
  /** Recent primary positions with when they were seen, oldest first: the yardstick of replica lag. */
  private readonly history: Array<{ at: number; position: bigint }> = [];
  private timer: NodeJS.Timeout | undefined;
  private turn = 0;
  private readonly intervalMs: number;

  constructor(primaryUrl: string, replicaUrls: readonly string[], private readonly options: DatabaseNodesOptions) {
    const onPool = options.onPool ?? (() => undefined);
    this.primary = new DatabaseNode('primary', primaryUrl, 'primary', onPool);
    this.replicas = replicaUrls.map((url, i) => new DatabaseNode(`replica-${i + 1}`, url, 'replica', onPool));
    this.intervalMs = options.intervalMs ?? 500;
  }

  get maxLagMs(): number {
    return this.options.maxLagMs;
  }

  get all(): DatabaseNode[] {
    return [this.primary, ...this.replicas];
  }

  /** Checks every node once, then keeps checking (only when there are replicas to route between). */
  async start(): Promise<void> {
    if (this.replicas.length === 0) return;
    await this.checkAll();
    const loop = () => {
      this.timer = setTimeout(() => void this.checkAll().finally(() => this.timer && loop()), this.intervalMs);
      this.timer.unref();
    };
    loop();
  }

  /**
   * Where a read-only request reads. With `atLeast` (a position a client was
   * given after its write), only a node that has replayed it. In order: the
   * replicas in rotation, taken in turn; else the primary; with the primary
   * down, any replica that answers however late (a stale answer beats none),
   * but never one short of `atLeast` (then the primary, whose failure is a 503).
   */
  readerFor(atLeast: bigint | null = null): DatabaseNode {
    const replayed = (n: DatabaseNode) => atLeast == null || (n.position != null && n.position >= atLeast);
    const inRotation = this.replicas.filter((n) => n.up && n.lagMs != null && n.lagMs <= this.options.maxLagMs && replayed(n));
    if (inRotation.length > 0) return inRotation[this.turn++ % inRotation.length];
    if (this.primary.up) return this.primary;
    const answering = this.replicas.filter((n) => n.up && replayed(n));
    return answering.length > 0 ? answering[this.turn++ % answering.length] : this.primary;
  }

  /** A request found `node` out of reach: take it out of rotation now, not at its next check. */
  markDown(node: DatabaseNode, reason: string): void {
    if (this.replicas.length === 0 || !node.up) return;
    node.up = false;
    node.problem = reason;
    this.options.log?.warn({ node: node.name }, `database ${node.name} taken out of rotation: ${reason}`);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await Promise.all(this.all.map(async (n) => {
      await n.pools.close();
      await n.check.end().catch(() => undefined);
    }));
  }

  private async checkAll(): Promise<void> {
    await this.checkPrimary();
    await Promise.all(this.replicas.map((n) => this.checkReplica(n)));
  }

  private async checkPrimary(): Promise<void> {
    const node = this.primary;
    try {
      const { rows } = await node.check.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
      const position = parsePosition(rows[0].lsn)!;
      const now = Date.now();
      if (this.history.at(-1)?.position !== position) this.history.push({ at: now, position });
      // Enough history to tell any lag up to the bound (and a little past it).
      while (this.history.length > 2 && this.history[1].at < now - this.options.maxLagMs * 2) this.history.shift();
      node.position = position;
      this.noteUp(node);
    } catch (error) {
      this.noteDown(node, error);
    }
  }

  private async checkReplica(node: DatabaseNode): Promise<void> {
    try {
      const { rows } = await node.check.query<{ recovering: boolean; lsn: string | null }>(
        'select pg_is_in_recovery() as recovering, pg_last_wal_replay_lsn()::text as lsn',
      );
      const { recovering, lsn } = rows[0];
      // A replica promoted to primary (failover) has no replay position: it holds everything it was sent.
      node.position = recovering ? parsePosition(lsn) : this.primary.position;
      node.lagMs = !recovering ? 0 : this.primary.up ? this.lagOf(node.position) : node.lagMs;
      this.noteUp(node);
    } catch (error) {
      this.noteDown(node, error);
    }
  }

  /** Time since the primary first stood at a position the replica has not replayed (0: it has replayed all we saw). */
  private lagOf(replayed: bigint | null): number | null {
    if (replayed == null) return null;
    const oldestAhead = this.history.find((h) => h.position > replayed);
    return oldestAhead ? Date.now() - oldestAhead.at : 0;
  }

  private noteUp(node: DatabaseNode): void {
    if (!node.up) this.options.log?.info({ node: node.name }, `database ${node.name} answers again`);
    node.up = true;
    node.problem = null;
  }

  private noteDown(node: DatabaseNode, error: unknown): void {
    const reason = (error as { code?: string }).code ?? (error as Error).message;
    if (node.up) this.options.log?.warn({ node: node.name, reason }, `database ${node.name} does not answer: ${node.role === 'primary' ? 'reads go to the replicas, writes answer 503' : 'taken out of rotation'}`);
    node.up = false;
    node.problem = reason;
  }
}

/** A WAL position (`16/B374D848`) as a number, or null for text that is not one. */
export function parsePosition(text: string | null | undefined): bigint | null {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text ?? '');
  return match ? (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`) : null;
}
