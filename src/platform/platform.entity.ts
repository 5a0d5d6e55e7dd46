import { Embedded, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { ParkLevel, ParkStatus } from '../park/park.entity';
import { Region } from '../region/region.entity';

export enum PlatformKind {
  DEMONSTRATION_CITY = 'DEMONSTRATION_CITY',
  FREE_TRADE_ZONE = 'FREE_TRADE_ZONE',
  CROSS_BORDER_ECOMMERCE_ZONE = 'CROSS_BORDER_ECOMMERCE_ZONE',
  INNOVATION_DEMONSTRATION_ZONE = 'INNOVATION_DEMONSTRATION_ZONE',
  CULTURAL_BONDED_PARK = 'CULTURAL_BONDED_PARK',
}
registerEnumType(PlatformKind, {
  name: 'PlatformKind',
  description: 'What sort of zone or national programme a platform (开放平台) is.',
  valuesConfig: {
    DEMONSTRATION_CITY: { description: '中国服务外包示范城市: a national service-outsourcing demonstration city (the programme since 2009)' },
    FREE_TRADE_ZONE: { description: '自由贸易试验区: a pilot free-trade zone' },
    CROSS_BORDER_ECOMMERCE_ZONE: { description: '跨境电子商务综合试验区: a comprehensive cross-border e-commerce pilot zone' },
    INNOVATION_DEMONSTRATION_ZONE: { description: '国家自主创新示范区: a national independent-innovation demonstration zone' },
    CULTURAL_BONDED_PARK: { description: '文化保税园区: a cultural bonded park' },
  },
});

/**
 * 开放平台 / 功能区: a national programme or zone a document builds on (free-trade zone,
 * cross-border e-commerce zone, innovation demonstration zone, cultural bonded park, the
 * demonstration city itself): a record with its region, level and status, not words in a note.
 */
@ObjectType({ implements: NodeEntity, description: '开放平台 / 功能区: a zone or national programme a policy builds on.' })
@Entity({ tableName: 'platform' })
export class Platform extends NodeEntity {
  @Field({ description: 'As the document names it (a quote).' })
  @Property({ type: 'text', unique: true })
  nameZh!: string;

  @Field({ description: 'English name: a translation, the documents being in Chinese.' }) @Property({ type: 'text' }) nameEn!: string;

  @Field(() => PlatformKind, { description: 'Demonstration city, free-trade zone, cross-border e-commerce zone and so on.' }) @Enum({ items: () => PlatformKind }) @Index() kind!: PlatformKind;

  @Field(() => ParkLevel, { nullable: true, description: 'NATIONAL for a state programme.' })
  @Enum({ items: () => ParkLevel, nullable: true })
  level?: ParkLevel | null;

  @Field(() => ParkStatus, { description: 'As of the document; see provenance.note for the reading.' })
  @Enum({ items: () => ParkStatus })
  status!: ParkStatus;

  @ManyToOne(() => Region, { index: true, deleteRule: 'restrict' })
  region!: Region;

  @Field(() => String, { nullable: true, description: 'What the document says of it.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
