import 'reflect-metadata';
import { loadRealFacts, seedDatabase } from '../seeds';
import { rebuildSearchIndex } from './search/search-index';
import { MikroORM } from '@mikro-orm/postgresql';
import { isClusterWorker, runPrimary, stopWorkerOnSignals } from './core/cluster';
import { assertConfiguration, config, settings } from './core/config';
import { openDatabase } from './core/database';
import { log } from './core/log';
import { ormConfig } from './core/orm-config';
import { createApp } from './core/server';

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, first-start seed (or the real facts reloaded
 * after an upgrade), HTTP server. With WEB_CONCURRENCY > 1 this process does the first part once and then runs
 * that many workers, each an HTTP server on the same port (src/core/cluster.ts).
 */
async function main(): Promise<void> {
  assertConfiguration();
  if (isClusterWorker()) return serveAsWorker();
  const db = await openDatabase((line) => log.info(line));
  if (db.wasEmpty) {
    log.info(`First start: loading the real facts and a synthetic set (scale ${config.starterScale}).`);
    await seedDatabase(db.orm.em.fork() as never, config.starterScale);
  } else if (db.migrated > 0) {
    // An upgrade: the new schema may hold more of the documents (measures, places), which the facts fill in.
    log.info(`Upgraded (${db.migrated} migration${db.migrated === 1 ? '' : 's'}): reloading the real facts of the documents.`);
    await loadRealFacts(db.orm.em.fork() as never);
    await rebuildSearchIndex(db.orm.em.fork() as never);
  }
  if (config.webConcurrency > 1) return runPrimary({ workers: config.webConcurrency, databaseUrl: db.url, closeDatabase: () => db.close() });
  const app = await createApp({ orm: db.orm });
  const port = await app.listen(config.port);
  log.info({ port }, `GraphQL ready at http://localhost:${port}/graphql (probes: /livez, /readyz; metrics: /metrics)`);

  // SIGTERM (a process manager) or SIGINT (Ctrl-C): stop taking requests, give those in flight
  // SHUTDOWN_TIMEOUT seconds, cut the rest, close the database. A second signal exits at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      log.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    const graceMs = settings.shutdownTimeout * 1000;
    log.info({ signal, graceMs }, 'stopping: no new requests; those in flight may finish');
    // Whatever hangs past the bound (and a few seconds for the database to stop) does not hold the exit.
    setTimeout(() => {
      log.error('shutdown did not finish in time: exiting');
      process.exit(1);
    }, graceMs + 15_000).unref();
    await app.close(graceMs);
    await db.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** A worker: the database the primary opened and migrated (it set DATABASE_URL), not migrated again; the server on the shared port. */
async function serveAsWorker(): Promise<void> {
  const orm = await MikroORM.init(ormConfig(config.databaseUrl!));
  const app = await createApp({ orm });
  stopWorkerOnSignals(async (graceMs) => {
    await app.close(graceMs);
    await orm.close();
  });
  const port = await app.listen(config.port);
  log.info({ port }, 'worker serving');
}

main().catch((error) => {
  // A start that fails says why in plain words on stderr (a wrong setting, an unreachable database), not as a stack trace.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
