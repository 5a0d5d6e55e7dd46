import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../auth/access-rules';
import type { Context } from '../core/context';
import { ConnectionArgs, fetchPage, type Page } from '../core/pagination';
import { sql } from '../core/sql';
import type { Cohort } from '../cohort/cohort.entity';
import { CohortConnection, cohortSource } from '../cohort/cohort.types';
import type { Partnership } from '../partnership/partnership.entity';
import { PartnershipConnection, partnershipSource } from '../partnership/partnership.types';
import type { Placement } from '../placement/placement.entity';
import { PlacementConnection, placementSource } from '../placement/placement.types';
import { Region } from '../region/region.entity';
import type { TrainingBase } from '../training-base/training-base.entity';
import { TrainingBaseConnection, trainingBaseSource } from '../training-base/training-base.types';
import { University } from './university.entity';
import { TalentDestination, UniversityOutcomes, universityOutcomes } from './university-outcomes';
import { UniversityConnection, UniversityFilter, UniversityOrder, universitySource, universityWhere } from './university.types';

@Resolver(() => University)
export class UniversityResolver {
  @Query(() => UniversityConnection, { description: 'Universities and colleges (高等院校).' })
  async universities(
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => UniversityFilter, { nullable: true, description: 'Which universities; all when omitted.' }) filter: UniversityFilter | null,
    @Arg('orderBy', () => UniversityOrder, { nullable: true, description: 'Order of the list; by Chinese name when omitted.' }) orderBy: InstanceType<typeof UniversityOrder> | null,
    @Ctx() ctx: Context,
  ): Promise<Page<University>> {
    return fetchPage(ctx.em, universitySource, { where: await universityWhere(ctx, filter), order: orderBy, args: page, info });
  }

  @FieldResolver(() => Region, { description: 'The region it is located in.' })
  region(@Root() university: University, @Ctx() ctx: Context): Promise<Region | null> {
    return ctx.loaders.byId(Region).load(university.region.id);
  }

  @FieldResolver(() => PartnershipConnection, { description: 'Its partnerships with enterprises (校企合作).' })
  partnerships(@Root() university: University, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Partnership>> {
    return ctx.loaders.pages('University.partnerships', partnershipSource, { parentColumn: 't.university_id' }, { args: page, info }).load(university.id);
  }

  @FieldResolver(() => TrainingBaseConnection, { description: 'Training bases it operates.' })
  trainingBases(@Root() university: University, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<TrainingBase>> {
    return ctx.loaders.pages('University.trainingBases', trainingBaseSource, { parentColumn: 't.university_id' }, { args: page, info }).load(university.id);
  }

  @FieldResolver(() => CohortConnection, { description: 'Cohorts of the training bases it operates.' })
  cohorts(@Root() university: University, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Cohort>> {
    const link = { join: sql`join training_base b on b.id = t.training_base_id`, parentColumn: 'b.university_id' };
    return ctx.loaders.pages('University.cohorts', cohortSource, link, { args: page, info }).load(university.id);
  }

  @FieldResolver(() => PlacementConnection, { description: 'Where its students went: placements from the cohorts of its training bases.' })
  placements(@Root() university: University, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Placement>> {
    const link = {
      join: sql`join cohort c on c.id = t.cohort_id join training_base b on b.id = c.training_base_id`,
      parentColumn: 'b.university_id',
    };
    return ctx.loaders.pages('University.placements', placementSource, link, { args: page, info }).load(university.id);
  }

  @Authorized(Access.OWN_UNIVERSITY)
  @FieldResolver(() => UniversityOutcomes, {
    nullable: true,
    description: 'Its outcomes beside anonymised peers (the other universities of its province, pooled), year by released year: placements, conversion and where its graduates went. That university’s key, researchers and admins.',
  })
  outcomes(
    @Root() university: University,
    @Arg('yearFrom', () => Int, { nullable: true, description: 'First cohort year to include; from the earliest released when omitted.' }) yearFrom: number | null,
    @Arg('yearTo', () => Int, { nullable: true, description: 'Last cohort year to include (not before yearFrom); to the latest released when omitted.' }) yearTo: number | null,
    @Ctx() ctx: Context,
  ): Promise<UniversityOutcomes> {
    return universityOutcomes(ctx, university.id, yearFrom, yearTo);
  }
}

@Resolver(() => UniversityOutcomes)
export class UniversityOutcomesResolver {
  @FieldResolver(() => Region)
  province(@Root() outcomes: UniversityOutcomes, @Ctx() ctx: Context): Promise<Region | null> {
    return ctx.loaders.byId(Region).load(outcomes.provinceId);
  }
}

@Resolver(() => TalentDestination)
export class TalentDestinationResolver {
  @FieldResolver(() => Region)
  region(@Root() destination: TalentDestination, @Ctx() ctx: Context): Promise<Region | null> {
    return ctx.loaders.byId(Region).load(destination.regionId);
  }
}
