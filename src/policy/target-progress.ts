import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { RATE_JOINS, usd } from '../contract-stats/contract-stats.query';
import { contractRecords } from '../contract-record/published-records';
import type { Context } from '../core/context';
import { intArray, raw, runSql, sql } from '../core/sql';
import { todayInChina } from '../disclosure/published-stats';
import { seesEverything } from '../auth/viewer';
import { Policy } from './policy.entity';
import { TargetMetric, type PolicyTarget } from './policy-target.entity';

export enum TargetStatus {
  MET = 'MET',
  EXCEEDED = 'EXCEEDED',
  MET_LATE = 'MET_LATE',
  MISSED = 'MISSED',
  IN_PROGRESS = 'IN_PROGRESS',
  NOT_MEASURED = 'NOT_MEASURED',
}
registerEnumType(TargetStatus, {
  name: 'TargetStatus',
  description: 'Where a target stands against its value and deadline.',
  valuesConfig: {
    MET: { description: 'The value reaches the target (and stays within its range, if it has one); past the deadline, it did on the deadline.' },
    EXCEEDED: { description: 'The value is above the upper bound of a ranged target (on the deadline, once past).' },
    MET_LATE: { description: 'Past the deadline: not reached on the deadline, reached since.' },
    MISSED: { description: 'Past the deadline: not reached on the deadline, nor since.' },
    IN_PROGRESS: { description: 'The deadline has not passed and the value is below the target.' },
    NOT_MEASURED: { description: 'The data cannot answer this target (yet): no records of what it counts, or too few years; see `computation` and `figures`.' },
  },
});

@ObjectType({ description: 'A figure behind a target’s progress.' })
export class TargetFigure {
  @Field({ description: 'What the figure is, e.g. holders, compound annual growth, or a year.' }) label!: string;
  @Field(() => Float, { nullable: true, description: 'The figure, in `unit`; null where it is withheld (too few enterprises to publish).' }) value!: number | null;
  @Field({ description: 'Unit of `value`, e.g. parks, enterprises, percent a year, USD.' }) unit!: string;
}

@ObjectType({ description: 'A target’s progress, computed from live data as of a date.' })
export class TargetProgress {
  @Field(() => Float, { nullable: true, description: 'The current value of the metric, in the target’s unit; null when not measured.' })
  current!: number | null;

  @Field(() => Float, { nullable: true, description: 'current ÷ minimum (1 = target reached).' })
  ratio!: number | null;

  @Field(() => TargetStatus, { description: 'Met, exceeded, in progress, missed, met late, or not measured.' })
  status!: TargetStatus;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Met, or (for counts) at least as far along as the time elapsed between base year and deadline, or (for growth) growing at the target rate; past the deadline, whether it was met. Null when not measured.',
  })
  onTrack!: boolean | null;

  @Field({ description: 'How `current` was computed: metric, scope and period.' })
  computation!: string;

  @Field(() => [TargetFigure], { description: 'The figures the computation used.' })
  figures!: TargetFigure[];

  @Field({ description: 'The date the figures stand at (ISO).' })
  asOf!: string;

  /** For counts judged on a passed deadline: the count on `asOf` itself (`PolicyTarget.current`). */
  valueOnAsOf?: number | null;
}

/** Live progress of a target as of `asOf`. Count targets of one request share one statement; each growth target costs one. */
export async function targetProgress(ctx: Context, target: PolicyTarget, asOf: string, data: DataChoice = {}): Promise<TargetProgress> {
  switch (target.metric) {
    case TargetMetric.DESIGNATION_COUNT:
      return countProgress(ctx, target, asOf, data);
    case TargetMetric.CONTRACT_GROWTH_RATE:
    case TargetMetric.INTERNATIONAL_CONTRACT_GROWTH_RATE:
      return growthProgress(ctx, target, asOf, data);
    case TargetMetric.INTERNATIONAL_EXECUTION_STANDING:
      return standingProgress(ctx, target, asOf, data);
  }
}

/** Which data a progress figure reads: as published on a date (default: as revised), and with or without synthetic records. */
export interface DataChoice {
  publishedOn?: string | null;
  excludeSynthetic?: boolean | null;
}

const choiceKey = (asOf: string, data: DataChoice) => JSON.stringify([asOf, data.publishedOn ?? null, Boolean(data.excludeSynthetic)]);

function choiceText(data: DataChoice): string {
  return (data.publishedOn ? ` As published on ${data.publishedOn}.` : '') + (data.excludeSynthetic ? ' Synthetic records left out.' : '');
}

/**
 * A count target: holders of its designation in its scope. Before the
 * deadline, judged on `asOf`; once past, on the deadline (MET, EXCEEDED or,
 * when reached only later, MET_LATE, else MISSED), as the field promises.
 * With no designation records of the kind at all, nothing is measured.
 */
async function countProgress(ctx: Context, target: PolicyTarget, asOf: string, data: DataChoice): Promise<TargetProgress> {
  const countOn = (date: string) => ctx.loaders.get(`designationCounts:${choiceKey(date, data)}`, async (ids: readonly number[]) => {
    const rows = await runSql<{ id: number; count: string; scope: string | null; held: boolean }>(ctx.em, designationCountSql(ids, date, data));
    const map = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.map((id) => map.get(id) ?? { count: '0', scope: null, held: false });
  }).load(target.id);
  const past = target.deadline != null && asOf > target.deadline;
  const judgedOn = past ? target.deadline! : asOf;
  const [judged, now] = await Promise.all([countOn(judgedOn), past ? countOn(asOf) : null]);
  const scopeText = judged.scope ? `, whose park, enterprise or training base lies in ${judged.scope} or below it` : '';
  if (!judged.held) {
    return {
      current: null, ratio: null, status: TargetStatus.NOT_MEASURED, onTrack: null, asOf, figures: [],
      computation: `No ${target.designationKind} designations are recorded at all${data.publishedOn ? ' (as published then)' : ''}, so the count is not measured: ` +
        `an absence of records is not a count of zero.${choiceText(data)}`,
    };
  }
  const current = Number(judged.count);
  const later = now ? Number(now.count) : null;
  const reached = (status: TargetStatus) => status === TargetStatus.MET || status === TargetStatus.EXCEEDED;
  let status = statusOf(target, current);
  if (past && !reached(status)) status = later != null && reached(statusOf(target, later)) ? TargetStatus.MET_LATE : TargetStatus.MISSED;
  const policy = await ctx.loaders.byId(Policy).load(target.policy.id);
  return {
    current,
    ratio: target.minimum ? current / target.minimum : null,
    status,
    onTrack: past ? reached(status) : onTrackByTime(target, current, asOf, policy?.signedOn ?? null),
    computation: `Holders of ${target.designationKind} designations in force on ${judgedOn}${scopeText}` +
      (past ? ` (the deadline, passed by ${asOf}; on ${asOf} there were ${later}).` : '.') + choiceText(data),
    figures: [
      { label: past ? `holders on the deadline ${judgedOn}` : 'holders', value: current, unit: target.unit },
      ...(past ? [{ label: `holders on ${asOf}`, value: later, unit: target.unit }] : []),
    ],
    asOf,
    valueOnAsOf: past ? later : current,
  };
}

/**
 * Compound annual growth of executed contract value (USD) in the scope region,
 * from the base year (or the first year with data after it) to the last
 * complete year before `asOf`, capped at the deadline's year.
 */
async function growthProgress(ctx: Context, target: PolicyTarget, asOf: string, data: DataChoice): Promise<TargetProgress> {
  const offshore = target.metric === TargetMetric.INTERNATIONAL_CONTRACT_GROWTH_RATE;
  const series = await yearlyExecuted(ctx, target, asOf, data);
  const scopeText = series.scope ? ` in ${series.scope} and below` : '';
  const what = `${offshore ? 'Offshore (international) executed' : 'Executed'} contract value in USD${scopeText}`;
  if (series.points.length < 2) {
    return {
      current: null, ratio: null, status: TargetStatus.NOT_MEASURED, onTrack: null, asOf,
      computation: `${what}: fewer than two years with data between ${series.from} and ${series.to}, so no growth rate.${choiceText(data)}`,
      figures: yearFigures(series),
    };
  }
  const first = series.points[0];
  const last = series.points.at(-1)!;
  if (first.withheld || last.withheld) {
    return {
      current: null, ratio: null, status: TargetStatus.NOT_MEASURED, onTrack: null, asOf, figures: yearFigures(series),
      computation: `${what}: ${first.year} or ${last.year} is withheld from the published tables (too few enterprises, one dominating, or complementary suppression), so the rate is for researchers only.${choiceText(data)}`,
    };
  }
  const years = last.year - first.year;
  const cagr = first.value > 0 ? ((last.value / first.value) ** (1 / years) - 1) * 100 : null;
  const late = first.year > (target.baseYear ?? first.year) ? ` (the base year ${target.baseYear} has no data; the first year with data is used)` : '';
  return {
    current: cagr,
    ratio: cagr != null && target.minimum ? cagr / target.minimum : null,
    // The growth is measured up to the deadline's year: once past, a rate below the target missed it.
    status: cagr == null ? TargetStatus.NOT_MEASURED
      : target.deadline != null && asOf > target.deadline && statusOf(target, cagr) === TargetStatus.IN_PROGRESS ? TargetStatus.MISSED
        : statusOf(target, cagr),
    onTrack: cagr == null ? null : cagr >= (target.minimum ?? 0),
    computation: `Compound annual growth of ${what.charAt(0).toLowerCase()}${what.slice(1)}, ${first.year}–${last.year}${late}: (${Math.round(last.value)} / ${Math.round(first.value)})^(1/${years}) − 1.${choiceText(data)}`,
    figures: yearFigures(series),
    asOf,
  };
}

/** Zhengzhou's "leading central-western China" target: our own figures, not a ranking we can compute. */
async function standingProgress(ctx: Context, target: PolicyTarget, asOf: string, data: DataChoice): Promise<TargetProgress> {
  const series = await yearlyExecuted(ctx, target, asOf, data);
  const first = series.points[0];
  const last = series.points.at(-1);
  const cagr = first && last && !first.withheld && !last.withheld && last.year > first.year && first.value > 0
    ? ((last.value / first.value) ** (1 / (last.year - first.year)) - 1) * 100 : null;
  return {
    current: null, ratio: null, status: TargetStatus.NOT_MEASURED, onTrack: null, asOf,
    computation:
      'A standing among the central-western cities of the peer set (peerRegion: 中西部地区, its provinces by national convention) needs their figures, which the platform does not hold; shown are the scope’s own ' +
      `offshore executed totals (USD) per year${first && last ? ` ${first.year}–${last.year}` : ''} and their compound annual growth.${choiceText(data)}`,
    figures: [
      ...yearFigures(series),
      { label: 'compound annual growth', value: cagr, unit: 'percent a year' },
    ],
  };
}

interface Series {
  scope: string | null;
  from: number;
  to: number;
  points: Array<{ year: number; value: number; withheld: boolean }>;
}

/** The yearly figures as shown: withheld ones have no value. */
function yearFigures(series: Series): TargetFigure[] {
  return series.points.map((p) => ({ label: `${p.year}`, value: p.withheld ? null : p.value, unit: 'USD' }));
}

/**
 * Executed value (USD) per year in each target's scope region, offshore only
 * for the international targets, from the base year to the last complete year
 * before `asOf` (capped at the deadline): one statement for all growth targets.
 */
async function yearlyExecuted(ctx: Context, target: PolicyTarget, asOf: string, data: DataChoice): Promise<Series> {
  const asOfYear = Number(asOf.slice(0, 4));
  const lastComplete = asOf.slice(5) === '12-31' ? asOfYear : asOfYear - 1;
  const to = Math.min(lastComplete, target.deadline ? Number(target.deadline.slice(0, 4)) : lastComplete);
  const from = target.baseYear ?? 2000;
  // Researchers: the live records. Everyone else: the scope region's cells of the releases (REGION, or
  // REGION×DIRECTION offshore), each year withheld when its cell is (see src/disclosure).
  const open = seesEverything(ctx.viewer);
  const series = ctx.loaders.get(`yearlyExecuted:${open}:${choiceKey(asOf, data)}`, async (ids: readonly number[]) => {
    const rows = await runSql<{ id: number; year: number; usd: number | null; withheld: boolean; scope: string | null }>(ctx.em, open ? sql`
      select pt.id, c.year, sum(${raw(usd('executed_amount'))})::float8 as usd, false as withheld,
        sr.name_zh || ' (' || sr.code || ')' as scope
      from policy_target pt
      left join region sr on sr.id = pt.scope_region_id
      join ${contractRecords(data.publishedOn)} c on c.year between coalesce(pt.base_year, 2000)
        and least(${lastComplete}, coalesce(extract(year from pt.deadline)::int, ${lastComplete}))
        and (pt.metric = 'CONTRACT_GROWTH_RATE' or c.direction = 'OFFSHORE')
        and ${data.excludeSynthetic ? raw(`c.provenance_source <> 'SYNTHETIC'`) : raw('true')}
      join enterprise e on e.id = c.enterprise_id
      join region er on er.id = e.region_id and (sr.id is null or er.path like sr.path || '%')
      ${raw(RATE_JOINS)}
      where pt.id = any(${intArray(ids)}::int[])
      group by pt.id, c.year, sr.name_zh, sr.code
      order by pt.id, c.year` : sql`
      select pt.id, r.year, c.executed_cny / r.usd_rate as usd, c.status <> 'PUBLISHED' as withheld,
        sr.name_zh || ' (' || sr.code || ')' as scope
      from policy_target pt
      left join region sr on sr.id = pt.scope_region_id
      join statistics_release r on r.year between coalesce(pt.base_year, 2000)
        and least(${lastComplete}, coalesce(extract(year from pt.deadline)::int, ${lastComplete}))
        and r.released_on <= ${data.publishedOn ?? todayInChina()}::date
      join published_cell c on c.release_id = r.id and c.variant = ${data.excludeSynthetic ? 'REAL' : 'ALL'}
        and c.table_code = (case when sr.id is null then '' else 'REGION' end) ||
          (case when pt.metric = 'CONTRACT_GROWTH_RATE' then (case when sr.id is null then 'TOTAL' else '' end)
            else (case when sr.id is null then 'DIRECTION' else '×DIRECTION' end) end)
        and (sr.id is null or c.region_id = sr.id)
        and (pt.metric = 'CONTRACT_GROWTH_RATE' or c.direction = 'OFFSHORE')
      where pt.id = any(${intArray(ids)}::int[])
      order by pt.id, r.year`);
    return ids.map((id) => rows.filter((r) => Number(r.id) === id));
  });
  const rows = await series.load(target.id);
  return {
    scope: rows[0]?.scope ?? null,
    from,
    to,
    points: rows.filter((r) => r.withheld || r.usd! > 0).map((r) => ({ year: Number(r.year), value: r.usd ?? 0, withheld: r.withheld })),
  };
}

function statusOf(target: PolicyTarget, current: number): TargetStatus {
  if (target.minimum == null || current < target.minimum) return TargetStatus.IN_PROGRESS;
  if (target.maximum != null && current > target.maximum) return TargetStatus.EXCEEDED;
  return TargetStatus.MET;
}

/**
 * For counts before the deadline: met, or as far along as the time elapsed
 * since the target was set — the later of 1 January of the base year and the
 * day the document was signed — to the deadline. Before it was set: null.
 */
function onTrackByTime(target: PolicyTarget, current: number, asOf: string, signedOn: string | null): boolean | null {
  if (target.minimum == null) return null;
  if (!target.deadline || target.baseYear == null) return current >= target.minimum ? true : null;
  const start = Math.max(Date.parse(`${target.baseYear}-01-01`), signedOn ? Date.parse(signedOn) : -Infinity);
  const end = Date.parse(target.deadline);
  const now = Date.parse(asOf);
  if (now < start) return null;
  if (current >= target.minimum) return true;
  if (now >= end) return false;
  const elapsed = (now - start) / (end - start);
  return current / target.minimum >= elapsed;
}

/**
 * For each target: designations of its kind in force on `asOf`, whose holder
 * (park, enterprise or training base) lies in its scope region's subtree.
 * Holders are counted once even if they hold the designation twice.
 */
function designationCountSql(targetIds: readonly number[], asOf: string, data: DataChoice) {
  // Designations keep no history: as published on a date means those recorded by the end of that day (China time).
  const recorded = data.publishedOn ? sql`d.created_at < ((${data.publishedOn}::date + 1)::timestamp at time zone 'Asia/Shanghai')` : raw('true');
  const real = data.excludeSynthetic ? raw(`d.provenance_source <> 'SYNTHETIC'`) : raw('true');
  return sql`select pt.id, sr.name_zh || ' (' || sr.code || ')' as scope,
      (select count(distinct coalesce('p' || d.park_id, 'e' || d.enterprise_id, 'b' || d.training_base_id))
       from designation d
       left join park p on p.id = d.park_id
       left join enterprise e on e.id = d.enterprise_id
       left join training_base b on b.id = d.training_base_id
       join region hr on hr.id = coalesce(p.region_id, e.region_id, b.region_id)
       where d.kind = pt.designation_kind
         and d.valid_from <= ${asOf}::date and (d.valid_until is null or d.valid_until >= ${asOf}::date) and ${recorded} and ${real}
         and (sr.id is null or hr.path like sr.path || '%')) as count
    , exists (select 1 from designation d where d.kind = pt.designation_kind and ${recorded} and ${real}) as held
    from policy_target pt
    left join region sr on sr.id = pt.scope_region_id
    where pt.id = any(${intArray(targetIds)}::int[])`;
}
