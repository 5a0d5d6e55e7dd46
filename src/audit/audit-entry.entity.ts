import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../auth/viewer';
import { toGlobalId } from '../core/ids';
import { NodeEntity } from '../core/node';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a change did to a record.',
  valuesConfig: {
    CREATE: { description: 'Created it (`before` is null).' },
    UPDATE: { description: 'Changed it (`before` and `after` both given).' },
    DELETE: { description: 'Deleted it (`after` is null).' },
  },
});

/** One change to a record: who (key and role), when, what, and the record before and after. */
@ObjectType({ implements: NodeEntity, description: 'A change to a record, as the audit log keeps it.' })
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_record_index', properties: ['entityType', 'recordId', 'id'] })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint' }) id!: string;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID (`node(id:)` refetches it, for admins).' })
  get globalId(): string {
    return toGlobalId('AuditEntry', Number(this.id));
  }

  @Field(() => ID, { description: 'Global ID of the record changed (refetch it with `node(id:)`, unless it was deleted).' })
  get recordGlobalId(): string {
    return toGlobalId(this.entityType, this.recordId);
  }
  @Field({ description: 'When (UTC).' }) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) at: Date = new Date();
  @Field(() => Int, { nullable: true, description: 'The API key that made it.' }) @Property({ type: 'integer', nullable: true }) keyId?: number | null;
  @Field(() => Role, { description: 'The role of the key that made it.' }) @Enum({ items: () => Role }) role!: Role;
  @Field(() => AuditAction, { description: 'Create, update or delete.' }) @Enum({ items: () => AuditAction }) action!: AuditAction;
  @Field({ description: 'GraphQL type of the record.' }) @Property({ type: 'text' }) entityType!: string;
  @Field(() => Int, { deprecationReason: 'Use recordGlobalId: global IDs everywhere.', description: 'Database key of the record changed.' })
  @Property({ type: 'integer' }) recordId!: number;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record’s own values before the change (relations as ids); null for a creation.' }) @Property({ type: 'json', nullable: true }) before?: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record’s own values after the change (relations as ids); null for a deletion.' }) @Property({ type: 'json', nullable: true }) after?: Record<string, unknown> | null;
  @Field({ description: 'The `x-request-id` of the request that made it, as in the server log.' }) @Property({ type: 'text' }) requestId!: string;
}
