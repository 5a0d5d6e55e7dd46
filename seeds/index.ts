import type { EntityManager } from '@mikro-orm/postgresql';
import { loadRealFacts } from './load-real-facts';
import { loadReferenceData } from './reference-data';
import { rebuildSearchIndex } from '../src/search/search-index';
import { releaseSyntheticYears } from '../src/disclosure/release';
import { loadSynthetic, type SyntheticSummary } from './synthetic';

export { loadRealFacts, loadReferenceData, loadSynthetic };

/** What a fresh database gets: the real facts, reference data (exchange rates), then a synthetic set at `scale` (0 for none). */
export async function seedDatabase(em: EntityManager, scale: number, seed?: number): Promise<SyntheticSummary> {
  await loadRealFacts(em.fork());
  await loadReferenceData(em.fork());
  const summary = scale > 0 ? await loadSynthetic(em.fork(), { scale, seed }) : {};
  if (scale > 0) await releaseSyntheticYears(em.fork());
  await rebuildSearchIndex(em.fork());
  return summary;
}
