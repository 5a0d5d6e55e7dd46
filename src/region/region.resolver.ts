import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { notFound } from '../core/errors';
import { readRecords } from '../core/hydrate';
import { ConnectionArgs, fetchPage, orderInput, type Page, type ParentLink } from '../core/pagination';
import { sql, type Sql } from '../core/sql';
import { EnterpriseConnection, enterpriseSource } from '../enterprise/enterprise.types';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ParkConnection, parkSource } from '../park/park.types';
import { Park } from '../park/park.entity';
import { UniversityConnection, universitySource } from '../university/university.types';
import { University } from '../university/university.entity';
import { Region } from './region.entity';
import { RegionConnection, RegionFilter, RegionOrderField, regionByCode, regionSource } from './region.types';

/** Records whose region lies in the parent region or below it. */
const withinParent: ParentLink = {
  join: sql`join region rr on rr.id = t.region_id join region anc on rr.path like anc.path || '%'`,
  parentColumn: 'anc.id',
};

const RegionOrder = orderInput(RegionOrderField, 'Region', RegionOrderField.CODE, {
  CODE: 'The region’s code: GB/T 2260 where one exists, else a project code (e.g. SN-GUANZHONG).',
  NAME_ZH: 'Chinese name (中文名称).',
  NAME_EN: 'English name.',
});

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => RegionConnection, { description: 'Regions of the tree, filtered.' })
  async regions(
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => RegionFilter, { nullable: true, description: 'Which regions; all when omitted.' }) filter: RegionFilter | null,
    @Arg('orderBy', () => RegionOrder, { nullable: true, description: 'Order of the list; by code when omitted.' }) orderBy: InstanceType<typeof RegionOrder> | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Region>> {
    const where: Sql[] = [];
    if (filter?.kind) where.push(sql`t.kind = ${filter.kind}`);
    if (filter?.withinCode) {
      const within = await regionByCode(ctx, filter.withinCode, 'filter.withinCode');
      where.push(sql`t.path like ${`${within.path}%`} and t.id <> ${within.id}`);
    }
    return fetchPage(ctx.em, regionSource, { where, order: orderBy, args: page, info });
  }

  @Query(() => Region, {
    nullable: true,
    description: 'A region by its code (GB/T 2260 or project code). Null, with a NOT_FOUND error naming `code`, when none has it.',
  })
  async region(@Arg('code', { description: 'GB/T 2260 code (e.g. 410100) or project code (e.g. CN, SN-GUANZHONG).' }) code: string, @Ctx() ctx: Context): Promise<Region> {
    const [found] = await readRecords(ctx.em, Region, sql`t.code = ${code}`);
    if (!found) throw notFound('code', `No region has code "${code}".`);
    return found;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The administrative parent (for a macro-region, its province or the country).' })
  parent(@Root() region: Region, @Ctx() ctx: Context): Promise<Region | null> | null {
    return region.parent ? ctx.loaders.byId(Region).load(region.parent.id) : null;
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The macro-region it belongs to (关中, 陕南, 陕北, 中西部地区), if any; its provenance.note says whether the document places it there or general geography does.',
  })
  macroRegion(@Root() region: Region, @Ctx() ctx: Context): Promise<Region | null> | null {
    return region.macroRegion ? ctx.loaders.byId(Region).load(region.macroRegion.id) : null;
  }

  @FieldResolver(() => [Region], { description: 'For a macro-region, the regions it groups; a report or target scoped to it covers them and everything below them.' })
  members(@Root() region: Region, @Ctx() ctx: Context): Promise<Region[]> {
    return ctx.loaders.all('Region.members', regionSource, { parentColumn: 't.macro_region_id' }, 't.code').load(region.id);
  }

  @FieldResolver(() => [Region], { description: 'The regions directly below this one in the division (GB/T 2260): a macro-region has none, see members.' })
  children(@Root() region: Region, @Ctx() ctx: Context): Promise<Region[]> {
    return ctx.loaders.all('Region.children', regionSource, { parentColumn: 't.parent_id' }, 't.code').load(region.id);
  }

  @FieldResolver(() => ParkConnection, { description: 'Parks in this region or below it.' })
  parks(@Root() region: Region, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Park>> {
    return ctx.loaders.pages('Region.parks', parkSource, withinParent, { args: page, info }).load(region.id);
  }

  @FieldResolver(() => EnterpriseConnection, { description: 'Enterprises registered in this region or below it.' })
  enterprises(@Root() region: Region, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<Enterprise>> {
    return ctx.loaders.pages('Region.enterprises', enterpriseSource, withinParent, { args: page, info }).load(region.id);
  }

  @FieldResolver(() => UniversityConnection, { description: 'Universities in this region or below it.' })
  universities(@Root() region: Region, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<University>> {
    return ctx.loaders.pages('Region.universities', universitySource, withinParent, { args: page, info }).load(region.id);
  }
}
