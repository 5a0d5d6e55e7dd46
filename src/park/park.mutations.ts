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
  @Field({ nullable: true, description: 'Chinese name, at most 200 characters. Required to create.' }) nameZh?: string;
  @Field({ nullable: true, description: 'English name, at most 300 characters. Required to create.' }) nameEn?: string;
  @Field(() => ParkKind, { nullable: true, description: 'What sort of park it is. Required to create.' }) kind?: ParkKind;
  @Field(() => ParkLevel, { nullable: true, description: 'Level of the authority that set it up; null for unknown.' }) level?: ParkLevel | null;
  @Field(() => ParkStatus, { nullable: true, description: 'Planned, being built, operating or closed; ACTIVE when created without one.' }) status?: ParkStatus;
  @Field({ nullable: true, description: 'Code of the region it lies in (see `Region.code`). Required to create.' }) regionCode?: string;
  @Field(() => ServiceCategory, { nullable: true, description: 'The outsourcing category (ITO/BPO/KPO) it is laid out for; null for none.' }) focusCategory?: ServiceCategory | null;
  @Field(() => [Int], { nullable: true, description: 'Catalog numbers of its focus domains (replaces the list).' }) focusDomainNumbers?: number[];
  @Field(() => Int, { nullable: true, description: 'Year it was designated or set up, 1990 to this year; null for unknown.' }) designationYear?: number | null;
  @Field(() => URLResolver, { nullable: true, description: 'Official website; null clears it.' }) website?: string | null;
  @Field(() => LatitudeResolver, { nullable: true, description: 'WGS 84 latitude in degrees; set together with `longitude`, both null to clear.' }) latitude?: number | null;
  @Field(() => LongitudeResolver, { nullable: true, description: 'WGS 84 longitude in degrees; set together with `latitude`, both null to clear.' }) longitude?: number | null;
  @Field(() => String, { nullable: true, description: 'What the policy documents say of it, at most 2,000 characters; null clears it.' }) note?: string | null;
}

@InputType({ description: 'A new park: nameZh, nameEn, kind and regionCode are required.' })
class CreateParkInput extends ParkFields {
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

const UpdateParkInput = updateInput(ParkFields, 'Park');

const { DeleteInput: DeleteParkInput, Payload: ParkPayload } = mutationTypes(Park, 'Park', 'park');
type ParkPayload = MutationPayload<Park>;

/** Admins create and delete parks; a park's administrator edits it. */
@Resolver()
export class ParkMutations {
  @Authorized(Access.WRITER)
  @Mutation(() => ParkPayload, { description: 'Adds a park. Admins only.' })
  async createPark(@Arg('input', () => CreateParkInput, { description: 'The new park.' }) input: CreateParkInput, @Ctx() ctx: Context): Promise<ParkPayload> {
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
  async updatePark(@Arg('input', () => UpdateParkInput, { description: 'The park, its version, and the fields to change.' }) input: InstanceType<typeof UpdateParkInput>, @Ctx() ctx: Context): Promise<ParkPayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'Park');
    await requireEditor(ctx, 'updatePark', (own) => own === id);
    const apply = await validated(ctx, input);
    await updateRecord(ctx, Park, id, input.expectedVersion, apply, ['focusDomains']);
    return { record: await ctx.loaders.byId(Park).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => ParkPayload, { description: 'Deletes a park and its designations. Admins only.' })
  async deletePark(@Arg('input', () => DeleteParkInput, { description: 'The park and the version the deletion was decided on.' }) input: InstanceType<typeof DeleteParkInput>, @Ctx() ctx: Context): Promise<ParkPayload> {
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
