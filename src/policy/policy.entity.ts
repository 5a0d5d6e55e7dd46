import { Embedded, Entity, ManyToOne, Property } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { Region } from '../region/region.entity';

/** 政策文件: a policy document, its issuer and dates; its measures, targets and incentives are records of their own. */
@ObjectType({ implements: NodeEntity, description: '政策文件: a policy document.' })
@Entity({ tableName: 'policy' })
export class Policy extends NodeEntity {
  @Field(() => String, { nullable: true, description: 'Document code (文号), e.g. 郑政〔2017〕29号; null when the text does not give one.' })
  @Property({ type: 'text', nullable: true, unique: true })
  code?: string | null;

  @Field() @Property({ type: 'text' }) titleZh!: string;
  @Field() @Property({ type: 'text' }) titleEn!: string;
  @Field() @Property({ type: 'text' }) issuerZh!: string;
  @Field() @Property({ type: 'text' }) issuerEn!: string;

  @ManyToOne(() => Region, { index: true, deleteRule: 'restrict' })
  region!: Region;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date signed (成文日期).' })
  @Property({ type: 'date', nullable: true })
  signedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date printed and issued (印发日期).' })
  @Property({ type: 'date', nullable: true })
  publishedOn?: string | null;

  @Field(() => Provenance)
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
