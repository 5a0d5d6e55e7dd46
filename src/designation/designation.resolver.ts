import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { ConnectionArgs, fetchPage, type Page } from '../core/pagination';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import { Policy } from '../policy/policy.entity';
import { TrainingBase } from '../training-base/training-base.entity';
import { Designation } from './designation.entity';
import { DesignationConnection, DesignationFilter, DesignationHolder, DesignationOrder, designationSource, designationWhere } from './designation.types';

@Resolver(() => Designation)
export class DesignationResolver {
  @Query(() => DesignationConnection, { description: 'Designations (认定) granted to parks, enterprises and training bases.' })
  designations(
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => DesignationFilter, { nullable: true, description: 'Which designations; all when omitted.' }) filter: DesignationFilter | null,
    @Arg('orderBy', () => DesignationOrder, { nullable: true, description: 'Order of the list; by validFrom when omitted.' }) orderBy: InstanceType<typeof DesignationOrder> | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Designation>> {
    return fetchPage(ctx.em, designationSource, { where: designationWhere(filter), order: orderBy, args: page, info });
  }

  @FieldResolver(() => DesignationHolder, { description: 'The park, enterprise or training base it was granted to.' })
  async holder(@Root() designation: Designation, @Ctx() ctx: Context): Promise<Park | Enterprise | TrainingBase | null> {
    if (designation.park) return ctx.loaders.byId(Park).load(designation.park.id);
    if (designation.enterprise) return ctx.loaders.byId(Enterprise).load(designation.enterprise.id);
    if (designation.trainingBase) return ctx.loaders.byId(TrainingBase).load(designation.trainingBase.id);
    return null;
  }

  @FieldResolver(() => Policy, { nullable: true, description: 'The policy it was granted under, where known.' })
  policy(@Root() designation: Designation, @Ctx() ctx: Context): Promise<Policy | null> | null {
    return designation.policy ? ctx.loaders.byId(Policy).load(designation.policy.id) : null;
  }
}
