import 'reflect-metadata';
import { loadRealFacts, seedDatabase } from '../seeds';
import { rebuildSearchIndex } from './search/search-index';
import { assertConfiguration, config } from './core/config';
import { openDatabase } from './core/database';
import { createApp } from './core/server';

/** `npm start`: database (embedded unless DATABASE_URL), migrations, first-start seed (or the real facts reloaded after an upgrade), HTTP server. */
async function main(): Promise<void> {
  assertConfiguration();
  const db = await openDatabase();
  if (db.wasEmpty) {
    console.log(`First start: loading the real facts and a synthetic set (scale ${config.starterScale}).`);
    await seedDatabase(db.orm.em.fork() as never, config.starterScale);
  } else if (db.migrated > 0) {
    // An upgrade: the new schema may hold more of the documents (measures, places), which the facts fill in.
    console.log(`Upgraded (${db.migrated} migration${db.migrated === 1 ? '' : 's'}): reloading the real facts of the documents.`);
    await loadRealFacts(db.orm.em.fork() as never);
    await rebuildSearchIndex(db.orm.em.fork() as never);
  }
  const app = await createApp({ orm: db.orm });
  const port = await app.listen(config.port);
  console.log(`GraphQL ready at http://localhost:${port}/graphql (health: /healthz)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the server and the database…`);
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
