import type { EntityManager } from '@mikro-orm/postgresql';
import { CountryCodeResolver, CurrencyResolver, NonNegativeFloatResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Access } from '../auth/access-rules';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { createRecord, deleteRecord, requireEditor, submittedBy, updateRecord, mutationTypes, type MutationPayload, updateInput } from '../core/mutations';
import { runSql, sql } from '../core/sql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { parksOfEnterprise } from '../enterprise/enterprise.types';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { domainIdByNumber } from '../service-domain/service-domain.types';
import { ContractDirection, ContractRecord } from './contract-record.entity';
import { onePeriodKind } from './reporting-period';

@InputType({ description: 'Contract figures of an enterprise for a period, as a park or enterprise reports them (数据直报).' })
class ContractRecordFields {
  @Field(() => Int, { nullable: true, description: 'The year the figures are for, 2000 to this year. Required to create.' }) year?: number;
  @Field(() => Int, { nullable: true, description: '1–4, or null for a whole-year figure. A year of an enterprise is reported whole or by quarter, never both: a quarter of a year with whole-year records is refused, and the other way round.' }) quarter?: number | null;
  @Field(() => Int, { nullable: true, description: 'Catalog number of the domain.' }) domainNumber?: number;
  @Field(() => ContractDirection, { nullable: true, description: 'Offshore (离岸) or onshore (在岸). Required to create.' }) direction?: ContractDirection;
  @Field(() => CountryCodeResolver, { nullable: true, description: 'Client market (ISO 3166-1 alpha-2): CN for onshore business, another country for offshore. Required to create.' }) clientMarket?: string;
  @Field(() => NonNegativeFloatResolver, { nullable: true, description: '签约额 contract value signed in the period, in `currency` (stored to the cent). Required to create.' }) signedAmount?: number;
  @Field(() => NonNegativeFloatResolver, { nullable: true, description: '执行额 contract value executed in the period, in `currency` (stored to the cent). Required to create.' }) executedAmount?: number;
  @Field(() => CurrencyResolver, { nullable: true, description: 'ISO 4217 currency of the amounts; USD when created without one.' }) currency?: string;
}

@InputType({ description: 'New contract figures of an enterprise: year, domainNumber, direction, clientMarket and both amounts are required.' })
class CreateContractRecordInput extends ContractRecordFields {
  @Field(() => ID, { description: 'The reporting enterprise (its global id); a park administrator may only name an enterprise of their park.' }) enterpriseId!: string;
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

const UpdateContractRecordInput = updateInput(ContractRecordFields, 'ContractRecord');

const { DeleteInput: DeleteContractRecordInput, Payload: ContractRecordPayload } = mutationTypes(ContractRecord, 'ContractRecord', 'contractRecord');
type ContractRecordPayload = MutationPayload<ContractRecord>;

/** Park administrators report the figures of their park's enterprises; admins any. */
@Resolver()
export class ContractRecordMutations {
  @Authorized(Access.WRITER)
  @Mutation(() => ContractRecordPayload, { description: 'Reports contract figures of an enterprise for a period. Admins, and the administrator of a park the enterprise is in.' })
  async createContractRecord(@Arg('input', () => CreateContractRecordInput, { description: 'The new figures.' }) input: CreateContractRecordInput, @Ctx() ctx: Context): Promise<ContractRecordPayload> {
    for (const field of ['year', 'domainNumber', 'direction', 'clientMarket', 'signedAmount', 'executedAmount'] as const) {
      if (input[field] == null) throw badInput(`input.${field}`, 'is required');
    }
    const enterpriseId = fromGlobalId(input.enterpriseId, 'input.enterpriseId', 'Enterprise').id;
    await requireEditor(ctx, 'createContractRecord', async (own) => (await parksOfEnterprise(ctx, enterpriseId)).includes(own));
    const apply = await validated(ctx, input, { direction: input.direction!, clientMarket: input.clientMarket! });
    const id = await createRecord(ctx, ContractRecord, (tx, record) => {
      record.enterprise = tx.getReference(Enterprise, enterpriseId);
      record.provenance = submittedBy(ctx);
      apply(tx, record);
    }, onePeriodKind(enterpriseId, input.year!, input.quarter, 'input.quarter'));
    return { record: await ctx.loaders.byId(ContractRecord).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => ContractRecordPayload, { description: 'Corrects reported figures, if the record is still at `expectedVersion`. Admins, and the administrator of a park the enterprise is in.' })
  async updateContractRecord(@Arg('input', () => UpdateContractRecordInput, { description: 'The record, its version, and the figures to change.' }) input: InstanceType<typeof UpdateContractRecordInput>, @Ctx() ctx: Context): Promise<ContractRecordPayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'ContractRecord');
    const current = await currentRecord(ctx, id);
    await requireEditor(ctx, 'updateContractRecord', async (own) => (await parksOfEnterprise(ctx, current.enterpriseId)).includes(own));
    const apply = await validated(ctx, input, { direction: input.direction ?? current.direction, clientMarket: input.clientMarket ?? current.clientMarket });
    const quarter = input.quarter !== undefined ? input.quarter : current.quarter;
    await updateRecord(ctx, ContractRecord, id, input.expectedVersion, apply, [], onePeriodKind(current.enterpriseId, input.year ?? current.year, quarter, 'input.quarter'));
    return { record: await ctx.loaders.byId(ContractRecord).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => ContractRecordPayload, { description: 'Withdraws reported figures, if the record is still at `expectedVersion`. Admins, and the administrator of a park the enterprise is in.' })
  async deleteContractRecord(@Arg('input', () => DeleteContractRecordInput, { description: 'The record and the version the deletion was decided on.' }) input: InstanceType<typeof DeleteContractRecordInput>, @Ctx() ctx: Context): Promise<ContractRecordPayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'ContractRecord');
    const current = await currentRecord(ctx, id);
    await requireEditor(ctx, 'deleteContractRecord', async (own) => (await parksOfEnterprise(ctx, current.enterpriseId)).includes(own));
    await deleteRecord(ctx, ContractRecord, id, input.expectedVersion);
    return { record: null, deletedId: input.id, clientMutationId: input.clientMutationId ?? null };
  }
}


async function currentRecord(ctx: Context, id: number) {
  const [row] = await runSql<{ enterprise_id: number; year: number; quarter: number | null; direction: ContractDirection; client_market: string }>(
    ctx.em, sql`select enterprise_id, year, quarter, direction, client_market from contract_record where id = ${id}`,
  );
  if (!row) throw badInput('input.id', 'no such contract record');
  return { enterpriseId: row.enterprise_id, year: row.year, quarter: row.quarter, direction: row.direction, clientMarket: row.client_market };
}

/** Checks the given figures; offshore business has a foreign client market, onshore business is CN. */
async function validated(ctx: Context, input: ContractRecordFields, resulting: { direction: ContractDirection; clientMarket: string }) {
  const thisYear = new Date().getUTCFullYear();
  if (input.year != null && (input.year < 2000 || input.year > thisYear)) throw badInput('input.year', `must be between 2000 and ${thisYear}`);
  if (input.quarter != null && (input.quarter < 1 || input.quarter > 4)) throw badInput('input.quarter', 'must be 1–4, or null for a whole year');
  if ((resulting.direction === ContractDirection.ONSHORE) !== (resulting.clientMarket === 'CN')) {
    throw badInput('input.clientMarket', resulting.direction === ContractDirection.ONSHORE ? 'onshore business has client market CN' : 'offshore business has a client market outside China (CN)');
  }
  const domainId = input.domainNumber != null ? await domainIdByNumber(ctx, input.domainNumber, 'input.domainNumber') : undefined;
  const scalars: Record<string, unknown> = {};
  for (const field of ['year', 'quarter', 'direction', 'clientMarket', 'signedAmount', 'executedAmount', 'currency'] as const) {
    if (input[field] !== undefined) scalars[field] = input[field];
  }
  return (tx: EntityManager, record: ContractRecord) => {
    tx.assign(record, scalars as never);
    if (domainId !== undefined) record.domain = tx.getReference(ServiceDomain, domainId);
  };
}
