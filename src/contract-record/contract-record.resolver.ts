import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { ConnectionArgs, fetchPage, type Page } from '../core/pagination';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { ContractRecord } from './contract-record.entity';
import { ContractRecordConnection, ContractRecordFilter, ContractRecordOrder, ContractRecordOrderField, contractRecordSource, contractRecordWhere } from './contract-record.types';
import { requireAccess } from '../auth/auth-checker';

@Resolver(() => ContractRecord)
export class ContractRecordResolver {
  @Query(() => ContractRecordConnection, { description: 'Contract statistics records (服务外包合同 / 执行额).' })
  contractRecords(
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ContractRecordFilter, { nullable: true, description: 'Which records; all when omitted.' }) filter: ContractRecordFilter | null,
    @Arg('orderBy', () => ContractRecordOrder, { nullable: true, description: 'Order of the list; by year when omitted. EXECUTED_AMOUNT: researchers and admins only.' }) orderBy: InstanceType<typeof ContractRecordOrder> | null,
    @Ctx() ctx: Context,
  ): Promise<Page<ContractRecord>> {
    // Cursors carry the sort value: ordering by amounts is for those who may read them.
    if (orderBy?.field === ContractRecordOrderField.EXECUTED_AMOUNT) requireAccess(ctx.viewer, 'orderBy.field EXECUTED_AMOUNT', []);
    return fetchPage(ctx.em, contractRecordSource, { where: contractRecordWhere(filter), order: orderBy, args: page, info });
  }

  @FieldResolver(() => Enterprise, { description: 'The enterprise whose figures these are.' })
  enterprise(@Root() record: ContractRecord, @Ctx() ctx: Context): Promise<Enterprise | null> {
    return ctx.loaders.byId(Enterprise).load(record.enterprise.id);
  }

  @FieldResolver(() => ServiceDomain, { description: 'The service domain the business is in.' })
  domain(@Root() record: ContractRecord, @Ctx() ctx: Context): Promise<ServiceDomain | null> {
    return ctx.loaders.byId(ServiceDomain).load(record.domain.id);
  }
}
