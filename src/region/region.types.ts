import { Field, InputType } from 'type-graphql';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { readRecords } from '../core/hydrate';
import { connectionTypes, type ListSource } from '../core/pagination';
import { raw, sql, type Sql } from '../core/sql';
import { Region, RegionKind } from './region.entity';

export const regionSource: ListSource<Region> = {
  entity: Region,
  table: 'region',
  orderColumns: { CODE: 't.code', NAME_EN: 't.name_en', NAME_ZH: 't.name_zh' },
};

export enum RegionOrderField {
  CODE = 'CODE',
  NAME_EN = 'NAME_EN',
  NAME_ZH = 'NAME_ZH',
}

export const RegionConnection = connectionTypes(Region, 'Region');

@InputType({ description: 'Which regions to list.' })
export class RegionFilter {
  @Field(() => RegionKind, { nullable: true, description: 'Only regions of this kind.' }) kind?: RegionKind | null;
  @Field(() => String, { nullable: true, description: 'Only regions inside this region (its code), at any depth.' })
  withinCode?: string | null;
}

/** The region with `code`, or BAD_USER_INPUT naming `argument` (one batched statement per request). */
export async function regionByCode(ctx: Context, code: string, argument: string): Promise<Region> {
  const region = await ctx.loaders
    .get('regionByCode', async (codes: readonly string[]) => {
      const found = await readRecords(ctx.em, Region, sql`t.code in (${[...codes]})`);
      return codes.map((c) => found.find((r) => r.code === c) ?? null);
    })
    .load(code);
  if (!region) throw badInput(argument, `no region has code "${code}"`);
  return region;
}

/** `column` (a region id) lies in `region` or below it. */
export function inRegion(column: string, region: Region): Sql {
  return sql`${raw(column)} in (select r.id from region r where r.path like ${`${region.path}%`})`;
}
