import { Check, Collection, Embedded, Entity, Enum, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/core';
import { NonNegativeIntResolver } from 'graphql-scalars';
import { Authorized, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Access } from '../auth/access-rules';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import { Region } from '../region/region.entity';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { University } from '../university/university.entity';

export enum TrainingBaseKind {
  TALENT_CULTIVATION_BASE = 'TALENT_CULTIVATION_BASE',
  PRACTICAL_TRAINING_BASE = 'PRACTICAL_TRAINING_BASE',
  TRAINING_INSTITUTION = 'TRAINING_INSTITUTION',
}
registerEnumType(TrainingBaseKind, {
  name: 'TrainingBaseKind',
  description: 'What sort of training base: talent-cultivation base, practical-training base or training institution.',
  valuesConfig: {
    TALENT_CULTIVATION_BASE: { description: '人才培养基地 talent-cultivation base' },
    PRACTICAL_TRAINING_BASE: { description: '实训基地 practical-training base' },
    TRAINING_INSTITUTION: { description: '人才培训机构 training institution' },
  },
});

export enum OperatorKind {
  UNIVERSITY = 'UNIVERSITY',
  ENTERPRISE = 'ENTERPRISE',
  TRAINING_ORGANISATION = 'TRAINING_ORGANISATION',
}
registerEnumType(OperatorKind, {
  name: 'OperatorKind',
  description: 'Who runs a training base.',
  valuesConfig: {
    UNIVERSITY: { description: '高等院校: a university or college (see `university`)' },
    ENTERPRISE: { description: '企业: an enterprise (see `enterprise`)' },
    TRAINING_ORGANISATION: { description: '培训机构: a training organisation not in the platform (see `operatorName`)' },
  },
});

/** 人才培养基地 / 实训基地 / 人才培训机构, run by a university, an enterprise or a training organisation. */
@ObjectType({ implements: NodeEntity, description: '人才培养基地 / 实训基地 / 人才培训机构: a training base.' })
@Entity({ tableName: 'training_base' })
@Check({ name: 'training_base_capacity_check', expression: 'yearly_capacity >= 0' })
@Check({
  name: 'training_base_operator_check',
  expression: "(operator_kind = 'UNIVERSITY' and university_id is not null) or (operator_kind = 'ENTERPRISE' and enterprise_id is not null) or (operator_kind = 'TRAINING_ORGANISATION' and operator_name is not null)",
})
export class TrainingBase extends NodeEntity {
  @Field({ description: 'Chinese name (中文名称).' }) @Property({ type: 'text' }) @Index() nameZh!: string;
  @Field(() => String, { nullable: true, description: 'English name; null where it has none on record.' }) @Property({ type: 'text', nullable: true }) nameEn?: string | null;

  @Field(() => TrainingBaseKind, { description: 'Talent-cultivation base, practical-training base or training institution.' }) @Enum({ items: () => TrainingBaseKind }) @Index() kind!: TrainingBaseKind;
  @Field(() => OperatorKind, { description: 'Who runs it: a university, an enterprise or a training organisation.' }) @Enum({ items: () => OperatorKind }) operatorKind!: OperatorKind;

  @ManyToOne(() => University, { nullable: true, index: true, deleteRule: 'restrict' })
  university?: University | null;

  @ManyToOne(() => Enterprise, { nullable: true, index: true, deleteRule: 'restrict' })
  enterprise?: Enterprise | null;

  @Field(() => String, { nullable: true, description: 'Name of the operating training organisation, when neither a university nor an enterprise.' })
  @Property({ type: 'text', nullable: true })
  operatorName?: string | null;

  @ManyToOne(() => Region, { index: true, deleteRule: 'restrict' })
  region!: Region;

  @ManyToOne(() => Park, { nullable: true, index: true, deleteRule: 'set null' })
  park?: Park | null;

  @Authorized(Access.OWN_UNIVERSITY, Access.OWN_PARK)
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Trainees it can take a year. Researchers, the operating university and the base’s park administrator only.' })
  @Property({ type: 'integer', nullable: true })
  yearlyCapacity?: number | null;

  @ManyToMany({ entity: () => ServiceDomain, pivotTable: 'training_base_domain', joinColumn: 'training_base_id', inverseJoinColumn: 'service_domain_id' })
  domains = new Collection<ServiceDomain>(this);

  @Field(() => Int, { description: 'Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
