import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql } from '../core/sql';
import { normaliseDocumentId } from './document-id';

export interface TrustedDocumentRow {
  id: string;
  client: string;
  operationName: string | null;
  createdAt: Date;
  length: number;
}

/** Every registered document, oldest first (`documents list`). */
export async function listTrustedDocuments(em: EntityManager): Promise<TrustedDocumentRow[]> {
  const rows = await runSql<{ id: string; client: string; operation_name: string | null; created_at: Date; length: number }>(
    em, sql`select id, client, operation_name, created_at, length(body) as length from trusted_document order by created_at, id`,
  );
  return rows.map((r) => ({ id: r.id, client: r.client, operationName: r.operation_name, createdAt: new Date(r.created_at), length: Number(r.length) }));
}

/**
 * Removes a document (`documents remove ID`, the id in either form). Running
 * servers notice within a second or so (their registries check the table).
 */
export async function removeTrustedDocument(em: EntityManager, id: string): Promise<boolean> {
  const normalised = normaliseDocumentId(id);
  if (!normalised) return false;
  const rows = await runSql<{ id: string }>(em, sql`delete from trusted_document where id = ${normalised} returning id`);
  return rows.length > 0;
}
