import { Field, ID, InputType, Int } from 'type-graphql';
import { fromGlobalId } from '../core/ids';
import { badInput } from '../core/errors';
import { connectionTypes, orderInput, type ListSource } from '../core/pagination';
import { sql, type Sql } from '../core/sql';
import { ContractDirection, ContractRecord } from './contract-record.entity';

export enum ContractRecordOrderField {
  YEAR = 'YEAR',
  EXECUTED_AMOUNT = 'EXECUTED_AMOUNT',
}

export const contractRecordSource: ListSource<ContractRecord> = {
  entity: ContractRecord,
  table: 'contract_record',
  orderColumns: { YEAR: 't.year', EXECUTED_AMOUNT: 't.executed_amount::float8' },
};

export const ContractRecordConnection = connectionTypes(ContractRecord, 'ContractRecord');
export const ContractRecordOrder = orderInput(ContractRecordOrderField, 'ContractRecord', ContractRecordOrderField.YEAR, {
  YEAR: 'Reporting year.',
  EXECUTED_AMOUNT: 'Executed amount (执行额) in the record’s own currency, not converted.',
});

@InputType({ description: 'Which contract records to list; all conditions must hold.' })
export class ContractRecordFilter {
  @Field(() => Int, { nullable: true, description: 'Only records of this year or later.' }) yearFrom?: number | null;
  @Field(() => Int, { nullable: true, description: 'Only records of this year or earlier; not before yearFrom.' }) yearTo?: number | null;
  @Field(() => ContractDirection, { nullable: true, description: 'Only offshore (离岸) or only onshore (在岸) records.' }) direction?: ContractDirection | null;
  @Field(() => Int, { nullable: true, description: 'Catalog number of the domain.' }) domainNumber?: number | null;
  @Field(() => ID, { nullable: true, description: 'Only records of this enterprise (its global id).' }) enterpriseId?: string | null;
}

export function contractRecordWhere(filter: ContractRecordFilter | null | undefined): Sql[] {
  const where: Sql[] = [];
  if (!filter) return where;
  if (filter.yearFrom != null && filter.yearTo != null && filter.yearFrom > filter.yearTo) {
    throw badInput('filter.yearTo', `must not be before yearFrom (${filter.yearFrom})`);
  }
  if (filter.yearFrom != null) where.push(sql`t.year >= ${filter.yearFrom}`);
  if (filter.yearTo != null) where.push(sql`t.year <= ${filter.yearTo}`);
  if (filter.direction) where.push(sql`t.direction = ${filter.direction}`);
  if (filter.domainNumber != null) where.push(sql`t.domain_id = (select id from service_domain where number = ${filter.domainNumber})`);
  if (filter.enterpriseId) where.push(sql`t.enterprise_id = ${fromGlobalId(filter.enterpriseId, 'filter.enterpriseId', 'Enterprise').id}`);
  return where;
}
