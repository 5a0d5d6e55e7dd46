import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { requireAccess } from '../auth/auth-checker';
import { Role } from '../auth/viewer';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { and, raw, runSql, sql, type Sql } from '../core/sql';
import { DesignationKind } from '../designation/designation.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import { Region } from '../region/region.entity';
import { inRegion, regionByCode } from '../region/region.types';

/**
 * 数据直报 reporting status: for a period, which key parks and enterprises have filed their
 * figures, which filed late and which have not (Zhengzhou （十一）: “重点园区、重点企业数据直报”).
 * One statement per list, whatever the number of parks and enterprises.
 */

export enum FilingStatus {
  FILED = 'FILED',
  LATE = 'LATE',
  NOT_FILED = 'NOT_FILED',
}
registerEnumType(FilingStatus, {
  name: 'FilingStatus',
  description: 'Whether figures for a period came in, and in time.',
  valuesConfig: {
    FILED: { description: 'Filed by the due date.' },
    LATE: { description: 'Filed, after the due date.' },
    NOT_FILED: { description: 'Nothing filed for the period yet.' },
  },
});

/** Designations that make an enterprise a key enterprise (重点企业), expected to report directly: a reading, the texts list none. */
export const KEY_ENTERPRISE_KINDS = [
  DesignationKind.INDUSTRY_LEADING_ENTERPRISE, DesignationKind.CITY_KEY_ENTERPRISE, DesignationKind.PROVINCIAL_LEADING_ENTERPRISE,
  DesignationKind.FEATURED_ENTERPRISE, DesignationKind.SPECIALISED_SME, DesignationKind.TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE,
];
/** Designations that make a park a key park (重点园区). */
export const KEY_PARK_KINDS = [DesignationKind.DEMONSTRATION_PARK, DesignationKind.PROVINCIAL_DEVELOPMENT_BASE];
/** Days after a period's end by which its figures are due, unless `dueOn` says otherwise: the platform's default, not the texts'. */
export const DEFAULT_DUE_DAYS = 30;

@ObjectType({ description: 'An enterprise expected to report for the period, and whether it has.' })
export class EnterpriseFiling {
  enterpriseId!: number;
  @Field(() => [DesignationKind], { description: 'The designations that make it a key enterprise in the period.' }) keyDesignations!: DesignationKind[];
  @Field(() => FilingStatus, { description: 'Filed in time, late, or not filed.' }) status!: FilingStatus;
  @Field(() => Date, { nullable: true, description: 'When its figures for the period first came in: a submission submitted, or records written (import, API); for a year reported by quarter, when the last quarter came in.' })
  filedAt!: Date | null;
}

@ObjectType({ description: 'A key park, and how many of its enterprises have reported for the period.' })
export class ParkFiling {
  parkId!: number;
  @Field(() => [DesignationKind], { description: 'The designations that make it a key park (demonstration park, provincial development base) in the period.' }) keyDesignations!: DesignationKind[];
  @Field(() => FilingStatus, { description: 'FILED when every enterprise of the park filed in time, LATE when all filed but some late, NOT_FILED while any has not (or the park has no enterprises recorded).' })
  status!: FilingStatus;
  @Field(() => Int, { description: 'Enterprises recorded in the park.' }) enterpriseCount!: number;
  @Field(() => Int, { description: 'Of them, those that filed by the due date.' }) filedCount!: number;
  @Field(() => Int, { description: 'Of them, those that filed after the due date.' }) lateCount!: number;
  @Field(() => Int, { description: 'Of them, those with nothing filed for the period yet.' }) notFiledCount!: number;
}

@ObjectType({ description: 'Who has reported for a period (数据直报): key parks and key enterprises, filed, late or not filed.' })
export class ReportingStatus {
  @Field({ description: 'The period as asked, e.g. 2024 or 2024Q3.' }) period!: string;
  @Field(() => Int, { description: 'The period’s year.' }) year!: number;
  @Field(() => Int, { nullable: true, description: 'The period’s quarter (1–4); null for a whole year.' }) quarter!: number | null;
  @Field(() => LocalDateResolver, { description: 'First day of the period.' }) periodStart!: string;
  @Field(() => LocalDateResolver, { description: 'Last day of the period.' }) periodEnd!: string;
  @Field(() => LocalDateResolver, { description: `When figures are due: \`dueOn\` if given, else ${DEFAULT_DUE_DAYS} days after the period's end (the platform's default; the texts set no date).` })
  dueOn!: string;
  @Field(() => Region, { nullable: true, description: 'The region asked for (`regionCode`); null when all regions.' }) region!: Region | null;
  /** The park a park administrator sees alone. */
  ownPark!: number | null;
}

/** Parses 2024 or 2024Q3 (also 2024-Q3, 2024q3). */
export function parsePeriod(period: string): { year: number; quarter: number | null; start: string; end: string } {
  const m = /^(\d{4})(?:-?[Qq]([1-4]))?$/.exec(period.trim());
  if (!m) throw badInput('period', 'must be a year (2024) or a quarter (2024Q3)');
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) throw badInput('period', 'the year must be between 2000 and 2100');
  const quarter = m[2] ? Number(m[2]) : null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const startMonth = quarter ? (quarter - 1) * 3 + 1 : 1;
  const endMonth = quarter ? quarter * 3 : 12;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return { year, quarter, start: `${year}-${pad(startMonth)}-01`, end: `${year}-${pad(endMonth)}-${pad(lastDay)}` };
}

/** A designation in force at some time in the period. */
const inForce = (alias: string, s: ReportingStatus) =>
  sql`${raw(alias)}.valid_from <= ${s.periodEnd}::date and (${raw(alias)}.valid_until is null or ${raw(alias)}.valid_until >= ${s.periodStart}::date)`;

/** When each enterprise of `enterprises` (SQL yielding `id`) first filed for the period: one row per enterprise. */
function filingsOf(enterprises: Sql, s: ReportingStatus): Sql {
  const quarterMatch = (alias: string) => (s.quarter == null ? sql`${raw(alias)}.quarter is null` : sql`${raw(alias)}.quarter = ${s.quarter}`);
  const byQuarters = s.quarter == null
    ? sql`(select max(q.first_at) from (select min(c.created_at) as first_at from contract_record c
         where c.enterprise_id = k.id and c.year = ${s.year} and c.quarter is not null group by c.quarter) q having count(*) = 4)`
    : sql`null::timestamptz`;
  return sql`select k.id, least(
      (select min(x.submitted_at) from submission x where x.enterprise_id = k.id and x.year = ${s.year} and ${quarterMatch('x')} and x.status in ('SUBMITTED', 'VERIFIED')),
      (select min(c.created_at) from contract_record c where c.enterprise_id = k.id and c.year = ${s.year} and ${quarterMatch('c')}),
      ${byQuarters}) as filed_at
    from (${enterprises}) k`;
}

const statusOf = (s: ReportingStatus) => sql`case when f.filed_at is null then 'NOT_FILED'
  when (f.filed_at at time zone 'Asia/Shanghai')::date <= ${s.dueOn}::date then 'FILED' else 'LATE' end`;

const FIRST = { defaultValue: 1000, description: 'At most this many (1–10000).' };

function boundedFirst(first: number): void {
  if (first < 1 || first > 10_000) throw badInput('first', 'must be between 1 and 10000');
}

/** The holders of key designations in force in the period (`id`, `kinds`), within `scope` (over `e` the enterprise or `p` the park). */
function keyHolders(holder: 'enterprise' | 'park', kinds: DesignationKind[], s: ReportingStatus, scope: Sql[]): Sql {
  const alias = holder === 'enterprise' ? 'e' : 'p';
  return sql`select d.${raw(holder)}_id as id, array_agg(distinct d.kind order by d.kind) as kinds
    from designation d join ${raw(holder)} ${raw(alias)} on ${raw(alias)}.id = d.${raw(holder)}_id
    where d.kind = any(${`{${kinds.join(',')}}`}::text[]) and ${inForce('d', s)} and ${and(scope)} group by d.${raw(holder)}_id`;
}

@Resolver(() => ReportingStatus)
export class ReportingStatusResolver {
  @Query(() => ReportingStatus, {
    description: 'Who has reported for a period (数据直报): key enterprises (holding a designation the programme grants) and key parks (demonstration parks, provincial bases) '
      + 'of a region, filed, late or not filed. Researchers and admins; a park administrator sees its own park and its enterprises.',
  })
  async reportingStatus(
    @Arg('period', { description: 'A year (2024) or a quarter (2024Q3).' }) period: string,
    @Arg('regionCode', () => String, { nullable: true, description: 'In this region (its code) or below it.' }) regionCode: string | null,
    @Arg('dueOn', () => LocalDateResolver, { nullable: true, description: `Figures filed after this day are LATE (default: ${DEFAULT_DUE_DAYS} days after the period's end).` }) dueOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReportingStatus> {
    requireAccess(ctx.viewer, 'reportingStatus', [Role.PARK_ADMIN]);
    const p = parsePeriod(period);
    const due = dueOn ?? new Date(Date.parse(`${p.end}T00:00:00Z`) + DEFAULT_DUE_DAYS * 86_400_000).toISOString().slice(0, 10);
    return Object.assign(new ReportingStatus(), {
      period, year: p.year, quarter: p.quarter, periodStart: p.start, periodEnd: p.end, dueOn: due,
      region: regionCode ? await regionByCode(ctx, regionCode, 'regionCode') : null,
      ownPark: ctx.viewer.role === Role.PARK_ADMIN ? ctx.viewer.parkId : null,
    });
  }

  @FieldResolver(() => [EnterpriseFiling], { description: 'The key enterprises, those not filed first, then late, then filed; each once.' })
  async enterprises(
    @Root() s: ReportingStatus,
    @Arg('first', () => Int, FIRST) first: number,
    @Ctx() ctx: Context,
  ): Promise<EnterpriseFiling[]> {
    boundedFirst(first);
    const scope: Sql[] = [];
    if (s.region) scope.push(inRegion('e.region_id', s.region));
    if (s.ownPark != null) scope.push(sql`e.id in (select enterprise_id from enterprise_park where park_id = ${s.ownPark})`);
    const keys = keyHolders('enterprise', KEY_ENTERPRISE_KINDS, s, scope);
    const rows = await runSql<{ id: number; kinds: DesignationKind[]; filed_at: Date | string | null; status: FilingStatus }>(ctx.em, sql`
      with k as (${keys}), f as (${filingsOf(sql`select id from k`, s)})
      select k.id, k.kinds, f.filed_at, ${statusOf(s)} as status from k join f using (id)
      order by array_position(array['NOT_FILED', 'LATE', 'FILED'], ${statusOf(s)}), k.id limit ${first}`);
    return rows.map((r) => Object.assign(new EnterpriseFiling(), { enterpriseId: r.id, keyDesignations: kindsOf(r.kinds), status: r.status, filedAt: r.filed_at == null ? null : new Date(r.filed_at) }));
  }

  @FieldResolver(() => [ParkFiling], { description: 'The key parks, by how many of their enterprises have not filed, most first.' })
  async parks(
    @Root() s: ReportingStatus,
    @Arg('first', () => Int, FIRST) first: number,
    @Ctx() ctx: Context,
  ): Promise<ParkFiling[]> {
    boundedFirst(first);
    const scope: Sql[] = [];
    if (s.region) scope.push(inRegion('p.region_id', s.region));
    if (s.ownPark != null) scope.push(sql`p.id = ${s.ownPark}`);
    const keys = keyHolders('park', KEY_PARK_KINDS, s, scope);
    const rows = await runSql<{ id: number; kinds: DesignationKind[]; enterprises: number; filed: number; late: number; missing: number }>(ctx.em, sql`
      with k as (${keys}),
      members as (select distinct ep.enterprise_id as id from enterprise_park ep where ep.park_id in (select id from k)),
      f as (${filingsOf(sql`select id from members`, s)}),
      st as (select f.id, ${statusOf(s)} as status from f)
      select k.id, k.kinds, count(ep.enterprise_id)::int as enterprises,
        count(*) filter (where st.status = 'FILED')::int as filed, count(*) filter (where st.status = 'LATE')::int as late,
        count(*) filter (where st.status = 'NOT_FILED')::int as missing
      from k left join enterprise_park ep on ep.park_id = k.id left join st on st.id = ep.enterprise_id
      group by k.id, k.kinds order by missing desc, k.id limit ${first}`);
    return rows.map((r) => Object.assign(new ParkFiling(), {
      parkId: r.id, keyDesignations: kindsOf(r.kinds), enterpriseCount: r.enterprises, filedCount: r.filed, lateCount: r.late, notFiledCount: r.missing,
      // A park with no enterprises recorded has filed nothing.
      status: r.missing > 0 || r.enterprises === 0 ? FilingStatus.NOT_FILED : r.late > 0 ? FilingStatus.LATE : FilingStatus.FILED,
    }));
  }
}

@Resolver(() => EnterpriseFiling)
export class EnterpriseFilingResolver {
  @FieldResolver(() => Enterprise, { description: 'The key enterprise.' })
  enterprise(@Root() f: EnterpriseFiling, @Ctx() ctx: Context): Promise<Enterprise | null> {
    return ctx.loaders.byId(Enterprise).load(f.enterpriseId);
  }
}

@Resolver(() => ParkFiling)
export class ParkFilingResolver {
  @FieldResolver(() => Park, { description: 'The key park.' })
  park(@Root() f: ParkFiling, @Ctx() ctx: Context): Promise<Park | null> {
    return ctx.loaders.byId(Park).load(f.parkId);
  }
}

/** node-postgres returns a text[] of an unknown enum type as its literal. */
function kindsOf(kinds: DesignationKind[] | string): DesignationKind[] {
  return Array.isArray(kinds) ? kinds : (kinds.slice(1, -1).split(',').filter(Boolean) as DesignationKind[]);
}
