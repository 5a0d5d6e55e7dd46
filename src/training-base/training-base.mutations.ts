import type { EntityManager } from '@mikro-orm/postgresql';
import { NonNegativeIntResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Access } from '../auth/access-rules';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { createRecord, deleteRecord, requireEditor, submittedBy, text, updateRecord, mutationTypes, type MutationPayload, updateInput } from '../core/mutations';
import { runSql, sql } from '../core/sql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import { Region } from '../region/region.entity';
import { regionByCode } from '../region/region.types';
import { domainIdsByNumber } from '../service-domain/service-domain.types';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { University } from '../university/university.entity';
import { OperatorKind, TrainingBase, TrainingBaseKind } from './training-base.entity';

@InputType({ description: 'The fields of a training base that editors set.' })
class TrainingBaseFields {
  @Field({ nullable: true, description: 'Chinese name, at most 200 characters. Required to create.' }) nameZh?: string;
  @Field(() => String, { nullable: true, description: 'English name, at most 300 characters; null clears it.' }) nameEn?: string | null;
  @Field(() => TrainingBaseKind, { nullable: true, description: 'What sort of base it is. Required to create.' }) kind?: TrainingBaseKind;
  @Field(() => OperatorKind, { nullable: true, description: 'Who runs it; needs universityId, enterpriseId or operatorName to match. Required to create.' }) operatorKind?: OperatorKind;
  @Field(() => ID, { nullable: true, description: 'The operating university (operatorKind UNIVERSITY).' }) universityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The operating enterprise (operatorKind ENTERPRISE).' }) enterpriseId?: string | null;
  @Field(() => String, { nullable: true, description: 'The operating organisation (operatorKind TRAINING_ORGANISATION).' }) operatorName?: string | null;
  @Field({ nullable: true, description: 'Code of the region it lies in (see `Region.code`). Required to create.' }) regionCode?: string;
  @Field(() => ID, { nullable: true, description: 'The park it is located in; null for none. A park administrator may only use their own park.' }) parkId?: string | null;
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Trainees it can take a year, in persons; null clears it.' }) yearlyCapacity?: number | null;
  @Field(() => [Int], { nullable: true, description: 'Catalog numbers (1–24) of the domains it trains for (replaces the list).' }) domainNumbers?: number[];
}

@InputType({ description: 'A new training base: nameZh, kind, operatorKind (with its operator) and regionCode are required.' })
class CreateTrainingBaseInput extends TrainingBaseFields {
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

const UpdateTrainingBaseInput = updateInput(TrainingBaseFields, 'TrainingBase');

const { DeleteInput: DeleteTrainingBaseInput, Payload: TrainingBasePayload } = mutationTypes(TrainingBase, 'TrainingBase', 'trainingBase');
type TrainingBasePayload = MutationPayload<TrainingBase>;

/** Admins edit any training base; a park's administrator those located in the park. */
@Resolver()
export class TrainingBaseMutations {
  @Authorized(Access.WRITER)
  @Mutation(() => TrainingBasePayload, { description: 'Adds a training base. Admins, and a park’s administrator for a base in their park.' })
  async createTrainingBase(@Arg('input', () => CreateTrainingBaseInput, { description: 'The new training base.' }) input: CreateTrainingBaseInput, @Ctx() ctx: Context): Promise<TrainingBasePayload> {
    for (const field of ['nameZh', 'kind', 'operatorKind', 'regionCode'] as const) if (input[field] == null) throw badInput(`input.${field}`, 'is required');
    const parkId = input.parkId ? fromGlobalId(input.parkId, 'input.parkId', 'Park').id : null;
    await requireEditor(ctx, 'createTrainingBase', (own) => parkId === own);
    const apply = await validated(ctx, input);
    const id = await createRecord(ctx, TrainingBase, (tx, base) => {
      base.provenance = submittedBy(ctx);
      apply(tx, base);
    });
    return { record: await ctx.loaders.byId(TrainingBase).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => TrainingBasePayload, { description: 'Changes a training base, if it is still at `expectedVersion`. Admins, and the administrator of the park it is in (it must stay there).' })
  async updateTrainingBase(@Arg('input', () => UpdateTrainingBaseInput, { description: 'The base, its version, and the fields to change.' }) input: InstanceType<typeof UpdateTrainingBaseInput>, @Ctx() ctx: Context): Promise<TrainingBasePayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'TrainingBase');
    const current = await parkOf(ctx, id);
    const next = input.parkId !== undefined ? (input.parkId ? fromGlobalId(input.parkId, 'input.parkId', 'Park').id : null) : current;
    await requireEditor(ctx, 'updateTrainingBase', (own) => current === own && next === own);
    const apply = await validated(ctx, input);
    await updateRecord(ctx, TrainingBase, id, input.expectedVersion, apply, ['domains']);
    return { record: await ctx.loaders.byId(TrainingBase).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => TrainingBasePayload, { description: 'Deletes a training base and its cohorts. Admins, and the administrator of the park it is in.' })
  async deleteTrainingBase(@Arg('input', () => DeleteTrainingBaseInput, { description: 'The base and the version the deletion was decided on.' }) input: InstanceType<typeof DeleteTrainingBaseInput>, @Ctx() ctx: Context): Promise<TrainingBasePayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'TrainingBase');
    const current = await parkOf(ctx, id);
    await requireEditor(ctx, 'deleteTrainingBase', (own) => current === own);
    await deleteRecord(ctx, TrainingBase, id, input.expectedVersion);
    return { record: null, deletedId: input.id, clientMutationId: input.clientMutationId ?? null };
  }
}

async function parkOf(ctx: Context, baseId: number): Promise<number | null> {
  const [row] = await runSql<{ park_id: number | null }>(ctx.em, sql`select park_id from training_base where id = ${baseId}`);
  if (!row) throw badInput('input.id', 'no such training base');
  return row.park_id;
}

async function validated(ctx: Context, input: TrainingBaseFields) {
  const scalars: Record<string, unknown> = {};
  if (input.nameZh !== undefined) scalars.nameZh = text('input.nameZh', input.nameZh, 200);
  if (input.nameEn !== undefined) scalars.nameEn = input.nameEn == null ? null : text('input.nameEn', input.nameEn, 300);
  if (input.operatorName !== undefined) scalars.operatorName = input.operatorName == null ? null : text('input.operatorName', input.operatorName, 200);
  for (const field of ['kind', 'operatorKind', 'yearlyCapacity'] as const) if (input[field] !== undefined) scalars[field] = input[field];
  const universityId = input.universityId === undefined ? undefined : input.universityId && fromGlobalId(input.universityId, 'input.universityId', 'University').id;
  const enterpriseId = input.enterpriseId === undefined ? undefined : input.enterpriseId && fromGlobalId(input.enterpriseId, 'input.enterpriseId', 'Enterprise').id;
  const parkId = input.parkId === undefined ? undefined : input.parkId && fromGlobalId(input.parkId, 'input.parkId', 'Park').id;
  const regionId = input.regionCode !== undefined ? (await regionByCode(ctx, input.regionCode, 'input.regionCode')).id : undefined;
  const domainIds = input.domainNumbers ? await domainIdsByNumber(ctx, input.domainNumbers, 'input.domainNumbers') : [];
  return (tx: EntityManager, base: TrainingBase) => {
    tx.assign(base, scalars as never);
    if (universityId !== undefined) base.university = universityId ? tx.getReference(University, universityId) : null;
    if (enterpriseId !== undefined) base.enterprise = enterpriseId ? tx.getReference(Enterprise, enterpriseId) : null;
    if (parkId !== undefined) base.park = parkId ? tx.getReference(Park, parkId) : null;
    if (regionId !== undefined) base.region = tx.getReference(Region, regionId);
    if (input.domainNumbers) base.domains.set(domainIds.map((id) => tx.getReference(ServiceDomain, id)));
    // The operator must match its kind; the database checks it too, this names the argument.
    const needs = { UNIVERSITY: base.university, ENTERPRISE: base.enterprise, TRAINING_ORGANISATION: base.operatorName }[base.operatorKind];
    if (!needs) throw badInput('input.operatorKind', `a base run by a ${base.operatorKind.toLowerCase().replace('_', ' ')} needs ${{ UNIVERSITY: 'universityId', ENTERPRISE: 'enterpriseId', TRAINING_ORGANISATION: 'operatorName' }[base.operatorKind]}`);
  };
}
