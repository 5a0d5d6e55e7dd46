import { config, type TrustedDocumentsMode } from '../core/config';
import { TrustedDocumentRegistry, type SqlRunner } from './registry';

/** What the server needs: the registry and the policy it applies. */
export interface TrustedDocuments {
  registry: TrustedDocumentRegistry;
  policy: TrustedDocumentsMode;
}

/** How stale a server's registry may be: a document removed (or added) anywhere is seen within this time by every process. */
export const TRUSTED_DOCUMENTS_CHECK_MS = 1_000;

/**
 * The registry and policy of a server: those given, else a registry on the
 * server's database and TRUSTED_DOCUMENTS, which checks the table for changes
 * once a second while it is used. The registry is loaded here, at start (not
 * at all when the policy is `off`).
 */
export async function startTrustedDocuments(db: SqlRunner, given: Partial<TrustedDocuments> = {}): Promise<TrustedDocuments> {
  const policy = given.policy ?? config.trustedDocuments;
  const registry = given.registry ?? new TrustedDocumentRegistry(db, { checkEveryMs: TRUSTED_DOCUMENTS_CHECK_MS });
  if (policy !== 'off') await registry.load();
  return { registry, policy };
}
