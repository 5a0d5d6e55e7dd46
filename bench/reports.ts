import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { benchServer, percentile, timedQuery } from './harness';

/**
 * npm run bench:reports -- --scale 20 --runs 10
 *
 * Every report at a synthetic scale: median and p95 time, SQL statements,
 * response size; and the CSV downloads.
 */
const REPORTS: Array<[name: string, query: string, variables?: Record<string, unknown>]> = [
  ['contractStats by year × city × domain', `query($g: [ContractDimension!]!) { contractStats(groupBy: $g, regionLevel: CITY, first: 10000) {
      rows { year domain { number } region { code } executed { amount } offshoreShare executedGrowth } total { executed { amount } } rates { year } } }`,
    { g: ['YEAR', 'REGION', 'DOMAIN'] }],
  ['contractStats by park × year', `{ contractStats(groupBy: [PARK, YEAR], first: 10000) { rows { park { nameZh } year executed { amount } executedGrowth } } }`],
  ['contractStats by park × year, as published tomorrow', `query($on: LocalDate) { contractStats(groupBy: [PARK, YEAR], filter: { publishedOn: $on }, first: 10000) { rows { park { nameZh } year executed { amount } executedGrowth } } }`,
    { on: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) }],
  ['talentPipeline (everything, 100 flows)', `{ talentPipeline { stages { enrolled placed } conversion { enrolledToPlaced } anomalies { kind }
      flows(first: 100) { totalCount nodes { placed university { nameZh } trainingBase { nameZh } enterprise { nameZh } park { nameZh } } } } }`],
  ['talentPipeline from a region, 2018–2022', `{ talentPipeline(filter: { regionCode: "610000", yearFrom: 2018, yearTo: 2022 }) {
      stages { enrolled placed } flows(first: 50) { nodes { placed enterprise { nameZh } } } } }`],
  ['parkClusters of Henan', `{ parkClusters(filter: { regionCode: "410000" }) { park { nameZh } enterpriseCount contracts { executed { amount } }
      byCategory { category enterpriseCount } byDomain { domain { number } enterpriseCount } designations { kind enterpriseCount }
      feeders { placed university { nameZh } } leadingEnterprises(first: 20) { totalCount nodes { nameZh } } } }`],
  ['policy progress (all targets)', `{ policies { nodes { targets { code progress { current ratio status onTrack figures { value } } } } } }`],
  ['incentive eligibility', `{ policies { nodes { incentives { eligibility(first: 100) { totalCount nodes { validFrom holder { __typename } } } } } } }`],
  ['search "zhengzhou"', `{ search(text: "zhengzhou", first: 50) { score node { __typename } } }`],
  ['parks by offshore executed value', `{ parks(first: 50, orderBy: { field: OFFSHORE_EXECUTED_USD, direction: DESC }) { nodes { nameZh } } }`],
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '20' }, runs: { type: 'string', default: '10' } } });
  const server = await benchServer(Number(values.scale));
  const runs = Number(values.runs);
  console.log(`scale ${values.scale}, ${runs} runs each (after one warm-up):`);
  for (const [name, query, variables] of REPORTS) {
    await timedQuery(server, query, variables);
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await timedQuery(server, query, variables));
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    const statements = [...new Set(results.map((r) => r.statements))].join('/');
    console.log(`  ${name.padEnd(42)} p50 ${percentile(ms, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(ms, 95).toFixed(1).padStart(7)} ms  ${statements} statements  ${Math.round(results[0].bytes / 1024)} KiB`);
  }
  for (const [name, path] of [['CSV contract-stats', '/export/contract-stats.csv?groupBy=["YEAR","REGION","DOMAIN"]&regionLevel=CITY'], ['CSV pipeline-flows', '/export/pipeline-flows.csv']]) {
    const started = performance.now();
    const text = await (await fetch(server.base + encodeURI(path), { headers: { authorization: `Bearer ${server.key}` } })).text();
    console.log(`  ${name.padEnd(42)} ${(performance.now() - started).toFixed(1).padStart(7)} ms  ${text.split('\r\n').length - 2} rows  ${Math.round(text.length / 1024)} KiB`);
  }
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
