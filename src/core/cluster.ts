import cluster, { type Worker } from 'node:cluster';
import { settings } from './config';
import { log } from './log';
import { serveMetricsToWorkers } from './metrics';
import { shareRateLimitsBetweenWorkers } from './rate-limit';

/**
 * `WEB_CONCURRENCY` > 1: several server processes on one machine, sharing one port (node:cluster).
 *
 * The primary process does what must happen once: it opens the database (starting the embedded
 * PostgreSQL when DATABASE_URL is unset), migrates it and loads the first-start seed or the facts of
 * an upgrade (main.ts), then forks the workers. Each worker opens the database the primary names
 * (DATABASE_URL, set by the primary: no worker starts a PostgreSQL or migrates) and serves HTTP on
 * the shared PORT; the primary hands the connections out in turn. A worker that dies is replaced
 * (after a pause that grows while they keep dying); SIGTERM or SIGINT stops every worker the way
 * one process stops (requests in flight get SHUTDOWN_TIMEOUT), then the database, within the same bound.
 *
 * What the workers share, and through what:
 * - rate-limit counts: Redis with REDIS_URL (shared by every instance on every machine), else the
 *   primary's memory, asked over IPC (rate-limiter-flexible's cluster limiter; rate-limit.ts);
 * - `/metrics`: whichever worker is asked answers for all of them, summed by the primary (metrics.ts);
 * - the trusted documents: each worker's cache checks the table in PostgreSQL (registry.ts), so
 *   instances on other machines agree too; API keys and everything else are read from PostgreSQL per request.
 * What stays per process, by design: the admission slots for heavy operations (admission.ts: at most
 * `heavySlots` per role class *per process*, a bound on the CPU and connections one process commits),
 * the database pools, the data bounds of the cost model (each process reads them off the data once a
 * minute), and caches of pure computations (parsed and compiled documents, costs).
 */

/** Set by the primary in the environment of the workers it forks. */
const WORKER_ENV = 'OG_CLUSTER_WORKER';

/**
 * Whether this process is a worker forked by `runPrimary` (not a single server, not the primary,
 * and not a worker of another process manager's cluster, whose primary would not answer ours).
 */
export function isClusterWorker(): boolean {
  return cluster.isWorker && process.env[WORKER_ENV] === '1';
}

export interface PrimaryOptions {
  workers: number;
  /** The database the workers serve (opened and migrated by the primary). */
  databaseUrl: string;
  /** Closes what the primary opened: its ORM and the embedded PostgreSQL. */
  closeDatabase(): Promise<void>;
}

/** The first pause before a dead worker is replaced; it doubles with each death in the last minute, up to 30 s. */
const RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 30_000;
const RESTART_MEMORY_MS = 60_000;

/** Forks the workers and supervises them until SIGTERM or SIGINT. */
export function runPrimary(options: PrimaryOptions): void {
  shareRateLimitsBetweenWorkers();
  serveMetricsToWorkers();
  const graceMs = settings.shutdownTimeout * 1000;
  const alive = new Set<Worker>();
  const listening = new Set<Worker>();
  const restarts = new Set<NodeJS.Timeout>();
  let deaths: number[] = [];
  let ready = false;
  let stopping = false;

  const fork = () => {
    const worker = cluster.fork({ [WORKER_ENV]: '1', DATABASE_URL: options.databaseUrl });
    const pid = worker.process.pid;
    alive.add(worker);
    // A message sent to a worker that is going away: nothing to do (without a listener it would end the primary).
    worker.on('error', (error: Error) => log.debug({ worker: worker.id, workerPid: pid, error: error.message }, 'worker channel error'));
    worker.once('listening', (address) => {
      listening.add(worker);
      if (ready) {
        log.info({ worker: worker.id, workerPid: pid }, 'worker serving again');
      } else if (listening.size === options.workers) {
        ready = true;
        log.info({ port: address.port, workers: options.workers },
          `GraphQL ready at http://localhost:${address.port}/graphql (probes: /livez, /readyz; metrics: /metrics), ${options.workers} workers`);
      }
    });
    worker.once('exit', (code, signal) => {
      const wasListening = listening.delete(worker);
      alive.delete(worker);
      if (stopping) {
        if (alive.size === 0) void finish();
        return;
      }
      if (!ready && !wasListening) {
        // A worker that cannot start (its error is on stderr): so would the others: the start fails.
        log.error({ worker: worker.id, workerPid: pid, code, signal }, 'a worker could not start: stopping');
        void stop('worker failed', 1);
        return;
      }
      const now = Date.now();
      deaths = [...deaths.filter((at) => now - at < RESTART_MEMORY_MS), now];
      const delayMs = Math.min(MAX_RESTART_DELAY_MS, RESTART_DELAY_MS * 2 ** (deaths.length - 1));
      log.error({ worker: worker.id, workerPid: pid, code, signal, restartInMs: delayMs }, 'worker exited unexpectedly: starting another');
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (!stopping) fork();
      }, delayMs);
      restarts.add(timer);
    });
  };

  let exitCode = 0;
  const finish = async () => {
    try {
      await options.closeDatabase();
    } catch (error) {
      log.error({ error: error instanceof Error ? error.message : String(error) }, 'closing the database failed');
      exitCode = 1;
    }
    log.info('stopped');
    process.exit(exitCode);
  };

  // Every worker stops taking requests and lets those in flight finish within SHUTDOWN_TIMEOUT (each runs
  // its own bounded `app.close`); then the database closes. A second signal ends everything at once.
  const stop = (signal: string, code = 0) => {
    if (stopping) {
      log.warn(`${signal} again: exiting now`);
      for (const worker of alive) worker.process.kill('SIGKILL');
      process.exit(1);
    }
    stopping = true;
    exitCode = code;
    for (const timer of restarts) clearTimeout(timer);
    restarts.clear();
    log.info({ signal, graceMs, workers: alive.size }, 'stopping: no new requests in any worker; those in flight may finish');
    setTimeout(() => {
      log.error({ workers: alive.size }, 'shutdown did not finish in time: exiting');
      for (const worker of alive) worker.process.kill('SIGKILL');
      process.exit(1);
    }, graceMs + 15_000).unref();
    for (const worker of alive) worker.process.kill('SIGTERM');
    if (alive.size === 0) void finish();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  log.info({ workers: options.workers }, `starting ${options.workers} workers`);
  for (let i = 0; i < options.workers; i++) fork();
}

/**
 * A worker's end: on SIGTERM or SIGINT (from the primary, or Ctrl-C reaching the whole process group)
 * or when the primary is gone, `close` once — the server stops taking requests, lets those in flight
 * finish within SHUTDOWN_TIMEOUT, and closes its pools — then exits. Further signals change nothing: the
 * primary decides when to stop waiting.
 */
export function stopWorkerOnSignals(close: (graceMs: number) => Promise<void>): void {
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    const graceMs = settings.shutdownTimeout * 1000;
    log.info({ why, graceMs }, 'worker stopping');
    setTimeout(() => {
      log.error('worker shutdown did not finish in time: exiting');
      process.exit(1);
    }, graceMs + 10_000).unref();
    close(graceMs).then(
      () => {
        log.info('worker stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ error: error instanceof Error ? error.message : String(error) }, 'worker shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // The primary died without stopping us (killed): no one hands out connections any more.
  process.on('disconnect', () => stop('primary gone'));
}
