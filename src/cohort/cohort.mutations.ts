import { NonNegativeIntResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Access } from '../auth/access-rules';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { createRecord, deleteRecord, requireEditor, submittedBy, updateRecord, mutationTypes, type Invariant, type MutationPayload, updateInput } from '../core/mutations';
import { runSql, sql } from '../core/sql';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { domainIdByNumber } from '../service-domain/service-domain.types';
import { TrainingBase } from '../training-base/training-base.entity';
import { Cohort } from './cohort.entity';

@InputType({ description: 'A cohort’s figures. Completed and certified may exceed enrolled (the reports flag it).' })
class CohortFields {
  @Field(() => Int, { nullable: true, description: 'The intake year, 2000 to this year. Required to create.' }) year?: number;
  @Field(() => Int, { nullable: true, description: 'Catalog number (1–24) of the domain it trains for. Required to create.' }) domainNumber?: number;
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Trainees enrolled, in persons. Required to create.' }) enrolled?: number;
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Trainees who completed, in persons; not below the graduates its placements hired. Required to create.' }) completed?: number;
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Trainees certified, in persons. Required to create.' }) certified?: number;
}

@InputType({ description: 'A new cohort of a training base: one per base, domain and year; every figure is required.' })
class CreateCohortInput extends CohortFields {
  @Field(() => ID, { description: 'The training base whose intake it is (its global id).' }) trainingBaseId!: string;
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

const UpdateCohortInput = updateInput(CohortFields, 'Cohort');

const { DeleteInput: DeleteCohortInput, Payload: CohortPayload } = mutationTypes(Cohort, 'Cohort', 'cohort');
type CohortPayload = MutationPayload<Cohort>;

/** Admins edit any cohort; a park's administrator those of the training bases located in the park. */
@Resolver()
export class CohortMutations {
  @Authorized(Access.WRITER)
  @Mutation(() => CohortPayload, { description: 'Records a training base’s intake (培训批次). Admins, and the administrator of the park the base is in.' })
  async createCohort(@Arg('input', () => CreateCohortInput, { description: 'The new cohort.' }) input: CreateCohortInput, @Ctx() ctx: Context): Promise<CohortPayload> {
    for (const field of ['year', 'domainNumber', 'enrolled', 'completed', 'certified'] as const) if (input[field] == null) throw badInput(`input.${field}`, 'is required');
    const baseId = fromGlobalId(input.trainingBaseId, 'input.trainingBaseId', 'TrainingBase').id;
    const park = await parkOfBase(ctx, baseId, 'input.trainingBaseId');
    await requireEditor(ctx, 'createCohort', (own) => park === own);
    const values = await validated(ctx, input);
    const id = await createRecord(ctx, Cohort, (tx, cohort) => {
      cohort.trainingBase = tx.getReference(TrainingBase, baseId);
      cohort.provenance = submittedBy(ctx);
      values(tx, cohort);
    });
    return { record: await ctx.loaders.byId(Cohort).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => CohortPayload, { description: 'Changes a cohort’s figures, if it is still at `expectedVersion`. Admins, and the administrator of the park its base is in.' })
  async updateCohort(@Arg('input', () => UpdateCohortInput, { description: 'The cohort, its version, and the figures to change.' }) input: InstanceType<typeof UpdateCohortInput>, @Ctx() ctx: Context): Promise<CohortPayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'Cohort');
    const park = await parkOfCohort(ctx, id);
    await requireEditor(ctx, 'updateCohort', (own) => park === own);
    // Fewer graduates than its placements already hired would make the cohort's figures contradict each other.
    await updateRecord(ctx, Cohort, id, input.expectedVersion, await validated(ctx, input), [], input.completed != null ? hiresWithinCohort(id, 'input.completed') : undefined);
    return { record: await ctx.loaders.byId(Cohort).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => CohortPayload, { description: 'Deletes a cohort and its placements. Admins, and the administrator of the park its base is in.' })
  async deleteCohort(@Arg('input', () => DeleteCohortInput, { description: 'The cohort and the version the deletion was decided on.' }) input: InstanceType<typeof DeleteCohortInput>, @Ctx() ctx: Context): Promise<CohortPayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'Cohort');
    const park = await parkOfCohort(ctx, id);
    await requireEditor(ctx, 'deleteCohort', (own) => park === own);
    await deleteRecord(ctx, Cohort, id, input.expectedVersion);
    return { record: null, deletedId: input.id, clientMutationId: input.clientMutationId ?? null };
  }
}

async function parkOfBase(ctx: Context, baseId: number, argument: string): Promise<number | null> {
  const [row] = await runSql<{ park_id: number | null }>(ctx.em, sql`select park_id from training_base where id = ${baseId}`);
  if (!row) throw badInput(argument, 'no such training base');
  return row.park_id;
}

/** The park of the training base a cohort belongs to: its park administrator edits the cohort and what is reported of it. */
export async function parkOfCohort(ctx: Context, cohortId: number, argument = 'input.id'): Promise<number | null> {
  const [row] = await runSql<{ park_id: number | null }>(ctx.em, sql`select b.park_id from cohort c join training_base b on b.id = c.training_base_id where c.id = ${cohortId}`);
  if (!row) throw badInput(argument, 'no such cohort');
  return row.park_id;
}

async function validated(ctx: Context, input: CohortFields) {
  const thisYear = new Date().getUTCFullYear();
  if (input.year != null && (input.year < 2000 || input.year > thisYear)) throw badInput('input.year', `must be between 2000 and ${thisYear}`);
  const domainId = input.domainNumber != null ? await domainIdByNumber(ctx, input.domainNumber, 'input.domainNumber') : undefined;
  const scalars: Record<string, unknown> = {};
  for (const field of ['year', 'enrolled', 'completed', 'certified'] as const) if (input[field] !== undefined) scalars[field] = input[field];
  return (tx: import('@mikro-orm/postgresql').EntityManager, cohort: Cohort) => {
    tx.assign(cohort, scalars as never);
    if (domainId !== undefined) cohort.domain = tx.getReference(ServiceDomain, domainId);
  };
}

/**
 * A cohort's placements hire no more than the graduates it has (`completed`): checked when a
 * placement is reported or changed and when the cohort's `completed` changes, after the write with
 * the cohort's row locked, so changes arriving together are counted one after another.
 */
export function hiresWithinCohort(cohortId: number, argument: 'input.hired' | 'input.completed' = 'input.hired'): Invariant {
  return async (tx) => {
    // `no key update`: the placement's foreign key already holds a key-share lock on the cohort, which this must not wait for.
    await runSql(tx, sql`select id from cohort where id = ${cohortId} for no key update`);
    const [row] = await runSql<{ completed: number; hired: number }>(
      tx, sql`select c.completed, (select coalesce(sum(p.hired), 0) from placement p where p.cohort_id = c.id)::int as hired from cohort c where c.id = ${cohortId}`,
    );
    if (row.hired > row.completed) {
      throw badInput(argument, `the cohort's placements would then hire ${row.hired} graduates, but it has ${row.completed}`);
    }
  };
}
