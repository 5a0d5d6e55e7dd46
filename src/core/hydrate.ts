import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, runSql, sql, type Sql } from './sql';

type Plan = (row: Record<string, unknown>) => object;
const plans = new Map<string, Plan>();

/** Where a read record keeps the row it was made from (its lazy properties read it). */
const ROW = Symbol('row');

/**
 * Turns a row of an entity's table into an instance of the entity class, for
 * read paths. Reads never flush, and DataLoaders already give one instance per
 * record and request, so this skips the unit of work: a plan per entity, built
 * once from the ORM metadata, copies the scalar columns; what a response
 * seldom needs — timestamps as Dates, `{ id }` stubs of to-one relations
 * (resolvers read only their id), the embedded provenance — is made from the
 * row only when read. Per row this costs one object and a few assignments.
 */
export function hydrate<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>): T {
  let plan = plans.get(entity.name);
  if (!plan) {
    plan = buildPlan(entity, em.getMetadata().get(entity.name) as EntityMetadata);
    plans.set(entity.name, plan);
  }
  return plan(row) as T;
}

/**
 * The records of `entity` matching `where` (on its table as `t`), in `orderBy` order: one statement
 * through the request's read pool (so a replica's, when the request reads from one), hydrated as above.
 * For the few lookups that are not a loader's batch (a record by its code, a short catalog).
 */
export async function readRecords<T extends object>(em: EntityManager, entity: EntityClass<T>, where: Sql, orderBy: Sql = raw('t.id'), join: Sql = raw('')): Promise<T[]> {
  const table = em.getMetadata().get(entity.name).tableName;
  const rows = await runSql<Record<string, unknown>>(em, sql`select t.* from ${raw(table)} t ${join} where ${where} order by ${orderBy}`);
  return rows.map((row) => hydrate(em, entity, row));
}

function buildPlan(entity: EntityClass<object>, meta: EntityMetadata): Plan {
  // MikroORM puts accessors for every column on the entity's prototype (change
  // tracking); setting one builds the entity's helper and redefines the property
  // on the instance. Reads need none of that: a prototype in between holds plain
  // slots and the lazy properties, while the class (its name for the Node type,
  // its getters such as `globalId`) stays the same.
  const prototype = Object.create(entity.prototype) as object;
  const copies: Array<[column: string, name: string, numeric: boolean]> = [];
  const embedded = new Map<string, { cls: new () => object; fields: Array<[column: string, name: string]> }>();
  const lazy = (name: string, make: (row: Record<string, unknown>) => unknown) =>
    Object.defineProperty(prototype, name, {
      configurable: true,
      get(this: { [ROW]: Record<string, unknown> }) {
        const value = make(this[ROW]);
        Object.defineProperty(this, name, { value, writable: true, configurable: true, enumerable: true });
        return value;
      },
      set(value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, configurable: true, enumerable: true });
      },
    });
  for (const prop of Object.values(meta.properties)) {
    const column = prop.fieldNames?.[0];
    if (prop.kind === 'embedded') {
      embedded.set(prop.name, { cls: prop.embeddable as new () => object, fields: [] });
    } else if (prop.kind === 'scalar' && prop.embedded) {
      embedded.get(prop.embedded[0])?.fields.push([column, prop.embedded[1]]);
    } else if (prop.kind === 'scalar' && column && prop.runtimeType === 'Date') {
      lazy(prop.name, (row) => (row[column] == null ? row[column] : toDate(row[column])));
    } else if (prop.kind === 'scalar' && column) {
      copies.push([column, prop.name, prop.runtimeType === 'number' && prop.customType != null]);
      Object.defineProperty(prototype, prop.name, { value: undefined, writable: true, configurable: true, enumerable: false });
    } else if (prop.kind === 'm:1' && column) {
      lazy(prop.name, (row) => (row[column] == null ? null : { id: Number(row[column]) }));
    } else {
      Object.defineProperty(prototype, prop.name, { value: undefined, writable: true, configurable: true, enumerable: false });
    }
  }
  for (const [name, { cls, fields }] of embedded) {
    lazy(name, (row) => {
      const value = new cls() as Record<string, unknown>;
      for (const [column, field] of fields) value[field] = row[column] ?? null;
      // Provenance also says when: the time of the write that made the record as it is.
      if ('recordedAt' in value && row.updated_at != null) value.recordedAt = toDate(row.updated_at);
      if ('submissionId' in value && row.submission_id != null) value.submissionId = Number(row.submission_id);
      return value;
    });
  }
  return (row) => {
    const instance = Object.create(prototype) as Record<string | symbol, unknown>;
    instance[ROW] = row;
    for (const [column, name, numeric] of copies) {
      const value = row[column];
      instance[name] = numeric && value != null ? Number(value) : value;
    }
    return instance;
  };
}

/** PostgreSQL's text form of a timestamptz ("2026-11-26 19:00:33.68+00") as a Date. */
function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(String(value).replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}
