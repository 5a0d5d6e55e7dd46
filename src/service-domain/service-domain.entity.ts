import { Check, Embedded, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';

export enum ServiceCategory {
  ITO = 'ITO',
  BPO = 'BPO',
  KPO = 'KPO',
}
registerEnumType(ServiceCategory, {
  name: 'ServiceCategory',
  description: 'The three categories of service outsourcing (领域范畴): ITO, BPO and KPO.',
  valuesConfig: {
    ITO: { description: '信息技术外包 information-technology outsourcing' },
    BPO: { description: '业务流程外包 business-process outsourcing' },
    KPO: { description: '知识流程外包 knowledge-process outsourcing' },
  },
});

export enum SupportScope {
  OFFSHORE_AND_ONSHORE_OUTSIDE_HENAN = 'OFFSHORE_AND_ONSHORE_OUTSIDE_HENAN',
  ALL_OFFSHORE_AND_ONSHORE = 'ALL_OFFSHORE_AND_ONSHORE',
}
registerEnumType(SupportScope, {
  name: 'SupportScope',
  description: 'Which business of a domain the Zhengzhou catalog supports (支持业务类型).',
  valuesConfig: {
    OFFSHORE_AND_ONSHORE_OUTSIDE_HENAN: { description: '支持离岸及与河南省外企业(机构)发生的在岸业务: offshore, and onshore business with enterprises or institutions outside Henan' },
    ALL_OFFSHORE_AND_ONSHORE: { description: '支持离岸与在岸所有业务: all offshore and onshore business' },
  },
});

@ObjectType({ description: 'A business type (主要业务类型) of a service domain.' })
export class BusinessType {
  @Field({ description: 'Chinese name as the catalog writes it, e.g. 数据挖掘.' }) nameZh!: string;
  @Field({ description: 'English name, e.g. Data mining.' }) nameEn!: string;
}

/** 服务外包重点发展领域: one of the 24 domains of the catalog annexed to 郑政〔2017〕29号. */
@ObjectType({ implements: NodeEntity, description: '服务外包重点发展领域: a domain of the 24-domain catalog.' })
@Entity({ tableName: 'service_domain' })
@Check({ name: 'service_domain_number_check', expression: 'number between 1 and 99' })
export class ServiceDomain extends NodeEntity {
  @Field(() => Int, { description: 'Row number (序号) in the catalog.' })
  @Property({ type: 'integer', unique: true })
  number!: number;

  @Field({ description: 'Chinese name as the catalog writes it (typos corrected, see provenance.note), e.g. 数据分析服务.' }) @Property({ type: 'text' }) nameZh!: string;
  @Field({ description: 'English name, e.g. Data analysis.' }) @Property({ type: 'text' }) nameEn!: string;

  @Field(() => ServiceCategory, { description: '领域范畴: ITO, BPO or KPO.' })
  @Enum({ items: () => ServiceCategory })
  @Index()
  category!: ServiceCategory;

  @Field(() => [BusinessType], { description: '主要业务类型: the business types the catalog lists for the domain, in its order.' })
  @Property({ type: 'json' })
  businessTypes!: BusinessType[];

  @Field(() => SupportScope, { nullable: true, description: '支持业务类型 (our reading of merged table cells: see provenance.note); null where the annex has no cell for the row (22–24).' })
  @Enum({ items: () => SupportScope, nullable: true })
  supportScope?: SupportScope | null;

  @Field(() => String, { nullable: true, description: 'The support scope as the catalog words it; null where it does not.' })
  @Property({ type: 'text', nullable: true })
  supportScopeZh?: string | null;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
