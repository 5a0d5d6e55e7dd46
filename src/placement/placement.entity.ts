import { Check, Embedded, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { NonNegativeIntResolver } from 'graphql-scalars';
import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { Access } from '../auth/access-rules';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { Cohort } from '../cohort/cohort.entity';
import { Enterprise } from '../enterprise/enterprise.entity';

/** 就业去向: how many of a cohort an enterprise hired, and when. */
@ObjectType({ implements: NodeEntity, description: '就业去向: graduates of a cohort hired by an enterprise.' })
@Entity({ tableName: 'placement' })
@Unique({ properties: ['cohort', 'enterprise', 'year'] })
@Check({ name: 'placement_hired_check', expression: 'hired >= 0' })
@Check({ name: 'placement_year_check', expression: 'year between 2000 and 2100' })
export class Placement extends NodeEntity {
  @ManyToOne(() => Cohort, { index: true, deleteRule: 'cascade' })
  cohort!: Cohort;

  @ManyToOne(() => Enterprise, { index: true, deleteRule: 'restrict' })
  enterprise!: Enterprise;

  @Field(() => Int, { description: 'The year they were hired: the cohort’s year or later.' }) @Property({ type: 'integer' }) @Index() year!: number;
  @Authorized(Access.OWN_UNIVERSITY, Access.OWN_PARK)
  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Graduates hired, in persons. Researchers, the university whose cohort it was and the hiring enterprise’s park administrator only.' })
  @Property({ type: 'integer' })
  hired!: number;

  @Field(() => Int, { description: 'Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
