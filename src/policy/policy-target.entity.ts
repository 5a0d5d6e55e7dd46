import { Embedded, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { DesignationKind } from '../designation/designation.entity';
import { Region } from '../region/region.entity';
import { Policy } from './policy.entity';

export enum TargetMetric {
  DESIGNATION_COUNT = 'DESIGNATION_COUNT',
  CONTRACT_GROWTH_RATE = 'CONTRACT_GROWTH_RATE',
  INTERNATIONAL_CONTRACT_GROWTH_RATE = 'INTERNATIONAL_CONTRACT_GROWTH_RATE',
  INTERNATIONAL_EXECUTION_STANDING = 'INTERNATIONAL_EXECUTION_STANDING',
}
registerEnumType(TargetMetric, {
  name: 'TargetMetric',
  description: 'What a policy target measures, and so how its progress is computed.',
  valuesConfig: {
    DESIGNATION_COUNT: { description: 'Number of holders of a designation in the scope region, as of a date.' },
    CONTRACT_GROWTH_RATE: { description: 'Average annual growth of all contract execution (compound).' },
    INTERNATIONAL_CONTRACT_GROWTH_RATE: { description: 'Average annual growth of offshore (international) contract execution.' },
    INTERNATIONAL_EXECUTION_STANDING: { description: 'International execution total and growth relative to other central-western cities (a standing, not a number).' },
  },
});

/** 发展目标: a measurable target of a policy. Its current value is computed from the data, never typed in. */
@ObjectType({ implements: NodeEntity, description: '发展目标: a target of a policy, with its live progress.' })
@Entity({ tableName: 'policy_target' })
export class PolicyTarget extends NodeEntity {
  @ManyToOne(() => Policy, { index: true, deleteRule: 'cascade' })
  policy!: Policy;

  @Field({ description: 'Natural key, e.g. ZZ2017-29/demonstration-parks.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field({ description: 'The target in the document’s words, e.g. 其中关中3个.' }) @Property({ type: 'text' }) descriptionZh!: string;
  @Field({ description: 'The target in English, e.g. 3 of the bases in Guanzhong (关中).' }) @Property({ type: 'text' }) descriptionEn!: string;

  @Field(() => TargetMetric, { description: 'What the target measures: a count of designations, a growth rate or a standing.' }) @Enum({ items: () => TargetMetric }) @Index() metric!: TargetMetric;

  @Field(() => DesignationKind, { nullable: true, description: 'For DESIGNATION_COUNT: the designation counted.' })
  @Enum({ items: () => DesignationKind, nullable: true })
  designationKind?: DesignationKind | null;

  @ManyToOne(() => Region, { nullable: true, index: true, deleteRule: 'restrict' })
  scopeRegion?: Region | null;

  /** The peers a standing is measured against (中西部地区 for Zhengzhou's “leading central-western China”). */
  @ManyToOne(() => Region, { nullable: true, index: true, deleteRule: 'restrict' })
  peerRegion?: Region | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound of the target (the target itself when there is no range).' })
  @Property({ type: 'double precision', nullable: true })
  minimum?: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of a ranged target such as 10–15 parks.' })
  @Property({ type: 'double precision', nullable: true })
  maximum?: number | null;

  @Field({ description: 'Unit of the target value, e.g. parks, enterprises, percent a year.' })
  @Property({ type: 'text' })
  unit!: string;

  @Field(() => Int, { nullable: true, description: 'First year the target period counts from, where the text gives one.' })
  @Property({ type: 'integer', nullable: true })
  baseYear?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Deadline (our reading where the text gives a span; see deadlineNote).' })
  @Property({ type: 'date', nullable: true })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: 'How the deadline was read off the text.' })
  @Property({ type: 'text', nullable: true })
  deadlineNote?: string | null;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
