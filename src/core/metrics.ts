import cluster from 'node:cluster';
import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import type pg from 'pg';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry, type Aggregator } from 'prom-client';
import { isClusterWorker } from './cluster';

/**
 * Prometheus metrics at `/metrics` (prom-client): requests and their latency by operation,
 * errors by code, statements per request, cost points spent, rate-limit refusals, the
 * database pools' use and wait, and the process's own (CPU, memory, event-loop lag, GC).
 * One registry per server, so tests may run several. Operation names come from callers, so
 * a label takes at most `MAX_OPERATION_LABELS` of them and the rest are counted as `other`:
 * a client inventing names cannot grow the metrics without bound.
 *
 * With WEB_CONCURRENCY > 1 (cluster.ts) any worker answers for the whole group: it asks the primary,
 * which gathers every worker's registry and combines them (prom-client's AggregatorRegistry): counters,
 * histograms and pool connections are summed; event-loop lag is averaged (its maximum kept as a
 * maximum), the file-descriptor limit is the lowest, the Node version the first; `og_workers` says
 * how many processes answered.
 */
export const MAX_OPERATION_LABELS = 200;

export interface ObservedRequest {
  kind: 'graphql' | 'export';
  operation: string;
  role: string;
  status: number;
  seconds: number;
  statements: number;
  cost: number;
  /** Each code once. */
  codes: ReadonlySet<string>;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly pools: Array<{ name: string; pool: () => PoolUse | null }> = [];
  private readonly requests = new Counter({ name: 'og_requests_total', help: 'Requests answered, by kind (graphql, export), operation and HTTP status.', labelNames: ['kind', 'operation', 'status'], registers: [this.registry] });
  private readonly latency = new Histogram({
    name: 'og_request_duration_seconds', help: 'Time from a request’s arrival to the end of its response, by kind and operation.',
    labelNames: ['kind', 'operation'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers: [this.registry],
  });
  private readonly errors = new Counter({ name: 'og_errors_total', help: 'Errors sent to clients, by code (user errors and INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE).', labelNames: ['code'], registers: [this.registry] });
  private readonly statements = new Histogram({
    name: 'og_statements_per_request', help: 'SQL statements one request issued.', labelNames: ['kind'],
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 100], registers: [this.registry],
  });
  private readonly cost = new Counter({ name: 'og_cost_points_total', help: 'Cost points charged to callers, by role.', labelNames: ['role'], registers: [this.registry] });
  private readonly refusals = new Counter({ name: 'og_rate_limit_refusals_total', help: 'Requests refused with 429 because the caller’s points for the window were spent, by role.', labelNames: ['role'], registers: [this.registry] });
  readonly poolWait = new Histogram({
    name: 'og_db_pool_wait_seconds', help: 'Time a read waited for a database connection, by pool.', labelNames: ['pool'],
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5], registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'og_' });
    // A per-process limit, not a quantity: summed over workers it would mean nothing.
    aggregateAs(this.registry, 'og_process_max_fds', 'min');
    new Gauge({
      name: 'og_workers', help: 'Server processes these metrics are of: the workers of WEB_CONCURRENCY (summed), 1 for a single process.',
      registers: [this.registry], aggregator: 'sum',
      collect() {
        this.set(1);
      },
    });
    if (isClusterWorker()) reportToPrimary(this.registry);
    const pools = this.pools;
    new Gauge({
      name: 'og_db_pool_connections', help: 'Database connections by pool and state: open (total), idle, and callers waiting for one.',
      labelNames: ['pool', 'state'], registers: [this.registry],
      collect() {
        this.reset();
        for (const { name, pool } of pools) {
          const use = pool();
          if (!use) continue;
          this.set({ pool: name, state: 'total' }, use.total);
          this.set({ pool: name, state: 'idle' }, use.idle);
          this.set({ pool: name, state: 'waiting' }, use.waiting);
        }
      },
    });
  }

  /**
   * The database nodes as the health checks last saw them: `og_db_node_up{node}` (1 answering, 0 not;
   * summed over workers, so N when all N see it up), `og_db_replica_lag_seconds{node}` (the worst of
   * the workers), and `og_db_reads_total{node}` (requests that read from it).
   */
  watchNodes(nodes: () => ReadonlyArray<{ name: string; up: boolean; lagMs: number | null; role: string }>): (node: string) => void {
    new Gauge({
      name: 'og_db_node_up', help: 'Whether a database node (primary, replica-N) answered its last health check: 1 or 0 per process.',
      labelNames: ['node'], registers: [this.registry], aggregator: 'sum',
      collect() {
        for (const node of nodes()) this.set({ node: node.name }, node.up ? 1 : 0);
      },
    });
    new Gauge({
      name: 'og_db_replica_lag_seconds', help: 'How far a replica’s replay was behind the primary at its last check (the worst any worker saw).',
      labelNames: ['node'], registers: [this.registry], aggregator: 'max',
      collect() {
        for (const node of nodes()) if (node.role === 'replica' && node.lagMs != null) this.set({ node: node.name }, node.lagMs / 1000);
      },
    });
    const reads = new Counter({ name: 'og_db_reads_total', help: 'Requests (GraphQL and CSV) by the database node they read from.', labelNames: ['node'], registers: [this.registry] });
    return (node) => reads.inc({ node });
  }

  /** `og_subscriptions`: subscriptions open over WebSocket now (summed over workers). */
  watchSubscriptions(open: () => number): void {
    new Gauge({
      name: 'og_subscriptions', help: 'GraphQL subscriptions open over WebSocket now.', registers: [this.registry], aggregator: 'sum',
      collect() {
        this.set(open());
      },
    });
  }

  /** Reports a pool's use on every scrape; `use` returns null once the pool is gone. */
  watchPool(name: string, use: () => PoolUse | null): void {
    this.pools.push({ name, pool: use });
  }

  /** Times every connection a node-postgres pool hands out (its queries take connections through `connect`). */
  timePool(name: string, pool: pg.Pool): void {
    const connect = pool.connect.bind(pool) as (cb?: (err: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) => Promise<pg.PoolClient> | void;
    const wait = this.poolWait.labels(name);
    (pool as { connect: unknown }).connect = (cb?: (err: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) => {
      const end = wait.startTimer();
      if (cb) return connect((err, client, done) => (end(), cb(err, client, done)));
      return (connect() as Promise<pg.PoolClient>).finally(end);
    };
    this.watchPool(name, () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }));
  }

  observe(request: ObservedRequest): void {
    const operation = this.operationLabel(request.kind, request.operation);
    this.requests.inc({ kind: request.kind, operation, status: String(request.status) });
    this.latency.observe({ kind: request.kind, operation }, request.seconds);
    this.statements.observe({ kind: request.kind }, request.statements);
    if (request.cost > 0) this.cost.inc({ role: request.role }, request.cost);
    for (const code of request.codes) {
      this.errors.inc({ code });
      if (code === 'RATE_LIMITED') this.refusals.inc({ role: request.role });
    }
  }

  private operationLabel(kind: string, name: string): string {
    const key = `${kind}:${name}`;
    if (this.operations.has(key)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(key);
    return name;
  }

  /** Answers GET /metrics (with the bearer token when one is set); false for any other path. */
  handle(pathname: string, req: http.IncomingMessage, res: http.ServerResponse, token: string | undefined): boolean {
    if (pathname !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    if (token && !sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      res.end(JSON.stringify({ errors: [{ message: '/metrics needs the METRICS_TOKEN as a bearer token.', extensions: { code: 'UNAUTHENTICATED' } }] }));
      return true;
    }
    (isClusterWorker() ? metricsOfEveryWorker() : this.registry.metrics()).then(
      (text) => {
        res.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' });
        res.end(text);
      },
      () => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('metrics unavailable\n');
      },
    );
    return true;
  }
}

function aggregateAs(registry: Registry, name: string, aggregator: Aggregator): void {
  const metric = registry.getSingleMetric(name) as { aggregator?: Aggregator } | undefined;
  if (metric) metric.aggregator = aggregator;
}

const METRICS_REQUEST = 'og:metrics-request';
const METRICS_ANSWER = 'og:metrics-answer';
/** prom-client's primary gives up on a worker that does not answer after 5 s. */
const METRICS_TIMEOUT_MS = 6_000;

/**
 * In the primary process of WEB_CONCURRENCY > 1: answers a worker's request for the metrics of all of
 * them (`metricsOfEveryWorker`) with every connected worker's registry, aggregated.
 */
export function serveMetricsToWorkers(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage(message, METRICS_REQUEST)) return;
    aggregator.clusterMetrics().then(
      (text) => ({ text }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    ).then((answer) => {
      if (worker.isConnected()) worker.send({ type: METRICS_ANSWER, id: message.id, ...answer });
    });
  });
}

/** A worker answers the primary's requests for its registry (prom-client's protocol). */
function reportToPrimary(registry: Registry): void {
  // Constructing one installs prom-client's listener for the primary's requests in this worker.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

let nextRequest = 0;
const asked = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();

/** In a worker: the metrics of every worker, as the primary aggregates them. */
function metricsOfEveryWorker(): Promise<string> {
  if (nextRequest === 0) {
    process.on('message', (message: unknown) => {
      if (!isMessage(message, METRICS_ANSWER)) return;
      const request = asked.get(message.id as number);
      if (!request) return;
      asked.delete(message.id as number);
      clearTimeout(request.timer);
      if (typeof message.text === 'string') request.resolve(message.text);
      else request.reject(new Error(String(message.error)));
    });
  }
  const id = ++nextRequest;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      asked.delete(id);
      reject(new Error('the primary process did not answer'));
    }, METRICS_TIMEOUT_MS);
    asked.set(id, { resolve, reject, timer });
    process.send!({ type: METRICS_REQUEST, id }, undefined, {}, (error: Error | null) => {
      if (!error) return;
      asked.delete(id);
      clearTimeout(timer);
      reject(error);
    });
  });
}

function isMessage(message: unknown, type: string): message is { type: string; id: unknown; [key: string]: unknown } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
