import {
  getNamedType, GraphQLError, parse, visit, isListType, isNonNullType, Kind, type DocumentNode, type FieldNode,
  type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode,
  type SelectionSetNode, type ValueNode,
} from 'graphql';
import type { Budget } from './budgets';
import { STATIC_BOUNDS, type DataBounds } from './data-bounds';
import { DEFAULT_PAGE_SIZE } from './pagination';

/**
 * What one operation may ask for, checked before it runs. The shape limits
 * hold for everyone; the cost in points is held against the caller's budget
 * (budgets.ts). Published in the README; every response reports its cost in
 * `extensions.cost`.
 */
export const LIMITS = {
  /** Nesting depth; a connection counts two levels (its edges and nodes). */
  maxDepth: 15,
  /** Aliased fields (graphql-armor's default is 15). */
  maxAliases: 15,
  /** Directive uses. */
  maxDirectives: 10,
  /** Lexical tokens in the document (Apollo's parser stops there). */
  maxTokens: 5_000,
  /**
   * Field selections written in the document. graphql-js checks that fields
   * of one selection set can merge by comparing them pairwise: 4,900 copies
   * of one field take a second of CPU, so documents are counted first.
   */
  maxFields: 1_000,
} as const;

const acceptedTexts = new Map<string, true>();

/**
 * Refuses, before Apollo parses and validates it, a document with more
 * field selections than `maxFields` (a syntax error is left to Apollo to
 * report). Texts already accepted are remembered, so a client's usual
 * documents are parsed here once.
 */
export function checkDocumentSize(text: unknown): GraphQLError | null {
  if (typeof text !== 'string' || acceptedTexts.has(text)) return null;
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: LIMITS.maxTokens, noLocation: true });
  } catch {
    return null;
  }
  let fields = 0;
  visit(document, { Field: () => void fields++ });
  if (fields > LIMITS.maxFields) {
    return new GraphQLError(`The operation is over the limit of ${LIMITS.maxFields} field selections: it has ${fields}.`, {
      extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxFields', max: LIMITS.maxFields, value: fields },
    });
  }
  if (acceptedTexts.size >= 1_000) acceptedTexts.delete(acceptedTexts.keys().next().value!);
  acceptedTexts.set(text, true);
  return null;
}

/** An operation that reads report tables or may return more nodes than this goes to its role's heavy lane (read-pool.ts). */
export const HEAVY_POINTS = 2_000;

export function isHeavy(cost: OperationCost): boolean {
  return cost.scannedRows > 0 || cost.points > HEAVY_POINTS;
}

/**
 * Rows a report reads for one point. A returned node costs JavaScript work
 * on the one event loop every request shares; a scanned row costs PostgreSQL
 * work, which statement timeouts, the heavy lane and admission bound apart.
 */
export const SCANNED_ROWS_PER_POINT = 50;

export interface OperationCost {
  depth: number;
  /** Records and list items the operation may return: page sizes and list bounds multiplied along the nesting. */
  nodes: number;
  aliases: number;
  directives: number;
  /** Rows the operation's reports may read (estimated from the table sizes). */
  scannedRows: number;
  /** What the operation is charged: nodes + scanned rows / SCANNED_ROWS_PER_POINT + 1 per root field. */
  points: number;
}

/**
 * Fields that read far more rows than they return, and what they read.
 * A report's cost is the size of the tables it aggregates (the whole table:
 * filters narrow it, but not by a bound anyone can check before running it).
 */
const REPORT_SCANS: Record<string, Array<keyof DataBounds['tableRows']>> = {
  'Query.contractStats': ['contract_record'],
  'Query.talentPipeline': ['placement', 'cohort', 'partnership'],
  'Query.parkClusters': ['contract_record', 'enterprise_park', 'placement'],
  'Park.cluster': ['contract_record', 'enterprise_park', 'placement'],
  'PolicyTarget.progress': ['contract_record', 'designation'],
  'PolicyTarget.current': ['designation'],
  'Incentive.eligibility': ['designation'],
};

/** How many items a plain list (no `first`) may hold: fixed by the domain, or read off the data (data-bounds.ts). */
function listBound(coordinate: string, node: FieldNode, variables: Record<string, unknown>, bounds: DataBounds, field: GraphQLField<unknown, unknown>): number {
  const first = argument(node, 'first', variables, field);
  if (typeof first === 'number') return first;
  const ids = argument(node, 'ids', variables, field);
  if (Array.isArray(ids)) return ids.length;
  const fixed = bounds.lists[coordinate];
  if (fixed != null) return fixed;
  if (coordinate === 'Query.parkClusters') {
    const parkIds = (argument(node, 'filter', variables, field) as { parkIds?: unknown } | undefined)?.parkIds;
    return Array.isArray(parkIds) ? parkIds.length : bounds.tableRows.park;
  }
  return bounds.defaultList;
}

const cache = new WeakMap<DocumentNode, Map<string, OperationCost>>();

/**
 * Measures an operation: depth, the nodes it may return (each connection's
 * page size and each list's bound times its parents'), the rows its reports
 * read, aliases and directives, and the points they add up to. Fragments are
 * followed (validation has already rejected cycles). Cached per parsed
 * document (Apollo keeps one per query text), variables and bounds.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  bounds: DataBounds = STATIC_BOUNDS,
): OperationCost {
  const key = `${bounds.version}:${operation.name?.value ?? ''}:${JSON.stringify(variables)}`;
  let perDocument = cache.get(document);
  const known = perDocument?.get(key);
  if (known) return known;
  const cost = measure(schema, document, operation, variables, bounds);
  if (!perDocument) cache.set(document, (perDocument = new Map()));
  if (perDocument.size < 100) perDocument.set(key, cost);
  return cost;
}

/** A selection set's measures for one instance of its parent; a parent multiplies them by its page size. */
interface Tally {
  nodes: number;
  scannedRows: number;
  depth: number;
  aliases: number;
  directives: number;
  rootFields: number;
}

function measure(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, bounds: DataBounds): OperationCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return { depth: 0, nodes: 0, aliases: 0, directives: 0, scannedRows: 0, points: 0 };
  // A fragment spread many times (or spreading others twice, level after level) is measured once per parent type:
  // the work stays linear in the document, while the counts still add up every spread.
  const memo = new Map<SelectionSetNode, Map<string, Tally>>();

  // `reportRows`: a report's `first` (e.g. contractStats(first:)), which bounds its `rows` list.
  const tally = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, reportRows: number | null): Tally => {
    const key = `${parent.name}:${reportRows}`;
    const known = memo.get(selectionSet)?.get(key);
    if (known) return known;
    const t: Tally = { nodes: 0, scannedRows: 0, depth: 0, aliases: 0, directives: 0, rootFields: 0 };
    const add = (child: Tally, times: number, levels: number) => {
      t.nodes += times * child.nodes;
      t.scannedRows += times * child.scannedRows;
      t.depth = Math.max(t.depth, levels + child.depth);
      t.aliases += child.aliases;
      t.directives += child.directives;
      t.rootFields += child.rootFields;
    };
    for (const selection of selectionSet.selections) {
      t.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        add(tally(selection.selectionSet, type ?? parent, reportRows), 1, 0);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) {
          t.directives += fragment.directives?.length ?? 0;
          add(tally(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? parent, reportRows), 1, 0);
        }
        continue;
      }
      if (selection.alias && selection.alias.value !== selection.name.value) t.aliases++;
      if (parent === root) t.rootFields++;
      const field = 'getFields' in parent ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[selection.name.value] : undefined;
      const coordinate = `${parent.name}.${selection.name.value}`;
      for (const table of REPORT_SCANS[coordinate] ?? []) t.scannedRows += bounds.tableRows[table];
      if (!field || !selection.selectionSet) continue;
      const type = getNamedType(field.type);
      // A connection counts its page and both of its levels; its edges, nodes and node add none.
      const wrapper = /(Connection|Edge)$/.test(parent.name);
      const { size, levels, counted } = wrapper ? { size: 1, levels: 0, counted: false } : fieldSize(field, type, coordinate, selection, variables, bounds, reportRows);
      if (counted) t.nodes += size;
      const first = argument(selection, 'first', variables, field);
      add(tally(selection.selectionSet, type, !counted && typeof first === 'number' ? first : null), Math.max(size, 1), levels);
    }
    if (!memo.has(selectionSet)) memo.set(selectionSet, new Map());
    memo.get(selectionSet)!.set(key, t);
    return t;
  };
  const t = tally(operation.selectionSet, root, null);
  const directives = t.directives + (operation.directives?.length ?? 0);
  const points = t.nodes + Math.ceil(t.scannedRows / SCANNED_ROWS_PER_POINT) + t.rootFields;
  return { depth: t.depth, nodes: t.nodes, aliases: t.aliases, directives, scannedRows: t.scannedRows, points };
}

/** Items one instance of a field may return, the levels it counts for, and whether its items count (connections and lists do, as on GitHub). */
function fieldSize(
  field: GraphQLField<unknown, unknown>,
  type: GraphQLNamedType,
  coordinate: string,
  node: FieldNode,
  variables: Record<string, unknown>,
  bounds: DataBounds,
  reportRows: number | null,
): { size: number; levels: number; counted: boolean } {
  if (type.name.endsWith('Connection')) {
    const first = argument(node, 'first', variables, field);
    const last = argument(node, 'last', variables, field);
    const requested = typeof first === 'number' ? first : typeof last === 'number' ? last : null;
    return { size: requested ?? DEFAULT_PAGE_SIZE, levels: 2, counted: true };
  }
  let wrapped = field.type;
  if (isNonNullType(wrapped)) wrapped = wrapped.ofType;
  if (isListType(wrapped)) return { size: (node.name.value === 'rows' ? reportRows : null) ?? listBound(coordinate, node, variables, bounds, field), levels: 1, counted: true };
  return { size: 1, levels: 1, counted: false };
}

/** An argument's value as given (literal or variable), else the schema's default. */
function argument(node: FieldNode, name: string, variables: Record<string, unknown>, field: GraphQLField<unknown, unknown>): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  const value = arg ? valueOf(arg.value, variables) : undefined;
  return value ?? field.args.find((a) => a.name === name)?.defaultValue;
}

function valueOf(value: ValueNode, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      return variables[value.name.value];
    case Kind.INT:
      return Number(value.value);
    case Kind.LIST:
      return value.values.map((v) => valueOf(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(value.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
    default:
      return undefined;
  }
}

/** Throws when an operation is over a limit or over the caller's budget, naming the limit, the value and how to stay under it. */
export function enforceLimits(cost: OperationCost, budget: Budget): void {
  const over: Array<[keyof typeof LIMITS, number, string]> = [
    ['maxDepth', cost.depth, 'depth'],
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
  if (cost.points > budget.pointsPerRequest) {
    throw new GraphQLError(
      `The operation would cost ${cost.points} points (${cost.nodes} nodes, ${cost.scannedRows} rows read by reports); ` +
        `${budget.label} may spend ${budget.pointsPerRequest} per request. Ask for smaller pages (first/last), fewer nested lists or fewer reports` +
        (budget.label === 'a caller without a key' ? ', or use an API key.' : '.'),
      { extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'pointsPerRequest', max: budget.pointsPerRequest, value: cost.points, http: { status: 400 } } },
    );
  }
}
