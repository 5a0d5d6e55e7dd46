import { performance } from 'node:perf_hooks';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export type Executor = 'compiled' | 'graphql-js';

/**
 * Executes operations compiled to JavaScript by graphql-jit instead of
 * graphql-js's interpreter. graphql-js walks the document for every object of
 * a response, building a resolve-info object per field and row; a compiled
 * query reads a plain field as a property access, which is most of a large
 * page. The resolvers, their loaders and the statements they issue are the
 * same; only the walk is compiled. What is not compiled (see `QueryCompiler`)
 * runs on graphql-js.
 */
export function compiledExecutor(schema: GraphQLSchema, compiler = new QueryCompiler(schema)): GatewayExecutor {
  return async (requestContext) => {
    const { document, operationName, operation, request, context } = requestContext;
    const variables = request.variables ?? {};
    const query = compiler.compiled(document, operationName ?? undefined);
    if (!query) return execute({ schema, document, contextValue: context, variableValues: variables, operationName }) as Promise<ExecutionResult>;
    // Variables are checked by graphql-js first, so bad ones get its errors (which Apollo answers as 400 BAD_USER_INPUT).
    if (operation?.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, (operation as OperationDefinitionNode).variableDefinitions ?? [], variables, { maxErrors: 50 });
      if (coerced.errors) return { errors: coerced.errors };
    }
    const result = await query.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/**
 * Which documents are compiled, and when. Compiling costs far more than
 * running once (a 900-field document takes ~80 ms), and the cost model
 * prices running, not compiling, so a client sending ever new documents must
 * not buy compilation with them: a document is compiled on its second run
 * (one-off documents stay interpreted), and compiling stops for the rest of
 * a minute once it has taken `budgetMs` of that minute.
 *
 * A document is compiled once per operation name: Apollo keeps one parsed
 * DocumentNode per query text, so a WeakMap on it lets compiled code go when
 * Apollo's document store forgets the text.
 */
export class QueryCompiler {
  private readonly entries = new WeakMap<DocumentNode, Map<string, CompiledQuery | 'seen' | 'not compilable'>>();
  private windowStart = -Infinity;
  private spentMs = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly budgetMs = 2_000,
    private readonly windowMs = 60_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The compiled query, or null: run it on graphql-js this time. */
  compiled(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    let byName = this.entries.get(document);
    if (!byName) this.entries.set(document, (byName = new Map()));
    const key = operationName ?? '';
    const entry = byName.get(key);
    if (entry === undefined) {
      byName.set(key, 'seen');
      return null;
    }
    if (entry !== 'seen') return entry === 'not compilable' ? null : entry;
    const started = this.now();
    if (started - this.windowStart >= this.windowMs) {
      this.windowStart = started;
      this.spentMs = 0;
    }
    if (this.spentMs >= this.budgetMs) return null;
    const result = compileQuery(this.schema, document, operationName, { disablingCapturingStackErrors: true });
    this.spentMs += this.now() - started;
    const query = isCompiledQuery(result) ? result : 'not compilable';
    byName.set(key, query);
    return query === 'not compilable' ? null : query;
  }
}

/**
 * graphql-jit's errors look like graphql-js's but may lack `extensions`, which Apollo and
 * `formatError` read: made again as graphql-js errors, with their locations and path.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  if (error.locations) (made as { locations?: unknown }).locations = error.locations;
  return made;
}

/**
 * Apollo Server takes an executor only from a "gateway": this one serves a
 * fixed schema and runs it with `compiledExecutor`.
 */
export function compiledSchemaGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    async load() {
      return { schema, executor: compiledExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
