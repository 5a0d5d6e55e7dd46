import { Check, Collection, Embedded, Entity, Enum, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/core';
import { CountryCodeResolver, LocalDateResolver, NonNegativeIntResolver, URLResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { Park } from '../park/park.entity';
import { Region } from '../region/region.entity';
import { ServiceDomain } from '../service-domain/service-domain.entity';

export enum Ownership {
  STATE = 'STATE',
  PRIVATE = 'PRIVATE',
  FOREIGN_INVESTED = 'FOREIGN_INVESTED',
  JOINT_VENTURE = 'JOINT_VENTURE',
}
registerEnumType(Ownership, {
  name: 'Ownership',
  description: 'Ownership type of an enterprise (所有制).',
  valuesConfig: {
    STATE: { description: '国有 state-owned' },
    PRIVATE: { description: '民营 private' },
    FOREIGN_INVESTED: { description: '外商独资 foreign-invested' },
    JOINT_VENTURE: { description: '合资 joint venture' },
  },
});

export enum ListingBoard {
  SSE_MAIN = 'SSE_MAIN',
  SZSE_MAIN = 'SZSE_MAIN',
  STAR = 'STAR',
  CHINEXT = 'CHINEXT',
  BSE = 'BSE',
  NEEQ = 'NEEQ',
  HKEX = 'HKEX',
  OVERSEAS = 'OVERSEAS',
}
registerEnumType(ListingBoard, {
  name: 'ListingBoard',
  description: 'The stock-exchange board an enterprise is listed on (上市板块).',
  valuesConfig: {
    SSE_MAIN: { description: '上交所主板 Shanghai main board' },
    SZSE_MAIN: { description: '深交所主板 Shenzhen main board' },
    STAR: { description: '科创板 STAR market' },
    CHINEXT: { description: '创业板 ChiNext' },
    BSE: { description: '北交所 Beijing Stock Exchange' },
    NEEQ: { description: '新三板 NEEQ' },
    HKEX: { description: '港交所 Hong Kong' },
    OVERSEAS: { description: '境外上市: listed on an exchange outside China' },
  },
});

/** 企业: a service-outsourcing enterprise, identified by its unified social credit code. */
@ObjectType({ implements: NodeEntity, description: '企业: a service-outsourcing enterprise.' })
@Entity({ tableName: 'enterprise' })
@Check({ name: 'enterprise_credit_code_check', expression: "credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'" })
@Check({ name: 'enterprise_headcount_check', expression: 'headcount >= 0' })
export class Enterprise extends NodeEntity {
  @Field({ description: 'Registered Chinese name (中文名称).' }) @Property({ type: 'text' }) @Index() nameZh!: string;
  @Field(() => String, { nullable: true, description: 'English name; null where the enterprise has none on record.' }) @Property({ type: 'text', nullable: true }) nameEn?: string | null;

  @Field({ description: '统一社会信用代码 (GB 32100), 18 characters with a check character.' })
  @Property({ type: 'text', unique: true })
  creditCode!: string;

  @Field(() => Ownership, { description: 'Ownership type (所有制): state, private, foreign-invested or joint venture.' }) @Enum({ items: () => Ownership }) @Index() ownership!: Ownership;

  @Field(() => LocalDateResolver, { nullable: true, description: '成立日期: date of founding (registration); null where not known.' })
  @Property({ type: 'date', nullable: true })
  foundedOn?: string | null;

  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Staff headcount (从业人员), in persons; null where not known.' })
  @Property({ type: 'integer', nullable: true })
  @Index()
  headcount?: number | null;

  @Field(() => ListingBoard, { nullable: true, description: 'Board it is listed on; null when not listed or not known.' })
  @Enum({ items: () => ListingBoard, nullable: true })
  listingBoard?: ListingBoard | null;

  @Field(() => URLResolver, { nullable: true, description: 'Official website.' })
  @Property({ type: 'text', nullable: true })
  website?: string | null;

  @Field(() => [CountryCodeResolver], { description: 'Client markets (ISO 3166-1 alpha-2) the enterprise serves.' })
  @Property({ type: 'text[]' })
  clientMarkets: string[] = [];

  @ManyToOne(() => Region, { index: true, deleteRule: 'restrict' })
  region!: Region;

  @ManyToMany({ entity: () => Park, pivotTable: 'enterprise_park', joinColumn: 'enterprise_id', inverseJoinColumn: 'park_id' })
  parks = new Collection<Park>(this);

  @ManyToMany({ entity: () => ServiceDomain, pivotTable: 'enterprise_domain', joinColumn: 'enterprise_id', inverseJoinColumn: 'service_domain_id' })
  domains = new Collection<ServiceDomain>(this);

  @Field(() => Int, { description: 'Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
