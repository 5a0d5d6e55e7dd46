import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { GraphQLJSON, DateTimeResolver } from 'graphql-scalars';
import { Authorized, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Access } from '../auth/access-rules';
import { NodeEntity } from '../core/node';
import { Enterprise } from '../enterprise/enterprise.entity';

export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}
registerEnumType(SubmissionStatus, {
  name: 'SubmissionStatus',
  description: 'Where a submission revision stands: draft → submitted → verified or rejected.',
  valuesConfig: {
    DRAFT: { description: 'Filed, not yet submitted; not counted.' },
    SUBMITTED: { description: 'Submitted for verification; no longer editable; not counted yet.' },
    VERIFIED: { description: 'Verified by an admin: its figures are the enterprise’s figures for the period.' },
    REJECTED: { description: 'Rejected by an admin, with a reason; not counted.' },
  },
});

/**
 * 数据直报: contract figures of an enterprise for a period, filed by the enterprise or its park.
 * Corrections are new revisions; a revision is never edited after submission.
 */
@ObjectType({ implements: NodeEntity, description: '数据直报: a statistics submission for an enterprise and a period. Its fields: admins, the administrators of the enterprise’s parks, and the enterprise itself (not researchers).' })
@Entity({ tableName: 'submission' })
export class Submission extends NodeEntity {
  @ManyToOne(() => Enterprise, { index: true, deleteRule: 'cascade' }) enterprise!: Enterprise;
  // Every field: admins, the enterprise's park administrators and the enterprise itself (see Access.REPORTER), on every path (node(id) too).
  @Authorized(Access.REPORTER) @Field(() => Int, { description: 'The year the figures are for.' }) @Property({ type: 'integer' }) year!: number;
  @Authorized(Access.REPORTER) @Field(() => Int, { nullable: true, description: 'The quarter (1–4) the figures are for; null for the whole year.' }) @Property({ type: 'smallint', nullable: true }) quarter?: number | null;
  @Authorized(Access.REPORTER) @Field(() => Int, { description: '1 for the first filing of the period, then one more per correction.' }) @Property({ type: 'integer' }) revision!: number;
  @Authorized(Access.REPORTER) @Field(() => SubmissionStatus, { description: 'Draft, submitted, verified or rejected.' }) @Enum({ items: () => SubmissionStatus }) @Index() status!: SubmissionStatus;
  @Authorized(Access.REPORTER) @Field(() => GraphQLJSON, { description: 'The contract figures as filed.' }) @Property({ type: 'json' }) figures!: unknown[];
  @Property({ type: 'integer', nullable: true }) filedByKeyId?: number | null;
  @Authorized(Access.REPORTER) @Field(() => DateTimeResolver, { nullable: true, description: 'When it was submitted for verification; null while a draft.' }) @Property({ type: 'timestamptz', nullable: true }) submittedAt?: Date | null;
  @Authorized(Access.REPORTER) @Field(() => DateTimeResolver, { nullable: true, description: 'When an admin verified or rejected it; null until then.' }) @Property({ type: 'timestamptz', nullable: true }) decidedAt?: Date | null;
  @Property({ type: 'integer', nullable: true }) decidedByKeyId?: number | null;
  @Authorized(Access.REPORTER) @Field(() => String, { nullable: true, description: 'Why an admin rejected it; null unless REJECTED.' }) @Property({ type: 'text', nullable: true }) rejectionReason?: string | null;
  @Property({ type: 'text', nullable: true }) idempotencyKey?: string | null;
  @Property({ type: 'text' }) payloadHash!: string;
  @Authorized(Access.REPORTER) @Field(() => Int, { description: 'Edit version: give it back as expectedVersion to submit, verify or reject it.' }) @Property({ type: 'integer', version: true }) version: number = 1;
}
