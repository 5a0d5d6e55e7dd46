import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { Cohort } from '../cohort/cohort.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Placement } from './placement.entity';

@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => Cohort, { description: 'The cohort the graduates come from.' })
  cohort(@Root() placement: Placement, @Ctx() ctx: Context): Promise<Cohort | null> {
    return ctx.loaders.byId(Cohort).load(placement.cohort.id);
  }

  @FieldResolver(() => Enterprise, { description: 'The hiring enterprise.' })
  enterprise(@Root() placement: Placement, @Ctx() ctx: Context): Promise<Enterprise | null> {
    return ctx.loaders.byId(Enterprise).load(placement.enterprise.id);
  }
}
