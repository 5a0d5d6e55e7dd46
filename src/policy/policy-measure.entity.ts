import { Embedded, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { Policy } from './policy.entity';

export enum MeasureInstrument {
  GOALS = 'GOALS',
  INDUSTRY_GUIDANCE = 'INDUSTRY_GUIDANCE',
  LAYOUT = 'LAYOUT',
  ENTERPRISES = 'ENTERPRISES',
  MARKETS = 'MARKETS',
  PARKS = 'PARKS',
  TALENT = 'TALENT',
  INNOVATION = 'INNOVATION',
  ASSOCIATIONS = 'ASSOCIATIONS',
  STATISTICS = 'STATISTICS',
  FISCAL = 'FISCAL',
  TAX = 'TAX',
  FINANCIAL = 'FINANCIAL',
  FACILITATION = 'FACILITATION',
  PLANNING = 'PLANNING',
  ORGANISATION = 'ORGANISATION',
  BUSINESS_ENVIRONMENT = 'BUSINESS_ENVIRONMENT',
}
registerEnumType(MeasureInstrument, {
  name: 'MeasureInstrument',
  description: 'What kind of lever a measure pulls (our classification of the section, not the document’s words).',
  valuesConfig: {
    GOALS: { description: '总体要求 / 发展目标: significance, guiding ideas and targets' },
    INDUSTRY_GUIDANCE: { description: '产业导向: which domains to develop' },
    LAYOUT: { description: '产业布局: where, by district, zone or city' },
    ENTERPRISES: { description: '主体培育: growing enterprises' },
    MARKETS: { description: '市场开拓: markets abroad, inward and outward investment' },
    PARKS: { description: '示范园区: demonstration parks and bases' },
    TALENT: { description: '人才: training, bases, recruitment' },
    INNOVATION: { description: '创新能力: R&D, alliances, business models' },
    ASSOCIATIONS: { description: '行业协会: industry associations' },
    STATISTICS: { description: '统计: statistics and direct reporting' },
    FISCAL: { description: '财政: public funds' },
    TAX: { description: '税收: tax incentives' },
    FINANCIAL: { description: '金融: credit, insurance, guarantees, capital markets' },
    FACILITATION: { description: '便利化: customs, foreign exchange, entry and residence, telecoms' },
    PLANNING: { description: '规划: plans to be drawn up' },
    ORGANISATION: { description: '组织领导: who leads, coordinates and reports' },
    BUSINESS_ENVIRONMENT: { description: '营商环境: IP, credit, information security' },
  },
});

@ObjectType({ description: 'A body the text makes responsible for a measure, and for what.' })
export class ResponsibleBody {
  @Field({ description: 'As the document names it, e.g. 市服务外包工作领导小组.' }) nameZh!: string;
  @Field({ description: 'The body’s name in English (our translation).' }) nameEn!: string;
  @Field({ description: 'Its duty, in the document’s words.' }) dutyZh!: string;
  @Field({ description: 'Its duty in English (our translation).' }) dutyEn!: string;
}

@ObjectType({ description: 'A source of money the text names for a measure (no amounts are given in either document).' })
export class FundingSource {
  @Field({ description: 'In the document’s words, e.g. 中央、省外经贸和市对外开放等专项资金.' }) nameZh!: string;
  @Field({ description: 'The fund’s name in English (our translation).' }) nameEn!: string;
}

/**
 * 措施: one numbered section of a policy, as a structured record. Words the document uses
 * (`headingZh`, `quoteZh`, `scheduleZh`, the bodies' names and duties) are quotes, checked
 * against the source text by a test; `summaryEn` and `instrument` are ours; readings are in
 * `provenance.note`.
 */
@ObjectType({ implements: NodeEntity, description: '措施: a numbered section of a policy document, as a structured record.' })
@Entity({ tableName: 'policy_measure' })
@Unique({ name: 'policy_measure_section_unique', properties: ['policy', 'section'] })
export class PolicyMeasure extends NodeEntity {
  @ManyToOne(() => Policy, { deleteRule: 'cascade' })
  policy!: Policy;

  @Field({ description: 'The section as numbered in the document, e.g. （九）.' })
  @Property({ type: 'text' })
  section!: string;

  @Field(() => Int, { description: 'Order in the document.' })
  @Property({ type: 'integer' })
  @Index()
  position!: number;

  @Field({ description: 'The section’s heading, quoted.' })
  @Property({ type: 'text' })
  headingZh!: string;

  @Field(() => String, { nullable: true, description: 'The operative sentence, quoted exactly (a substring of the source text, whitespace aside); null where the heading says it all.' })
  @Property({ type: 'text', nullable: true })
  quoteZh?: string | null;

  @Field({ description: 'Our English summary of the whole section: not the document’s words.' })
  @Property({ type: 'text' })
  summaryEn!: string;

  @Field(() => MeasureInstrument, { description: 'What kind of lever the section pulls (our classification).' })
  @Enum({ items: () => MeasureInstrument })
  instrument!: MeasureInstrument;

  @Field(() => [ResponsibleBody], { description: 'Bodies the section names as responsible; empty when it names none.' })
  @Property({ type: 'json' })
  responsibleBodies: ResponsibleBody[] = [];

  @Field(() => String, { nullable: true, description: 'A deadline or frequency the section sets, quoted (e.g. 每半年向省政府报告一次); null when it sets none.' })
  @Property({ type: 'text', nullable: true })
  scheduleZh?: string | null;

  @Field(() => String, { nullable: true, description: 'The deadline or frequency in English.' })
  @Property({ type: 'text', nullable: true })
  scheduleEn?: string | null;

  @Field(() => [FundingSource], { description: 'Funds the section names; empty when it names none.' })
  @Property({ type: 'json' })
  fundingSources: FundingSource[] = [];

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
