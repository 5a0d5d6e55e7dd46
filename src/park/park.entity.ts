import { Check, Collection, Embedded, Entity, Enum, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/core';
import { URLResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { Region } from '../region/region.entity';
import { ServiceCategory, ServiceDomain } from '../service-domain/service-domain.entity';

export enum ParkKind {
  DEMONSTRATION_PARK = 'DEMONSTRATION_PARK',
  DEVELOPMENT_BASE = 'DEVELOPMENT_BASE',
  INCUBATOR = 'INCUBATOR',
  SCIENCE_PARK = 'SCIENCE_PARK',
  SOFTWARE_PARK = 'SOFTWARE_PARK',
  BIG_DATA_BASE = 'BIG_DATA_BASE',
  CREATIVE_INDUSTRY_PARK = 'CREATIVE_INDUSTRY_PARK',
  INDUSTRIAL_PARK = 'INDUSTRIAL_PARK',
}
registerEnumType(ParkKind, {
  name: 'ParkKind',
  description: 'What sort of park it is, by the names the policy documents use.',
  valuesConfig: {
    DEMONSTRATION_PARK: { description: '服务外包示范园区 demonstration park' },
    DEVELOPMENT_BASE: { description: '服务外包产业发展基地 (provincial) development base' },
    INCUBATOR: { description: '孵化器 / 孵化中心 incubator' },
    SCIENCE_PARK: { description: '科技园 science park' },
    SOFTWARE_PARK: { description: '软件园 software park' },
    BIG_DATA_BASE: { description: '大数据产业基地 big-data base' },
    CREATIVE_INDUSTRY_PARK: { description: '创意产业园区 creative-industry (pilot) park' },
    INDUSTRIAL_PARK: { description: '产业园 industrial park' },
  },
});

export enum ParkLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
  DISTRICT = 'DISTRICT',
}
registerEnumType(ParkLevel, {
  name: 'ParkLevel',
  description: 'Level of the authority that set the park up or designated it.',
  valuesConfig: {
    NATIONAL: { description: '国家级: national, by the State Council or a ministry' },
    PROVINCIAL: { description: '省级: provincial' },
    MUNICIPAL: { description: '市级: municipal (prefecture-level city)' },
    DISTRICT: { description: '区/县级: district or county' },
  },
});

export enum ParkStatus {
  PLANNED = 'PLANNED',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(ParkStatus, {
  name: 'ParkStatus',
  description: 'Where a park stands: planned, being built, operating or closed.',
  valuesConfig: {
    PLANNED: { description: '谋划 / 规划: planned, not yet built' },
    UNDER_CONSTRUCTION: { description: '在建: being built' },
    ACTIVE: { description: '运营: open and operating' },
    CLOSED: { description: '关闭 / 撤销: no longer operating, or its designation withdrawn' },
  },
});

/** 服务外包示范园区 / 产业发展基地 / 孵化器: a place where outsourcing enterprises cluster. */
@ObjectType({ implements: NodeEntity, description: '园区: a demonstration park, development base, incubator or other park.' })
@Entity({ tableName: 'park' })
@Check({ name: 'park_designation_year_check', expression: 'designation_year between 1990 and 2100' })
@Check({ name: 'park_location_check', expression: '(latitude is null) = (longitude is null) and latitude between -90 and 90 and longitude between -180 and 180' })
export class Park extends NodeEntity {
  @Field({ description: 'Chinese name (中文名称), e.g. 863软件孵化器.' }) @Property({ type: 'text' }) @Index() nameZh!: string;
  @Field({ description: 'English name.' }) @Property({ type: 'text' }) @Index() nameEn!: string;

  @Field(() => ParkKind, { description: 'What sort of park it is.' }) @Enum({ items: () => ParkKind }) @Index() kind!: ParkKind;

  @Field(() => ParkLevel, { nullable: true, description: 'Level of the authority that set it up or designated it; null where no source says.' })
  @Enum({ items: () => ParkLevel, nullable: true })
  @Index()
  level?: ParkLevel | null;

  @ManyToOne(() => Region, { index: true, deleteRule: 'restrict' })
  region!: Region;

  @Field(() => ServiceCategory, { nullable: true, description: 'The outsourcing category the park is laid out for (the layout lines of 郑政〔2017〕29号 §(五)).' })
  @Enum({ items: () => ServiceCategory, nullable: true })
  @Index()
  focusCategory?: ServiceCategory | null;

  @ManyToMany({ entity: () => ServiceDomain, pivotTable: 'park_focus_domain', joinColumn: 'park_id', inverseJoinColumn: 'service_domain_id' })
  focusDomains = new Collection<ServiceDomain>(this);

  @Field(() => Int, { nullable: true, description: 'Year the park was designated or set up, where known.' })
  @Property({ type: 'integer', nullable: true })
  @Index()
  designationYear?: number | null;

  @Field(() => ParkStatus, { description: 'Planned, being built, operating or closed.' }) @Enum({ items: () => ParkStatus }) status: ParkStatus = ParkStatus.ACTIVE;

  /** WGS 84; null where no source gives the location. */
  @Property({ type: 'double precision', nullable: true })
  latitude?: number | null;

  @Property({ type: 'double precision', nullable: true })
  longitude?: number | null;

  @Field(() => URLResolver, { nullable: true, description: 'Official website.' })
  @Property({ type: 'text', nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What the policy documents say of the park.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Int, { description: 'Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
