import { Check, Embedded, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { NonNegativeIntResolver } from 'graphql-scalars';
import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { Access } from '../auth/access-rules';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { ServiceDomain } from '../service-domain/service-domain.entity';
import { TrainingBase } from '../training-base/training-base.entity';

/**
 * 培训批次: a training base's intake for a domain and year. Completed and
 * certified may exceed enrolled in real reports (late transfers), so only
 * non-negativity is enforced; the reports flag such records.
 */
@ObjectType({ implements: NodeEntity, description: '培训批次: a training base’s intake for a domain and year.' })
@Entity({ tableName: 'cohort' })
@Unique({ properties: ['trainingBase', 'domain', 'year'] })
@Check({ name: 'cohort_counts_check', expression: 'enrolled >= 0 and completed >= 0 and certified >= 0' })
@Check({ name: 'cohort_year_check', expression: 'year between 2000 and 2100' })
export class Cohort extends NodeEntity {
  @ManyToOne(() => TrainingBase, { index: true, deleteRule: 'cascade' })
  trainingBase!: TrainingBase;

  @ManyToOne(() => ServiceDomain, { index: true, deleteRule: 'restrict' })
  domain!: ServiceDomain;

  @Field(() => Int, { description: 'The intake year.' }) @Property({ type: 'integer' }) @Index() year!: number;
  @Authorized(Access.OWN_UNIVERSITY, Access.OWN_PARK)
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Trainees enrolled, in persons. Researchers, the operating university and the base’s park administrator only.' })
  @Property({ type: 'integer' })
  enrolled!: number;

  @Authorized(Access.OWN_UNIVERSITY, Access.OWN_PARK)
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Trainees who completed the course (结业), in persons; may exceed enrolled (late transfers). Researchers, the operating university and the base’s park administrator only.' })
  @Property({ type: 'integer' })
  completed!: number;

  @Authorized(Access.OWN_UNIVERSITY, Access.OWN_PARK)
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Trainees who gained a certificate, in persons; may exceed completed. Researchers, the operating university and the base’s park administrator only.' })
  @Property({ type: 'integer' })
  certified!: number;

  @Field(() => Int, { description: 'Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
