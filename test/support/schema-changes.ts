import {
  buildSchema, findBreakingChanges, findDangerousChanges, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isIntrospectionType,
  isSpecifiedScalarType, type GraphQLSchema,
} from 'graphql';

/** A change between two SDLs, named by its schema coordinate (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`). */
export interface SchemaChange {
  kind: 'BREAKING' | 'DANGEROUS' | 'ADDED' | 'DEPRECATED';
  coordinate: string;
  description: string;
}

interface Element {
  coordinate: string;
  parent: string | null;
  deprecated: boolean;
}

/** Every type, field, argument, input field and enum value of a schema, built-ins left out. */
function elements(schema: GraphQLSchema): Map<string, Element> {
  const all = new Map<string, Element>();
  const add = (coordinate: string, parent: string | null, deprecated = false) => all.set(coordinate, { coordinate, parent, deprecated });
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    add(type.name, null);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        add(coordinate, type.name, field.deprecationReason != null);
        for (const arg of field.args) add(`${coordinate}(${arg.name}:)`, coordinate, arg.deprecationReason != null);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, type.name, field.deprecationReason != null);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) add(`${type.name}.${value.name}`, type.name, value.deprecationReason != null);
    }
  }
  return all;
}

/** The coordinate a graphql-js change message is about ("ImportBatch.id changed type …", "An optional arg key on Query.policy was added."). */
function coordinateOf(description: string): string {
  const arg = /^An? (?:optional |required )?arg (\w+) on ([\w.]+) was added/.exec(description);
  if (arg) return `${arg[2]}(${arg[1]}:)`;
  const implemented = /^(\w+) added to interfaces implemented by (\w+)/.exec(description);
  if (implemented) return implemented[2];
  return /^[A-Za-z_][\w.]*/.exec(description)?.[0] ?? description;
}

/**
 * What changed from `before` to `after`: breaking and dangerous changes as
 * graphql-js finds them, and what was added or newly deprecated. An element
 * added inside an added parent (a field of a new type) is covered by the parent.
 */
export function schemaChanges(beforeSdl: string, afterSdl: string): SchemaChange[] {
  const before = buildSchema(beforeSdl);
  const after = buildSchema(afterSdl);
  const changes: SchemaChange[] = [
    ...findBreakingChanges(before, after).map((c) => ({ kind: 'BREAKING' as const, coordinate: coordinateOf(c.description), description: c.description })),
    ...findDangerousChanges(before, after).map((c) => ({ kind: 'DANGEROUS' as const, coordinate: coordinateOf(c.description), description: c.description })),
  ];
  const old = elements(before);
  const now = elements(after);
  for (const element of now.values()) {
    const was = old.get(element.coordinate);
    if (!was && !(element.parent && !old.has(element.parent))) {
      changes.push({ kind: 'ADDED', coordinate: element.coordinate, description: `${element.coordinate} was added.` });
    } else if (was && element.deprecated && !was.deprecated) {
      changes.push({ kind: 'DEPRECATED', coordinate: element.coordinate, description: `${element.coordinate} was deprecated.` });
    }
  }
  return changes;
}

/** Whether `coordinate` (or the field or type it belongs to) was deprecated in `sdl`. */
export function wasDeprecated(sdl: string, coordinate: string): boolean {
  const all = elements(buildSchema(sdl));
  for (let at: string | null = coordinate; at; at = all.get(at)?.parent ?? null) {
    if (all.get(at)?.deprecated) return true;
  }
  return false;
}
