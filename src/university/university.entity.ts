import { Embedded, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { URLResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { Region } from '../region/region.entity';

/** 高等院校: a university or college that trains outsourcing talent. */
@ObjectType({ implements: NodeEntity, description: '高等院校: a university or college.' })
@Entity({ tableName: 'university' })
export class University extends NodeEntity {
  @Field({ description: 'Chinese name (中文名称); unique.' }) @Property({ type: 'text', unique: true }) nameZh!: string;
  @Field(() => String, { nullable: true, description: 'English name; null where it has none on record.' }) @Property({ type: 'text', nullable: true }) nameEn?: string | null;

  @ManyToOne(() => Region, { index: true, deleteRule: 'restrict' })
  region!: Region;

  @Field({ description: 'Whether it offers a service-outsourcing major (增设服务外包专业).' })
  @Property({ type: 'boolean', default: false })
  @Index()
  offersOutsourcingMajor: boolean = false;

  @Field(() => URLResolver, { nullable: true, description: 'Official website.' })
  @Property({ type: 'text', nullable: true })
  website?: string | null;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
