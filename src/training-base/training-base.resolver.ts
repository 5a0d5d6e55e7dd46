import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { ConnectionArgs, fetchPage, type Page } from '../core/pagination';
import type { Cohort } from '../cohort/cohort.entity';
import { CohortConnection, cohortSource } from '../cohort/cohort.types';
import { Designation } from '../designation/designation.entity';
import { designationsOf } from '../designation/designation.types';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import type { Partnership } from '../partnership/partnership.entity';
import { PartnershipConnection, partnershipSource } from '../partnership/partnership.types';
import { Region } from '../region/region.entity';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { domainsThrough, serviceDomainSource } from '../service-domain/service-domain.types';
import { University } from '../university/university.entity';
import { TrainingBase } from './training-base.entity';
import { TrainingBaseConnection, TrainingBaseFilter, TrainingBaseOrder, TrainingBaseOrderField, trainingBaseSource, trainingBaseWhere } from './training-base.types';
import { requireAccess } from '../auth/auth-checker';

@Resolver(() => TrainingBase)
export class TrainingBaseResolver {
  @Query(() => TrainingBaseConnection, { description: 'Talent-cultivation bases, practical-training bases and training institutions.' })
  async trainingBases(
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => TrainingBaseFilter, { nullable: true, description: 'Which bases; all when omitted.' }) filter: TrainingBaseFilter | null,
    @Arg('orderBy', () => TrainingBaseOrder, { nullable: true, description: 'Order of the list; by Chinese name when omitted. CAPACITY: researchers and admins only.' }) orderBy: InstanceType<typeof TrainingBaseOrder> | null,
    @Ctx() ctx: Context,
  ): Promise<Page<TrainingBase>> {
    // Cursors carry the sort value: ordering by capacity is for those who may read it.
    if (orderBy?.field === TrainingBaseOrderField.CAPACITY) requireAccess(ctx.viewer, 'orderBy.field CAPACITY', []);
    return fetchPage(ctx.em, trainingBaseSource, { where: await trainingBaseWhere(ctx, filter), order: orderBy, args: page, info });
  }

  @FieldResolver(() => University, { nullable: true, description: 'The operating university, if a university runs it.' })
  university(@Root() base: TrainingBase, @Ctx() ctx: Context): Promise<University | null> | null {
    return base.university ? ctx.loaders.byId(University).load(base.university.id) : null;
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The operating enterprise, if an enterprise runs it.' })
  enterprise(@Root() base: TrainingBase, @Ctx() ctx: Context): Promise<Enterprise | null> | null {
    return base.enterprise ? ctx.loaders.byId(Enterprise).load(base.enterprise.id) : null;
  }

  @FieldResolver(() => Region, { description: 'The region it lies in.' })
  region(@Root() base: TrainingBase, @Ctx() ctx: Context): Promise<Region | null> {
    return ctx.loaders.byId(Region).load(base.region.id);
  }

  @FieldResolver(() => Park, { nullable: true, description: 'The park it is located in, if any.' })
  park(@Root() base: TrainingBase, @Ctx() ctx: Context): Promise<Park | null> | null {
    return base.park ? ctx.loaders.byId(Park).load(base.park.id) : null;
  }

  @FieldResolver(() => [ServiceDomain], { description: 'Domains it trains for.' })
  domains(@Root() base: TrainingBase, @Ctx() ctx: Context): Promise<ServiceDomain[]> {
    return ctx.loaders.all('TrainingBase.domains', serviceDomainSource, domainsThrough('training_base_domain', 'training_base_id'), 't.number').load(base.id);
  }

  @FieldResolver(() => CohortConnection, { description: 'Its intakes (培训批次).' })
  cohorts(@Root() base: TrainingBase, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Cohort>> {
    return ctx.loaders.pages('TrainingBase.cohorts', cohortSource, { parentColumn: 't.training_base_id' }, { args: page, info }).load(base.id);
  }

  @FieldResolver(() => PartnershipConnection, { description: 'Partnerships run through this base.' })
  partnerships(@Root() base: TrainingBase, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Partnership>> {
    return ctx.loaders.pages('TrainingBase.partnerships', partnershipSource, { parentColumn: 't.training_base_id' }, { args: page, info }).load(base.id);
  }

  @FieldResolver(() => [Designation], { description: 'Designations it holds or held, newest first.' })
  designations(@Root() base: TrainingBase, @Ctx() ctx: Context): Promise<Designation[]> {
    return designationsOf(ctx, 'training_base_id', base.id);
  }
}
