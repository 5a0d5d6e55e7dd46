import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { GeoPoint } from '../core/geo-point';
import { ConnectionArgs, fetchPage, type Page } from '../core/pagination';
import { sql } from '../core/sql';
import { Designation } from '../designation/designation.entity';
import { designationsOf } from '../designation/designation.types';
import type { Enterprise } from '../enterprise/enterprise.entity';
import { checkEnterpriseOrder, EnterpriseConnection, EnterpriseFilter, EnterpriseOrder, enterpriseSource, enterpriseWhere } from '../enterprise/enterprise.types';
import { Region } from '../region/region.entity';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { domainsThrough, serviceDomainSource } from '../service-domain/service-domain.types';
import type { TrainingBase } from '../training-base/training-base.entity';
import { TrainingBaseConnection, trainingBaseSource } from '../training-base/training-base.types';
import { Park } from './park.entity';
import { ParkConnection, ParkFilter, ParkOrder, ParkOrderField, parkSource, parkWhere } from './park.types';
import { requireAccess } from '../auth/auth-checker';

@Resolver(() => Park)
export class ParkResolver {
  @Query(() => ParkConnection, { description: 'Demonstration parks, bases, incubators and other parks.' })
  async parks(
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ParkFilter, { nullable: true, description: 'Which parks; all parks when omitted.' }) filter: ParkFilter | null,
    @Arg('orderBy', () => ParkOrder, { nullable: true, description: 'Order of the list; by Chinese name when omitted. OFFSHORE_EXECUTED_USD: researchers and admins only.' }) orderBy: InstanceType<typeof ParkOrder> | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Park>> {
    if (orderBy?.field === ParkOrderField.OFFSHORE_EXECUTED_USD) requireAccess(ctx.viewer, 'orderBy.field OFFSHORE_EXECUTED_USD', []);
    return fetchPage(ctx.em, parkSource, { where: await parkWhere(ctx, filter), order: orderBy, args: page, info });
  }

  @FieldResolver(() => GeoPoint, { nullable: true, description: 'Where the park is, where a source gives it.' })
  location(@Root() park: Park): GeoPoint | null {
    return park.latitude != null && park.longitude != null ? { latitude: park.latitude, longitude: park.longitude } : null;
  }

  @FieldResolver(() => Region, { description: 'The region (city, district or zone) the park lies in.' })
  region(@Root() park: Park, @Ctx() ctx: Context): Promise<Region | null> {
    return ctx.loaders.byId(Region).load(park.region.id);
  }

  @FieldResolver(() => [ServiceDomain], { description: 'The domains the park focuses on.' })
  focusDomains(@Root() park: Park, @Ctx() ctx: Context): Promise<ServiceDomain[]> {
    return ctx.loaders.all('Park.focusDomains', serviceDomainSource, domainsThrough('park_focus_domain', 'park_id'), 't.number').load(park.id);
  }

  @FieldResolver(() => EnterpriseConnection, { description: 'Enterprises located in the park.' })
  async enterprises(
    @Root() park: Park,
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => EnterpriseFilter, { nullable: true, description: 'Which of its enterprises; all when omitted.' }) filter: EnterpriseFilter | null,
    @Arg('orderBy', () => EnterpriseOrder, { nullable: true, description: 'Order of the list; by Chinese name when omitted. PLACED and EXECUTED_USD: researchers and admins only.' }) orderBy: InstanceType<typeof EnterpriseOrder> | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Enterprise>> {
    const link = { join: sql`join enterprise_park j on j.enterprise_id = t.id`, parentColumn: 'j.park_id' };
    checkEnterpriseOrder(ctx, orderBy);
    const where = await enterpriseWhere(ctx, filter);
    return ctx.loaders.pages('Park.enterprises', enterpriseSource, link, { args: page, info, where, order: orderBy }).load(park.id);
  }

  @FieldResolver(() => TrainingBaseConnection, { description: 'Training bases located in the park.' })
  trainingBases(@Root() park: Park, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<TrainingBase>> {
    return ctx.loaders.pages('Park.trainingBases', trainingBaseSource, { parentColumn: 't.park_id' }, { args: page, info }).load(park.id);
  }

  @FieldResolver(() => [Designation], { description: 'Designations the park holds or held, newest first.' })
  designations(@Root() park: Park, @Ctx() ctx: Context): Promise<Designation[]> {
    return designationsOf(ctx, 'park_id', park.id);
  }
}
