import { Field, ID, InputType, Int } from 'type-graphql';
import type { Context } from '../core/context';
import { fromGlobalId } from '../core/ids';
import { connectionTypes, orderInput, type ListSource } from '../core/pagination';
import { raw, runSql, sql, type Sql } from '../core/sql';
import { badInput } from '../core/errors';
import { LocalDateResolver } from 'graphql-scalars';
import { RATE_JOINS, usd } from '../contract-stats/contract-stats.query';
import { activeOn } from '../designation/designation.types';
import { requireAccess } from '../auth/auth-checker';
import { DesignationKind } from '../designation/designation.entity';
import { inRegion, regionByCode } from '../region/region.types';
import { ServiceCategory } from '../service-domain/service-domain.entity';
import { Enterprise, Ownership } from './enterprise.entity';

export enum EnterpriseOrderField {
  NAME_ZH = 'NAME_ZH',
  HEADCOUNT = 'HEADCOUNT',
  CREDIT_CODE = 'CREDIT_CODE',
  CREATED = 'CREATED',
  PLACED = 'PLACED',
  EXECUTED_USD = 'EXECUTED_USD',
}

/** Graduates placed in the enterprise, over all years. */
const PLACED = '(select coalesce(sum(p.hired), 0)::int from placement p where p.enterprise_id = t.id)';
/** Executed contract value in USD over all years, converted with the yearly rates. */
const EXECUTED_USD = `(select coalesce(sum(${usd('executed_amount')}), 0)::float8 from contract_record c ${RATE_JOINS} where c.enterprise_id = t.id)`;

export const enterpriseSource: ListSource<Enterprise> = {
  entity: Enterprise,
  table: 'enterprise',
  orderColumns: { NAME_ZH: 't.name_zh', HEADCOUNT: 'coalesce(t.headcount, 0)', CREDIT_CODE: 't.credit_code', CREATED: 't.id', PLACED, EXECUTED_USD },
};

export const EnterpriseConnection = connectionTypes(Enterprise, 'Enterprise');
export const EnterpriseOrder = orderInput(EnterpriseOrderField, 'Enterprise', EnterpriseOrderField.NAME_ZH, {
  NAME_ZH: 'Chinese name (中文名称).',
  HEADCOUNT: 'Staff headcount; unknown counts as 0.',
  CREDIT_CODE: 'Unified social credit code (统一社会信用代码).',
  CREATED: 'Order of entry into the platform.',
  PLACED: 'Graduates placed in the enterprise over all years. Researchers and admins only.',
  EXECUTED_USD: 'Executed contract value (执行额) over all years, in USD at each year’s rate. Researchers and admins only.',
});

@InputType({ description: 'Which enterprises to list; all conditions must hold.' })
export class EnterpriseFilter {
  @Field(() => String, { nullable: true, description: 'Registered in this region (its code) or below it.' }) regionCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'In this park.' }) parkId?: string | null;
  @Field(() => Ownership, { nullable: true, description: 'Only enterprises of this ownership type.' }) ownership?: Ownership | null;
  @Field(() => Int, { nullable: true, description: 'Works in the domain with this catalog number.' }) domainNumber?: number | null;
  @Field(() => ServiceCategory, { nullable: true, description: 'Works in a domain of this category.' }) category?: ServiceCategory | null;
  @Field(() => DesignationKind, { nullable: true, description: 'Holds this designation on `asOf` (default today).' }) designation?: DesignationKind | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The date `designation` is checked on.' }) asOf?: string | null;
  @Field(() => Int, { nullable: true, description: 'At least this many graduates placed in it (sum of placements). Researchers and admins only.' }) minPlaced?: number | null;
  @Field(() => Int, { nullable: true, description: 'At least this many staff.' }) minHeadcount?: number | null;
}

export async function enterpriseWhere(ctx: Context, filter: EnterpriseFilter | null | undefined): Promise<Sql[]> {
  const where: Sql[] = [];
  if (!filter) return where;
  if (filter.regionCode) where.push(inRegion('t.region_id', await regionByCode(ctx, filter.regionCode, 'filter.regionCode')));
  if (filter.parkId) {
    const park = fromGlobalId(filter.parkId, 'filter.parkId', 'Park');
    where.push(sql`t.id in (select j.enterprise_id from enterprise_park j where j.park_id = ${park.id})`);
  }
  if (filter.ownership) where.push(sql`t.ownership = ${filter.ownership}`);
  if (filter.domainNumber != null) {
    where.push(sql`t.id in (select j.enterprise_id from enterprise_domain j join service_domain d on d.id = j.service_domain_id where d.number = ${filter.domainNumber})`);
  }
  if (filter.category) {
    where.push(sql`t.id in (select j.enterprise_id from enterprise_domain j join service_domain d on d.id = j.service_domain_id where d.category = ${filter.category})`);
  }
  if (filter.designation) {
    const on = filter.asOf ?? new Date().toISOString().slice(0, 10);
    where.push(sql`t.id in (select d.enterprise_id from designation d where d.kind = ${filter.designation} and ${activeOn('d', on)})`);
  } else if (filter.asOf) {
    throw badInput('filter.asOf', 'only applies together with filter.designation');
  }
  if (filter.minPlaced != null) {
    requireAccess(ctx.viewer, 'filter.minPlaced', []);
    where.push(sql`${raw(PLACED)} >= ${filter.minPlaced}`);
  }
  if (filter.minHeadcount != null) where.push(sql`t.headcount >= ${filter.minHeadcount}`);
  return where;
}

/** Orders by per-enterprise figures are for researchers, like the figures themselves. */
export function checkEnterpriseOrder(ctx: Context, order: { field: string } | null | undefined): void {
  if (order && (order.field === EnterpriseOrderField.PLACED || order.field === EnterpriseOrderField.EXECUTED_USD)) {
    requireAccess(ctx.viewer, `orderBy.field ${order.field}`, []);
  }
}

/** The parks an enterprise is in (for the scope of park administrators). */
export async function parksOfEnterprise(ctx: Context, enterpriseId: number): Promise<number[]> {
  return (await runSql<{ park_id: number }>(ctx.em, sql`select park_id from enterprise_park where enterprise_id = ${enterpriseId}`)).map((r) => r.park_id);
}
