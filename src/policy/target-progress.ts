import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { contractStatsSql } from '../contract-stats/contract-stats.query';
import { ContractDimension } from '../contract-stats/contract-stats.types';
import type { Context } from '../core/context';
import { intArray, runSql, sql } from '../core/sql';
import { Region } from '../region/region.entity';
import { TargetMetric, type PolicyTarget } from './policy-target.entity';

export enum TargetStatus {
  MET = 'MET',
  EXCEEDED = 'EXCEEDED',
  IN_PROGRESS = 'IN_PROGRESS',
  NOT_MEASURED = 'NOT_MEASURED',
}
registerEnumType(TargetStatus, {
  name: 'TargetStatus',
  valuesConfig: {
    MET: { description: 'The current value reaches the target (and stays within its range, if it has one).' },
    EXCEEDED: { description: 'The current value is above the upper bound of a ranged target.' },
    IN_PROGRESS: { description: 'The current value is below the target.' },
    NOT_MEASURED: { description: 'The data cannot answer this target (yet); see `computation` and `figures`.' },
  },
});

@ObjectType({ description: 'A figure behind a target’s progress.' })
export class TargetFigure {
  @Field() label!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field() unit!: string;
}

@ObjectType({ description: 'A target’s progress, computed from live data as of a date.' })
export class TargetProgress {
  @Field(() => Float, { nullable: true, description: 'The current value of the metric, in the target’s unit; null when not measured.' })
  current!: number | null;

  @Field(() => Float, { nullable: true, description: 'current ÷ minimum (1 = target reached).' })
  ratio!: number | null;

  @Field(() => TargetStatus)
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
}

/** Live progress of a target as of `asOf`. Count targets of one request share one statement; each growth target costs one. */
export async function targetProgress(ctx: Context, target: PolicyTarget, asOf: string): Promise<TargetProgress> {
  switch (target.metric) {
    case TargetMetric.DESIGNATION_COUNT:
      return countProgress(ctx, target, asOf);
    case TargetMetric.CONTRACT_GROWTH_RATE:
    case TargetMetric.INTERNATIONAL_CONTRACT_GROWTH_RATE:
      return growthProgress(ctx, target, asOf);
    case TargetMetric.INTERNATIONAL_EXECUTION_STANDING:
      return standingProgress(ctx, target, asOf);
  }
}

async function countProgress(ctx: Context, target: PolicyTarget, asOf: string): Promise<TargetProgress> {
  const counts = ctx.loaders.get(`designationCounts:${asOf}`, async (ids: readonly number[]) => {
    const q = designationCountSql(ids, asOf);
    const rows = await runSql<{ id: number; count: string }>(ctx.em, q);
    const map = new Map(rows.map((r) => [Number(r.id), Number(r.count)]));
    return ids.map((id) => map.get(id) ?? 0);
  });
  const current = await counts.load(target.id);
  const scope = target.scopeRegion ? await ctx.loaders.byId(Region).load(target.scopeRegion.id) : null;
  return {
    current,
    ratio: target.minimum ? current / target.minimum : null,
    status: statusOf(target, current),
    onTrack: onTrackByTime(target, current, asOf),
    computation: `Holders of ${target.designationKind} designations in force on ${asOf}` +
      (scope ? `, whose park, enterprise or training base lies in ${scope.nameZh} (${scope.code}) or below it.` : '.'),
    figures: [{ label: 'holders', value: current, unit: target.unit }],
    asOf,
  };
}

/**
 * Compound annual growth of executed contract value (USD) in the scope region,
 * from the base year (or the first year with data after it) to the last
 * complete year before `asOf`, capped at the deadline's year.
 */
async function growthProgress(ctx: Context, target: PolicyTarget, asOf: string): Promise<TargetProgress> {
  const offshore = target.metric === TargetMetric.INTERNATIONAL_CONTRACT_GROWTH_RATE;
  const series = await yearlyExecuted(ctx, target, asOf, offshore);
  const scopeText = series.scope ? ` in ${series.scope.nameZh} (${series.scope.code}) and below` : '';
  const what = `${offshore ? 'Offshore (international) executed' : 'Executed'} contract value in USD${scopeText}`;
  if (series.points.length < 2) {
    return {
      current: null, ratio: null, status: TargetStatus.NOT_MEASURED, onTrack: null, asOf,
      computation: `${what}: fewer than two years with data between ${series.from} and ${series.to}, so no growth rate.`,
      figures: series.points.map((p) => ({ label: `${p.year}`, value: p.value, unit: 'USD' })),
    };
  }
  const first = series.points[0];
  const last = series.points.at(-1)!;
  const years = last.year - first.year;
  const cagr = first.value > 0 ? ((last.value / first.value) ** (1 / years) - 1) * 100 : null;
  const late = first.year > (target.baseYear ?? first.year) ? ` (the base year ${target.baseYear} has no data; the first year with data is used)` : '';
  return {
    current: cagr,
    ratio: cagr != null && target.minimum ? cagr / target.minimum : null,
    status: cagr == null ? TargetStatus.NOT_MEASURED : statusOf(target, cagr),
    onTrack: cagr == null ? null : cagr >= (target.minimum ?? 0),
    computation: `Compound annual growth of ${what.charAt(0).toLowerCase()}${what.slice(1)}, ${first.year}–${last.year}${late}: (${Math.round(last.value)} / ${Math.round(first.value)})^(1/${years}) − 1.`,
    figures: series.points.map((p) => ({ label: `${p.year}`, value: p.value, unit: 'USD' })),
    asOf,
  };
}

/** Zhengzhou's "leading central-western China" target: our own figures, not a ranking we can compute. */
async function standingProgress(ctx: Context, target: PolicyTarget, asOf: string): Promise<TargetProgress> {
  const series = await yearlyExecuted(ctx, target, asOf, true);
  const first = series.points[0];
  const last = series.points.at(-1);
  const cagr = first && last && last.year > first.year && first.value > 0 ? ((last.value / first.value) ** (1 / (last.year - first.year)) - 1) * 100 : null;
  return {
    current: null, ratio: null, status: TargetStatus.NOT_MEASURED, onTrack: null, asOf,
    computation:
      'A standing among central-western cities needs their figures, which the platform does not hold; shown are the scope’s own ' +
      `offshore executed totals (USD) per year${first && last ? ` ${first.year}–${last.year}` : ''} and their compound annual growth.`,
    figures: [
      ...series.points.map((p) => ({ label: `${p.year}`, value: p.value, unit: 'USD' })),
      { label: 'compound annual growth', value: cagr, unit: 'percent a year' },
    ],
  };
}

interface Series {
  scope: Region | null;
  from: number;
  to: number;
  points: Array<{ year: number; value: number }>;
}

async function yearlyExecuted(ctx: Context, target: PolicyTarget, asOf: string, offshore: boolean): Promise<Series> {
  const scope = target.scopeRegion ? await ctx.loaders.byId(Region).load(target.scopeRegion.id) : null;
  const asOfYear = Number(asOf.slice(0, 4));
  const lastComplete = asOf.slice(5) === '12-31' ? asOfYear : asOfYear - 1;
  const to = Math.min(lastComplete, target.deadline ? Number(target.deadline.slice(0, 4)) : lastComplete);
  const from = target.baseYear ?? 2000;
  const where = [sql`c.year between ${from} and ${to}`];
  if (scope) where.push(sql`er.path like ${`${scope.path}%`}`);
  if (offshore) where.push(sql`c.direction = 'OFFSHORE'`);
  const q = contractStatsSql({ groupBy: [ContractDimension.YEAR], where, regionLevel: null, limit: 200 });
  const rows = await runSql<{ isTotal: boolean; year: number; executedUsd: number }>(ctx.em, q);
  const points = rows.filter((r) => !r.isTotal && r.executedUsd > 0).map((r) => ({ year: Number(r.year), value: r.executedUsd }));
  return { scope, from, to, points };
}

function statusOf(target: PolicyTarget, current: number): TargetStatus {
  if (target.minimum == null || current < target.minimum) return TargetStatus.IN_PROGRESS;
  if (target.maximum != null && current > target.maximum) return TargetStatus.EXCEEDED;
  return TargetStatus.MET;
}

/** For counts: met, or as far along as the time elapsed from 1 January of the base year to the deadline. */
function onTrackByTime(target: PolicyTarget, current: number, asOf: string): boolean | null {
  if (target.minimum == null) return null;
  if (current >= target.minimum) return true;
  if (!target.deadline || target.baseYear == null) return null;
  const start = Date.parse(`${target.baseYear}-01-01`);
  const end = Date.parse(target.deadline);
  const now = Date.parse(asOf);
  if (now >= end) return false;
  const elapsed = Math.max(0, (now - start) / (end - start));
  return current / target.minimum >= elapsed;
}

/**
 * For each target: designations of its kind in force on `asOf`, whose holder
 * (park, enterprise or training base) lies in its scope region's subtree.
 * Holders are counted once even if they hold the designation twice.
 */
function designationCountSql(targetIds: readonly number[], asOf: string) {
  return sql`select pt.id, count(distinct coalesce('p' || d.park_id, 'e' || d.enterprise_id, 'b' || d.training_base_id)) as count
    from policy_target pt
    join designation d on d.kind = pt.designation_kind
      and d.valid_from <= ${asOf}::date and (d.valid_until is null or d.valid_until >= ${asOf}::date)
    left join park p on p.id = d.park_id
    left join enterprise e on e.id = d.enterprise_id
    left join training_base b on b.id = d.training_base_id
    join region hr on hr.id = coalesce(p.region_id, e.region_id, b.region_id)
    left join region sr on sr.id = pt.scope_region_id
    where pt.id = any(${intArray(targetIds)}::int[]) and (sr.id is null or hr.path like sr.path || '%')
    group by pt.id`;
}
