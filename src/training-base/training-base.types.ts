import { Field, ID, InputType } from 'type-graphql';
import type { Context } from '../core/context';
import { fromGlobalId } from '../core/ids';
import { connectionTypes, orderInput, type ListSource } from '../core/pagination';
import { sql, type Sql } from '../core/sql';
import { inRegion, regionByCode } from '../region/region.types';
import { OperatorKind, TrainingBase, TrainingBaseKind } from './training-base.entity';

export enum TrainingBaseOrderField {
  NAME_ZH = 'NAME_ZH',
  CAPACITY = 'CAPACITY',
  CREATED = 'CREATED',
}

export const trainingBaseSource: ListSource<TrainingBase> = {
  entity: TrainingBase,
  table: 'training_base',
  orderColumns: { NAME_ZH: 't.name_zh', CAPACITY: 'coalesce(t.yearly_capacity, 0)', CREATED: 't.id' },
};

export const TrainingBaseConnection = connectionTypes(TrainingBase, 'TrainingBase');
export const TrainingBaseOrder = orderInput(TrainingBaseOrderField, 'TrainingBase', TrainingBaseOrderField.NAME_ZH, {
  NAME_ZH: 'Chinese name (中文名称).',
  CAPACITY: 'Yearly training capacity in persons; unknown counts as 0.',
  CREATED: 'Order of entry into the platform.',
});

@InputType({ description: 'Which training bases to list; all conditions must hold.' })
export class TrainingBaseFilter {
  @Field(() => String, { nullable: true, description: 'In this region (its code) or below it.' }) regionCode?: string | null;
  @Field(() => TrainingBaseKind, { nullable: true, description: 'Only bases of this kind.' }) kind?: TrainingBaseKind | null;
  @Field(() => OperatorKind, { nullable: true, description: 'Only bases run by this kind of operator.' }) operatorKind?: OperatorKind | null;
  @Field(() => ID, { nullable: true, description: 'Operated by this university.' }) universityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Located in this park.' }) parkId?: string | null;
}

export async function trainingBaseWhere(ctx: Context, filter: TrainingBaseFilter | null | undefined): Promise<Sql[]> {
  const where: Sql[] = [];
  if (!filter) return where;
  if (filter.regionCode) where.push(inRegion('t.region_id', await regionByCode(ctx, filter.regionCode, 'filter.regionCode')));
  if (filter.kind) where.push(sql`t.kind = ${filter.kind}`);
  if (filter.operatorKind) where.push(sql`t.operator_kind = ${filter.operatorKind}`);
  if (filter.universityId) where.push(sql`t.university_id = ${fromGlobalId(filter.universityId, 'filter.universityId', 'University').id}`);
  if (filter.parkId) where.push(sql`t.park_id = ${fromGlobalId(filter.parkId, 'filter.parkId', 'Park').id}`);
  return where;
}
