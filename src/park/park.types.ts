import { Field, InputType, Int } from 'type-graphql';
import type { Context } from '../core/context';
import { connectionTypes, orderInput, type ListSource } from '../core/pagination';
import { raw, sql, type Sql } from '../core/sql';
import { badInput } from '../core/errors';
import { LocalDateResolver } from 'graphql-scalars';
import { RATE_JOINS, usd } from '../contract-stats/contract-stats.query';
import { DesignationKind } from '../designation/designation.entity';
import { activeOn } from '../designation/designation.types';
import { inRegion, regionByCode } from '../region/region.types';
import { ServiceCategory } from '../service-domain/service-domain.entity';
import { Park, ParkKind, ParkLevel, ParkStatus } from './park.entity';

export enum ParkOrderField {
  NAME_ZH = 'NAME_ZH',
  NAME_EN = 'NAME_EN',
  CREATED = 'CREATED',
  ENTERPRISE_COUNT = 'ENTERPRISE_COUNT',
  OFFSHORE_EXECUTED_USD = 'OFFSHORE_EXECUTED_USD',
}

const ENTERPRISE_COUNT = '(select count(*)::int from enterprise_park ep where ep.park_id = t.id)';
/** Offshore executed contract value of the park's enterprises in USD, over all years. */
const OFFSHORE_EXECUTED_USD = `(select coalesce(sum(${usd('executed_amount')}), 0)::float8 from enterprise_park ep
  join contract_record c on c.enterprise_id = ep.enterprise_id ${RATE_JOINS} where ep.park_id = t.id and c.direction = 'OFFSHORE')`;

export const parkSource: ListSource<Park> = {
  entity: Park,
  table: 'park',
  orderColumns: { NAME_ZH: 't.name_zh', NAME_EN: 't.name_en', CREATED: 't.id', ENTERPRISE_COUNT, OFFSHORE_EXECUTED_USD },
};

export const ParkConnection = connectionTypes(Park, 'Park');
export const ParkOrder = orderInput(ParkOrderField, 'Park', ParkOrderField.NAME_ZH, {
  NAME_ZH: 'Chinese name (中文名称).',
  NAME_EN: 'English name.',
  CREATED: 'Order of entry into the platform.',
  ENTERPRISE_COUNT: 'Number of enterprises in the park.',
  OFFSHORE_EXECUTED_USD: 'Offshore (离岸) executed contract value of its enterprises over all years, in USD at each year’s rate.',
});

@InputType({ description: 'Which parks to list; all conditions must hold.' })
export class ParkFilter {
  @Field(() => String, { nullable: true, description: 'In this region (its code) or below it.' }) regionCode?: string | null;
  @Field(() => ParkKind, { nullable: true, description: 'Only parks of this kind.' }) kind?: ParkKind | null;
  @Field(() => ParkLevel, { nullable: true, description: 'Only parks at this level.' }) level?: ParkLevel | null;
  @Field(() => ParkStatus, { nullable: true, description: 'Only parks in this status.' }) status?: ParkStatus | null;
  @Field(() => Int, { nullable: true, description: 'Focuses on the domain with this catalog number.' }) domainNumber?: number | null;
  @Field(() => ServiceCategory, { nullable: true, description: 'Laid out for this category, or focuses on a domain of it.' }) category?: ServiceCategory | null;
  @Field(() => DesignationKind, { nullable: true, description: 'Holds this designation on `asOf` (default today), e.g. DEMONSTRATION_PARK.' }) designation?: DesignationKind | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The date `designation` is checked on.' }) asOf?: string | null;
  @Field(() => Int, { nullable: true, description: 'At least this many enterprises.' }) minEnterprises?: number | null;
}

export async function parkWhere(ctx: Context, filter: ParkFilter | null | undefined): Promise<Sql[]> {
  const where: Sql[] = [];
  if (!filter) return where;
  if (filter.regionCode) where.push(inRegion('t.region_id', await regionByCode(ctx, filter.regionCode, 'filter.regionCode')));
  if (filter.kind) where.push(sql`t.kind = ${filter.kind}`);
  if (filter.level) where.push(sql`t.level = ${filter.level}`);
  if (filter.status) where.push(sql`t.status = ${filter.status}`);
  if (filter.domainNumber != null) {
    where.push(sql`t.id in (select j.park_id from park_focus_domain j join service_domain d on d.id = j.service_domain_id where d.number = ${filter.domainNumber})`);
  }
  if (filter.category) {
    where.push(sql`(t.focus_category = ${filter.category} or t.id in (select j.park_id from park_focus_domain j
      join service_domain d on d.id = j.service_domain_id where d.category = ${filter.category}))`);
  }
  if (filter.designation) {
    const on = filter.asOf ?? new Date().toISOString().slice(0, 10);
    where.push(sql`t.id in (select d.park_id from designation d where d.kind = ${filter.designation} and ${activeOn('d', on)})`);
  } else if (filter.asOf) {
    throw badInput('filter.asOf', 'only applies together with filter.designation');
  }
  if (filter.minEnterprises != null) where.push(sql`${raw(ENTERPRISE_COUNT)} >= ${filter.minEnterprises}`);
  return where;
}
