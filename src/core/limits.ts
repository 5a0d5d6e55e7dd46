import {
  getNamedType, GraphQLError, isListType, isNonNullType, isObjectType, Kind, type DocumentNode, type FieldNode,
  type FragmentDefinitionNode, type GraphQLField, type GraphQLOutputType, type GraphQLSchema, type OperationDefinitionNode,
  type SelectionSetNode, type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './pagination';

/**
 * What one operation may ask for, checked before it runs. Published in the
 * README; every response reports the operation's cost in `extensions.cost`.
 */
export const LIMITS = {
  /** Nesting depth; a connection counts two levels (its edges and nodes). */
  maxDepth: 15,
  /** Nodes the operation may return, from the page sizes it asks for (GitHub: 500,000). */
  maxNodes: 500_000,
  /** Aliased fields (graphql-armor's default is 15). */
  maxAliases: 15,
  /** Directive uses. */
  maxDirectives: 10,
  /** Lexical tokens in the document (Apollo's parser stops there). */
  maxTokens: 5_000,
} as const;

export interface OperationCost {
  depth: number;
  nodes: number;
  aliases: number;
  directives: number;
}

/**
 * Measures an operation: depth, the nodes it may return (each connection's
 * page size times its parents'), aliases and directives. Fragments are
 * followed (validation has already rejected cycles).
 */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): OperationCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const cost: OperationCost = { depth: 0, nodes: 0, aliases: 0, directives: 0 };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return cost;
  cost.directives += operation.directives?.length ?? 0;

  const visit = (selectionSet: SelectionSetNode, parentType: GraphQLOutputType, multiplier: number, depth: number) => {
    const named = getNamedType(parentType);
    for (const selection of selectionSet.selections) {
      cost.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : named;
        visit(selection.selectionSet, (type ?? named) as GraphQLOutputType, multiplier, depth);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) {
          cost.directives += fragment.directives?.length ?? 0;
          visit(fragment.selectionSet, (schema.getType(fragment.typeCondition.name.value) ?? named) as GraphQLOutputType, multiplier, depth);
        }
        continue;
      }
      if (selection.alias && selection.alias.value !== selection.name.value) cost.aliases++;
      const field = isObjectType(named) || 'getFields' in named ? (named as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[selection.name.value] : undefined;
      if (!field || !selection.selectionSet) {
        cost.depth = Math.max(cost.depth, depth);
        continue;
      }
      // A connection already counted its page and both of its levels; its edges, nodes and node add none.
      const wrapper = /(Connection|Edge)$/.test(named.name);
      const { size, levels, counted } = wrapper ? { size: 1, levels: 0, counted: false } : fieldSize(field, selection, variables);
      if (counted) cost.nodes += multiplier * size;
      cost.depth = Math.max(cost.depth, depth + levels);
      visit(selection.selectionSet, field.type, multiplier * size, depth + levels);
    }
  };
  visit(operation.selectionSet, root, 1, 0);
  return cost;
}

/** Nodes one instance of a field may return, the levels it counts for, and whether its nodes count (connections and lists do, as on GitHub). */
function fieldSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): { size: number; levels: number; counted: boolean } {
  const connection = getNamedType(field.type).name.endsWith('Connection');
  const first = argument(node, 'first', variables);
  const last = argument(node, 'last', variables);
  const requested = typeof first === 'number' ? first : typeof last === 'number' ? last : null;
  if (connection) return { size: Math.max(requested ?? DEFAULT_PAGE_SIZE, 1), levels: 2, counted: true };
  let type = field.type;
  if (isNonNullType(type)) type = type.ofType;
  if (isListType(type)) {
    const ids = argument(node, 'ids', variables);
    return { size: Math.max(Array.isArray(ids) ? ids.length : (requested ?? 1), 1), levels: 1, counted: true };
  }
  return { size: 1, levels: 1, counted: false };
}


function argument(node: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  return arg ? valueOf(arg.value, variables) : undefined;
}

function valueOf(value: ValueNode, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      return variables[value.name.value];
    case Kind.INT:
      return Number(value.value);
    case Kind.LIST:
      return value.values.map((v) => valueOf(v, variables));
    default:
      return undefined;
  }
}

/** Throws when an operation is over a limit, naming the limit and the value. */
export function enforceLimits(cost: OperationCost): void {
  const over: Array<[keyof typeof LIMITS, number, string]> = [
    ['maxDepth', cost.depth, 'depth'],
    ['maxNodes', cost.nodes, 'nodes (page sizes multiplied along the nesting)'],
    ['maxAliases', cost.aliases, 'aliases'],
    ['maxDirectives', cost.directives, 'directives'],
  ];
  for (const [limit, value, what] of over) {
    if (value > LIMITS[limit]) {
      throw new GraphQLError(`The operation is over the limit of ${LIMITS[limit]} ${what}: it has ${value}.`, {
        extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit, max: LIMITS[limit], value, http: { status: 400 } },
      });
    }
  }
}
