import { CountryCodeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ContractDirection } from '../contract-record/contract-record.entity';
import { ExchangeRate } from '../exchange-rate/exchange-rate.entity';
import { RegionKind } from '../region/region.entity';
import { ServiceCategory } from '../service-domain/service-domain.entity';

export enum ContractDimension {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  DOMAIN = 'DOMAIN',
  CATEGORY = 'CATEGORY',
  REGION = 'REGION',
  PARK = 'PARK',
  DIRECTION = 'DIRECTION',
  CLIENT_MARKET = 'CLIENT_MARKET',
}
registerEnumType(ContractDimension, {
  name: 'ContractDimension',
  description: 'What contract statistics can be grouped by.',
  valuesConfig: {
    QUARTER: { description: 'The quarter of quarterly records; whole-year records group under null.' },
    REGION: { description: 'The enterprise’s region, rolled up to `regionLevel` when given (sub-regions summed into their ancestor).' },
    PARK: { description: 'The enterprise’s park; an enterprise in two parks counts in both, one in none under null.' },
  },
});

@InputType({ description: 'Which contract records a report covers; all conditions must hold.' })
export class ContractStatsFilter {
  @Field(() => Int, { nullable: true }) yearFrom?: number | null;
  @Field(() => Int, { nullable: true }) yearTo?: number | null;
  @Field(() => [Int], { nullable: true, description: 'Catalog numbers of the domains.' }) domainNumbers?: number[] | null;
  @Field(() => ServiceCategory, { nullable: true }) category?: ServiceCategory | null;
  @Field(() => String, { nullable: true, description: 'Enterprises registered in this region (its code) or below it.' }) regionCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Enterprises in this park.' }) parkId?: string | null;
  @Field(() => ContractDirection, { nullable: true }) direction?: ContractDirection | null;
  @Field(() => CountryCodeResolver, { nullable: true }) clientMarket?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Leave out records made by the synthetic generator.' }) excludeSynthetic?: boolean | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'As things stood on this date: only records of periods (years or quarters) ended by then.' }) asOf?: string | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'As published on this date: for researchers, the records as they stood at the end of that day (China time), before later corrections, re-imports and verified revisions; without a researcher key, the releases made by that date. Default: as revised (researchers), the releases made so far (everyone else).',
  })
  publishedOn?: string | null;
}

@ObjectType({ description: 'One group of contract statistics: the keys it is grouped by (null for those not grouped by), and its figures.' })
export class ContractStatsRow {
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => Int, { nullable: true }) quarter!: number | null;
  domainId!: number | null;
  @Field(() => ServiceCategory, { nullable: true }) category!: ServiceCategory | null;
  regionId!: number | null;
  parkId!: number | null;
  @Field(() => ContractDirection, { nullable: true }) direction!: ContractDirection | null;
  @Field(() => CountryCodeResolver, { nullable: true }) clientMarket!: string | null;

  @Field(() => Float, { description: '签约额 signed, in US dollars.' }) signedUsd!: number;
  @Field(() => Float, { description: '执行额 executed, in US dollars.' }) executedUsd!: number;
  @Field(() => Float, { description: '签约额 signed, in yuan.' }) signedCny!: number;
  @Field(() => Float, { description: '执行额 executed, in yuan.' }) executedCny!: number;
  @Field(() => Float, { nullable: true, description: 'Offshore (离岸) executed, in US dollars; null where the published tables withhold the offshore part.' }) offshoreExecutedUsd!: number | null;
  @Field(() => Float, { nullable: true, description: 'Offshore share of executed value (USD basis); null when nothing was executed or the offshore part is withheld.' }) offshoreShare!: number | null;
  @Field(() => Int) recordCount!: number;
  @Field(() => Int, { description: 'Distinct enterprises with records in the group.' }) enterpriseCount!: number;
  @Field(() => Float, { nullable: true, description: 'Growth of executed value (USD) over the same group a year earlier; null without a year, or without figures for the year before.' })
  executedGrowth!: number | null;
}

@ObjectType({ description: 'A contract-statistics report: its rows, the total, and the exchange rates it used.' })
export class ContractStats {
  @Field(() => [ContractDimension]) groupBy!: ContractDimension[];
  @Field(() => RegionKind, { nullable: true, description: 'The level regions were rolled up to.' }) regionLevel!: RegionKind | null;
  @Field(() => [ContractStatsRow], { description: 'Groups in order of their keys.' }) rows!: ContractStatsRow[];
  @Field(() => ContractStatsRow, { nullable: true, description: 'All records of the filter together (key fields null). Without a researcher key: the sum of the rows’ published cells (by PARK, an enterprise in two parks counts in both, as in the rows), null when any of them is withheld.' }) total!: ContractStatsRow | null;
  @Field({ description: 'Whether rows were cut at `first`; the total still covers every record.' }) truncated!: boolean;
  @Field(() => Int, { description: 'Rows left out, for callers without a researcher key, because the published tables withhold them (or a part of them): see `basis`.' })
  suppressedRowCount!: number;
  @Field(() => [ExchangeRate], { description: 'The yearly rates used to convert the records of the report.' }) rates!: ExchangeRate[];
  @Field(() => Int, { description: 'Records left out of the sums because no rate converts their currency for their year.' })
  unconvertedRecordCount!: number;
  @Field({ description: 'How the figures were computed.' }) basis!: string;
}

