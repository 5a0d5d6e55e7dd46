import { Field, InputType } from 'type-graphql';
import type { Context } from '../core/context';
import { connectionTypes, orderInput, type ListSource } from '../core/pagination';
import { sql, type Sql } from '../core/sql';
import { inRegion, regionByCode } from '../region/region.types';
import { University } from './university.entity';

export enum UniversityOrderField {
  NAME_ZH = 'NAME_ZH',
  CREATED = 'CREATED',
}

export const universitySource: ListSource<University> = {
  entity: University,
  table: 'university',
  orderColumns: { NAME_ZH: 't.name_zh', CREATED: 't.id' },
};

export const UniversityConnection = connectionTypes(University, 'University');
export const UniversityOrder = orderInput(UniversityOrderField, 'University', UniversityOrderField.NAME_ZH, {
  NAME_ZH: 'Chinese name (中文名称).',
  CREATED: 'Order of entry into the platform.',
});

@InputType({ description: 'Which universities to list; all conditions must hold.' })
export class UniversityFilter {
  @Field(() => String, { nullable: true, description: 'In this region (its code) or below it.' }) regionCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Offers a service-outsourcing major.' }) offersOutsourcingMajor?: boolean | null;
}

export async function universityWhere(ctx: Context, filter: UniversityFilter | null | undefined): Promise<Sql[]> {
  const where: Sql[] = [];
  if (filter?.regionCode) where.push(inRegion('t.region_id', await regionByCode(ctx, filter.regionCode, 'filter.regionCode')));
  if (filter?.offersOutsourcingMajor != null) where.push(sql`t.offers_outsourcing_major = ${filter.offersOutsourcingMajor}`);
  return where;
}
