import { Check, Embedded, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import { Policy } from '../policy/policy.entity';
import { TrainingBase } from '../training-base/training-base.entity';

export enum DesignationKind {
  DEMONSTRATION_PARK = 'DEMONSTRATION_PARK',
  PROVINCIAL_DEVELOPMENT_BASE = 'PROVINCIAL_DEVELOPMENT_BASE',
  INDUSTRY_LEADING_ENTERPRISE = 'INDUSTRY_LEADING_ENTERPRISE',
  CITY_KEY_ENTERPRISE = 'CITY_KEY_ENTERPRISE',
  PROVINCIAL_LEADING_ENTERPRISE = 'PROVINCIAL_LEADING_ENTERPRISE',
  FEATURED_ENTERPRISE = 'FEATURED_ENTERPRISE',
  SPECIALISED_SME = 'SPECIALISED_SME',
  TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE = 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE',
  PROVINCIAL_KEY_TRAINING_INSTITUTION = 'PROVINCIAL_KEY_TRAINING_INSTITUTION',
}
registerEnumType(DesignationKind, {
  name: 'DesignationKind',
  description: 'The status a designation (认定) grants, and so who may hold it: a park, an enterprise or a training base.',
  valuesConfig: {
    DEMONSTRATION_PARK: { description: '服务外包产业示范园区 demonstration park (held by a park)' },
    PROVINCIAL_DEVELOPMENT_BASE: { description: '省级服务外包产业发展基地 provincial development base (held by a park)' },
    INDUSTRY_LEADING_ENTERPRISE: { description: '行业领军型企业 industry-leading enterprise' },
    CITY_KEY_ENTERPRISE: { description: '市级重点企业 city-level key enterprise' },
    PROVINCIAL_LEADING_ENTERPRISE: { description: '服务外包龙头企业 provincial leading enterprise' },
    FEATURED_ENTERPRISE: { description: '走特色化发展道路的服务外包企业: an enterprise Shaanxi supports on a featured (特色化) path, the 50 of its 5251 project' },
    SPECIALISED_SME: { description: '专精特新中小企业: a specialised, refined, distinctive and innovative SME, as Zhengzhou (六) supports; does not count toward Shaanxi’s featured enterprises' },
    TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE: { description: '技术先进型服务企业 technology-advanced service enterprise (tax-relevant)' },
    PROVINCIAL_KEY_TRAINING_INSTITUTION: { description: '省级服务外包重点人才培训机构 provincial key talent-training institution (held by a training base)' },
  },
});

/** 认定: a status granted to a park, an enterprise or a training base, from a date, maybe until one. */
@ObjectType({ implements: NodeEntity, description: '认定: a status granted to a park, enterprise or training base.' })
@Entity({ tableName: 'designation' })
@Check({ name: 'designation_one_holder_check', expression: 'num_nonnulls(park_id, enterprise_id, training_base_id) = 1' })
@Check({ name: 'designation_validity_check', expression: 'valid_until is null or valid_until >= valid_from' })
@Index({ name: 'designation_kind_validity_idx', properties: ['kind', 'validFrom', 'validUntil'] })
export class Designation extends NodeEntity {
  @Field(() => DesignationKind, { description: 'The status granted, e.g. 技术先进型服务企业.' }) @Enum({ items: () => DesignationKind }) kind!: DesignationKind;

  @ManyToOne(() => Park, { nullable: true, index: true, deleteRule: 'cascade' })
  park?: Park | null;

  @ManyToOne(() => Enterprise, { nullable: true, index: true, deleteRule: 'cascade' })
  enterprise?: Enterprise | null;

  @ManyToOne(() => TrainingBase, { nullable: true, index: true, deleteRule: 'cascade' })
  trainingBase?: TrainingBase | null;

  @Field({ description: 'The authority that granted it (e.g. 郑州市商务局).' })
  @Property({ type: 'text' })
  authority!: string;

  @ManyToOne(() => Policy, { nullable: true, index: true, deleteRule: 'set null' })
  policy?: Policy | null;

  @Field(() => LocalDateResolver, { description: 'First day it holds.' }) @Property({ type: 'date' }) validFrom!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day it holds; null while open-ended.' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  @Field(() => Int, { description: 'Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
