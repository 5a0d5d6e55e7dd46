import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { readRecords } from '../core/hydrate';
import { and, raw, sql } from '../core/sql';
import { Region } from '../region/region.entity';
import { regionByCode } from '../region/region.types';
import { Platform, PlatformKind } from './platform.entity';

@Resolver(() => Platform)
export class PlatformResolver {
  @Query(() => [Platform], { description: 'Zones and national programmes the policies build on (开放平台): a short list, in name order.' })
  async platforms(
    @Arg('regionCode', () => String, { nullable: true, description: 'In this region (its code) or below it.' }) regionCode: string | null,
    @Arg('kind', () => PlatformKind, { nullable: true, description: 'Only platforms of this kind; all when omitted.' }) kind: PlatformKind | null,
    @Ctx() ctx: Context,
  ): Promise<Platform[]> {
    const region = regionCode ? await regionByCode(ctx, regionCode, 'regionCode') : null;
    return readRecords(ctx.em, Platform, and([
      ...(kind ? [sql`t.kind = ${kind}`] : []),
      ...(region ? [sql`r.path like ${`${region.path}%`}`] : []),
    ]), raw('t.name_zh, t.id'), region ? raw('join region r on r.id = t.region_id') : raw(''));
  }

  @FieldResolver(() => Region, { description: 'The region the zone lies in, or the city or province a programme covers.' })
  region(@Root() platform: Platform, @Ctx() ctx: Context): Promise<Region | null> {
    return ctx.loaders.byId(Region).load(platform.region.id);
  }
}
