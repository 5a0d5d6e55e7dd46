import { Entity, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Policy } from './policy.entity';

/**
 * 引用: a document a policy cites, and in which section (序言 for the opening paragraph). The
 * cited documents are policies of their own, known from the citation where their text is not in
 * the sources. Read through `Policy.cites`, `Policy.citedBy`, `PolicyMeasure.cites` and
 * `Incentive.basis`.
 */
@Entity({ tableName: 'policy_citation' })
export class PolicyCitation {
  [PrimaryKeyProp]?: ['policy', 'cited', 'section'];

  @ManyToOne(() => Policy, { primary: true, deleteRule: 'cascade' })
  policy!: Policy;

  @ManyToOne(() => Policy, { primary: true, deleteRule: 'cascade', index: true })
  cited!: Policy;

  @Property({ type: 'text', primary: true })
  section!: string;
}
