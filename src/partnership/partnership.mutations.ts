import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalDateResolver, NonNegativeIntResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { Access } from '../auth/access-rules';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { createRecord, deleteRecord, requireEditor, submittedBy, updateRecord, mutationTypes, type MutationPayload, updateInput } from '../core/mutations';
import { runSql, sql } from '../core/sql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { parksOfEnterprise } from '../enterprise/enterprise.types';
import { TrainingBase } from '../training-base/training-base.entity';
import { University } from '../university/university.entity';
import { Partnership, PartnershipKind, PartnershipStatus } from './partnership.entity';

@InputType({ description: 'The fields of a partnership that editors set.' })
class PartnershipFields {
  @Field(() => ID, { nullable: true, description: 'The training base it runs through; null for none.' }) trainingBaseId?: string | null;
  @Field(() => PartnershipKind, { nullable: true, description: 'The form of the partnership. Required to create.' }) kind?: PartnershipKind;
  @Field(() => PartnershipStatus, { nullable: true, description: 'Planned, active or ended. Required to create.' }) status?: PartnershipStatus;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The date it started. Required to create.' }) startedOn?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The date it ended, not before startedOn; null clears it.' }) endedOn?: string | null;
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Students a year, in persons (not public); null clears it.' }) studentsPerYear?: number | null;
}

@InputType({ description: 'A new partnership between a university and an enterprise: kind, status and startedOn are required.' })
class CreatePartnershipInput extends PartnershipFields {
  @Field(() => ID, { description: 'The partner university (its global id).' }) universityId!: string;
  @Field(() => ID, { description: 'The partner enterprise (its global id); a park administrator may only name an enterprise of their park.' }) enterpriseId!: string;
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

const UpdatePartnershipInput = updateInput(PartnershipFields, 'Partnership');

const { DeleteInput: DeletePartnershipInput, Payload: PartnershipPayload } = mutationTypes(Partnership, 'Partnership', 'partnership');
type PartnershipPayload = MutationPayload<Partnership>;

/** Admins edit any partnership; a park's administrator those of the park's enterprises. */
@Resolver()
export class PartnershipMutations {
  @Authorized(Access.WRITER)
  @Mutation(() => PartnershipPayload, { description: 'Records a university–enterprise partnership (校企合作). Admins, and the administrator of a park the enterprise is in.' })
  async createPartnership(@Arg('input', () => CreatePartnershipInput, { description: 'The new partnership.' }) input: CreatePartnershipInput, @Ctx() ctx: Context): Promise<PartnershipPayload> {
    for (const field of ['kind', 'status', 'startedOn'] as const) if (input[field] == null) throw badInput(`input.${field}`, 'is required');
    const universityId = fromGlobalId(input.universityId, 'input.universityId', 'University').id;
    const enterpriseId = fromGlobalId(input.enterpriseId, 'input.enterpriseId', 'Enterprise').id;
    const parks = await parksOfEnterprise(ctx, enterpriseId);
    await requireEditor(ctx, 'createPartnership', (own) => parks.includes(own));
    const apply = validated(input);
    const id = await createRecord(ctx, Partnership, (tx, p) => {
      p.university = tx.getReference(University, universityId);
      p.enterprise = tx.getReference(Enterprise, enterpriseId);
      p.provenance = submittedBy(ctx);
      apply(tx, p);
    });
    return { record: await ctx.loaders.byId(Partnership).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => PartnershipPayload, { description: 'Changes a partnership, if it is still at `expectedVersion`. Admins, and the administrator of a park its enterprise is in.' })
  async updatePartnership(@Arg('input', () => UpdatePartnershipInput, { description: 'The partnership, its version, and the fields to change.' }) input: InstanceType<typeof UpdatePartnershipInput>, @Ctx() ctx: Context): Promise<PartnershipPayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'Partnership');
    const parks = await parksOfPartnership(ctx, id);
    await requireEditor(ctx, 'updatePartnership', (own) => parks.includes(own));
    await updateRecord(ctx, Partnership, id, input.expectedVersion, validated(input));
    return { record: await ctx.loaders.byId(Partnership).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => PartnershipPayload, { description: 'Deletes a partnership, if it is still at `expectedVersion`. Admins, and the administrator of a park its enterprise is in.' })
  async deletePartnership(@Arg('input', () => DeletePartnershipInput, { description: 'The partnership and the version the deletion was decided on.' }) input: InstanceType<typeof DeletePartnershipInput>, @Ctx() ctx: Context): Promise<PartnershipPayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'Partnership');
    const parks = await parksOfPartnership(ctx, id);
    await requireEditor(ctx, 'deletePartnership', (own) => parks.includes(own));
    await deleteRecord(ctx, Partnership, id, input.expectedVersion);
    return { record: null, deletedId: input.id, clientMutationId: input.clientMutationId ?? null };
  }
}


async function parksOfPartnership(ctx: Context, id: number): Promise<number[]> {
  const [row] = await runSql<{ enterprise_id: number }>(ctx.em, sql`select enterprise_id from partnership where id = ${id}`);
  if (!row) throw badInput('input.id', 'no such partnership');
  return parksOfEnterprise(ctx, row.enterprise_id);
}

function validated(input: PartnershipFields) {
  const baseId = input.trainingBaseId === undefined ? undefined : input.trainingBaseId && fromGlobalId(input.trainingBaseId, 'input.trainingBaseId', 'TrainingBase').id;
  const scalars: Record<string, unknown> = {};
  for (const field of ['kind', 'status', 'startedOn', 'endedOn', 'studentsPerYear'] as const) if (input[field] !== undefined) scalars[field] = input[field];
  return (tx: EntityManager, p: Partnership) => {
    tx.assign(p, scalars as never);
    if (baseId !== undefined) p.trainingBase = baseId ? tx.getReference(TrainingBase, baseId) : null;
    if (p.endedOn && p.endedOn < p.startedOn) throw badInput('input.endedOn', 'is before startedOn');
  };
}
