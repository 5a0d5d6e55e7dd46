import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/core/config';
import { aggregatesGroups, contractStatsGroups, groupRows, recordRows } from './compare';

/**
 * The query pairs: `bench/peer/og_<name>.json` asks this project and
 * `pg5_<name>.json` asks PostGraphile for the same records. a–e are the
 * shared reference pairs (../shared/bench-peer), f and g this bench's own.
 */
export interface Pair {
  name: string;
  what: string;
  /** This project's side needs a researcher key (per-enterprise figures, reports). */
  needsKey: boolean;
  /** Each side's answer (`data`) as comparable rows. */
  rows: { og(data: unknown): string[]; pg5(data: unknown): string[] };
  og: Buffer;
  pg5: Buffer;
}

const graph = { og: recordRows, pg5: recordRows };
const report = (keys: string[]) => ({
  og: (data: unknown) => groupRows(contractStatsGroups(data, keys)),
  pg5: (data: unknown) => groupRows(aggregatesGroups(data)),
});

const PAIRS: Array<Omit<Pair, 'og' | 'pg5'>> = [
  { name: 'a', what: 'one enterprise by global id, 6 scalars', needsKey: false, rows: graph },
  { name: 'b', what: '20 enterprises in primary-key order, 6 scalars', needsKey: false, rows: graph },
  { name: 'c', what: 'parks(5) → enterprises(5) → contract records(3), totalCounts', needsKey: false, rows: graph },
  { name: 'd', what: 'parks(10) → enterprises(10) → contract records(5), all scalars (~90 KB)', needsKey: true, rows: graph },
  { name: 'e', what: 'contract totals by year × direction (counts compared; amounts: USD vs as stored)', needsKey: true, rows: report(['year', 'direction']) },
  { name: 'f', what: 'universities(50) → partnerships(10) → enterprise', needsKey: false, rows: graph },
  { name: 'g', what: 'offshore contract totals by client market × year (counts compared)', needsKey: true, rows: report(['clientMarket', 'year']) },
];

/**
 * The pairs (all, or those named in `only`), with pair a's enterprise put in:
 * the shared documents name one that need not exist in this data.
 */
export function loadPairs(enterpriseId: number, only?: string[]): Pair[] {
  const ids = {
    og: Buffer.from(`Enterprise:${enterpriseId}`).toString('base64url'),
    pg5: Buffer.from(JSON.stringify(['Enterprise', enterpriseId])).toString('base64'),
  };
  const read = (side: 'og' | 'pg5', name: string) => {
    const body = fs.readFileSync(path.join(projectRoot, 'bench', 'peer', `${side}_${name}.json`), 'utf8');
    return Buffer.from(body.replace(/node\(id: \\"[^"\\]*\\"\)/, `node(id: \\"${ids[side]}\\")`));
  };
  return PAIRS.filter((pair) => !only || only.includes(pair.name)).map((pair) => ({ ...pair, og: read('og', pair.name), pg5: read('pg5', pair.name) }));
}
