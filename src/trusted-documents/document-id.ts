import { createHash } from 'node:crypto';

/** What a document id may look like: short, and safe to print in a message or a log. */
const ID = /^[A-Za-z0-9:_-]{1,128}$/;
const SHA256 = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

/**
 * The one form a document id is stored and looked up in, or null when it is
 * not an id. A SHA-256 id is `sha256:<lowercase hex>` (the GraphQL-over-HTTP
 * persisted documents form) whether it came with the prefix or bare (the
 * client preset before v5, relay-compiler, Apollo's `sha256Hash`); MD5 and
 * SHA-1 hex ids are lowercased; any other id is kept as it is.
 */
export function normaliseDocumentId(raw: unknown): string | null {
  if (typeof raw !== 'string' || !ID.test(raw)) return null;
  const sha256 = SHA256.exec(raw);
  if (sha256) return `sha256:${sha256[1].toLowerCase()}`;
  return /^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{40}$/.test(raw) ? raw.toLowerCase() : raw;
}

/**
 * Whether a normalised id is a hash of `body`, when it is one: SHA-256 (the
 * client preset's `hashAlgorithm: 'sha256'`, relay's SHA256), SHA-1 (the
 * client preset's default) or MD5 (relay's default), all of the text exactly
 * as the manifest has it. Null for an id that is no hash (nothing to check).
 */
export function hashMatches(id: string, body: string): boolean | null {
  const algorithm = id.startsWith('sha256:') ? 'sha256' : /^[0-9a-f]{40}$/.test(id) ? 'sha1' : /^[0-9a-f]{32}$/.test(id) ? 'md5' : null;
  if (!algorithm) return null;
  return createHash(algorithm).update(body, 'utf8').digest('hex') === id.replace(/^sha256:/, '');
}
