import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { ConnectionArgs, fetchPage, type Page } from '../core/pagination';
import { sql } from '../core/sql';
import type { ContractRecord } from '../contract-record/contract-record.entity';
import { ContractRecordConnection, contractRecordSource } from '../contract-record/contract-record.types';
import { Designation } from '../designation/designation.entity';
import { designationsOf } from '../designation/designation.types';
import { Park } from '../park/park.entity';
import { parkSource } from '../park/park.types';
import type { Partnership } from '../partnership/partnership.entity';
import { PartnershipConnection, partnershipSource } from '../partnership/partnership.types';
import type { Placement } from '../placement/placement.entity';
import { PlacementConnection, placementSource } from '../placement/placement.types';
import { Region } from '../region/region.entity';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { domainsThrough, serviceDomainSource } from '../service-domain/service-domain.types';
import type { TrainingBase } from '../training-base/training-base.entity';
import { TrainingBaseConnection, trainingBaseSource } from '../training-base/training-base.types';
import { Enterprise } from './enterprise.entity';
import { checkEnterpriseOrder, EnterpriseConnection, EnterpriseFilter, EnterpriseOrder, enterpriseSource, enterpriseWhere } from './enterprise.types';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => EnterpriseConnection, { description: 'Service-outsourcing enterprises.' })
  async enterprises(
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => EnterpriseFilter, { nullable: true, description: 'Which enterprises; all when omitted.' }) filter: EnterpriseFilter | null,
    @Arg('orderBy', () => EnterpriseOrder, { nullable: true, description: 'Order of the list; by Chinese name when omitted. PLACED and EXECUTED_USD: researchers and admins only.' }) orderBy: InstanceType<typeof EnterpriseOrder> | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Enterprise>> {
    checkEnterpriseOrder(ctx, orderBy);
    return fetchPage(ctx.em, enterpriseSource, { where: await enterpriseWhere(ctx, filter), order: orderBy, args: page, info });
  }

  @FieldResolver(() => Region, { description: 'Region of registration.' })
  region(@Root() enterprise: Enterprise, @Ctx() ctx: Context): Promise<Region | null> {
    return ctx.loaders.byId(Region).load(enterprise.region.id);
  }

  @FieldResolver(() => [Park], { description: 'Parks the enterprise is located in.' })
  parks(@Root() enterprise: Enterprise, @Ctx() ctx: Context): Promise<Park[]> {
    const link = { join: sql`join enterprise_park j on j.park_id = t.id`, parentColumn: 'j.enterprise_id' };
    return ctx.loaders.all('Enterprise.parks', parkSource, link, 't.name_zh').load(enterprise.id);
  }

  @FieldResolver(() => [ServiceDomain], { description: 'Domains the enterprise works in.' })
  domains(@Root() enterprise: Enterprise, @Ctx() ctx: Context): Promise<ServiceDomain[]> {
    return ctx.loaders.all('Enterprise.domains', serviceDomainSource, domainsThrough('enterprise_domain', 'enterprise_id'), 't.number').load(enterprise.id);
  }

  @FieldResolver(() => [Designation], { description: 'Designations the enterprise holds or held, newest first.' })
  designations(@Root() enterprise: Enterprise, @Ctx() ctx: Context): Promise<Designation[]> {
    return designationsOf(ctx, 'enterprise_id', enterprise.id);
  }

  @FieldResolver(() => PartnershipConnection, { description: 'Partnerships with universities.' })
  partnerships(@Root() enterprise: Enterprise, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Partnership>> {
    return ctx.loaders.pages('Enterprise.partnerships', partnershipSource, { parentColumn: 't.enterprise_id' }, { args: page, info }).load(enterprise.id);
  }

  @FieldResolver(() => PlacementConnection, { description: 'Graduates of training cohorts the enterprise hired.' })
  placements(@Root() enterprise: Enterprise, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Placement>> {
    return ctx.loaders.pages('Enterprise.placements', placementSource, { parentColumn: 't.enterprise_id' }, { args: page, info }).load(enterprise.id);
  }

  @FieldResolver(() => ContractRecordConnection, { description: 'Contract statistics the enterprise reported.' })
  contractRecords(@Root() enterprise: Enterprise, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<ContractRecord>> {
    return ctx.loaders.pages('Enterprise.contractRecords', contractRecordSource, { parentColumn: 't.enterprise_id' }, { args: page, info }).load(enterprise.id);
  }

  @FieldResolver(() => TrainingBaseConnection, { description: 'Training bases the enterprise operates.' })
  trainingBases(@Root() enterprise: Enterprise, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<TrainingBase>> {
    return ctx.loaders.pages('Enterprise.trainingBases', trainingBaseSource, { parentColumn: 't.enterprise_id' }, { args: page, info }).load(enterprise.id);
  }
}
