import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { runSql, sql } from '../core/sql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import { University } from '../university/university.entity';
import { ApiKey } from './api-key.entity';
import { ANONYMOUS, Role, type Viewer } from './viewer';

/** When this process last wrote each key's usage time. */
const lastUseWritten = new Map<number, number>();

const KEY = /^og_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

function hash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface IssuedKey {
  id: number;
  /** The whole key: shown once, never stored. */
  key: string;
  prefix: string;
}

/** Issues a key with a role and, for university, park and enterprise keys, the record it is bound to. */
export async function createApiKey(
  em: EntityManager,
  options: { role: Role; label: string; universityId?: number | null; parkId?: number | null; enterpriseId?: number | null },
): Promise<IssuedKey> {
  if (options.role === Role.ANONYMOUS) throw new Error('Anonymous access needs no key.');
  if ((options.role === Role.UNIVERSITY) !== (options.universityId != null)) throw new Error('A university key needs --university, and only it.');
  if ((options.role === Role.PARK_ADMIN) !== (options.parkId != null)) throw new Error('A park_admin key needs --park, and only it.');
  if ((options.role === Role.ENTERPRISE) !== (options.enterpriseId != null)) throw new Error('An enterprise key needs --enterprise, and only it.');
  const prefix = randomBytes(8).toString('hex').slice(0, 10);
  const secret = randomBytes(32).toString('base64url');
  const key = em.create(ApiKey, {
    prefix,
    secretHash: hash(secret),
    role: options.role,
    label: options.label,
    university: options.universityId != null ? em.getReference(University, options.universityId) : null,
    park: options.parkId != null ? em.getReference(Park, options.parkId) : null,
    enterprise: options.enterpriseId != null ? em.getReference(Enterprise, options.enterpriseId) : null,
  } as never);
  await em.flush();
  return { id: key.id, key: `og_${prefix}_${secret}`, prefix };
}

export async function revokeApiKey(em: EntityManager, prefixOrId: string): Promise<boolean> {
  const where = /^\d+$/.test(prefixOrId) ? { id: Number(prefixOrId) } : { prefix: prefixOrId.replace(/^og_/, '').slice(0, 10) };
  const key = await em.findOne(ApiKey, { ...where, revokedAt: null });
  if (!key) return false;
  key.revokedAt = new Date();
  await em.flush();
  return true;
}

export function listApiKeys(em: EntityManager): Promise<ApiKey[]> {
  return em.find(ApiKey, {}, { orderBy: { id: 'asc' } });
}

/**
 * The viewer of a request from its Authorization header: anonymous without
 * one; an UNAUTHENTICATED error (401) for a malformed, unknown or revoked key.
 */
export async function authenticate(em: EntityManager, authorization: string | undefined): Promise<Viewer> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const parts = match ? KEY.exec(match[1]) : null;
  if (!parts) throw unauthenticated('The Authorization header must be "Bearer og_…" with an API key.', 401);
  const [, prefix, secret] = parts;
  const [row] = await runSql<{ id: number; secret_hash: string; role: Role; university_id: number | null; park_id: number | null; enterprise_id: number | null }>(
    em, sql`select id, secret_hash, role, university_id, park_id, enterprise_id from api_key where prefix = ${prefix} and revoked_at is null`,
  );
  const given = Buffer.from(hash(secret), 'hex');
  if (!row || !timingSafeEqual(given, Buffer.from(row.secret_hash, 'hex'))) throw unauthenticated('The API key is unknown or revoked.', 401);
  // Usage time, at most once a minute per key and process (so not a statement per request), outside the request's count.
  const now = Date.now();
  if ((lastUseWritten.get(row.id) ?? 0) < now - 60_000) {
    lastUseWritten.set(row.id, now);
    void em.getConnection().execute(`update api_key set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`, [row.id]).catch(() => undefined);
  }
  return { role: row.role, keyId: row.id, universityId: row.university_id, parkId: row.park_id, enterpriseId: row.enterprise_id };
}

/** Not authenticated: for a field that needs a key, or (with `status`) for a whole request with a bad key. */
export function unauthenticated(message: string, status?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', ...(status ? { http: { status } } : {}) } });
}
