import { Check, Embedded, Entity, Property, Unique } from '@mikro-orm/core';
import { CurrencyResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';

/**
 * 汇率: yuan per unit of a currency, for a year. Reports convert contract
 * values stored in their original currency with the rate of their year.
 */
@ObjectType({ implements: NodeEntity, description: '汇率: yearly exchange rate, yuan (CNY) per unit of a currency.' })
@Entity({ tableName: 'exchange_rate' })
@Unique({ properties: ['currency', 'year'] })
@Check({ name: 'exchange_rate_positive_check', expression: 'cny_per_unit > 0' })
@Check({ name: 'exchange_rate_currency_check', expression: "currency ~ '^[A-Z]{3}$'" })
export class ExchangeRate extends NodeEntity {
  @Field(() => CurrencyResolver, { description: 'The currency converted (ISO 4217), e.g. USD.' }) @Property({ type: 'text' }) currency!: string;
  @Field(() => Int, { description: 'The year whose contract records the rate converts.' }) @Property({ type: 'integer' }) year!: number;

  @Field(() => Float, { description: 'Yuan per unit of `currency` (annual average).' })
  @Property({ type: 'double precision' })
  cnyPerUnit!: number;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
