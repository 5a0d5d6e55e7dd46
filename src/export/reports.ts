import { Role } from '../auth/viewer';

/**
 * The reports that can be downloaded as CSV: each is a GraphQL operation run
 * against the same schema with the same arguments, and a mapping of its rows
 * to columns, so the CSV and the GraphQL answer agree row for row.
 */
export interface CsvReport {
  /** Operation; `$after` is set for paginated reports. */
  query: string;
  /** Rows of one result, and the cursor of the next page if there is one. */
  rows(data: any): { rows: any[]; next: string | null };
  columns: Array<[header: string, value: (row: any) => unknown]>;
  /** Roles besides researchers and admins that may download it (the field rules then scope the rows). */
  roles?: Role[];
}

const money = (prefix = ''): Array<[string, (row: any) => unknown]> => [
  [`${prefix}signed_usd`, (r) => r.signedUsd],
  [`${prefix}executed_usd`, (r) => r.executedUsd],
];

export const csvReports: Record<string, CsvReport> = {
  'contract-stats': {
    query: `query($groupBy: [ContractDimension!]!, $filter: ContractStatsFilter, $regionLevel: RegionKind, $first: Int = 10000) {
      contractStats(groupBy: $groupBy, filter: $filter, regionLevel: $regionLevel, first: $first) {
        rows { year quarter category direction clientMarket domain { number nameZh nameEn } region { code nameZh nameEn } park { nameZh nameEn }
          signedUsd executedUsd signedCny executedCny offshoreExecutedUsd offshoreShare recordCount enterpriseCount executedGrowth }
      } }`,
    rows: (data) => ({ rows: data.contractStats.rows, next: null }),
    columns: [
      ['year', (r) => r.year], ['quarter', (r) => r.quarter], ['domain_number', (r) => r.domain?.number], ['domain_zh', (r) => r.domain?.nameZh],
      ['domain_en', (r) => r.domain?.nameEn], ['category', (r) => r.category], ['region_code', (r) => r.region?.code],
      ['region_zh', (r) => r.region?.nameZh], ['region_en', (r) => r.region?.nameEn], ['park_zh', (r) => r.park?.nameZh], ['park_en', (r) => r.park?.nameEn],
      ['direction', (r) => r.direction], ['client_market', (r) => r.clientMarket],
      ...money(), ['signed_cny', (r) => r.signedCny], ['executed_cny', (r) => r.executedCny], ['offshore_executed_usd', (r) => r.offshoreExecutedUsd],
      ['offshore_share', (r) => r.offshoreShare], ['record_count', (r) => r.recordCount], ['enterprise_count', (r) => r.enterpriseCount],
      ['executed_growth', (r) => r.executedGrowth],
    ],
  },
  'pipeline-flows': {
    query: `query($filter: PipelineFilter, $after: String) {
      talentPipeline(filter: $filter) { flows(first: 1000, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { placed university { id nameZh } trainingBase { id nameZh } enterprise { id nameZh creditCode } park { id nameZh } }
      } } }`,
    rows: (data) => {
      const flows = data.talentPipeline.flows;
      return { rows: flows.nodes, next: flows.pageInfo.hasNextPage ? flows.pageInfo.endCursor : null };
    },
    columns: [
      ['university_id', (r) => r.university?.id], ['university_zh', (r) => r.university?.nameZh],
      ['training_base_id', (r) => r.trainingBase.id], ['training_base_zh', (r) => r.trainingBase.nameZh],
      ['enterprise_id', (r) => r.enterprise.id], ['enterprise_zh', (r) => r.enterprise.nameZh], ['enterprise_credit_code', (r) => r.enterprise.creditCode],
      ['park_id', (r) => r.park?.id], ['park_zh', (r) => r.park?.nameZh], ['placed', (r) => r.placed],
    ],
  },
  'park-clusters': {
    query: `query($filter: ParkComparisonFilter!, $options: ClusterOptions) {
      parkClusters(filter: $filter, options: $options) {
        park { id nameZh nameEn }
        enterpriseCount headcount contracts { signedUsd executedUsd offshoreExecutedUsd onshoreExecutedUsd }
        byCategory { category enterpriseCount headcount contracts { signedUsd executedUsd offshoreExecutedUsd onshoreExecutedUsd } }
        byDomain { category domain { number nameZh } enterpriseCount headcount contracts { signedUsd executedUsd offshoreExecutedUsd onshoreExecutedUsd } }
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
      ['park_id', (r) => r.park.id], ['park_zh', (r) => r.park.nameZh], ['park_en', (r) => r.park.nameEn], ['group', (r) => r.group],
      ['category', (r) => r.category], ['domain_number', (r) => r.domain?.number], ['domain_zh', (r) => r.domain?.nameZh],
      ['enterprise_count', (r) => r.enterpriseCount], ['headcount', (r) => r.headcount],
      ['signed_usd', (r) => r.contracts?.signedUsd], ['executed_usd', (r) => r.contracts?.executedUsd],
      ['offshore_executed_usd', (r) => r.contracts?.offshoreExecutedUsd], ['onshore_executed_usd', (r) => r.contracts?.onshoreExecutedUsd],
    ],
  },
  'reporting-status': {
    query: `query($period: String!, $regionCode: String, $dueOn: LocalDate) {
      reportingStatus(period: $period, regionCode: $regionCode, dueOn: $dueOn) {
        period dueOn
        parks(first: 10000) { park { id nameZh nameEn } keyDesignations status enterpriseCount filedCount lateCount notFiledCount }
        enterprises(first: 10000) { enterprise { id nameZh creditCode } keyDesignations status filedAt }
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
      ['period', (r) => r.period], ['due_on', (r) => r.dueOn], ['kind', (r) => r.kind], ['id', (r) => r.id], ['name_zh', (r) => r.nameZh],
      ['credit_code', (r) => r.creditCode], ['key_designations', (r) => r.keyDesignations.join(';')], ['status', (r) => r.status], ['filed_at', (r) => r.filedAt],
      ['enterprise_count', (r) => r.enterpriseCount], ['filed_count', (r) => r.filedCount], ['late_count', (r) => r.lateCount], ['not_filed_count', (r) => r.notFiledCount],
    ],
    roles: [Role.PARK_ADMIN],
  },
  'target-progress': {
    query: `query($asOf: LocalDate, $publishedOn: LocalDate, $excludeSynthetic: Boolean) {
      policies(first: 100) { nodes { code titleZh targets {
        code descriptionZh descriptionEn metric designationKind minimum maximum unit baseYear deadline deadlineNote scopeRegion { code nameZh }
        progress(asOf: $asOf, publishedOn: $publishedOn, excludeSynthetic: $excludeSynthetic) { current ratio status onTrack computation asOf }
      } } } }`,
    rows: (data) => ({
      rows: data.policies.nodes.flatMap((p: any) => p.targets.map((t: any) => ({ policy: p, ...t }))),
      next: null,
    }),
    columns: [
      ['policy_code', (r) => r.policy.code], ['policy_zh', (r) => r.policy.titleZh], ['target_code', (r) => r.code],
      ['description_zh', (r) => r.descriptionZh], ['description_en', (r) => r.descriptionEn], ['metric', (r) => r.metric],
      ['designation_kind', (r) => r.designationKind], ['scope_region', (r) => r.scopeRegion?.code], ['minimum', (r) => r.minimum],
      ['maximum', (r) => r.maximum], ['unit', (r) => r.unit], ['base_year', (r) => r.baseYear], ['deadline', (r) => r.deadline],
      ['deadline_note', (r) => r.deadlineNote], ['as_of', (r) => r.progress.asOf],
      ['current', (r) => r.progress.current], ['ratio', (r) => r.progress.ratio], ['status', (r) => r.progress.status],
      ['on_track', (r) => r.progress.onTrack], ['computation', (r) => r.progress.computation],
    ],
  },
};
