import { NonNegativeIntResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Cohort } from '../cohort/cohort.entity';
import { hiresWithinCohort, parkOfCohort } from '../cohort/cohort.mutations';
import { Access } from '../auth/access-rules';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { createRecord, deleteRecord, requireEditor, submittedBy, updateRecord, mutationTypes, type MutationPayload } from '../core/mutations';
import { runSql, sql } from '../core/sql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { parksOfEnterprise } from '../enterprise/enterprise.types';
import { Placement } from './placement.entity';

@InputType({ description: 'Graduates of a cohort hired by an enterprise in a year: one record per cohort, enterprise and year.' })
class CreatePlacementInput {
  @Field(() => ID, { description: 'The cohort the graduates come from (its global id).' }) cohortId!: string;
  @Field(() => ID, { description: 'The hiring enterprise.' }) enterpriseId!: string;
  @Field(() => Int, { description: 'Year of hiring: the cohort’s year to this year.' }) year!: number;
  @Field(() => NonNegativeIntResolver, { description: 'Graduates hired, in persons; the cohort’s placements together may not exceed its completed.' }) hired!: number;
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

@InputType({ description: 'Changes to a placement: fields left out stay as they are.' })
class UpdatePlacementInput {
  @Field(() => ID, { description: 'Global id of the placement to change.' }) id!: string;
  @Field(() => Int, { description: 'The version the change was made against.' }) expectedVersion!: number;
  @Field(() => Int, { nullable: true, description: 'Year of hiring: the cohort’s year to this year.' }) year?: number;
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Graduates hired, in persons; the cohort’s placements together may not exceed its completed.' }) hired?: number;
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

const { DeleteInput: DeletePlacementInput, Payload: PlacementPayload } = mutationTypes(Placement, 'Placement', 'placement');
type PlacementPayload = MutationPayload<Placement>;

/** Admins edit any placement; a park's administrator the hires of the park's enterprises. */
@Resolver()
export class PlacementMutations {
  @Authorized(Access.WRITER)
  @Mutation(() => PlacementPayload, { description: 'Reports graduates of a cohort hired by an enterprise (就业去向). Admins, and a park’s administrator when both the enterprise and the cohort’s base are in the park.' })
  async createPlacement(@Arg('input', () => CreatePlacementInput, { description: 'The new placement.' }) input: CreatePlacementInput, @Ctx() ctx: Context): Promise<PlacementPayload> {
    const cohortId = fromGlobalId(input.cohortId, 'input.cohortId', 'Cohort').id;
    const enterpriseId = fromGlobalId(input.enterpriseId, 'input.enterpriseId', 'Enterprise').id;
    const parks = await parksOfEnterprise(ctx, enterpriseId);
    const cohortPark = await parkOfCohort(ctx, cohortId, 'input.cohortId');
    // A park administrator reports hires by its park's enterprises from cohorts of its park's bases.
    await requireEditor(ctx, 'createPlacement', (own) => parks.includes(own) && cohortPark === own);
    const [cohort] = await runSql<{ year: number }>(ctx.em, sql`select year from cohort where id = ${cohortId}`);
    checkYear(input.year, cohort.year);
    const id = await createRecord(ctx, Placement, (tx, placement) => {
      Object.assign(placement, { year: input.year, hired: input.hired, provenance: submittedBy(ctx) });
      placement.cohort = tx.getReference(Cohort, cohortId);
      placement.enterprise = tx.getReference(Enterprise, enterpriseId);
    }, hiresWithinCohort(cohortId));
    return { record: await ctx.loaders.byId(Placement).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => PlacementPayload, { description: 'Changes a placement’s year or number hired, if it is still at `expectedVersion`. Admins, and the park administrator who could report it.' })
  async updatePlacement(@Arg('input', () => UpdatePlacementInput, { description: 'The placement, its version, and the fields to change.' }) input: InstanceType<typeof UpdatePlacementInput>, @Ctx() ctx: Context): Promise<PlacementPayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'Placement');
    const current = await currentPlacement(ctx, id);
    await requireEditor(ctx, 'updatePlacement', (own) => current.parks.includes(own) && current.cohortPark === own);
    if (input.year != null) checkYear(input.year, current.cohortYear);
    await updateRecord(ctx, Placement, id, input.expectedVersion, (tx, placement) => {
      if (input.year != null) placement.year = input.year;
      if (input.hired != null) placement.hired = input.hired;
    }, [], input.hired != null ? hiresWithinCohort(current.cohortId) : undefined);
    return { record: await ctx.loaders.byId(Placement).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => PlacementPayload, { description: 'Deletes a placement, if it is still at `expectedVersion`. Admins, and the park administrator who could report it.' })
  async deletePlacement(@Arg('input', () => DeletePlacementInput, { description: 'The placement and the version the deletion was decided on.' }) input: InstanceType<typeof DeletePlacementInput>, @Ctx() ctx: Context): Promise<PlacementPayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'Placement');
    const current = await currentPlacement(ctx, id);
    await requireEditor(ctx, 'deletePlacement', (own) => current.parks.includes(own) && current.cohortPark === own);
    await deleteRecord(ctx, Placement, id, input.expectedVersion);
    return { record: null, deletedId: input.id, clientMutationId: input.clientMutationId ?? null };
  }
}

/** Graduates are hired in their cohort's year or later, and not in the future. */
function checkYear(year: number, cohortYear: number): void {
  const thisYear = new Date().getUTCFullYear();
  if (year < cohortYear || year > thisYear) throw badInput('input.year', `must be between the cohort's year ${cohortYear} and ${thisYear}`);
}


async function currentPlacement(ctx: Context, id: number) {
  const [row] = await runSql<{ enterprise_id: number; cohort_id: number; cohort_year: number; cohort_park: number | null }>(
    ctx.em, sql`select p.enterprise_id, c.id as cohort_id, c.year as cohort_year, b.park_id as cohort_park
      from placement p join cohort c on c.id = p.cohort_id join training_base b on b.id = c.training_base_id where p.id = ${id}`,
  );
  if (!row) throw badInput('input.id', 'no such placement');
  return { parks: await parksOfEnterprise(ctx, row.enterprise_id), cohortId: row.cohort_id, cohortYear: row.cohort_year, cohortPark: row.cohort_park };
}
