import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { fromGlobalId } from '../core/ids';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { requireAdmin } from '../core/mutations';
import { Role } from '../auth/viewer';
import { ConnectionArgs, connectionTypes, fetchPage, OrderDirection, type ListSource, type Page } from '../core/pagination';
import { Provenance } from '../core/provenance';
import { ImportBatch } from './import-batch.entity';
import { rollbackBatch } from './rollback';

const batchSource: ListSource<ImportBatch> = { entity: ImportBatch, table: 'import_batch', orderColumns: { CREATED: 't.id' } };
const ImportBatchConnection = connectionTypes(ImportBatch, 'ImportBatch');

@ObjectType({ description: 'What rolling back a batch did.' })
class RollbackImportBatchPayload {
  @Field(() => ImportBatch, { description: 'The batch, now marked rolled back.' }) batch!: ImportBatch;
  @Field(() => Int, { description: 'Rows the batch had inserted, deleted.' }) deleted!: number;
  @Field(() => Int, { description: 'Rows the batch had updated, given their earlier values back.' }) restored!: number;
  @Field(() => Int, { description: 'Rows changed since the batch (by an edit or a later batch), left as they are.' }) keptChangedSince!: number;
  @Field(() => String, { nullable: true, description: 'Echoed back from the input (Relay).' }) clientMutationId!: string | null;
}

@InputType({ description: 'Which batch to roll back.' })
class RollbackImportBatchInput {
  @Field(() => ID, { description: 'Global ID of the batch (`ImportBatch.id`).' }) batchId!: string;
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

@Resolver(() => ImportBatch)
export class ImportBatchResolver {
  @Query(() => ImportBatchConnection, { description: 'Import batches, newest first. Admins only.' })
  importBatches(@Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context): Promise<Page<ImportBatch>> {
    requireAdmin(ctx, 'importBatches');
    return fetchPage(ctx.em, batchSource, { args: page, info, order: { field: 'CREATED', direction: OrderDirection.DESC } });
  }

  @Mutation(() => RollbackImportBatchPayload, { description: 'Undoes an import batch as a whole. Admins only.' })
  async rollbackImportBatch(
    @Arg('input', () => RollbackImportBatchInput, { nullable: true, description: 'The batch (give this, not `id`).' }) input: RollbackImportBatchInput | null,
    @Arg('id', () => Int, { nullable: true, deprecationReason: 'Use input.batchId, the batch’s global ID.', description: 'The batch number.' }) number: number | null,
    @Ctx() ctx: Context,
  ): Promise<RollbackImportBatchPayload> {
    requireAdmin(ctx, 'rollbackImportBatch');
    if ((input == null) === (number == null)) throw badInput('input', 'Give input.batchId (or, deprecated, id), not both.');
    const argument = input ? 'input.batchId' : 'id';
    const id = input ? fromGlobalId(input.batchId, argument, 'ImportBatch').id : number!;
    let result;
    try {
      result = await rollbackBatch(ctx.em, id, { keyId: ctx.viewer.keyId, role: ctx.viewer.role, requestId: ctx.requestId });
    } catch (error) {
      throw badInput(argument, error instanceof Error ? error.message : String(error));
    }
    const batch = await ctx.em.fork().findOneOrFail(ImportBatch, id);
    return { batch, ...result, clientMutationId: input?.clientMutationId ?? null };
  }
}

@Resolver(() => Provenance)
export class ProvenanceResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The document (its code or file), batch or generator run.' })
  document(@Root() provenance: Provenance, @Ctx() ctx: Context): string | null {
    // A record entered through the API names the key that wrote it ("api key 4"); which key it was is for admins.
    const document = provenance.document ?? null;
    return ctx.viewer.role !== Role.ADMIN && document != null && /^api key \d+$/.test(document) ? 'api key' : document;
  }

  @FieldResolver(() => ImportBatch, { nullable: true, description: 'The import batch that last wrote the record, if one did (its file name and checksum). Admins only.' })
  batch(@Root() provenance: Provenance, @Ctx() ctx: Context): Promise<ImportBatch | null> | null {
    if (!provenance.batchId) return null;
    requireAdmin(ctx, 'Provenance.batch');
    return ctx.loaders.byId(ImportBatch).load(provenance.batchId);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the import batch that last wrote the record ran; null if none did.' })
  async importedAt(@Root() provenance: Provenance, @Ctx() ctx: Context): Promise<Date | null> {
    return provenance.batchId ? ((await ctx.loaders.byId(ImportBatch).load(provenance.batchId))?.createdAt ?? null) : null;
  }
}
