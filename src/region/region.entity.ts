import { Embedded, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';

export enum RegionKind {
  COUNTRY = 'COUNTRY',
  NATIONAL_REGION = 'NATIONAL_REGION',
  PROVINCE = 'PROVINCE',
  MACRO_REGION = 'MACRO_REGION',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  DEVELOPMENT_ZONE = 'DEVELOPMENT_ZONE',
  NEW_AREA = 'NEW_AREA',
}
registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'The level of a region in the division tree, or a grouping (macro-region, national region) outside it.',
  valuesConfig: {
    COUNTRY: { description: '国家 the country: where national documents apply' },
    NATIONAL_REGION: { description: '地区 a group of provinces by national convention, e.g. 中西部地区 central and western China; not an administrative level' },
    PROVINCE: { description: '省 province' },
    MACRO_REGION: { description: '区域 macro-region of a province, e.g. 关中 Guanzhong; not an administrative level' },
    CITY: { description: '市 prefecture-level city' },
    DISTRICT: { description: '区/县 district or county' },
    DEVELOPMENT_ZONE: { description: '开发区 development zone (high-tech, economic-technological, airport economy)' },
    NEW_AREA: { description: '新区 new area' },
  },
});

/**
 * 行政区 / 区域: a node of the division tree country → province → city → district / zone /
 * new area (GB/T 2260, seeds/divisions/), and the macro-regions (关中, 陕南, 陕北, 中西部地区)
 * that group some of them by membership. `path` holds the covering codes from the root, so a
 * region's coverage is one indexed prefix match.
 */
@ObjectType({ implements: NodeEntity, description: '行政区 / 区域: a division of China (country, province, city, district, zone or new area), or a macro-region grouping some by membership.' })
@Entity({ tableName: 'region' })
export class Region extends NodeEntity {
  @Field({ description: 'Natural key: the GB/T 2260 code where one exists, else a project code.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Administrative division code (GB/T 2260), where one exists.' })
  @Property({ type: 'text', nullable: true, unique: true })
  divisionCode?: string | null;

  @Field({ description: 'Chinese name, e.g. 郑州市, 关中.' }) @Property({ type: 'text' }) nameZh!: string;
  @Field({ description: 'English name, e.g. Zhengzhou, Guanzhong.' }) @Property({ type: 'text' }) nameEn!: string;

  @Field(() => RegionKind, { description: 'Province, city, district, zone, new area, or a macro-region grouping.' })
  @Enum({ items: () => RegionKind })
  @Index()
  kind!: RegionKind;

  @ManyToOne(() => Region, { nullable: true, index: true, deleteRule: 'restrict' })
  parent?: Region | null;

  @ManyToOne(() => Region, { nullable: true, index: true, deleteRule: 'restrict' })
  macroRegion?: Region | null;

  /**
   * Codes from the root down to this region through its macro-region where it has one,
   * `/CN/CN-CENTRAL-WESTERN/610000/SN-GUANZHONG/610400/`: the regions that cover it, so a
   * region's coverage (its subtree, or a macro-region's members and theirs) is one prefix match.
   */
  @Property({ type: 'text' })
  path!: string;

  @Field(() => String, { nullable: true, description: 'What the policy documents say of this region.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
