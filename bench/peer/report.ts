import { median, medianRange } from '../lib/stats';
import type { Pair } from './pairs';

/** One timed run of one pair on one server. */
export interface Run {
  rps: number;
  p50: number;
  p99: number;
  statementsPerRequest: number;
  dbMsPerRequest: number;
  failures: number;
}

export type Side = 'og' | 'pg5';
export type Results = Map<string, Record<Side, Run[]>>;

/** The markdown table: medians over the rounds, and the ratio's range. */
export function peerTable(pairs: Pair[], results: Results): string {
  const lines = [
    '| pair | this req/s | PG req/s | ratio this/PG | this p50 / p99 ms | PG p50 / p99 ms | this stmts/req | PG stmts/req | this DB ms/req | PG DB ms/req |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const pair of pairs) {
    const { og, pg5 } = results.get(pair.name)!;
    const m = (runs: Run[], key: keyof Run) => median(runs.map((r) => r[key]));
    const ratios = og.map((run, i) => run.rps / pg5[i].rps);
    const failed = [...og, ...pg5].some((r) => r.failures > 0) ? ' ⚠ failures' : '';
    lines.push(
      `| ${pair.name}${failed} | ${m(og, 'rps').toFixed(0)} | ${m(pg5, 'rps').toFixed(0)} | ${medianRange(ratios, 2)} ` +
        `| ${m(og, 'p50').toFixed(1)} / ${m(og, 'p99').toFixed(1)} | ${m(pg5, 'p50').toFixed(1)} / ${m(pg5, 'p99').toFixed(1)} ` +
        `| ${m(og, 'statementsPerRequest').toFixed(1)} | ${m(pg5, 'statementsPerRequest').toFixed(1)} ` +
        `| ${m(og, 'dbMsPerRequest').toFixed(2)} | ${m(pg5, 'dbMsPerRequest').toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}
