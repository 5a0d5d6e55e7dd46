import { Embedded, Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { Provenance } from '../core/provenance';
import { DesignationKind } from '../designation/designation.entity';
import { Policy } from './policy.entity';

export enum IncentiveKind {
  REDUCED_INCOME_TAX_RATE = 'REDUCED_INCOME_TAX_RATE',
  STAFF_EDUCATION_DEDUCTION = 'STAFF_EDUCATION_DEDUCTION',
  VAT_ZERO_RATE_OR_EXEMPTION = 'VAT_ZERO_RATE_OR_EXEMPTION',
}
registerEnumType(IncentiveKind, {
  name: 'IncentiveKind',
  description: 'The national tax incentive (扶持政策) concerned.',
  valuesConfig: {
    REDUCED_INCOME_TAX_RATE: { description: '减按15%税率缴纳企业所得税 enterprise income tax at a reduced rate' },
    STAFF_EDUCATION_DEDUCTION: { description: '职工教育经费税前扣除 staff-education spending deductible up to a share of wages, excess carried forward' },
    VAT_ZERO_RATE_OR_EXEMPTION: { description: '增值税零税率和免税 VAT zero rate and exemption for international service outsourcing' },
  },
});

export enum IncentiveCommitment {
  APPLY = 'APPLY',
  WIDEN_SCOPE = 'WIDEN_SCOPE',
}
registerEnumType(IncentiveCommitment, {
  name: 'IncentiveCommitment',
  description: 'What a local document undertakes about a national incentive: the incentives themselves are national tax policy.',
  valuesConfig: {
    APPLY: { description: '落实 / 实行: carry out the national incentive where it applies' },
    WIDEN_SCOPE: { description: '扩大实施范围: seek to widen, by region and domain, where the national incentive applies' },
  },
});

/** 扶持政策: a national incentive a policy undertakes to apply or widen; who is eligible follows from designations. */
@ObjectType({ implements: NodeEntity, description: '扶持政策: a national incentive a policy undertakes to apply (落实) or to widen (扩大实施范围).' })
@Entity({ tableName: 'incentive' })
export class Incentive extends NodeEntity {
  @ManyToOne(() => Policy, { index: true, deleteRule: 'cascade' })
  policy!: Policy;

  @Field({ description: 'Natural key, e.g. SN-5251/income-tax-15.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => IncentiveKind, { description: 'Which national tax incentive: reduced income-tax rate, staff-education deduction, or VAT zero rate / exemption.' }) @Enum({ items: () => IncentiveKind }) kind!: IncentiveKind;
  @Field({ description: 'Chinese name of the incentive, e.g. 技术先进型服务企业减按15%税率缴纳企业所得税.' }) @Property({ type: 'text' }) nameZh!: string;
  @Field({ description: 'English name of the incentive (our translation).' }) @Property({ type: 'text' }) nameEn!: string;

  @Field(() => Float, { nullable: true, description: 'The rate, as a fraction (0.15 for 15%), where there is one.' })
  @Property({ type: 'double precision', nullable: true })
  rate?: number | null;

  @Field(() => DesignationKind, { nullable: true, description: 'The designation that makes an enterprise eligible; null when eligibility follows from the business (e.g. offshore contracts).' })
  @Enum({ items: () => DesignationKind, nullable: true })
  eligibleDesignation?: DesignationKind | null;

  @Field({ description: 'The incentive as the document words it, quoted exactly.' })
  @Property({ type: 'text' })
  textZh!: string;

  @Field(() => IncentiveCommitment, { description: 'What the document undertakes: the incentive is national policy, not the document’s own offer.' })
  @Enum({ items: () => IncentiveCommitment })
  commitment!: IncentiveCommitment;

  @Field({ description: 'The undertaking in the document’s words, quoted exactly.' })
  @Property({ type: 'text' })
  commitmentZh!: string;

  @Field(() => Provenance, { description: 'Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator.' })
  @Embedded(() => Provenance, { prefix: 'provenance_' })
  provenance!: Provenance;
}
