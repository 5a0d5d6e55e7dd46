import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { Park } from '../park/park.entity';
import { Region, RegionKind } from '../region/region.entity';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { contractStats } from './contract-stats.service';
import { ContractDimension, ContractStats, ContractStatsFilter, ContractStatsRow } from './contract-stats.types';

@Resolver(() => ContractStatsRow)
export class ContractStatsResolver {
  @Query(() => ContractStats, {
    description: 'Contract statistics (服务外包合同 / 执行额) summed and grouped, in USD and CNY, with growth and offshore share. With a researcher key: ' +
      'any grouping and filter, over the live records. Without one: the published tables of the statistical releases only ' +
      '(`statisticsReleases`; other groupings are FORBIDDEN), with cells withheld by the disclosure rules left out (`suppressedRowCount`).',
  })
  contractStats(
    @Arg('groupBy', () => [ContractDimension], { description: 'Dimensions to group by; empty for the total only.' }) groupBy: ContractDimension[],
    @Arg('filter', () => ContractStatsFilter, { nullable: true, description: 'Which records to sum; all when omitted.' }) filter: ContractStatsFilter | null,
    @Arg('regionLevel', () => RegionKind, { nullable: true, description: 'Roll regions up to their ancestor of this kind (e.g. CITY, MACRO_REGION, PROVINCE).' })
    regionLevel: RegionKind | null,
    @Arg('first', () => Int, { defaultValue: 1000, description: 'At most this many rows (1–10000).' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<ContractStats> {
    return contractStats(ctx, { groupBy, filter, regionLevel, first });
  }

  @FieldResolver(() => ServiceDomain, { nullable: true, description: 'The group’s service domain; null unless grouped by DOMAIN.' })
  domain(@Root() row: ContractStatsRow, @Ctx() ctx: Context): Promise<ServiceDomain | null> | null {
    return row.domainId == null ? null : ctx.loaders.byId(ServiceDomain).load(row.domainId);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The enterprises’ region (rolled up to `regionLevel`); null unless grouped by REGION.' })
  region(@Root() row: ContractStatsRow, @Ctx() ctx: Context): Promise<Region | null> | null {
    return row.regionId == null ? null : ctx.loaders.byId(Region).load(row.regionId);
  }

  @FieldResolver(() => Park, { nullable: true, description: 'The enterprises’ park; null unless grouped by PARK, and for enterprises in no park.' })
  park(@Root() row: ContractStatsRow, @Ctx() ctx: Context): Promise<Park | null> | null {
    return row.parkId == null ? null : ctx.loaders.byId(Park).load(row.parkId);
  }
}
