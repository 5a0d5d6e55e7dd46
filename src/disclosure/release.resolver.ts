import { LocalDateResolver } from 'graphql-scalars';
import { Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context';
import { runSql, sql } from '../core/sql';
import { todayInChina } from './published-stats';

@ObjectType({ description: 'A statistical release: the published tables of one year’s contract statistics, computed once and final since.' })
export class StatisticsRelease {
  @Field(() => Int, { description: 'The year the figures are for.' }) year!: number;
  @Field(() => LocalDateResolver, { description: 'When it was released: the only dates on which public figures change.' }) releasedOn!: string;
  @Field(() => Int, { description: 'Cells of all published tables (every table and variant).' }) cellCount!: number;
  @Field(() => Int, { description: 'Of `cellCount`, the cells whose figures are public (not withheld).' }) publishedCellCount!: number;
  @Field(() => Int, { description: 'Cells withheld because they cover fewer than `minEnterprises` enterprises.' }) fewEnterprisesCellCount!: number;
  @Field(() => Int, { description: 'Cells withheld because one enterprise dominates them (p%-rule).' }) dominantEnterpriseCellCount!: number;
  @Field(() => Int, { description: 'Cells withheld so that no withheld figure can be worked out from the published ones (complementary suppression).' })
  complementaryCellCount!: number;
  @Field(() => Int, { description: 'The minimum number of enterprises of a published cell.' }) minEnterprises!: number;
  @Field(() => Float, { description: 'p of the p%-rule: a cell is withheld when the enterprises other than its two largest add up to less than p% of the largest.' })
  pPercent!: number;
  @Field(() => Float, { description: 'Yuan per US dollar used for the year’s USD figures.' }) usdRate!: number;
  @Field(() => Int, { description: 'Records of the year no exchange rate converted, left out of every table.' }) unconvertedRecordCount!: number;
}

@Resolver()
export class StatisticsReleaseResolver {
  @Query(() => [StatisticsRelease], { description: 'The statistical releases made so far (released on or before today, China time), by year: what public contract statistics are computed from.' })
  statisticsReleases(@Ctx() ctx: Context): Promise<StatisticsRelease[]> {
    return runSql<StatisticsRelease>(ctx.em, sql`
      select r.year, to_char(r.released_on, 'YYYY-MM-DD') as "releasedOn", r.min_enterprises as "minEnterprises", r.p_percent as "pPercent",
        r.usd_rate as "usdRate", r.unconverted_record_count as "unconvertedRecordCount",
        count(*)::int as "cellCount",
        (count(*) filter (where c.status = 'PUBLISHED'))::int as "publishedCellCount",
        (count(*) filter (where c.status = 'FEW_CONTRIBUTORS'))::int as "fewEnterprisesCellCount",
        (count(*) filter (where c.status = 'DOMINANT_CONTRIBUTOR'))::int as "dominantEnterpriseCellCount",
        (count(*) filter (where c.status = 'COMPLEMENTARY'))::int as "complementaryCellCount"
      from statistics_release r join published_cell c on c.release_id = r.id
      where r.released_on <= ${todayInChina()}::date
      group by r.id order by r.year`);
  }
}
