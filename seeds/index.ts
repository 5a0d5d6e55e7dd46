import type { EntityManager } from '@mikro-orm/postgresql';
import { loadRealFacts } from './load-real-facts';
import { loadSynthetic, type SyntheticSummary } from './synthetic';

export { loadRealFacts, loadSynthetic };

/** What a fresh database gets: the real facts, then a synthetic set at `scale` (0 for none). */
export async function seedDatabase(em: EntityManager, scale: number, seed?: number): Promise<SyntheticSummary> {
  await loadRealFacts(em.fork());
  return scale > 0 ? loadSynthetic(em.fork(), { scale, seed }) : {};
}
