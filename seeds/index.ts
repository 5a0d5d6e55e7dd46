import type { EntityManager } from '@mikro-orm/postgresql';
import { loadRealFacts } from './load-real-facts';
import { loadReferenceData } from './reference-data';
import { loadSynthetic, type SyntheticSummary } from './synthetic';

export { loadRealFacts, loadReferenceData, loadSynthetic };

/** What a fresh database gets: the real facts, reference data (exchange rates), then a synthetic set at `scale` (0 for none). */
export async function seedDatabase(em: EntityManager, scale: number, seed?: number): Promise<SyntheticSummary> {
  await loadRealFacts(em.fork());
  await loadReferenceData(em.fork());
  return scale > 0 ? loadSynthetic(em.fork(), { scale, seed }) : {};
}
