import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { fromGlobalId } from '../core/ids';
import type { Context } from '../core/context';
import { requireAdmin } from '../core/mutations';
import { ConnectionArgs, connectionTypes, fetchPage, OrderDirection, type ListSource, type Page } from '../core/pagination';
import { sql, type Sql } from '../core/sql';
import { AuditEntry } from './audit-entry.entity';

const auditSource: ListSource<AuditEntry> = { entity: AuditEntry, table: 'audit_entry', orderColumns: { CREATED: 't.id' } };
const AuditEntryConnection = connectionTypes(AuditEntry, 'AuditEntry');

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'Every change made through the API, newest first. Admins only.' })
  auditLog(
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('entityType', () => String, { nullable: true, description: 'Changes to records of this GraphQL type (e.g. Enterprise).' }) entityType: string | null,
    @Arg('recordId', () => Int, { nullable: true, deprecationReason: 'Use record, the record’s global ID.', description: 'Changes to the record with this database key (with entityType).' }) recordId: number | null,
    @Arg('record', () => ID, { nullable: true, description: 'Changes to this record (its global ID), including its deletion.' }) record: string | null,
    @Arg('keyId', () => Int, { nullable: true, description: 'Changes made with this API key (its number).' }) keyId: number | null,
    @Ctx() ctx: Context,
  ): Promise<Page<AuditEntry>> {
    requireAdmin(ctx, 'auditLog');
    const where: Sql[] = [];
    if (record != null) {
      const decoded = fromGlobalId(record, 'record');
      where.push(sql`t.entity_type = ${decoded.typeName} and t.record_id = ${decoded.id}`);
    }
    if (entityType) where.push(sql`t.entity_type = ${entityType}`);
    if (recordId != null) where.push(sql`t.record_id = ${recordId}`);
    if (keyId != null) where.push(sql`t.key_id = ${keyId}`);
    return fetchPage(ctx.em, auditSource, { where, args: page, info, order: { field: 'CREATED', direction: OrderDirection.DESC } });
  }
}
