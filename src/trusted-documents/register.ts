import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql } from '../core/sql';
import { checkDocument, type CheckedDocument, type DocumentProblem } from './check';
import { readManifest, type ManifestEntry } from './manifest';

export interface RegistrationReport {
  documents: number;
  /** Newly registered. */
  registered: number;
  /** Already registered with the same text (registration is idempotent). */
  unchanged: number;
  /** Every document that cannot be registered, and why; when there is one, nothing was registered. */
  errors: DocumentProblem[];
}

/**
 * Registers the documents of a manifest for `client` (e.g. "web-app 1.4"),
 * all or none: each is checked (see check.ts), and an id registered before
 * with other text is refused — a new version of a document gets a new id.
 */
export async function registerTrustedDocuments(em: EntityManager, entries: ManifestEntry[], client: string): Promise<RegistrationReport> {
  if (!client.trim()) throw new Error('Say who registers the documents (--client, e.g. "web-app 1.4").');
  const errors: DocumentProblem[] = [];
  const checked = new Map<string, CheckedDocument>();
  for (const entry of entries) {
    const result = checkDocument(entry);
    if ('reason' in result) errors.push(result);
    // `sha256:<hex>` and `<hex>` are one id: a file may name a document twice, with the same text.
    else if (checked.has(result.id) && checked.get(result.id)!.body !== result.body) errors.push({ id: entry.id, reason: `the file has other text for ${result.id}` });
    else checked.set(result.id, result);
  }
  const report = { documents: entries.length, registered: 0, unchanged: 0, errors };
  if (checked.size === 0) return report;
  return em.transactional(async (tx) => {
    const ids = JSON.stringify([...checked.keys()]);
    const existing = await runSql<{ id: string; body: string; client: string }>(
      tx, sql`select id, body, client from trusted_document where id in (select jsonb_array_elements_text(${ids}::jsonb))`,
    );
    for (const row of existing) {
      if (row.body === checked.get(row.id)!.body) report.unchanged++;
      else errors.push({ id: row.id, reason: `already registered (by "${row.client}") with other text; a changed document needs a new id` });
      checked.delete(row.id);
    }
    if (errors.length) return report;
    const rows = JSON.stringify([...checked.values()].map((d) => ({ id: d.id, body: d.body, client, operation_name: d.operationName })));
    await runSql(tx, sql`insert into trusted_document (id, body, client, operation_name)
      select id, body, client, operation_name from jsonb_to_recordset(${rows}::jsonb) as d(id text, body text, client text, operation_name text)`);
    report.registered = checked.size;
    return report;
  });
}

/** `documents register FILE --client NAME`: reads the manifest, then registers it. */
export async function registerManifestFile(em: EntityManager, file: string, client: string): Promise<RegistrationReport> {
  return registerTrustedDocuments(em, await readManifest(file), client);
}
