import { Field, InputType, Int } from 'type-graphql';
import type { Context } from '../core/context';
import { connectionTypes, orderInput, type ListSource } from '../core/pagination';
import { sql, type Sql } from '../core/sql';
import { inRegion, regionByCode } from '../region/region.types';
import { ServiceCategory } from '../service-domain/service-domain.entity';
import { Park, ParkKind, ParkLevel, ParkStatus } from './park.entity';

export enum ParkOrderField {
  NAME_ZH = 'NAME_ZH',
  NAME_EN = 'NAME_EN',
  CREATED = 'CREATED',
}

export const parkSource: ListSource<Park> = {
  entity: Park,
  table: 'park',
  orderColumns: { NAME_ZH: 't.name_zh', NAME_EN: 't.name_en', CREATED: 't.id' },
};

export const ParkConnection = connectionTypes(Park, 'Park');
export const ParkOrder = orderInput(ParkOrderField, 'Park', ParkOrderField.NAME_ZH);

@InputType({ description: 'Which parks to list; all conditions must hold.' })
export class ParkFilter {
  @Field(() => String, { nullable: true, description: 'In this region (its code) or below it.' }) regionCode?: string | null;
  @Field(() => ParkKind, { nullable: true }) kind?: ParkKind | null;
  @Field(() => ParkLevel, { nullable: true }) level?: ParkLevel | null;
  @Field(() => ParkStatus, { nullable: true }) status?: ParkStatus | null;
  @Field(() => Int, { nullable: true, description: 'Focuses on the domain with this catalog number.' }) domainNumber?: number | null;
  @Field(() => ServiceCategory, { nullable: true, description: 'Laid out for this category, or focuses on a domain of it.' }) category?: ServiceCategory | null;
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
  return where;
}
