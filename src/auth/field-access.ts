import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../core/context';
import { Access } from './access-rules';
import { denied, needsFor } from './auth-checker';
import { Role, seesEverything, type Viewer } from './viewer';

/**
 * What a viewer may see of a field with these rules, before looking at any
 * record: everything, nothing, or it depends on the record (a university's
 * own, a park's own). Only the last needs the per-record auth checker.
 */
export function fieldAccess(viewer: Viewer, rules: readonly string[]): 'all' | 'none' | 'per-record' {
  if (seesEverything(viewer)) return 'all';
  if (rules.includes(Access.OWN_UNIVERSITY) && viewer.role === Role.UNIVERSITY) return 'per-record';
  if (rules.includes(Access.OWN_PARK) && viewer.role === Role.PARK_ADMIN && viewer.parkId != null) return 'per-record';
  return 'none';
}

/**
 * Plain fields (a column read off the row) are resolved without
 * type-graphql's middleware chain, which costs a few promises per field per
 * row: a protected one is decided once from the viewer (`fieldAccess`) and
 * goes to the auth checker only when the answer depends on the record; an
 * unprotected one is read by graphql-js's default resolver. Fields with
 * resolver methods, middlewares or write/report rules keep type-graphql's
 * resolver. Run once, on the built schema.
 */
export function resolvePlainFieldsDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const withResolvers = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name ?? ''}.${r.schemaName}`));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    for (const field of objectType.fields ?? []) {
      const graphqlField = type.getFields()[field.schemaName];
      // A method with arguments (e.g. `signed(currency:)`) keeps type-graphql's resolver, which passes them.
      if (!graphqlField || withResolvers.has(`${objectType.target.name}.${field.schemaName}`) || field.middlewares?.length || field.params?.length) continue;
      const rules = field.roles ?? null;
      if (!rules) {
        // A getter (e.g. `id` from `globalId`) is read by its own name.
        graphqlField.resolve = field.name === field.schemaName ? defaultFieldResolver : (root: Record<string, unknown>) => root[field.name];
        continue;
      }
      if (rules.includes(Access.WRITER) || rules.includes(Access.REPORTER)) continue;
      const checked = graphqlField.resolve as GraphQLFieldResolver<Record<string, unknown>, Context>;
      const what = `${type.name}.${field.schemaName}`;
      const needs = needsFor(rules);
      graphqlField.resolve = (root: Record<string, unknown>, args, context: Context, info) => {
        const access = fieldAccess(context.viewer, rules);
        if (access === 'all') return root[field.name];
        if (access === 'none') throw denied(context.viewer, what, needs);
        return checked(root, args, context, info);
      };
    }
  }
}
