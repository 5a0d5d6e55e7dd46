import { Check, DecimalType, Embedded, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { CountryCodeResolver, CurrencyResolver, NonNegativeFloatResolver } from 'graphql-scalars';
import { Authorized, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { money, Money } from '../core/money';
import { Access } from '../auth/access-rules';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ServiceDomain } from '../service-domain/service-domain.entity';

export enum ContractDirection {
  OFFSHORE = 'OFFSHORE',
  ONSHORE = 'ONSHORE',
}
registerEnumType(ContractDirection, {
  name: 'ContractDirection',
  description: 'Whether the client is abroad (离岸 offshore) or in China (在岸 onshore).',
  valuesConfig: {
    OFFSHORE: { description: '离岸 offshore: the client is abroad (international service outsourcing)' },
    ONSHORE: { description: '在岸 onshore: the client is in China' },
  },
});

/**
 * 服务外包合同 / 执行额: an enterprise's contract value signed and executed in a
 * period (a year, or a quarter of it), domain, direction and client market,
 * in the currency it was reported in.
 */
@ObjectType({ implements: NodeEntity, description: '服务外包合同: contract value signed (签约额) and executed (执行额) in a period.' })
@Entity({ tableName: 'contract_record' })
@Check({ name: 'contract_record_amounts_check', expression: 'signed_amount >= 0 and executed_amount >= 0' })
@Check({ name: 'contract_record_quarter_check', expression: 'quarter between 1 and 4' })
@Check({ name: 'contract_record_year_check', expression: 'year between 2000 and 2100' })
@Check({ name: 'contract_record_currency_check', expression: "currency ~ '^[A-Z]{3}$'" })
@Index({ name: 'contract_record_year_domain_idx', properties: ['year', 'domain'] })
export class ContractRecord extends NodeEntity {
  @ManyToOne(() => Enterprise, { index: true, deleteRule: 'cascade' })
  enterprise!: Enterprise;

  @Field(() => Int, { description: 'The year the figures are for.' }) @Property({ type: 'integer' }) year!: number;

  @Field(() => Int, { nullable: true, description: '1–4, or null for a whole-year record. An enterprise reports a year whole or by quarter, never both.' })
  @Property({ type: 'smallint', nullable: true })
  quarter?: number | null;

  @ManyToOne(() => ServiceDomain, { index: true, deleteRule: 'restrict' })
  domain!: ServiceDomain;

  @Field(() => ContractDirection, { description: 'Offshore (离岸, client abroad) or onshore (在岸, client in China).' }) @Enum({ items: () => ContractDirection }) @Index() direction!: ContractDirection;

  @Field(() => CountryCodeResolver, { description: 'Client market (ISO 3166-1 alpha-2); CN for onshore business.' })
  @Property({ type: 'text' })
  @Index()
  clientMarket!: string;

  @Authorized(Access.RESEARCHER, Access.OWN_PARK)
  @Field(() => NonNegativeFloatResolver, { nullable: true, description: '签约额 contract value signed, in `currency`. Researchers, and the administrator of the enterprise’s park.' })
  @Property({ type: new DecimalType('number'), precision: 18, scale: 2 })
  signedAmount!: number;

  @Authorized(Access.RESEARCHER, Access.OWN_PARK)
  @Field(() => NonNegativeFloatResolver, { nullable: true, description: '执行额 contract value executed, in `currency`. Researchers, and the administrator of the enterprise’s park.' })
  @Property({ type: new DecimalType('number'), precision: 18, scale: 2 })
  executedAmount!: number;

  @Field(() => CurrencyResolver, { description: 'ISO 4217 currency the figures were reported in (USD is usual).' })
  @Property({ type: 'text', default: 'USD' })
  currency: string = 'USD';

  // numeric(18, 2) read as a JS number prints back exactly (15 significant digits); as Money it travels as a decimal string.
  @Authorized(Access.RESEARCHER, Access.OWN_PARK)
  @Field(() => Money, { nullable: true, description: '签约额 contract value signed, exact, in its reported currency. Researchers, and the administrator of the enterprise’s park.' })
  get signed(): Money | null {
    return money(this.signedAmount, this.currency);
  }

  @Authorized(Access.RESEARCHER, Access.OWN_PARK)
  @Field(() => Money, { nullable: true, description: '执行额 contract value executed, exact, in its reported currency. Researchers, and the administrator of the enterprise’s park.' })
  get executed(): Money | null {
    return money(this.executedAmount, this.currency);
  }

  // Who filed a record, when and how often it changed date an enterprise's figures: shown to those who may read them.
  @Authorized(Access.RESEARCHER, Access.OWN_PARK)
  @Field(() => Int, { nullable: true, description: 'Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. Researchers, and the administrator of the enterprise’s park.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Authorized(Access.RESEARCHER, Access.OWN_PARK)
  @Field(() => Provenance, { nullable: true, description: 'Where the figures came from. Researchers, and the administrator of the enterprise’s park.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
