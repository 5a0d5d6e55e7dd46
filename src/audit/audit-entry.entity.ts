import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../auth/viewer';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

/** One change to a record: who (key and role), when, what, and the record before and after. */
@ObjectType({ description: 'A change to a record, as the audit log keeps it.' })
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_record_index', properties: ['entityType', 'recordId', 'id'] })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint' }) id!: string;
  @Field({ description: 'When (UTC).' }) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) at: Date = new Date();
  @Field(() => Int, { nullable: true, description: 'The API key that made it.' }) @Property({ type: 'integer', nullable: true }) keyId?: number | null;
  @Field(() => Role) @Enum({ items: () => Role }) role!: Role;
  @Field(() => AuditAction) @Enum({ items: () => AuditAction }) action!: AuditAction;
  @Field({ description: 'GraphQL type of the record.' }) @Property({ type: 'text' }) entityType!: string;
  @Field(() => Int) @Property({ type: 'integer' }) recordId!: number;
  @Field(() => GraphQLJSONObject, { nullable: true }) @Property({ type: 'json', nullable: true }) before?: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) @Property({ type: 'json', nullable: true }) after?: Record<string, unknown> | null;
  @Field() @Property({ type: 'text' }) requestId!: string;
}
