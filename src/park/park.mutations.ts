import type { EntityManager } from '@mikro-orm/postgresql';
import { LatitudeResolver, LongitudeResolver, URLResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Access } from '../auth/access-rules';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { createRecord, deleteRecord, requireAdmin, requireEditor, submittedBy, text, updateRecord, mutationTypes, type MutationPayload, updateInput } from '../core/mutations';
import { Region } from '../region/region.entity';
import { regionByCode } from '../region/region.types';
import { domainIdsByNumber } from '../service-domain/service-domain.types';
import { ServiceCategory, ServiceDomain } from '../service-domain/service-domain.entity';
import { Park, ParkKind, ParkLevel, ParkStatus } from './park.entity';

@InputType({ description: 'The fields of a park that editors set.' })
class ParkFields {
  @Field({ nullable: true }) nameZh?: string;
  @Field({ nullable: true }) nameEn?: string;
  @Field(() => ParkKind, { nullable: true }) kind?: ParkKind;
  @Field(() => ParkLevel, { nullable: true }) level?: ParkLevel | null;
  @Field(() => ParkStatus, { nullable: true }) status?: ParkStatus;
  @Field({ nullable: true, description: 'Region (its code).' }) regionCode?: string;
  @Field(() => ServiceCategory, { nullable: true }) focusCategory?: ServiceCategory | null;
  @Field(() => [Int], { nullable: true, description: 'Catalog numbers of its focus domains (replaces the list).' }) focusDomainNumbers?: number[];
  @Field(() => Int, { nullable: true }) designationYear?: number | null;
  @Field(() => URLResolver, { nullable: true }) website?: string | null;
  @Field(() => LatitudeResolver, { nullable: true }) latitude?: number | null;
  @Field(() => LongitudeResolver, { nullable: true }) longitude?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
class CreateParkInput extends ParkFields {
  @Field(() => String, { nullable: true }) clientMutationId?: string | null;
}

const UpdateParkInput = updateInput(ParkFields, 'Park');

const { DeleteInput: DeleteParkInput, Payload: ParkPayload } = mutationTypes(Park, 'Park', 'park');
type ParkPayload = MutationPayload<Park>;

/** Admins create and delete parks; a park's administrator edits it. */
@Resolver()
export class ParkMutations {
  @Authorized(Access.WRITER)
  @Mutation(() => ParkPayload, { description: 'Adds a park. Admins only.' })
  async createPark(@Arg('input', () => CreateParkInput) input: CreateParkInput, @Ctx() ctx: Context): Promise<ParkPayload> {
    requireAdmin(ctx, 'createPark');
    for (const field of ['nameZh', 'nameEn', 'kind', 'regionCode'] as const) if (input[field] == null) throw badInput(`input.${field}`, 'is required');
    const apply = await validated(ctx, input);
    const id = await createRecord(ctx, Park, (tx, park) => {
      park.provenance = submittedBy(ctx);
      apply(tx, park);
    });
    return { record: await ctx.loaders.byId(Park).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => ParkPayload, { description: 'Changes a park, if it is still at `expectedVersion`. Admins, and the park’s administrator.' })
  async updatePark(@Arg('input', () => UpdateParkInput) input: InstanceType<typeof UpdateParkInput>, @Ctx() ctx: Context): Promise<ParkPayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'Park');
    await requireEditor(ctx, 'updatePark', (own) => own === id);
    const apply = await validated(ctx, input);
    await updateRecord(ctx, Park, id, input.expectedVersion, apply, ['focusDomains']);
    return { record: await ctx.loaders.byId(Park).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => ParkPayload, { description: 'Deletes a park and its designations. Admins only.' })
  async deletePark(@Arg('input', () => DeleteParkInput) input: InstanceType<typeof DeleteParkInput>, @Ctx() ctx: Context): Promise<ParkPayload> {
    requireAdmin(ctx, 'deletePark');
    const { id } = fromGlobalId(input.id, 'input.id', 'Park');
    await deleteRecord(ctx, Park, id, input.expectedVersion);
    return { record: null, deletedId: input.id, clientMutationId: input.clientMutationId ?? null };
  }
}

async function validated(ctx: Context, input: ParkFields) {
  const scalars: Record<string, unknown> = {};
  if (input.nameZh !== undefined) scalars.nameZh = text('input.nameZh', input.nameZh, 200);
  if (input.nameEn !== undefined) scalars.nameEn = text('input.nameEn', input.nameEn, 300);
  if (input.note !== undefined) scalars.note = input.note == null ? null : text('input.note', input.note, 2000);
  const thisYear = new Date().getUTCFullYear();
  if (input.designationYear != null && (input.designationYear < 1990 || input.designationYear > thisYear)) throw badInput('input.designationYear', `must be between 1990 and ${thisYear}`);
  if ((input.latitude == null) !== (input.longitude == null) && (input.latitude !== undefined || input.longitude !== undefined)) {
    throw badInput(input.latitude == null ? 'input.latitude' : 'input.longitude', 'latitude and longitude go together');
  }
  for (const field of ['kind', 'level', 'status', 'focusCategory', 'designationYear', 'latitude', 'longitude'] as const) {
    if (input[field] !== undefined) scalars[field] = input[field];
  }
  // The URL scalar parses to a URL object; the column keeps its text.
  if (input.website !== undefined) scalars.website = input.website == null ? null : String(input.website);
  const regionId = input.regionCode !== undefined ? (await regionByCode(ctx, input.regionCode, 'input.regionCode')).id : undefined;
  const domainIds = input.focusDomainNumbers ? await domainIdsByNumber(ctx, input.focusDomainNumbers, 'input.focusDomainNumbers') : [];
  return (tx: EntityManager, park: Park) => {
    tx.assign(park, scalars as never);
    if (regionId !== undefined) park.region = tx.getReference(Region, regionId);
    if (input.focusDomainNumbers) park.focusDomains.set(domainIds.map((id) => tx.getReference(ServiceDomain, id)));
  };
}
