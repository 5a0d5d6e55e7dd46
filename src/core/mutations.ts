import { CheckConstraintViolationException, ForeignKeyConstraintViolationException, NotNullConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuditAction, AuditEntry } from '../audit/audit-entry.entity';
import { denied } from '../auth/auth-checker';
import { Role } from '../auth/viewer';
import type { Context } from './context';
import { badInput, notFound } from './errors';
import { Provenance, SourceKind } from './provenance';
import { indexNames, type Knex } from '../search/search-index';

/**
 * The shared mechanics of every mutation: who may write, one transaction for
 * the change and its audit entry, optimistic concurrency through `version`,
 * and database constraint violations turned into input errors.
 */

export function conflict(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', argumentName: argument } });
}

/** Only admins and park administrators write; `ownsIt` decides a park administrator's scope. */
export async function requireEditor(ctx: Context, what: string, ownsIt: (parkId: number) => boolean | Promise<boolean>): Promise<void> {
  const { viewer } = ctx;
  if (viewer.role === Role.ADMIN) return;
  if (viewer.role === Role.PARK_ADMIN && viewer.parkId != null && (await ownsIt(viewer.parkId))) return;
  throw denied(viewer, what, viewer.role === Role.PARK_ADMIN ? 'an admin key, or the key of the park it belongs to' : 'an admin or park_admin key', true);
}

export function requireAdmin(ctx: Context, what: string): void {
  if (ctx.viewer.role !== Role.ADMIN) throw denied(ctx.viewer, what, 'an admin key', true);
}

/** The record is still at the version the editor read. */
export function checkVersion(record: { version: number }, expected: number): void {
  if (record.version !== expected) {
    throw conflict('input.expectedVersion', `The record changed since version ${expected}; it is at version ${record.version}. Read it again and reapply your change.`);
  }
}

/**
 * Runs a change in one transaction; nothing is half-written, and constraint violations become input errors.
 * The transaction names its writer for the change feed (`og.change_source`): the API key, unless `source` says
 * otherwise (a verified submission names itself).
 */
export async function write<T>(ctx: Context, change: (tx: EntityManager) => Promise<T>, source = `api:key:${ctx.viewer.keyId ?? '-'}`): Promise<T> {
  try {
    return await ctx.em.fork().transactional(async (tx) => {
      await tx.execute(`select set_config('og.change_source', ?, true)`, [source]);
      return change(tx as EntityManager);
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict('input.expectedVersion', 'The record was changed by someone else meanwhile. Read it again and reapply your change.');
    if (error instanceof UniqueConstraintViolationException) throw badInput('input', `a record with the same natural key already exists (${constraintOf(error)})`);
    if (error instanceof ForeignKeyConstraintViolationException) throw badInput('input', `it refers to a record that does not exist, or other records still refer to it (${constraintOf(error)})`);
    if (error instanceof CheckConstraintViolationException) throw badInput('input', `a value breaks the rule ${constraintOf(error)}`);
    if (error instanceof NotNullConstraintViolationException) throw badInput('input', `a required value is null (${(error as { column?: string }).column ?? 'a column'})`);
    throw error;
  }
}

function constraintOf(error: Error): string {
  return (error as { constraint?: string }).constraint ?? /constraint "([^"]+)"/.exec(error.message)?.[1] ?? 'a database rule';
}

/** Records the change in the audit log, in the same transaction. */
export function audit(tx: EntityManager, ctx: Context, action: AuditAction, entityType: string, recordId: number, before: object | null, after: object | null): void {
  tx.create(AuditEntry, {
    keyId: ctx.viewer.keyId,
    role: ctx.viewer.role,
    action,
    entityType,
    recordId,
    before: before ? snapshot(before) : null,
    after: after ? snapshot(after) : null,
    requestId: ctx.requestId,
  } as never);
}

/** A record's own values (relations as ids), for the audit log. */
export function snapshot(record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith('__') || typeof value === 'function') continue;
    if (value && typeof value === 'object' && 'id' in value && !(value instanceof Date)) out[`${key}Id`] = (value as { id: unknown }).id;
    else if (value && typeof value === 'object' && 'isInitialized' in value) continue; // collections
    else out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

type Entity = { id: number; version: number };

/** The table of an entity class; searchable tables keep their names indexed as they change. */
const tableOf = (tx: EntityManager, entity: new () => object) => tx.getMetadata().get(entity.name).tableName;
const knexOf = (tx: EntityManager) => (tx.getTransactionContext() ?? tx.getKnex()) as Knex;

/** A rule over other records that a change must keep, checked in its transaction after the write (it may lock what it reads). */
export type Invariant = (tx: EntityManager) => Promise<void>;

/** Creates a record set up by `init`, with its audit entry; returns its id. */
export function createRecord<T extends Entity>(ctx: Context, entity: new () => T, init: (tx: EntityManager, record: T) => void, invariant?: Invariant): Promise<number> {
  return write(ctx, async (tx) => {
    const record = new entity();
    init(tx, record);
    tx.persist(record);
    await tx.flush();
    await invariant?.(tx);
    await indexNames(knexOf(tx), tableOf(tx, entity), [record.id]);
    audit(tx, ctx, AuditAction.CREATE, entity.name, record.id, null, record);
    return record.id;
  });
}

/** Changes a record still at `expectedVersion` with `apply`, with its audit entry. */
export function updateRecord<T extends Entity>(
  ctx: Context, entity: new () => T, id: number, expectedVersion: number, apply: (tx: EntityManager, record: T) => void, populate: string[] = [], invariant?: Invariant,
): Promise<void> {
  return write(ctx, async (tx) => {
    const record = await tx.findOne(entity, id as never, { populate: populate as never });
    if (!record) throw notFound('input.id', `No such ${entity.name}.`);
    checkVersion(record, expectedVersion);
    const before = { ...record };
    apply(tx, record as T);
    // Always a change of the row itself, so the version moves even when only a list changed,
    // and the record names its last writer (an import rollback then leaves it alone).
    Object.assign(record, { updatedAt: new Date() });
    if ('provenance' in record) (record as { provenance: Provenance }).provenance = submittedBy(ctx);
    await tx.flush();
    await invariant?.(tx);
    await indexNames(knexOf(tx), tableOf(tx, entity), [id]);
    audit(tx, ctx, AuditAction.UPDATE, entity.name, id, before, record);
  });
}

/** Deletes a record still at `expectedVersion`, with its audit entry. */
export function deleteRecord<T extends Entity>(ctx: Context, entity: new () => T, id: number, expectedVersion: number): Promise<void> {
  return write(ctx, async (tx) => {
    const record = await tx.findOne(entity, id as never);
    if (!record) throw notFound('input.id', `No such ${entity.name}.`);
    checkVersion(record, expectedVersion);
    const before = { ...record };
    tx.remove(record);
    await tx.flush();
    await indexNames(knexOf(tx), tableOf(tx, entity), [id]);
    audit(tx, ctx, AuditAction.DELETE, entity.name, id, before, null);
  });
}

/** Trimmed, non-empty text of at most `max` characters. */
export function text(argument: string, value: string | null | undefined, max: number): string {
  if (value == null) throw badInput(argument, 'must not be null');
  const trimmed = value.trim();
  if (!trimmed) throw badInput(argument, 'must not be empty');
  if (trimmed.length > max) throw badInput(argument, `at most ${max} characters, got ${trimmed.length}`);
  return trimmed;
}

/** Where a record entered through the API came from. */
export function submittedBy(ctx: Context): Provenance {
  return Provenance.of(SourceKind.SUBMISSION, `api key ${ctx.viewer.keyId ?? '-'}`, null, `Entered through the API (${ctx.viewer.role}).`);
}

/**
 * The Relay types every editable record shares: `Delete<Name>Input` and
 * `<Name>Payload`, whose record field is named after the record (`enterprise`).
 */
export function mutationTypes<T extends object>(entity: new () => T, name: string, field: string) {
  @InputType(`Delete${name}Input`, { description: `Which ${name} to delete, at which version.` })
  class DeleteInput {
    @Field(() => ID, { description: `Global id of the ${name} to delete.` }) id!: string;
    @Field(() => Int, { description: 'The version the deletion was decided on.' }) expectedVersion!: number;
    @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
  }

  @ObjectType(`${name}Payload`, { description: `What a create, update or delete of a ${name} returns.` })
  class Payload {
    @Field(() => entity, { name: field, nullable: true, description: 'The record as it is now; null after a deletion.' }) record!: T | null;
    @Field(() => ID, { nullable: true, description: 'Global id of the record a deletion removed; null after a create or update.' }) deletedId?: string | null;
    @Field(() => String, { nullable: true, description: 'The `clientMutationId` of the input, echoed back (Relay); null when none was sent.' }) clientMutationId!: string | null;
  }
  return { DeleteInput, Payload };
}

export interface MutationPayload<T> {
  record: T | null;
  deletedId?: string | null;
  clientMutationId: string | null;
}

/** `Update<Name>Input`: the editable fields of `Fields`, plus the record's ID, the version the change was made against, and `clientMutationId`. */
export function updateInput<T extends new (...args: any[]) => object>(Fields: T, name: string) {
  @InputType(`Update${name}Input`, { description: `Changes to a ${name}: fields left out stay as they are; a field set to null is cleared where it may be empty.` })
  class UpdateInput extends Fields {
    @Field(() => ID, { description: `Global id of the ${name} to change.` }) id!: string;
    @Field(() => Int, { description: 'The version the change was made against.' }) expectedVersion!: number;
    @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
  }
  return UpdateInput;
}
