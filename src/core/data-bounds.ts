/** Where the bounds are read: any pool, or whichever node reads go to (database-nodes.ts). */
export interface BoundsSource {
  query<R extends object>(text: string): Promise<{ rows: R[] }>;
}

/**
 * What the cost model needs to know of the data: how many rows the tables
 * that reports aggregate hold, and how long the plain lists (those without
 * `first`) can be. Fixed lists are bounded by the domain (24 domains in the
 * catalog); the others are read off the data — the longest such list any
 * record has now — once a minute, in one statement, never per request.
 */
export interface DataBounds {
  /** Changes on every refresh, so cached costs are recomputed. */
  version: number;
  tableRows: Record<'contract_record' | 'placement' | 'cohort' | 'partnership' | 'enterprise_park' | 'designation' | 'park', number>;
  /** `Type.field` → the most items that list has for one parent. */
  lists: Record<string, number>;
  /** For a list no one has bounded yet. */
  defaultList: number;
}

/** Bounds the domain fixes: the catalog has 24 domains in 3 categories. */
const DOMAIN_LISTS: Record<string, number> = {
  'Query.serviceDomains': 24,
  'Enterprise.domains': 24,
  'TrainingBase.domains': 24,
  'Park.focusDomains': 24,
  'ParkCluster.byDomain': 24,
  'ParkCluster.byCategory': 3,
  // anomaliesSql limits itself to 100.
  'TalentPipeline.anomalies': 100,
  'Submission.checks': 20,
};

/** Until the first refresh (and in unit tests): modest tables. */
export const STATIC_BOUNDS: DataBounds = {
  version: 0,
  tableRows: { contract_record: 10_000, placement: 1_000, cohort: 1_000, partnership: 1_000, enterprise_park: 1_000, designation: 1_000, park: 100 },
  lists: { ...DOMAIN_LISTS },
  defaultList: 100,
};

/** The statement that reads the bounds off the data: counts, and the longest list per parent. */
const BOUNDS_SQL = `
select
  (select count(*) from contract_record) as contract_record,
  (select count(*) from placement) as placement,
  (select count(*) from cohort) as cohort,
  (select count(*) from partnership) as partnership,
  (select count(*) from enterprise_park) as enterprise_park,
  (select count(*) from designation) as designation,
  (select count(*) from park) as park,
  (select count(*) from platform) as platforms,
  (select coalesce(max(n), 0) from (select count(*) n from enterprise_park group by enterprise_id) x) as parks_per_enterprise,
  (select coalesce(max(n), 0) from (select count(*) n from designation group by park_id, enterprise_id, training_base_id) x) as designations_per_holder,
  (select coalesce(max(n), 0) from (select count(*) n from region group by parent_id) x) as region_children,
  (select coalesce(max(n), 0) from (select count(*) n from region where macro_region_id is not null group by macro_region_id) x) as region_members,
  (select coalesce(max(n), 0) from (select count(*) n from policy_target group by policy_id) x) as targets_per_policy,
  (select coalesce(max(n), 0) from (select count(*) n from policy_measure group by policy_id) x) as measures_per_policy,
  (select coalesce(max(n), 0) from (select count(*) n from policy_citation group by policy_id, section) x) as citations_per_section,
  (select coalesce(max(n), 0) from (select count(distinct cited_id) n from policy_citation group by policy_id) x) as citations_per_policy,
  (select coalesce(max(n), 0) from (select count(distinct policy_id) n from policy_citation group by cited_id) x) as citing_per_policy,
  (select coalesce(max(jsonb_array_length(responsible_bodies)), 0) from policy_measure) as bodies_per_measure,
  (select coalesce(max(jsonb_array_length(funding_sources)), 0) from policy_measure) as funds_per_measure,
  (select coalesce(max(n), 0) from (select count(*) n from incentive group by policy_id) x) as incentives_per_policy,
  (select coalesce(max(jsonb_array_length(business_types::jsonb)), 0) from service_domain) as business_types_per_domain,
  (select count(*) from exchange_rate) as exchange_rates,
  (select count(*) from training_base) as training_bases,
  (select coalesce(max(year), 2000) - coalesce(min(year), 2000) + 1 from contract_record) as years,
  (select count(*) from statistics_release) as releases,
  (select count(distinct r.id) from region r join region er on er.path like r.path || '%'
    where r.kind in ('PROVINCE', 'CITY') and er.id in (select region_id from enterprise)) as destination_regions`;

export async function readBounds(pool: BoundsSource, version: number): Promise<DataBounds> {
  const { rows: [r] } = await pool.query<Record<string, string>>(BOUNDS_SQL);
  const n = (name: string) => Math.max(1, Number(r[name]));
  return {
    version,
    tableRows: {
      contract_record: n('contract_record'),
      placement: n('placement'),
      cohort: n('cohort'),
      partnership: n('partnership'),
      enterprise_park: n('enterprise_park'),
      designation: n('designation'),
      park: n('park'),
    },
    lists: {
      ...DOMAIN_LISTS,
      'Enterprise.parks': n('parks_per_enterprise'),
      'Enterprise.designations': n('designations_per_holder'),
      'Park.designations': n('designations_per_holder'),
      'TrainingBase.designations': n('designations_per_holder'),
      'ParkCluster.designations': n('designations_per_holder'),
      // A park's feeders: at most every training base (each with its university).
      'ParkCluster.feeders': n('training_bases'),
      'Region.children': n('region_children'),
      'Region.members': n('region_members'),
      'Query.platforms': n('platforms'),
      'Policy.targets': n('targets_per_policy'),
      'Policy.measures': n('measures_per_policy'),
      'Policy.cites': n('citations_per_policy'),
      'Policy.citedBy': n('citing_per_policy'),
      'PolicyMeasure.cites': n('citations_per_section'),
      'Incentive.basis': n('citations_per_section'),
      'PolicyMeasure.responsibleBodies': n('bodies_per_measure'),
      'PolicyMeasure.fundingSources': n('funds_per_measure'),
      'Policy.incentives': n('incentives_per_policy'),
      'ServiceDomain.businessTypes': n('business_types_per_domain'),
      'ContractStats.rates': n('exchange_rates'),
      'TargetProgress.figures': n('years'),
      'Query.statisticsReleases': n('releases'),
      'UniversityOutcomes.years': n('releases'),
      'UniversityOutcomeYear.ownDestinations': n('destination_regions'),
      'UniversityOutcomeYear.peerDestinations': n('destination_regions'),
    },
    defaultList: 100,
  };
}

/** Keeps the bounds current: read at start, then every `intervalMs` in the background. */
export class DataBoundsMonitor {
  current: DataBounds = STATIC_BOUNDS;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly pool: BoundsSource, private readonly intervalMs = 60_000) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.intervalMs);
    this.timer.unref();
  }

  async refresh(): Promise<void> {
    this.current = await readBounds(this.pool, this.current.version + 1);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
