import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Access } from '../auth/access-rules';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { createRecord, deleteRecord, requireAdmin, submittedBy, text, updateRecord, mutationTypes, type MutationPayload } from '../core/mutations';
import { runSql, sql } from '../core/sql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import { Policy } from '../policy/policy.entity';
import { TrainingBase } from '../training-base/training-base.entity';
import { Designation, DesignationKind } from './designation.entity';

/** Which kind of record holds which designation. */
const HOLDER_OF: Record<DesignationKind, 'Park' | 'Enterprise' | 'TrainingBase'> = {
  DEMONSTRATION_PARK: 'Park',
  PROVINCIAL_DEVELOPMENT_BASE: 'Park',
  PROVINCIAL_KEY_TRAINING_INSTITUTION: 'TrainingBase',
  INDUSTRY_LEADING_ENTERPRISE: 'Enterprise',
  CITY_KEY_ENTERPRISE: 'Enterprise',
  PROVINCIAL_LEADING_ENTERPRISE: 'Enterprise',
  FEATURED_ENTERPRISE: 'Enterprise',
  SPECIALISED_SME: 'Enterprise',
  TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE: 'Enterprise',
};

@InputType({ description: 'A new designation, granted to one park, enterprise or training base (as its kind requires).' })
class CreateDesignationInput {
  @Field(() => DesignationKind, { description: 'The status granted; it decides whether holderId must be a park, an enterprise or a training base.' }) kind!: DesignationKind;
  @Field(() => ID, { description: 'The park, enterprise or training base it is granted to.' }) holderId!: string;
  @Field({ description: 'The granting authority, e.g. 郑州市商务局.' }) authority!: string;
  @Field(() => String, { nullable: true, description: 'Code of the policy it is granted under.' }) policyCode?: string | null;
  @Field(() => LocalDateResolver, { description: 'First day it holds.' }) validFrom!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day it holds, not before validFrom; null or omitted for open-ended.' }) validUntil?: string | null;
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

@InputType({ description: 'Changes to a designation’s authority or dates: fields left out stay as they are.' })
class UpdateDesignationInput {
  @Field(() => ID, { description: 'Global id of the designation to change.' }) id!: string;
  @Field(() => Int, { description: 'The version the change was made against.' }) expectedVersion!: number;
  @Field({ nullable: true, description: 'The granting authority, at most 200 characters.' }) authority?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'First day it holds.' }) validFrom?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Set to end (or withdraw) the designation; null makes it open-ended again.' }) validUntil?: string | null;
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

const { DeleteInput: DeleteDesignationInput, Payload: DesignationPayload } = mutationTypes(Designation, 'Designation', 'designation');
type DesignationPayload = MutationPayload<Designation>;

/** Designations are granted by authorities: admins record them. */
@Resolver()
export class DesignationMutations {
  @Authorized(Access.WRITER)
  @Mutation(() => DesignationPayload, { description: 'Records a designation (认定). Admins only.' })
  async createDesignation(@Arg('input', () => CreateDesignationInput, { description: 'The new designation.' }) input: CreateDesignationInput, @Ctx() ctx: Context): Promise<DesignationPayload> {
    requireAdmin(ctx, 'createDesignation');
    const holder = fromGlobalId(input.holderId, 'input.holderId', HOLDER_OF[input.kind]);
    const authority = text('input.authority', input.authority, 200);
    if (input.validUntil && input.validUntil < input.validFrom) throw badInput('input.validUntil', 'is before validFrom');
    let policyId: number | null = null;
    if (input.policyCode) {
      const [row] = await runSql<{ id: number }>(ctx.em, sql`select id from policy where code = ${input.policyCode}`);
      if (!row) throw badInput('input.policyCode', `no policy has code "${input.policyCode}"`);
      policyId = row.id;
    }
    const id = await createRecord(ctx, Designation, (tx: EntityManager, d) => {
      Object.assign(d, { kind: input.kind, authority, validFrom: input.validFrom, validUntil: input.validUntil ?? null, provenance: submittedBy(ctx) });
      if (holder.typeName === 'Park') d.park = tx.getReference(Park, holder.id);
      if (holder.typeName === 'Enterprise') d.enterprise = tx.getReference(Enterprise, holder.id);
      if (holder.typeName === 'TrainingBase') d.trainingBase = tx.getReference(TrainingBase, holder.id);
      if (policyId != null) d.policy = tx.getReference(Policy, policyId);
    });
    return { record: await ctx.loaders.byId(Designation).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => DesignationPayload, { description: 'Changes a designation’s dates or authority, e.g. ends it. Admins only.' })
  async updateDesignation(@Arg('input', () => UpdateDesignationInput, { description: 'The designation, its version, and the fields to change.' }) input: InstanceType<typeof UpdateDesignationInput>, @Ctx() ctx: Context): Promise<DesignationPayload> {
    requireAdmin(ctx, 'updateDesignation');
    const { id } = fromGlobalId(input.id, 'input.id', 'Designation');
    const changes: Record<string, unknown> = {};
    if (input.authority !== undefined) changes.authority = text('input.authority', input.authority, 200);
    if (input.validFrom !== undefined) changes.validFrom = input.validFrom;
    if (input.validUntil !== undefined) changes.validUntil = input.validUntil;
    await updateRecord(ctx, Designation, id, input.expectedVersion, (tx, d) => {
      tx.assign(d, changes as never);
      if (d.validUntil && d.validUntil < d.validFrom) throw badInput('input.validUntil', 'is before validFrom');
    });
    return { record: await ctx.loaders.byId(Designation).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => DesignationPayload, { description: 'Deletes a designation recorded in error. Admins only (to end one, set validUntil).' })
  async deleteDesignation(@Arg('input', () => DeleteDesignationInput, { description: 'The designation and the version the deletion was decided on.' }) input: InstanceType<typeof DeleteDesignationInput>, @Ctx() ctx: Context): Promise<DesignationPayload> {
    requireAdmin(ctx, 'deleteDesignation');
    const { id } = fromGlobalId(input.id, 'input.id', 'Designation');
    await deleteRecord(ctx, Designation, id, input.expectedVersion);
    return { record: null, deletedId: input.id, clientMutationId: input.clientMutationId ?? null };
  }
}
