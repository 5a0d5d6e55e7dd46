import { createUnionType, Field, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../core/context';
import { connectionTypes, orderInput, type ListSource } from '../core/pagination';
import { sql, type Sql } from '../core/sql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import { TrainingBase } from '../training-base/training-base.entity';
import { Designation, DesignationKind } from './designation.entity';

export enum DesignationOrderField {
  VALID_FROM = 'VALID_FROM',
  CREATED = 'CREATED',
}

export const designationSource: ListSource<Designation> = {
  entity: Designation,
  table: 'designation',
  orderColumns: { VALID_FROM: 't.valid_from', CREATED: 't.id' },
};

export const DesignationConnection = connectionTypes(Designation, 'Designation');
export const DesignationOrder = orderInput(DesignationOrderField, 'Designation', DesignationOrderField.VALID_FROM, {
  VALID_FROM: 'The date the designation took effect.',
  CREATED: 'Order of entry into the platform.',
});

export const DesignationHolder = createUnionType({
  name: 'DesignationHolder',
  description: 'What a designation is granted to.',
  types: () => [Park, Enterprise, TrainingBase] as const,
});

@InputType({ description: 'Which designations to list; all conditions must hold.' })
export class DesignationFilter {
  @Field(() => DesignationKind, { nullable: true, description: 'Only designations of this kind.' }) kind?: DesignationKind | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Only designations in force on this date.' }) activeOn?: string | null;
}

export function designationWhere(filter: DesignationFilter | null | undefined): Sql[] {
  const where: Sql[] = [];
  if (filter?.kind) where.push(sql`t.kind = ${filter.kind}`);
  if (filter?.activeOn) where.push(activeOn('t', filter.activeOn));
  return where;
}

/** The designation `alias` is in force on `date` (an ISO date). */
export function activeOn(alias: string, date: string): Sql {
  const a = { text: alias, params: [] };
  return sql`${a}.valid_from <= ${date}::date and (${a}.valid_until is null or ${a}.valid_until >= ${date}::date)`;
}

/** A holder's designations, newest first, batched across holders. */
export function designationsOf(ctx: Context, holderColumn: 'park_id' | 'enterprise_id' | 'training_base_id', holderId: number): Promise<Designation[]> {
  return ctx.loaders
    .all(`designations:${holderColumn}`, designationSource, { parentColumn: `t.${holderColumn}` }, 't.valid_from desc')
    .load(holderId);
}
