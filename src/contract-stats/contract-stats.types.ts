import { CountryCodeResolver, LocalDateResolver } from 'graphql-scalars';
import { Arg, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { money, Money, type Decimal } from '../core/money';
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
    YEAR: { description: 'The year the figures are for.' },
    QUARTER: { description: 'The quarter of quarterly records; whole-year records group under null.' },
    DOMAIN: { description: 'The service domain of the catalog (1–24).' },
    CATEGORY: { description: 'The domain’s category: ITO, BPO or KPO.' },
    DIRECTION: { description: 'Offshore (离岸) or onshore (在岸).' },
    CLIENT_MARKET: { description: 'The client’s country (ISO 3166-1 alpha-2); CN for onshore.' },
    REGION: { description: 'The enterprise’s region, rolled up to `regionLevel` when given (sub-regions summed into their ancestor).' },
    PARK: { description: 'The enterprise’s park; an enterprise in two parks counts in both, one in none under null.' },
  },
});

/** The currencies reports convert to. */
export enum ReportCurrency {
  USD = 'USD',
  CNY = 'CNY',
}
registerEnumType(ReportCurrency, {
  name: 'ReportCurrency',
  description: 'The currency a report’s money is given in.',
  valuesConfig: { USD: { description: 'US dollars: yuan divided by the year’s USD rate.' }, CNY: { description: 'Yuan (人民币): each record’s currency at its year’s rate.' } },
});

const DEPRECATED_FLOAT = (field: string, currency = 'USD') =>
  `A float rounds money (24582145.4676 came out as 24582145.467600003): use ${field}${currency === 'USD' ? '' : `(currency: ${currency})`} { amount currency }, an exact decimal.`;

@InputType({ description: 'Which contract records a report covers; all conditions must hold.' })
export class ContractStatsFilter {
  @Field(() => Int, { nullable: true, description: 'Only records of this year or later.' }) yearFrom?: number | null;
  @Field(() => Int, { nullable: true, description: 'Only records of this year or earlier.' }) yearTo?: number | null;
  @Field(() => [Int], { nullable: true, description: 'Catalog numbers of the domains.' }) domainNumbers?: number[] | null;
  @Field(() => ServiceCategory, { nullable: true, description: 'Only domains of this category (ITO, BPO or KPO).' }) category?: ServiceCategory | null;
  @Field(() => String, { nullable: true, description: 'Enterprises registered in this region (its code) or below it.' }) regionCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Enterprises in this park.' }) parkId?: string | null;
  @Field(() => ContractDirection, { nullable: true, description: 'Only offshore (离岸) or only onshore (在岸) business.' }) direction?: ContractDirection | null;
  @Field(() => CountryCodeResolver, { nullable: true, description: 'Only business with clients in this country (ISO 3166-1 alpha-2; CN is onshore).' }) clientMarket?: string | null;
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
  @Field(() => Int, { nullable: true, description: 'The group’s year; null unless grouped by YEAR.' }) year!: number | null;
  @Field(() => Int, { nullable: true, description: 'The group’s quarter (1–4); null unless grouped by QUARTER, and for whole-year records.' }) quarter!: number | null;
  domainId!: number | null;
  @Field(() => ServiceCategory, { nullable: true, description: 'The group’s category (ITO, BPO or KPO); null unless grouped by CATEGORY.' }) category!: ServiceCategory | null;
  regionId!: number | null;
  parkId!: number | null;
  @Field(() => ContractDirection, { nullable: true, description: 'Offshore (离岸) or onshore (在岸); null unless grouped by DIRECTION.' }) direction!: ContractDirection | null;
  @Field(() => CountryCodeResolver, { nullable: true, description: 'The client market (ISO 3166-1 alpha-2); null unless grouped by CLIENT_MARKET.' }) clientMarket!: string | null;

  // Sums as PostgreSQL gives them: exact decimals, rounded to the cent.
  @Field(() => Float, { deprecationReason: DEPRECATED_FLOAT('signed'), description: '签约额 signed, in US dollars, as a float.' }) signedUsd!: Decimal;
  @Field(() => Float, { deprecationReason: DEPRECATED_FLOAT('executed'), description: '执行额 executed, in US dollars, as a float.' }) executedUsd!: Decimal;
  @Field(() => Float, { deprecationReason: DEPRECATED_FLOAT('signed', 'CNY'), description: '签约额 signed, in yuan, as a float.' }) signedCny!: Decimal;
  @Field(() => Float, { deprecationReason: DEPRECATED_FLOAT('executed', 'CNY'), description: '执行额 executed, in yuan, as a float.' }) executedCny!: Decimal;
  @Field(() => Float, { nullable: true, deprecationReason: DEPRECATED_FLOAT('offshoreExecuted'), description: 'Offshore (离岸) executed, in US dollars, as a float; null where the published tables withhold the offshore part.' }) offshoreExecutedUsd!: Decimal | null;
  offshoreExecutedCny!: Decimal | null;

  @Field(() => Money, { description: '签约额 contract value signed, exact: in US dollars (default) or yuan, converted with each record’s yearly rate.' })
  signed(@Arg('currency', () => ReportCurrency, { defaultValue: ReportCurrency.USD, description: 'USD or CNY.' }) currency: ReportCurrency): Money {
    return money(currency === ReportCurrency.CNY ? this.signedCny : this.signedUsd, currency)!;
  }

  @Field(() => Money, { description: '执行额 contract value executed, exact: in US dollars (default) or yuan, converted with each record’s yearly rate.' })
  executed(@Arg('currency', () => ReportCurrency, { defaultValue: ReportCurrency.USD, description: 'USD or CNY.' }) currency: ReportCurrency): Money {
    return money(currency === ReportCurrency.CNY ? this.executedCny : this.executedUsd, currency)!;
  }

  @Field(() => Money, { nullable: true, description: 'Offshore (离岸) part of the executed value, exact; null where the published tables withhold it.' })
  offshoreExecuted(@Arg('currency', () => ReportCurrency, { defaultValue: ReportCurrency.USD, description: 'USD or CNY.' }) currency: ReportCurrency): Money | null {
    return money(currency === ReportCurrency.CNY ? this.offshoreExecutedCny : this.offshoreExecutedUsd, currency);
  }

  @Field(() => Float, { nullable: true, description: 'Offshore share of executed value (USD basis); null when nothing was executed or the offshore part is withheld.' }) offshoreShare!: number | null;
  @Field(() => Int, { description: 'Contract records summed in the group.' }) recordCount!: number;
  @Field(() => Int, { description: 'Distinct enterprises with records in the group.' }) enterpriseCount!: number;
  @Field(() => Float, { nullable: true, description: 'Growth of executed value (USD) over the same group a year earlier; null without a year, or without figures for the year before.' })
  executedGrowth!: number | null;
}

@ObjectType({ description: 'A contract-statistics report: its rows, the total, and the exchange rates it used.' })
export class ContractStats {
  @Field(() => [ContractDimension], { description: 'The dimensions the rows are grouped by, as asked.' }) groupBy!: ContractDimension[];
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

