import { Field, ID, InputType } from 'type-graphql';
import { fromGlobalId } from '../core/ids';
import { connectionTypes, orderInput, type ListSource } from '../core/pagination';
import { sql, type Sql } from '../core/sql';
import { Partnership, PartnershipKind, PartnershipStatus } from './partnership.entity';

export enum PartnershipOrderField {
  STARTED_ON = 'STARTED_ON',
  CREATED = 'CREATED',
}

export const partnershipSource: ListSource<Partnership> = {
  entity: Partnership,
  table: 'partnership',
  orderColumns: { STARTED_ON: 't.started_on', CREATED: 't.id' },
};

export const PartnershipConnection = connectionTypes(Partnership, 'Partnership');
export const PartnershipOrder = orderInput(PartnershipOrderField, 'Partnership', PartnershipOrderField.STARTED_ON, {
  STARTED_ON: 'The date the partnership started.',
  CREATED: 'Order of entry into the platform.',
});

@InputType({ description: 'Which partnerships to list; all conditions must hold.' })
export class PartnershipFilter {
  @Field(() => PartnershipKind, { nullable: true, description: 'Only partnerships of this kind.' }) kind?: PartnershipKind | null;
  @Field(() => PartnershipStatus, { nullable: true, description: 'Only partnerships in this status.' }) status?: PartnershipStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only those of this university (its global id).' }) universityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only those of this enterprise (its global id).' }) enterpriseId?: string | null;
}

export function partnershipWhere(filter: PartnershipFilter | null | undefined): Sql[] {
  const where: Sql[] = [];
  if (filter?.kind) where.push(sql`t.kind = ${filter.kind}`);
  if (filter?.status) where.push(sql`t.status = ${filter.status}`);
  if (filter?.universityId) where.push(sql`t.university_id = ${fromGlobalId(filter.universityId, 'filter.universityId', 'University').id}`);
  if (filter?.enterpriseId) where.push(sql`t.enterprise_id = ${fromGlobalId(filter.enterpriseId, 'filter.enterpriseId', 'Enterprise').id}`);
  return where;
}
