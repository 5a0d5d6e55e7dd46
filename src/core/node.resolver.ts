import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AuditEntry } from '../audit/audit-entry.entity';
import { maySeeSubmission } from '../auth/auth-checker';
import { entities } from '../entities';
import { ImportBatch } from '../import/import-batch.entity';
import type { Context } from './context';
import { badInput } from './errors';
import { requireAdmin } from './mutations';
import { fromGlobalId } from './ids';
import { NodeEntity } from './node';

const MAX_NODES = 100;
const entityByTypeName = new Map<string, (typeof entities)[number]>(entities.map((e) => [e.name, e]));
/** Nodes kept apart from the records of the graph (no versions or timestamps of their own): admins' bookkeeping. */
const adminNodes = new Set<Function>([ImportBatch, AuditEntry]);

@Resolver()
export class NodeResolver {
  @Query(() => NodeEntity, { nullable: true, description: 'Refetches any record by its global ID; null if it no longer exists.' })
  node(@Arg('id', () => ID, { description: 'A global ID, as any record’s `id` gives it.' }) id: string, @Ctx() ctx: Context): Promise<NodeEntity | null> {
    return load(ctx, id, 'id');
  }

  @Query(() => [NodeEntity], { nullable: 'items', description: `Refetches up to ${MAX_NODES} records by global ID, in the order given.` })
  nodes(@Arg('ids', () => [ID], { description: `Global IDs, at most ${MAX_NODES}.` }) ids: string[], @Ctx() ctx: Context): Promise<Array<NodeEntity | null>> {
    if (ids.length > MAX_NODES) throw badInput('ids', `at most ${MAX_NODES} IDs per call, got ${ids.length}`);
    return Promise.all(ids.map((id, i) => load(ctx, id, `ids[${i}]`)));
  }
}

async function load(ctx: Context, globalId: string, argument: string): Promise<NodeEntity | null> {
  const { typeName, id } = fromGlobalId(globalId, argument);
  const entity = entityByTypeName.get(typeName);
  if (!entity || !(entity.prototype instanceof NodeEntity || adminNodes.has(entity))) throw badInput(argument, `"${globalId}" is not the ID of a known type`);
  if (adminNodes.has(entity)) requireAdmin(ctx, `node(${argument}) of a ${typeName}`);
  const record = (await ctx.loaders.byId(entity as never).load(id)) as NodeEntity | null;
  // A submission the caller may not see is answered as one that does not exist: a refusal would tell that it does.
  if (record && typeName === 'Submission' && !(await maySeeSubmission(ctx, record as never))) return null;
  return record;
}
