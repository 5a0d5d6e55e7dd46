import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/core/database';
import { loadRealFacts } from './load-real-facts';
import { loadReferenceData } from './reference-data';
import { rebuildSearchIndex } from '../src/search/search-index';
import { loadSynthetic } from './synthetic';
import { releaseSyntheticYears } from '../src/disclosure/release';
import { assertConfiguration } from '../src/core/config';

/**
 * npm run seed                         real facts of both documents (idempotent)
 * npm run seed -- --synthetic --scale N   plus synthetic records at scale N (replaces earlier synthetic ones)
 * npm run seed -- --synthetic --scale 0   removes all synthetic records
 * Uses DATABASE_URL, or the embedded database in .data/.
 */
async function main(): Promise<void> {
  assertConfiguration();
  const { values } = parseArgs({
    options: {
      synthetic: { type: 'boolean', default: false },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '20170817' },
    },
  });
  const db = await openDatabase();
  try {
    await loadRealFacts(db.orm.em.fork());
    await loadReferenceData(db.orm.em.fork());
    console.log('Real facts loaded (regions, 24 domains, parks, 2 policies with targets and incentives), and yearly exchange rates.');
    if (values.synthetic) {
      const started = Date.now();
      const summary = await loadSynthetic(db.orm.em.fork() as never, { scale: Number(values.scale), seed: Number(values.seed) });
      console.log(`Synthetic data (seed ${values.seed}, scale ${values.scale}) in ${Date.now() - started} ms:`, summary);
      const releases = await releaseSyntheticYears(db.orm.em.fork() as never);
      if (releases.length) console.log(`Synthetic statistical releases of ${releases.map((r) => r.year).join(', ')} (see \`statisticsReleases\`).`);
    }
    console.log(`Search index rebuilt: ${await rebuildSearchIndex(db.orm.em.fork())} names.`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
