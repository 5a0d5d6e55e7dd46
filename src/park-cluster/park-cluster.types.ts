import { LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Access } from '../auth/access-rules';
import { money, Money, type Decimal } from '../core/money';
import { DesignationKind } from '../designation/designation.entity';
import { ServiceCategory } from '../service-domain/service-domain.entity';

@InputType({ description: 'The period and date a park cluster is computed for.' })
export class ClusterOptions {
  @Field(() => Int, { nullable: true, description: 'Contract records from this year.' }) yearFrom?: number | null;
  @Field(() => Int, { nullable: true, description: 'Contract records up to this year.' }) yearTo?: number | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Designations in force on this date (default today).' }) asOf?: string | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Contract records as published on this date (as they stood at the end of that day, China time). Default: as revised (the latest).',
  })
  publishedOn?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Leave out synthetic enterprises and records made by the synthetic generator.' })
  excludeSynthetic?: boolean | null;
}

const deprecatedFloat = (field: string) => `A float rounds money: use ${field} { amount currency }, an exact decimal.`;

@ObjectType({ description: 'Contract value of a cluster group, in US dollars (converted with yearly rates).' })
export class ClusterMoney {
  // Exact decimals from PostgreSQL, rounded to the cent; the float fields are kept, deprecated, for existing clients.
  @Field(() => Float, { deprecationReason: deprecatedFloat('signed'), description: '签约额 signed, as a float.' }) signedUsd!: Decimal;
  @Field(() => Float, { deprecationReason: deprecatedFloat('executed'), description: '执行额 executed, as a float.' }) executedUsd!: Decimal;
  @Field(() => Float, { nullable: true, deprecationReason: deprecatedFloat('offshoreExecuted'), description: 'Offshore (离岸) part, as a float; null where the published tables withhold it.' }) offshoreExecutedUsd!: Decimal | null;
  @Field(() => Float, { nullable: true, deprecationReason: deprecatedFloat('onshoreExecuted'), description: 'Onshore (在岸) part, as a float; null where the published tables withhold it.' }) onshoreExecutedUsd!: Decimal | null;

  @Field(() => Money, { description: '签约额 contract value signed, in US dollars, exact.' })
  get signed(): Money {
    return money(this.signedUsd, 'USD')!;
  }

  @Field(() => Money, { description: '执行额 contract value executed, in US dollars, exact.' })
  get executed(): Money {
    return money(this.executedUsd, 'USD')!;
  }

  @Field(() => Money, { nullable: true, description: 'Offshore (离岸) part of the executed value; null where the published tables withhold it.' })
  get offshoreExecuted(): Money | null {
    return money(this.offshoreExecutedUsd, 'USD');
  }

  @Field(() => Money, { nullable: true, description: 'Onshore (在岸) part of the executed value; null where the published tables withhold it.' })
  get onshoreExecuted(): Money | null {
    return money(this.onshoreExecutedUsd, 'USD');
  }
}

@ObjectType({ description: 'The enterprises of a park in one domain or category.' })
export class ClusterGroup {
  parkId!: number;
  domainId!: number | null;
  @Field(() => ServiceCategory, { description: 'The group’s category (ITO, BPO or KPO); in by-domain groups, the domain’s.' }) category!: ServiceCategory;
  @Field(() => Int, { description: 'Enterprises working in the group (an enterprise in two domains counts in both).' }) enterpriseCount!: number;
  @Field(() => Int, { description: 'Their staff, in persons (unknown headcounts count as 0).' }) headcount!: number;
  @Field(() => ClusterMoney, { nullable: true, description: 'Contract records of the park’s enterprises in the group’s domains, in the period. Without a researcher key: from the released park tables, null when a year of it is withheld.' }) contracts!: ClusterMoney | null;
}

@ObjectType({ description: 'How many of a park’s enterprises hold a designation.' })
export class ClusterDesignationCount {
  @Field(() => DesignationKind, { description: 'The designation counted.' }) kind!: DesignationKind;
  @Field(() => Int, { description: 'Enterprises of the park holding it on `asOf`.' }) enterpriseCount!: number;
}

@ObjectType({ description: 'A training base (and its university, if one runs it) whose cohorts were placed in the park’s enterprises.' })
export class ClusterFeeder {
  universityId!: number | null;
  trainingBaseId!: number;
  @Authorized(Access.OWN_UNIVERSITY)
  @Field(() => Int, { nullable: true, description: 'People placed in the park’s enterprises from its bases’ cohorts. Researchers and that university only.' }) placed!: number;
}

@ObjectType({ description: 'A park’s enterprise cluster: its enterprises by domain and category, their designations, contracts and talent feeders.' })
export class ParkCluster {
  parkId!: number;
  options!: ClusterOptions;
  @Field(() => Int, { description: 'Enterprises in the park.' }) enterpriseCount!: number;
  @Field(() => Int, { description: 'Their staff together, in persons (unknown headcounts count as 0).' }) headcount!: number;
  @Field(() => ClusterMoney, { nullable: true, description: 'Contract records of the park’s enterprises in the period. Without a researcher key: from the released park tables (years released by `publishedOn`), null when a year of it is withheld.' }) contracts!: ClusterMoney | null;
  @Field(() => [ClusterGroup], { description: 'By domain, in catalog order.' }) byDomain!: ClusterGroup[];
  @Field(() => [ClusterGroup], { description: 'By ITO/BPO/KPO category.' }) byCategory!: ClusterGroup[];
  @Field(() => [ClusterDesignationCount], { description: 'Designations held by the park’s enterprises, in force on `asOf`.' }) designations!: ClusterDesignationCount[];
  @Field(() => [ClusterFeeder], { description: 'Training bases and universities feeding the park (at most 100): most placed first for researchers and admins, who see `placed`; by training base for everyone else, so the order does not rank what they may not see.' }) feeders!: ClusterFeeder[];
  @Field({ description: 'How the figures were computed.' }) basis!: string;
}

@InputType({ description: 'Which parks to compare.' })
export class ParkComparisonFilter {
  @Field(() => [ID], { nullable: true, description: 'These parks (at most 100).' }) parkIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Or every park in this region (its code) or below it (at most 100).' }) regionCode?: string | null;
}
