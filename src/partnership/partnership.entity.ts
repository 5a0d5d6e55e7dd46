import { Check, Embedded, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { LocalDateResolver, NonNegativeIntResolver } from 'graphql-scalars';
import { Authorized, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Access } from '../auth/access-rules';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { Enterprise } from '../enterprise/enterprise.entity';
import { TrainingBase } from '../training-base/training-base.entity';
import { University } from '../university/university.entity';

export enum PartnershipKind {
  JOINT_TRAINING = 'JOINT_TRAINING',
  INTERNSHIP_BASE = 'INTERNSHIP_BASE',
  ORDER_CLASS = 'ORDER_CLASS',
  CO_BUILT_LAB = 'CO_BUILT_LAB',
  TWO_WAY_EXCHANGE = 'TWO_WAY_EXCHANGE',
  JOINT_RESEARCH = 'JOINT_RESEARCH',
}
registerEnumType(PartnershipKind, {
  name: 'PartnershipKind',
  description: 'The form a university–enterprise partnership (校企合作) takes.',
  valuesConfig: {
    JOINT_TRAINING: { description: '联合培养 joint training programme' },
    INTERNSHIP_BASE: { description: '实习基地 internship base' },
    ORDER_CLASS: { description: '订单班 order-based class' },
    CO_BUILT_LAB: { description: '共建实验室 co-built lab' },
    TWO_WAY_EXCHANGE: { description: '双向交流 two-way exchange of researchers and senior engineers' },
    JOINT_RESEARCH: { description: '联合研发 joint research' },
  },
});

export enum PartnershipStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'Where a partnership stands.',
  valuesConfig: {
    PLANNED: { description: 'Agreed or announced, not yet started.' },
    ACTIVE: { description: 'Running.' },
    ENDED: { description: 'Over; `endedOn` says when, where known.' },
  },
});

/** 校企合作: a university ↔ enterprise partnership, optionally through a training base. */
@ObjectType({ implements: NodeEntity, description: '校企合作: a university–enterprise partnership.' })
@Entity({ tableName: 'partnership' })
@Check({ name: 'partnership_students_check', expression: 'students_per_year >= 0' })
@Check({ name: 'partnership_dates_check', expression: 'ended_on is null or ended_on >= started_on' })
export class Partnership extends NodeEntity {
  @ManyToOne(() => University, { index: true, deleteRule: 'restrict' })
  university!: University;

  @ManyToOne(() => Enterprise, { index: true, deleteRule: 'restrict' })
  enterprise!: Enterprise;

  @ManyToOne(() => TrainingBase, { nullable: true, index: true, deleteRule: 'set null' })
  trainingBase?: TrainingBase | null;

  @Field(() => PartnershipKind, { description: 'The form of the partnership: joint training, internship base, order class (订单班) and so on.' }) @Enum({ items: () => PartnershipKind }) @Index() kind!: PartnershipKind;
  @Field(() => PartnershipStatus, { description: 'Planned, active or ended.' }) @Enum({ items: () => PartnershipStatus }) @Index() status!: PartnershipStatus;

  @Field(() => LocalDateResolver, { description: 'The date it started (or is to start, when planned).' }) @Property({ type: 'date' }) @Index() startedOn!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The date it ended, not before startedOn; null while it runs or where not known.' }) @Property({ type: 'date', nullable: true }) endedOn?: string | null;

  @Authorized(Access.OWN_UNIVERSITY, Access.OWN_PARK)
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Students a year. Researchers, the partner university and the enterprise’s park administrator only.' })
  @Property({ type: 'integer', nullable: true })
  studentsPerYear?: number | null;

  @Field(() => Int, { description: 'Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
