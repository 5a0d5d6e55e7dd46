import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { ConnectionArgs, type Page } from '../core/pagination';
import { and, runSql, sql, type Sql } from '../core/sql';
import type { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseConnection, enterpriseSource } from '../enterprise/enterprise.types';
import { Park } from '../park/park.entity';
import { inRegion, regionByCode } from '../region/region.types';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { TrainingBase } from '../training-base/training-base.entity';
import { University } from '../university/university.entity';
import { parkCluster } from './park-cluster.service';
import { ClusterFeeder, ClusterGroup, ClusterOptions, ParkCluster, ParkComparisonFilter } from './park-cluster.types';

const LEADING_KINDS = ['INDUSTRY_LEADING_ENTERPRISE', 'PROVINCIAL_LEADING_ENTERPRISE', 'CITY_KEY_ENTERPRISE'];
const MAX_COMPARED = 100;

@Resolver(() => Park)
export class ParkClusterFieldResolver {
  @FieldResolver(() => ParkCluster, { description: 'The park’s enterprise cluster: by domain and category, designations, contract value and feeders.' })
  cluster(
    @Root() park: Park,
    @Arg('options', () => ClusterOptions, { nullable: true, description: 'Period, date and data to compute it for; default all years, designations in force today, as revised.' }) options: ClusterOptions | null,
    @Ctx() ctx: Context,
  ): Promise<ParkCluster> {
    return parkCluster(ctx, park.id, options ?? {});
  }
}

@Resolver(() => ParkCluster)
export class ParkClusterResolver {
  @Query(() => [ParkCluster], { description: 'Compare the clusters of several parks, or of every park in a region.' })
  async parkClusters(
    @Arg('filter', () => ParkComparisonFilter, { description: 'The parks to compare: parkIds or a regionCode (at most 100 parks, by Chinese name).' }) filter: ParkComparisonFilter,
    @Arg('options', () => ClusterOptions, { nullable: true, description: 'Period, date and data, the same for every park; default all years, designations in force today, as revised.' }) options: ClusterOptions | null,
    @Ctx() ctx: Context,
  ): Promise<ParkCluster[]> {
    const where: Sql[] = [];
    if (!filter.parkIds?.length && !filter.regionCode) throw badInput('filter', 'give parkIds or a regionCode');
    if (filter.parkIds?.length) {
      if (filter.parkIds.length > MAX_COMPARED) throw badInput('filter.parkIds', `at most ${MAX_COMPARED} parks, got ${filter.parkIds.length}`);
      const ids = filter.parkIds.map((id, i) => fromGlobalId(id, `filter.parkIds[${i}]`, 'Park').id);
      where.push(sql`t.id = any(${`{${ids.join(',')}}`}::int[])`);
    }
    if (filter.regionCode) where.push(inRegion('t.region_id', await regionByCode(ctx, filter.regionCode, 'filter.regionCode')));
    const rows = await runSql<{ id: number }>(ctx.em, sql`select t.id from park t where ${and(where)} order by t.name_zh, t.id limit ${MAX_COMPARED}`);
    return Promise.all(rows.map((r) => parkCluster(ctx, r.id, options ?? {})));
  }

  @FieldResolver(() => Park, { description: 'The park the cluster is of.' })
  park(@Root() cluster: ParkCluster, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Park).load(cluster.parkId);
  }

  @FieldResolver(() => EnterpriseConnection, { description: 'Its leading and key enterprises (行业领军 / 龙头 / 市级重点), holding such a designation on asOf.' })
  leadingEnterprises(@Root() cluster: ParkCluster, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Enterprise>> {
    const asOf = cluster.options.asOf ?? new Date().toISOString().slice(0, 10);
    const link = { join: sql`join enterprise_park j on j.enterprise_id = t.id`, parentColumn: 'j.park_id' };
    const where = [sql`exists (select 1 from designation d where d.enterprise_id = t.id and d.kind = any(${`{${LEADING_KINDS.join(',')}}`}::text[])
      and d.valid_from <= ${asOf}::date and (d.valid_until is null or d.valid_until >= ${asOf}::date))`];
    return ctx.loaders.pages('ParkCluster.leadingEnterprises', enterpriseSource, link, { args: page, info, where }).load(cluster.parkId);
  }
}

@Resolver(() => ClusterGroup)
export class ClusterGroupResolver {
  @FieldResolver(() => ServiceDomain, { nullable: true, description: 'The domain, in by-domain groups.' })
  domain(@Root() group: ClusterGroup, @Ctx() ctx: Context) {
    return group.domainId == null ? null : ctx.loaders.byId(ServiceDomain).load(group.domainId);
  }
}

@Resolver(() => ClusterFeeder)
export class ClusterFeederResolver {
  @FieldResolver(() => TrainingBase, { description: 'The training base whose cohorts were placed in the park.' })
  trainingBase(@Root() feeder: ClusterFeeder, @Ctx() ctx: Context) {
    return ctx.loaders.byId(TrainingBase).load(feeder.trainingBaseId);
  }

  @FieldResolver(() => University, { nullable: true, description: 'The university that runs the base; null when a university does not.' })
  university(@Root() feeder: ClusterFeeder, @Ctx() ctx: Context) {
    return feeder.universityId == null ? null : ctx.loaders.byId(University).load(feeder.universityId);
  }
}
