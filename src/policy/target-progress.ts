import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import type { Context } from '../core/context';
import { intArray, sql } from '../core/sql';
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
    NOT_MEASURED: { description: 'The platform does not compute this metric yet; see `computation`.' },
  },
});

@ObjectType({ description: 'A target’s progress, computed from live data as of a date.' })
export class TargetProgress {
  @Field(() => Float, { nullable: true, description: 'The current value of the metric; null when not measured.' })
  current!: number | null;

  @Field(() => Float, { nullable: true, description: 'current ÷ minimum (1 = target reached).' })
  ratio!: number | null;

  @Field(() => TargetStatus)
  status!: TargetStatus;

  @Field({ description: 'How `current` was computed: metric, scope and date.' })
  computation!: string;

  @Field({ description: 'The date the figures stand at (ISO).' })
  asOf!: string;
}

/** Live progress of a target as of `asOf`; count targets of one request share one statement. */
export async function targetProgress(ctx: Context, target: PolicyTarget, asOf: string): Promise<TargetProgress> {
  if (target.metric !== TargetMetric.DESIGNATION_COUNT) {
    return {
      current: null,
      ratio: null,
      status: TargetStatus.NOT_MEASURED,
      computation: `${target.metric} is not computed yet: it needs the contract-statistics reports.`,
      asOf,
    };
  }
  const counts = ctx.loaders.get(`designationCounts:${asOf}`, async (ids: readonly number[]) => {
    const rows = await ctx.em.execute<Array<{ id: number; count: string }>>(...designationCountSql(ids, asOf));
    const map = new Map(rows.map((r) => [Number(r.id), Number(r.count)]));
    return ids.map((id) => map.get(id) ?? 0);
  });
  const current = await counts.load(target.id);
  const minimum = target.minimum ?? null;
  const status =
    minimum == null || current < minimum ? TargetStatus.IN_PROGRESS
    : target.maximum != null && current > target.maximum ? TargetStatus.EXCEEDED
    : TargetStatus.MET;
  return {
    current,
    ratio: minimum ? current / minimum : null,
    status,
    computation: `Count of holders of ${target.designationKind} designations in force on ${asOf}` +
      (target.scopeRegion ? ' whose park, enterprise or training base lies in the target’s scope region or below it.' : '.'),
    asOf,
  };
}

/**
 * For each target: designations of its kind in force on `asOf`, whose holder
 * (park, enterprise or training base) lies in its scope region's subtree.
 * Holders are counted once even if they hold the designation twice.
 */
function designationCountSql(targetIds: readonly number[], asOf: string): [string, unknown[]] {
  const q = sql`select pt.id, count(distinct coalesce('p' || d.park_id, 'e' || d.enterprise_id, 'b' || d.training_base_id)) as count
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
  return [q.text, [...q.params]];
}
