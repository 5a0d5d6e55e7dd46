/**
 * The hostile requests of `npm run bench:attack`, all anonymous. Node counts
 * are those of the cost model in src/core/limits.ts when this was written
 * (page sizes multiplied along the nesting; a plain list counts 1, or its
 * number of `ids`): every request here is under its old limits (500,000
 * nodes, 15 aliases, depth 15, 5,000 tokens), so before any change the
 * server runs them all.
 */
export interface Hostile {
  name: string;
  what: string;
  query: string;
  /** Sent this many times at once. */
  copies: number;
  /** Each copy from an address of its own (many clients, each within its own rate limit), not all from one. */
  addressPerCopy?: boolean;
}

/** Every public scalar of a contract record. */
const RECORD = 'id year quarter direction clientMarket currency version';
const ENTERPRISE = 'id nameZh nameEn creditCode ownership foundedOn headcount listingBoard clientMarkets website version';
const PARK = 'id nameZh nameEn kind level designationYear focusCategory status note website version';

/** parks(100) → enterprises(100) → contract records(48): 100 + 10,000 + 480,000 = 490,100 nodes (the issue's query). */
const NESTED = `{ parks(first: 100) { totalCount nodes { ${PARK} enterprises(first: 100) { totalCount nodes { ${ENTERPRISE}
  contractRecords(first: 48) { totalCount nodes { ${RECORD} } } } } } } }`;

/** Every contractStats dimension the issue names, as many rows as allowed, 15 aliases (the limit). */
const STATS = Array.from({ length: 15 }, (_, i) => `s${i + 1}: contractStats(groupBy: [YEAR, REGION, DOMAIN, DIRECTION], first: 10000) {
  rows { year direction recordCount enterpriseCount signedUsd executedUsd signedCny executedCny offshoreExecutedUsd executedGrowth offshoreShare
    region { code nameZh } domain { number nameZh } } suppressedRowCount truncated unconvertedRecordCount total { recordCount enterpriseCount executedUsd } }`).join('\n');

/**
 * A plain list counts one node however long it is: 24 domains → enterprises(100) → their parks (a list)
 * → enterprises(100) → contract records(48) counts 1 + 100 + 100 + 10,000 + 480,000 = 490,201 (~48 MB at scale 150).
 */
const FAN_OUT = `{ serviceDomains { number nameZh enterprises(first: 100) { nodes { id nameZh parks { id nameZh
  enterprises(first: 100) { nodes { ${ENTERPRISE} contractRecords(first: 48) { nodes { ${RECORD} } } } } } } } } }`;

/** 15 searches (different texts) of 50 enterprises each, with their records and their parks' enterprises: 15 × 10,100 nodes. */
const SEARCH_TEXTS = ['有限公司', '科技', '信息', '数据', '软件', '服务', '技术', '股份', '高新', '西安', '郑州', '华信', '中科', '云图', '天元'];
const SEARCHES = SEARCH_TEXTS.map((text, i) => `q${i + 1}: search(text: "${text}", types: [ENTERPRISE], first: 50) { score node { ... on Enterprise {
  ${ENTERPRISE} contractRecords(first: 100) { nodes { ${RECORD} } } parks { enterprises(first: 100) { nodes { id nameZh creditCode } } } } } }`).join('\n');

/** Both provinces' park clusters with everything public, and each leading enterprise's records and parks (talentPipeline is not public). */
const CLUSTER = `basis park { id nameZh nameEn } enterpriseCount headcount contracts { signedUsd executedUsd offshoreExecutedUsd onshoreExecutedUsd }
  byCategory { category enterpriseCount headcount contracts { executedUsd } } byDomain { domain { number nameZh } enterpriseCount headcount contracts { executedUsd } }
  designations { kind enterpriseCount } feeders { trainingBase { id nameZh } university { id nameZh } }
  leadingEnterprises(first: 100) { totalCount nodes { ${ENTERPRISE} contractRecords(first: 48) { totalCount nodes { ${RECORD} } }
    parks { id nameZh enterprises(first: 100) { totalCount nodes { id nameZh } } } } }`;
const CLUSTERS = `{ henan: parkClusters(filter: { regionCode: "410000" }) { ${CLUSTER} } shaanxi: parkClusters(filter: { regionCode: "610000" }) { ${CLUSTER} } }`;

/** Every public root list at its largest page, with its child connections: 491,351 nodes. */
const EVERY_LIST = `{
  parks(first: 100) { totalCount nodes { ${PARK} enterprises(first: 100) { totalCount nodes { ${ENTERPRISE} contractRecords(first: 38) { totalCount nodes { ${RECORD} } } } }
    trainingBases(first: 100) { nodes { id nameZh kind } } } }
  enterprises(first: 100) { totalCount nodes { ${ENTERPRISE} contractRecords(first: 100) { nodes { ${RECORD} } } partnerships(first: 100) { nodes { id kind status startedOn } } } }
  contractRecords(first: 100) { totalCount nodes { ${RECORD} enterprise { id nameZh } domain { number } } }
  designations(first: 100) { totalCount nodes { id kind authority validFrom validUntil version holder { __typename } } }
  partnerships(first: 100) { totalCount nodes { id kind status startedOn endedOn version university { id nameZh } enterprise { id nameZh } } }
  policies(first: 100) { totalCount nodes { id code titleZh titleEn targets { code descriptionEn progress { current ratio status onTrack computation } }
    incentives { code nameZh eligibility(first: 100) { totalCount nodes { validFrom } } } } }
  regions(first: 100) { totalCount nodes { code nameZh kind enterprises(first: 100) { nodes { id nameZh } } parks(first: 100) { nodes { id nameZh } }
    universities(first: 100) { nodes { id nameZh } } } }
  trainingBases(first: 100) { totalCount nodes { id nameZh kind operatorKind cohorts(first: 100) { nodes { id year } } } }
  universities(first: 100) { totalCount nodes { id nameZh offersOutsourcingMajor partnerships(first: 100) { nodes { id kind } } trainingBases(first: 100) { nodes { id nameZh } } } }
  serviceDomains { number nameZh enterprises(first: 100) { nodes { id nameZh } } parks(first: 100) { nodes { id nameZh } } }
  search(text: "有限公司", first: 50) { score type }
}`;

/** Each fragment spreads the next twice: 2^24 paths for a cost measure that walks every spread (validation and execution merge them). */
function fragmentDoubling(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `{ ...F0 }\n${fragments.join('\n')}\nfragment F${levels} on Query { serviceDomains { number } }`;
}

/** The same field 4,900 times (under 5,000 tokens): validation compares every pair of same-named fields. */
const DUPLICATES = `{ serviceDomains { ${'number '.repeat(4900)}} }`;

/**
 * Just within an anonymous caller's budget (4,000 points per request), from many addresses at once, so
 * neither the per-request budget nor one address's rate limit refuses them: what is left is whether they
 * starve ordinary users. 39 parks → 100 enterprises each = 3,939 nodes.
 */
const NEAR_BUDGET_PAGES = `{ parks(first: 39) { totalCount nodes { ${PARK} enterprises(first: 100) { totalCount nodes { ${ENTERPRISE} } } } } }`;
/** A report just within the budget at scale 150 (the largest published table): 1,800 rows + 107,800 records read / 50 + 1 = 3,957 points. */
const NEAR_BUDGET_STATS = `{ contractStats(groupBy: [YEAR, PARK, DOMAIN, DIRECTION], first: 1800) { rows { year direction recordCount enterpriseCount executedUsd
  park { id } domain { number } } suppressedRowCount total { executedUsd } } }`;

/** The hostile set; `parkIds` are the 100 parks with the most enterprises (for nodes(ids)). */
export function hostileSet(parkIds: string[]): Hostile[] {
  const nodes = `{ nodes(ids: [${parkIds.map((id) => `"${id}"`).join(', ')}]) { ... on Park { ${PARK} enterprises(first: 100) { nodes { ${ENTERPRISE}
    contractRecords(first: 48) { nodes { ${RECORD} } } } } } } }`;
  return [
    { name: 'nested 490k', what: 'parks(100) → enterprises(100) → contractRecords(48), all public scalars: 490,100 nodes', query: NESTED, copies: 1 },
    { name: 'nested 490k ×6', what: 'the same, six at once', query: NESTED, copies: 6 },
    { name: 'contractStats ×15', what: '15 aliased contractStats(groupBy: [YEAR, REGION, DOMAIN, DIRECTION], first: 10000)', query: `{ ${STATS} }`, copies: 1 },
    { name: 'list fan-out', what: 'serviceDomains → enterprises(100) → parks → enterprises(100) → contractRecords(48): plain lists count 1 (490,201 nodes)', query: FAN_OUT, copies: 1 },
    { name: 'nodes(100 ids)', what: 'nodes of the 100 biggest parks → enterprises(100) → contractRecords(48): 490,100 nodes', query: nodes, copies: 1 },
    { name: 'search ×15', what: '15 aliased search(first: 50) → records(100), parks → enterprises(100): 151,500 nodes', query: `{ ${SEARCHES} }`, copies: 1 },
    { name: 'wide parkClusters', what: 'parkClusters of both provinces, everything public, leading enterprises with records and parks: 30,110 nodes', query: CLUSTERS, copies: 1 },
    { name: 'every root list', what: 'every public root list at first: 100 with child connections: 491,351 nodes', query: EVERY_LIST, copies: 1 },
    { name: 'fragment doubling', what: '25 fragments, each spreading the next twice (2^24 paths; 16.8M nodes: refused, after measuring)', query: fragmentDoubling(24), copies: 1 },
    { name: 'duplicate fields', what: '`number` 4,900 times in one selection (validation is quadratic in it)', query: DUPLICATES, copies: 1 },
    { name: 'near-budget pages ×16', what: 'parks(39) → enterprises(100) with all public scalars (3,940 points, just under the anonymous budget), 16 clients at once', query: NEAR_BUDGET_PAGES, copies: 16, addressPerCopy: true },
    { name: 'near-budget reports ×16', what: 'contractStats(groupBy: [YEAR, PARK, DOMAIN, DIRECTION], first: 1800) (3,957 points at scale 150), 16 clients at once', query: NEAR_BUDGET_STATS, copies: 16, addressPerCopy: true },
  ];
}
