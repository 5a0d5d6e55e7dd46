import { config, type TrustedDocumentsMode } from '../core/config';
import { TrustedDocumentRegistry, type SqlRunner } from './registry';

/** What the server needs: the registry and the policy it applies. */
export interface TrustedDocuments {
  registry: TrustedDocumentRegistry;
  policy: TrustedDocumentsMode;
}

/**
 * The registry and policy of a server: those given, else a registry on the
 * server's database and TRUSTED_DOCUMENTS. The registry is loaded here, at
 * start (not at all when the policy is `off`).
 */
export async function startTrustedDocuments(db: SqlRunner, given: Partial<TrustedDocuments> = {}): Promise<TrustedDocuments> {
  const policy = given.policy ?? config.trustedDocuments;
  const registry = given.registry ?? new TrustedDocumentRegistry(db);
  if (policy !== 'off') await registry.load();
  return { registry, policy };
}
