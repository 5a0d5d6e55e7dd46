import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { ConnectionArgs, fetchPage, type Page } from '../core/pagination';
import { Enterprise } from '../enterprise/enterprise.entity';
import { TrainingBase } from '../training-base/training-base.entity';
import { University } from '../university/university.entity';
import { Partnership } from './partnership.entity';
import { PartnershipConnection, PartnershipFilter, PartnershipOrder, partnershipSource, partnershipWhere } from './partnership.types';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => PartnershipConnection, { description: 'University–enterprise partnerships (校企合作).' })
  partnerships(
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => PartnershipFilter, { nullable: true, description: 'Which partnerships; all when omitted.' }) filter: PartnershipFilter | null,
    @Arg('orderBy', () => PartnershipOrder, { nullable: true, description: 'Order of the list; by start date when omitted.' }) orderBy: InstanceType<typeof PartnershipOrder> | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Partnership>> {
    return fetchPage(ctx.em, partnershipSource, { where: partnershipWhere(filter), order: orderBy, args: page, info });
  }

  @FieldResolver(() => University, { description: 'The partner university.' })
  university(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<University | null> {
    return ctx.loaders.byId(University).load(partnership.university.id);
  }

  @FieldResolver(() => Enterprise, { description: 'The partner enterprise.' })
  enterprise(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<Enterprise | null> {
    return ctx.loaders.byId(Enterprise).load(partnership.enterprise.id);
  }

  @FieldResolver(() => TrainingBase, { nullable: true, description: 'The training base the partnership runs through, if any.' })
  trainingBase(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<TrainingBase | null> | null {
    return partnership.trainingBase ? ctx.loaders.byId(TrainingBase).load(partnership.trainingBase.id) : null;
  }
}
