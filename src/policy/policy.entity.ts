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
  @Field(() => String, { description: 'The platform’s stable key (ASCII, e.g. zhengzhou-2017-29): every policy has one, with or without a 文号; it never changes once published.' })
  @Property({ type: 'text', unique: true })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Document code (文号), e.g. 郑政〔2017〕29号; null when the text does not give one.' })
  @Property({ type: 'text', nullable: true, unique: true })
  code?: string | null;

  @Field({ description: 'Title as the document gives it (标题).' }) @Property({ type: 'text' }) titleZh!: string;
  @Field({ description: 'English title: our translation, the documents being in Chinese.' }) @Property({ type: 'text' }) titleEn!: string;
  @Field({ description: 'Issuing authority (发文机关), e.g. 郑州市人民政府.' }) @Property({ type: 'text' }) issuerZh!: string;
  @Field({ description: 'Issuing authority in English, e.g. Zhengzhou Municipal People’s Government.' }) @Property({ type: 'text' }) issuerEn!: string;

  @ManyToOne(() => Region, { index: true, deleteRule: 'restrict' })
  region!: Region;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date signed (成文日期).' })
  @Property({ type: 'date', nullable: true })
  signedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date printed and issued (印发日期).' })
  @Property({ type: 'date', nullable: true })
  publishedOn?: string | null;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
