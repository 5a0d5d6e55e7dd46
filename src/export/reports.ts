import { Role, seesEverything } from '../auth/viewer';
import type { Context } from '../core/context';
import { and, runSql, sql } from '../core/sql';
import { contractRecords } from '../contract-record/published-records';
import { contractFilterSql } from '../contract-stats/contract-stats.query';
import type { ContractStatsFilter } from '../contract-stats/contract-stats.types';
import { pipelineScope } from '../talent-pipeline/talent-pipeline.query';
import type { PipelineFilter } from '../talent-pipeline/talent-pipeline.types';
import type { ColumnType } from './csv';

/**
 * The reports that can be downloaded as CSV: each is a GraphQL operation run
 * against the same schema with the same arguments, and a mapping of its rows
 * to columns, so the CSV and the GraphQL answer agree row for row.
 */
export interface CsvReport {
  /** What the table is, for its metadata (`dc:title`). */
  title: string;
  /** Operation; `$after` is set for paginated reports, which are read to the end. */
  query: string;
  /** Rows of one result, and the cursor of the next page if there is one. */
  rows(data: any): { rows: any[]; next: string | null };
  /** Header, cell of a row, and what the column holds (identifiers stay text; see csv.ts). */
  columns: Array<[header: string, value: (row: any) => unknown, type: ColumnType]>;
  /** Roles besides researchers and admins that may download it (the field rules then scope the rows; default: universities). */
  roles?: Role[];
  /**
   * Whether the rows of a result stop at a limit of the field rather than at the end of the data (or may: a
   * list as long as its limit). `accepted` when the caller asked for at most that many rows itself; otherwise
   * the export is refused, never sent short.
   */
  cut?(data: any, given: ReadonlySet<string>, variables: Record<string, unknown>): Cut | null;
  /** How the figures were computed and what they leave out, from the first page (`basis` and the like). */
  notes?(data: any): string[];
  /** The part of a result whose `provenance` selections name the table's sources (default: all of it). */
  provenanceOf?(data: any): unknown;
  /** The records behind the figures, by where they came from (their provenance), when GraphQL does not list them. */
  records?(context: Context, variables: Record<string, unknown>): Promise<RecordSource[]>;
}

export interface Cut {
  /** The rows the field returns at most. */
  limit: number;
  /** The argument to narrow. */
  argument: string;
  /** What to do instead. */
  advice: string;
  accepted: boolean;
}

/** Records of one kind (`about`) with one provenance, and how many. */
export interface RecordSource {
  about: string;
  source: string;
  document: string | null;
  count: number;
}

/** The reports whose GraphQL field is public: anyone may download them, the field rules deciding what (the published tables without a researcher key), each page metered against the caller's budget like any request. */
const EVERYONE = [Role.ANONYMOUS, Role.UNIVERSITY, Role.PARK_ADMIN, Role.ENTERPRISE];

const money = (prefix = ''): Array<[string, (row: any) => unknown, ColumnType]> => [
  [`${prefix}signed_usd`, (r) => r.signed?.amount, 'decimal'],
  [`${prefix}executed_usd`, (r) => r.executed?.amount, 'decimal'],
];

/** The limit of `contractStats(first:)`, which the export asks for unless told otherwise. */
export const CONTRACT_STATS_LIMIT = 10_000;
/** The parks `parkClusters` compares at most (park-cluster.resolver.ts). */
const MAX_COMPARED_PARKS = 100;
/** The limit of `reportingStatus { parks(first:) enterprises(first:) }`. */
const REPORTING_STATUS_LIMIT = 10_000;

export const csvReports: Record<string, CsvReport> = {
  'contract-stats': {
    roles: EVERYONE,
    title: 'Contract statistics (服务外包合同统计): signed and executed value by the dimensions of groupBy',
    query: `query($groupBy: [ContractDimension!]!, $filter: ContractStatsFilter, $regionLevel: RegionKind, $first: Int = ${CONTRACT_STATS_LIMIT}) {
      contractStats(groupBy: $groupBy, filter: $filter, regionLevel: $regionLevel, first: $first) {
        rows { year quarter category direction clientMarket domain { number nameZh nameEn } region { code nameZh nameEn } park { nameZh nameEn }
          signed { amount } executed { amount } signedCny: signed(currency: CNY) { amount } executedCny: executed(currency: CNY) { amount }
          offshoreExecuted { amount } offshoreShare recordCount enterpriseCount executedGrowth }
        truncated basis suppressedRowCount unconvertedRecordCount rates { currency year cnyPerUnit provenance { source document } }
      } }`,
    rows: (data) => ({ rows: data.contractStats.rows, next: null }),
    columns: [
      ['year', (r) => r.year, 'integer'], ['quarter', (r) => r.quarter, 'integer'], ['domain_number', (r) => r.domain?.number, 'integer'],
      ['domain_zh', (r) => r.domain?.nameZh, 'text'], ['domain_en', (r) => r.domain?.nameEn, 'text'], ['category', (r) => r.category, 'text'],
      ['region_code', (r) => r.region?.code, 'id'], ['region_zh', (r) => r.region?.nameZh, 'text'], ['region_en', (r) => r.region?.nameEn, 'text'],
      ['park_zh', (r) => r.park?.nameZh, 'text'], ['park_en', (r) => r.park?.nameEn, 'text'],
      ['direction', (r) => r.direction, 'text'], ['client_market', (r) => r.clientMarket, 'id'],
      ...money(), ['signed_cny', (r) => r.signedCny?.amount, 'decimal'], ['executed_cny', (r) => r.executedCny?.amount, 'decimal'],
      ['offshore_executed_usd', (r) => r.offshoreExecuted?.amount, 'decimal'],
      ['offshore_share', (r) => r.offshoreShare, 'number'], ['record_count', (r) => r.recordCount, 'integer'],
      ['enterprise_count', (r) => r.enterpriseCount, 'integer'], ['executed_growth', (r) => r.executedGrowth, 'number'],
    ],
    cut: (data, given, variables) => (data.contractStats.truncated
      ? {
        limit: Number(variables.first ?? CONTRACT_STATS_LIMIT), argument: 'filter', accepted: given.has('first'),
        advice: 'narrow filter (yearFrom and yearTo, regionCode, category …) or group by fewer dimensions; '
          + 'or pass first=N to take the first N rows knowingly, marked X-Truncated',
      }
      : null),
    notes: (data) => {
      const s = data.contractStats;
      return [
        s.basis,
        ...(s.unconvertedRecordCount ? [`${s.unconvertedRecordCount} records are left out of the sums: no rate converts their currency for their year.`] : []),
        ...(s.suppressedRowCount ? [`${s.suppressedRowCount} rows are withheld by the published tables (disclosure control).`] : []),
        ...s.rates.map((r: any) => `Rate ${r.currency} ${r.year}: ${r.cnyPerUnit} yuan per unit.`),
      ];
    },
    // Researchers read the records themselves: which ones, by provenance, with the filter the report applied.
    // Everyone else reads the published tables, which the basis names.
    records: async (context, variables) => {
      if (!seesEverything(context.viewer)) return [];
      const filter = variables.filter as ContractStatsFilter | null | undefined;
      const where = await contractFilterSql(context, filter);
      // The records as published on a date carry their kind of source only.
      const document = filter?.publishedOn ? sql`null::text` : sql`c.provenance_document`;
      const rows = await runSql<{ source: string; document: string | null; count: number }>(context.em, sql`
        select c.provenance_source as source, ${document} as document, count(*)::int as count
        from ${contractRecords(filter?.publishedOn)} c join enterprise e on e.id = c.enterprise_id join region er on er.id = e.region_id
          join service_domain d on d.id = c.domain_id
        where ${and(where)} group by 1, 2 order by 3 desc, 1, 2`);
      return rows.map((r) => ({ about: 'contract records', ...r }));
    },
  },
  'pipeline-flows': {
    title: 'Talent pipeline flows (人才输送): graduates placed, by university, training base, enterprise and park',
    query: `query($filter: PipelineFilter, $after: String) {
      talentPipeline(filter: $filter) { basis flows(first: 1000, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { placed university { id nameZh } trainingBase { id nameZh } enterprise { id nameZh creditCode } park { id nameZh } }
      } } }`,
    rows: (data) => {
      const flows = data.talentPipeline.flows;
      return { rows: flows.nodes, next: flows.pageInfo.hasNextPage ? flows.pageInfo.endCursor : null };
    },
    columns: [
      ['university_id', (r) => r.university?.id, 'id'], ['university_zh', (r) => r.university?.nameZh, 'text'],
      ['training_base_id', (r) => r.trainingBase.id, 'id'], ['training_base_zh', (r) => r.trainingBase.nameZh, 'text'],
      ['enterprise_id', (r) => r.enterprise.id, 'id'], ['enterprise_zh', (r) => r.enterprise.nameZh, 'text'],
      ['enterprise_credit_code', (r) => r.enterprise.creditCode, 'id'],
      ['park_id', (r) => r.park?.id, 'id'], ['park_zh', (r) => r.park?.nameZh, 'text'], ['placed', (r) => r.placed, 'integer'],
    ],
    notes: (data) => [data.talentPipeline.basis],
    // The cohorts and placements in the scope the report followed (the same filter, already allowed by the field's rules).
    records: async (context, variables) => {
      const scope = await pipelineScope(context, variables.filter as PipelineFilter | null | undefined);
      const rows = await runSql<RecordSource>(context.em, sql`with ${scope}
        select 'placements' as about, pl.provenance_source as source, pl.provenance_document as document, count(*)::int as count
          from placement pl where pl.id in (select id from scoped_placement) group by 2, 3
        union all
        select 'cohorts', co.provenance_source, co.provenance_document, count(*)::int
          from cohort co where co.id in (select id from scoped_cohort) group by 2, 3
        order by 1, 4 desc, 2, 3`);
      return rows;
    },
  },
  'park-clusters': {
    roles: EVERYONE,
    title: 'Park clusters (园区集群): enterprises, headcount and contract value of each park, by category and by domain',
    query: `query($filter: ParkComparisonFilter!, $options: ClusterOptions) {
      parkClusters(filter: $filter, options: $options) {
        park { id nameZh nameEn provenance { source document } } basis
        enterpriseCount headcount contracts { signed { amount } executed { amount } offshoreExecuted { amount } onshoreExecuted { amount } }
        byCategory { category enterpriseCount headcount contracts { signed { amount } executed { amount } offshoreExecuted { amount } onshoreExecuted { amount } } }
        byDomain { category domain { number nameZh } enterpriseCount headcount contracts { signed { amount } executed { amount } offshoreExecuted { amount } onshoreExecuted { amount } } }
      } }`,
    // One row per park total, category and domain.
    rows: (data) => ({
      rows: data.parkClusters.flatMap((c: any) => [
        { park: c.park, group: 'PARK', enterpriseCount: c.enterpriseCount, headcount: c.headcount, contracts: c.contracts },
        ...c.byCategory.map((g: any) => ({ park: c.park, group: 'CATEGORY', ...g })),
        ...c.byDomain.map((g: any) => ({ park: c.park, group: 'DOMAIN', ...g })),
      ]),
      next: null,
    }),
    columns: [
      ['park_id', (r) => r.park.id, 'id'], ['park_zh', (r) => r.park.nameZh, 'text'], ['park_en', (r) => r.park.nameEn, 'text'],
      ['group', (r) => r.group, 'text'], ['category', (r) => r.category, 'text'], ['domain_number', (r) => r.domain?.number, 'integer'],
      ['domain_zh', (r) => r.domain?.nameZh, 'text'], ['enterprise_count', (r) => r.enterpriseCount, 'integer'], ['headcount', (r) => r.headcount, 'integer'],
      ['signed_usd', (r) => r.contracts?.signed.amount, 'decimal'], ['executed_usd', (r) => r.contracts?.executed.amount, 'decimal'],
      ['offshore_executed_usd', (r) => r.contracts?.offshoreExecuted?.amount, 'decimal'], ['onshore_executed_usd', (r) => r.contracts?.onshoreExecuted?.amount, 'decimal'],
    ],
    // Every park of a region, up to the most the field compares: a full list may have left parks out.
    cut: (data, _given, variables) => ((variables.filter as { parkIds?: unknown[] } | null)?.parkIds?.length || data.parkClusters.length < MAX_COMPARED_PARKS
      ? null
      : {
        limit: MAX_COMPARED_PARKS, argument: 'filter.regionCode', accepted: false,
        advice: `the region has ${MAX_COMPARED_PARKS} parks or more: ask for a smaller region, or name the parks in filter.parkIds (${MAX_COMPARED_PARKS} at a time)`,
      }),
    notes: (data) => [...new Set<string>(data.parkClusters.map((c: any) => c.basis))],
  },
  'reporting-status': {
    title: 'Reporting status (数据直报): which key parks and key enterprises filed for the period, late or not at all',
    query: `query($period: String!, $regionCode: String, $dueOn: LocalDate) {
      reportingStatus(period: $period, regionCode: $regionCode, dueOn: $dueOn) {
        period dueOn
        parks(first: ${REPORTING_STATUS_LIMIT}) { park { id nameZh nameEn provenance { source document } } keyDesignations status enterpriseCount filedCount lateCount notFiledCount }
        enterprises(first: ${REPORTING_STATUS_LIMIT}) { enterprise { id nameZh creditCode provenance { source document } } keyDesignations status filedAt }
      } }`,
    // The key parks first, then the key enterprises.
    rows: (data) => {
      const s = data.reportingStatus;
      return {
        rows: [
          ...s.parks.map((p: any) => ({ ...p, kind: 'PARK', id: p.park.id, nameZh: p.park.nameZh, period: s.period, dueOn: s.dueOn })),
          ...s.enterprises.map((e: any) => ({ ...e, kind: 'ENTERPRISE', id: e.enterprise.id, nameZh: e.enterprise.nameZh, creditCode: e.enterprise.creditCode, period: s.period, dueOn: s.dueOn })),
        ],
        next: null,
      };
    },
    columns: [
      // A year read as a number (2024) loses nothing, and a quarter (2024Q3) is text anyway.
      ['period', (r) => r.period, 'text'], ['due_on', (r) => r.dueOn, 'date'], ['kind', (r) => r.kind, 'text'], ['id', (r) => r.id, 'id'],
      ['name_zh', (r) => r.nameZh, 'text'], ['credit_code', (r) => r.creditCode, 'id'], ['key_designations', (r) => r.keyDesignations.join(';'), 'list'],
      ['status', (r) => r.status, 'text'], ['filed_at', (r) => r.filedAt, 'datetime'],
      ['enterprise_count', (r) => r.enterpriseCount, 'integer'], ['filed_count', (r) => r.filedCount, 'integer'], ['late_count', (r) => r.lateCount, 'integer'],
      ['not_filed_count', (r) => r.notFiledCount, 'integer'],
    ],
    roles: [Role.PARK_ADMIN],
    // The lists say nothing of what lies past their limit: one as long as the limit may have been cut.
    cut: (data) => (data.reportingStatus.parks.length >= REPORTING_STATUS_LIMIT || data.reportingStatus.enterprises.length >= REPORTING_STATUS_LIMIT
      ? { limit: REPORTING_STATUS_LIMIT, argument: 'regionCode', accepted: false, advice: 'ask for a smaller region (regionCode)' }
      : null),
    notes: () => ['Key enterprises hold a designation the programme grants, in force during the period; key parks are demonstration parks and provincial bases (a reading: the texts list none). '
      + 'Filed means a submission submitted or records written for the period; LATE means filed after due_on.'],
  },
  'target-progress': {
    roles: EVERYONE,
    title: 'Policy target progress (政策目标进展): each target of each policy, its current value and status',
    query: `query($asOf: LocalDate, $publishedOn: LocalDate, $excludeSynthetic: Boolean, $after: String) {
      policies(first: 20, after: $after) { pageInfo { hasNextPage endCursor } nodes { key code titleZh provenance { source document } targets {
        code descriptionZh descriptionEn metric designationKind minimum maximum unit baseYear deadline deadlineNote scopeRegion { code nameZh }
        provenance { source document locator }
        progress(asOf: $asOf, publishedOn: $publishedOn, excludeSynthetic: $excludeSynthetic) { current ratio status onTrack computation asOf }
      } } } }`,
    rows: (data) => ({
      rows: data.policies.nodes.flatMap((p: any) => p.targets.map((t: any) => ({ policy: p, ...t }))),
      next: data.policies.pageInfo.hasNextPage ? data.policies.pageInfo.endCursor : null,
    }),
    // Pages of 20 policies: within what a caller without a key may spend on one request (each page is metered).
    // The policies with targets in the table, and the targets: each from its document and where in it.
    provenanceOf: (data) => ({ policies: data.policies.nodes.filter((p: any) => p.targets.length) }),
    notes: () => ['Each row is judged on its as_of date; computation says how its current value was computed, from which records.'],
    columns: [
      ['policy_key', (r) => r.policy.key, 'id'], ['policy_code', (r) => r.policy.code, 'id'], ['policy_zh', (r) => r.policy.titleZh, 'text'], ['target_code', (r) => r.code, 'id'],
      ['description_zh', (r) => r.descriptionZh, 'text'], ['description_en', (r) => r.descriptionEn, 'text'], ['metric', (r) => r.metric, 'text'],
      ['designation_kind', (r) => r.designationKind, 'text'], ['scope_region', (r) => r.scopeRegion?.code, 'id'], ['minimum', (r) => r.minimum, 'number'],
      ['maximum', (r) => r.maximum, 'number'], ['unit', (r) => r.unit, 'text'], ['base_year', (r) => r.baseYear, 'integer'], ['deadline', (r) => r.deadline, 'date'],
      ['deadline_note', (r) => r.deadlineNote, 'text'], ['as_of', (r) => r.progress.asOf, 'date'],
      ['current', (r) => r.progress.current, 'number'], ['ratio', (r) => r.progress.ratio, 'number'], ['status', (r) => r.progress.status, 'text'],
      ['on_track', (r) => r.progress.onTrack, 'boolean'], ['computation', (r) => r.progress.computation, 'text'],
    ],
  },
};
