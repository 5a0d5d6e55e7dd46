import { CountryCodeResolver, LocalDateResolver, NonNegativeIntResolver, URLResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Access } from '../auth/access-rules';
import { denied } from '../auth/auth-checker';
import { Role } from '../auth/viewer';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { createRecord, deleteRecord, requireEditor, submittedBy, text, updateRecord, mutationTypes, type MutationPayload, updateInput } from '../core/mutations';
import { intArray, runSql, sql } from '../core/sql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Park } from '../park/park.entity';
import { Region } from '../region/region.entity';
import { regionByCode } from '../region/region.types';
import { domainIdsByNumber } from '../service-domain/service-domain.types';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { isValidCreditCode } from './credit-code';
import { Enterprise, ListingBoard, Ownership } from './enterprise.entity';
import { parksOfEnterprise } from './enterprise.types';

@InputType({ description: 'The fields of an enterprise that editors set.' })
class EnterpriseFields {
  @Field({ nullable: true, description: 'Registered Chinese name, at most 200 characters. Required to create.' }) nameZh?: string;
  @Field(() => String, { nullable: true, description: 'English name, at most 300 characters; null clears it.' }) nameEn?: string | null;
  @Field({ nullable: true, description: '统一社会信用代码: 18 characters, the last a GB 32100 check character.' }) creditCode?: string;
  @Field(() => Ownership, { nullable: true, description: 'Ownership type (所有制). Required to create.' }) ownership?: Ownership;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of founding, not in the future; null clears it.' }) foundedOn?: string | null;
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Staff headcount in persons; null clears it.' }) headcount?: number | null;
  @Field(() => ListingBoard, { nullable: true, description: 'Board it is listed on; null for not listed.' }) listingBoard?: ListingBoard | null;
  @Field(() => URLResolver, { nullable: true, description: 'Official website; null clears it.' }) website?: string | null;
  @Field(() => [CountryCodeResolver], { nullable: true, description: 'Client markets it serves, ISO 3166-1 alpha-2 codes (replaces the list).' }) clientMarkets?: string[];
  @Field({ nullable: true, description: 'Region of registration (its code, see `Region.code`). Required to create.' }) regionCode?: string;
  @Field(() => [ID], { nullable: true, description: 'The parks it is in (replaces the list).' }) parkIds?: string[];
  @Field(() => [Int], { nullable: true, description: 'Catalog numbers of its domains (replaces the list).' }) domainNumbers?: number[];
}

@InputType({ description: 'A new enterprise: nameZh, creditCode, ownership and regionCode are required; a park administrator must put it in their own park (parkIds).' })
class CreateEnterpriseInput extends EnterpriseFields {
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

const UpdateEnterpriseInput = updateInput(EnterpriseFields, 'Enterprise');

const { DeleteInput: DeleteEnterpriseInput, Payload: EnterprisePayload } = mutationTypes(Enterprise, 'Enterprise', 'enterprise');
type EnterprisePayload = MutationPayload<Enterprise>;

/** Park administrators edit the enterprises of their park; admins any. */
@Resolver()
export class EnterpriseMutations {
  @Authorized(Access.WRITER)
  @Mutation(() => EnterprisePayload, { description: 'Registers an enterprise. A park administrator registers it in their own park.' })
  async createEnterprise(@Arg('input', () => CreateEnterpriseInput, { description: 'The new enterprise.' }) input: CreateEnterpriseInput, @Ctx() ctx: Context): Promise<EnterprisePayload> {
    for (const field of ['nameZh', 'creditCode', 'ownership', 'regionCode'] as const) {
      if (input[field] == null) throw badInput(`input.${field}`, 'is required');
    }
    const parkIds = parkIdsOf(input.parkIds);
    await requireEditor(ctx, 'createEnterprise', (own) => parkIds.length > 0 && parkIds.every((id) => id === own));
    const apply = await validated(ctx, input);
    const id = await createRecord(ctx, Enterprise, (tx, enterprise) => {
      enterprise.provenance = submittedBy(ctx);
      apply(tx, enterprise);
    });
    return { record: await ctx.loaders.byId(Enterprise).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => EnterprisePayload, { description: 'Changes an enterprise, if it is still at `expectedVersion`.' })
  async updateEnterprise(@Arg('input', () => UpdateEnterpriseInput, { description: 'The enterprise, its version, and the fields to change.' }) input: InstanceType<typeof UpdateEnterpriseInput>, @Ctx() ctx: Context): Promise<EnterprisePayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'Enterprise');
    const current = await parksOfEnterprise(ctx, id);
    const parkIds = input.parkIds ? parkIdsOf(input.parkIds) : current;
    // A park administrator keeps the enterprise in their park and leaves its other parks as they are.
    const others = (ids: number[], own: number) => [...new Set(ids.filter((p) => p !== own))].sort().join(',');
    await requireEditor(ctx, 'updateEnterprise', (own) => current.includes(own) && parkIds.includes(own) && others(parkIds, own) === others(current, own));
    const apply = await validated(ctx, input);
    await updateRecord(ctx, Enterprise, id, input.expectedVersion, apply, ['parks', 'domains']);
    return { record: await ctx.loaders.byId(Enterprise).load(id), clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => EnterprisePayload, { description: 'Deletes an enterprise and its contract records, if it is still at `expectedVersion` and nothing else refers to it.' })
  async deleteEnterprise(@Arg('input', () => DeleteEnterpriseInput, { description: 'The enterprise and the version the deletion was decided on.' }) input: InstanceType<typeof DeleteEnterpriseInput>, @Ctx() ctx: Context): Promise<EnterprisePayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'Enterprise');
    const current = await parksOfEnterprise(ctx, id);
    // Deleting takes the enterprise's contract records with it: a park administrator may do that only to an enterprise of its park alone.
    await requireEditor(ctx, 'deleteEnterprise', (own) => current.includes(own));
    if (ctx.viewer.role !== Role.ADMIN && current.length > 1) {
      throw denied(ctx.viewer, 'deleteEnterprise of an enterprise that also belongs to other parks', 'an admin key (or take it out of your park with updateEnterprise)', true);
    }
    await deleteRecord(ctx, Enterprise, id, input.expectedVersion);
    return { record: null, deletedId: input.id, clientMutationId: input.clientMutationId ?? null };
  }
}

function parkIdsOf(ids: string[] | undefined): number[] {
  return (ids ?? []).map((id, i) => fromGlobalId(id, `input.parkIds[${i}]`, 'Park').id);
}


/** Checks every given field; returns the values to set and the related records. */
async function validated(ctx: Context, input: EnterpriseFields) {
  const scalars: Record<string, unknown> = {};
  if (input.nameZh !== undefined) scalars.nameZh = text('input.nameZh', input.nameZh, 200);
  if (input.nameEn !== undefined) scalars.nameEn = input.nameEn == null ? null : text('input.nameEn', input.nameEn, 300);
  if (input.creditCode !== undefined) {
    const code = text('input.creditCode', input.creditCode, 18).toUpperCase();
    if (!isValidCreditCode(code)) throw badInput('input.creditCode', `"${code.slice(0, 30)}" is not a unified social credit code: 18 characters whose last is the GB 32100 check character`);
    scalars.creditCode = code;
  }
  for (const field of ['ownership', 'foundedOn', 'headcount', 'listingBoard', 'clientMarkets'] as const) {
    if (input[field] !== undefined) scalars[field] = input[field];
  }
  // The URL scalar parses to a URL object; the column keeps its text.
  if (input.website !== undefined) scalars.website = input.website == null ? null : String(input.website);
  if (input.foundedOn && input.foundedOn > new Date().toISOString().slice(0, 10)) throw badInput('input.foundedOn', 'is in the future');
  const regionId = input.regionCode !== undefined ? (await regionByCode(ctx, input.regionCode, 'input.regionCode')).id : undefined;
  let parkIds: number[] = [];
  if (input.parkIds) {
    parkIds = parkIdsOf(input.parkIds);
    const found = await runSql<{ id: number }>(ctx.em, sql`select id from park where id = any(${intArray(parkIds)}::int[])`);
    const missing = parkIds.findIndex((id) => !found.some((p) => p.id === id));
    if (missing >= 0) throw badInput(`input.parkIds[${missing}]`, 'no such park');
  }
  const domainIds = input.domainNumbers ? await domainIdsByNumber(ctx, input.domainNumbers, 'input.domainNumbers') : [];
  /** Sets the checked values on an enterprise managed by `tx`. */
  return (tx: EntityManager, enterprise: Enterprise) => {
    tx.assign(enterprise, scalars as never);
    if (regionId !== undefined) enterprise.region = tx.getReference(Region, regionId);
    if (input.parkIds) enterprise.parks.set(parkIds.map((id) => tx.getReference(Park, id)));
    if (input.domainNumbers) enterprise.domains.set(domainIds.map((id) => tx.getReference(ServiceDomain, id)));
  };
}
