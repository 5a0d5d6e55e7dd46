import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { ConnectionArgs, type Page } from '../core/pagination';
import type { Placement } from '../placement/placement.entity';
import { PlacementConnection, placementSource } from '../placement/placement.types';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { TrainingBase } from '../training-base/training-base.entity';
import { Cohort } from './cohort.entity';

@Resolver(() => Cohort)
export class CohortResolver {
  @FieldResolver(() => TrainingBase, { description: 'The training base whose intake this is.' })
  trainingBase(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<TrainingBase | null> {
    return ctx.loaders.byId(TrainingBase).load(cohort.trainingBase.id);
  }

  @FieldResolver(() => ServiceDomain, { description: 'The service domain the cohort trains for.' })
  domain(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<ServiceDomain | null> {
    return ctx.loaders.byId(ServiceDomain).load(cohort.domain.id);
  }

  @FieldResolver(() => PlacementConnection, { description: 'Where the cohort’s graduates were hired (就业去向).' })
  placements(@Root() cohort: Cohort, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Placement>> {
    return ctx.loaders.pages('Cohort.placements', placementSource, { parentColumn: 't.cohort_id' }, { args: page, info }).load(cohort.id);
  }
}
