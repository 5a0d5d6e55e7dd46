import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { notFound } from '../core/errors';
import { readRecords } from '../core/hydrate';
import { ConnectionArgs, type Page } from '../core/pagination';
import { raw, sql } from '../core/sql';
import { EnterpriseConnection, enterpriseSource } from '../enterprise/enterprise.types';
import type { Enterprise } from '../enterprise/enterprise.entity';
import { ParkConnection, parkSource } from '../park/park.types';
import type { Park } from '../park/park.entity';
import { ServiceCategory, ServiceDomain } from './service-domain.entity';

@Resolver(() => ServiceDomain)
export class ServiceDomainResolver {
  @Query(() => [ServiceDomain], { description: 'The 24-domain catalog (服务外包产业重点发展领域指导目录), in catalog order.' })
  serviceDomains(
    @Arg('category', () => ServiceCategory, { nullable: true, description: 'Only the domains of this category (ITO, BPO or KPO); all 24 when omitted.' }) category: ServiceCategory | null,
    @Ctx() ctx: Context,
  ): Promise<ServiceDomain[]> {
    return readRecords(ctx.em, ServiceDomain, category ? sql`t.category = ${category}` : raw('true'), raw('t.number'));
  }

  @Query(() => ServiceDomain, { nullable: true, description: 'A domain by its catalog number (1–24). Null, with a NOT_FOUND error naming `number`, when none has it.' })
  async serviceDomain(@Arg('number', () => Int, { description: 'Catalog number, 1–24.' }) number: number, @Ctx() ctx: Context): Promise<ServiceDomain> {
    const [domain] = await readRecords(ctx.em, ServiceDomain, sql`t.number = ${number}`);
    if (!domain) throw notFound('number', `No domain has number ${number}.`);
    return domain;
  }

  @FieldResolver(() => ParkConnection, { description: 'Parks that focus on this domain.' })
  parks(@Root() domain: ServiceDomain, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Park>> {
    const link = { join: sql`join park_focus_domain j on j.park_id = t.id`, parentColumn: 'j.service_domain_id' };
    return ctx.loaders.pages('ServiceDomain.parks', parkSource, link, { args: page, info }).load(domain.id);
  }

  @FieldResolver(() => EnterpriseConnection, { description: 'Enterprises working in this domain.' })
  enterprises(@Root() domain: ServiceDomain, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Enterprise>> {
    const link = { join: sql`join enterprise_domain j on j.enterprise_id = t.id`, parentColumn: 'j.service_domain_id' };
    return ctx.loaders.pages('ServiceDomain.enterprises', enterpriseSource, link, { args: page, info }).load(domain.id);
  }
}
