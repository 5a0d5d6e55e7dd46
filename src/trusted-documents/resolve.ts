import { Role, type Viewer } from '../auth/viewer';
import type { TrustedDocumentsMode } from '../core/config';
import { ErrorCode } from '../core/errors';
import { normaliseDocumentId } from './document-id';
import type { TrustedDocumentRegistry } from './registry';

/** A GraphQL request over HTTP as Apollo reads it: a POST's parsed JSON body, or a GET's query string. */
export interface HttpGraphQLParams {
  method: string;
  body: unknown;
  search: string;
}

export interface TrustedDocumentError {
  message: string;
  extensions: { code: string; documentId?: string };
}

/** The request to run (its document id replaced by the registered text), or the error to answer with. */
export type TrustedDocumentResolution =
  | { body: unknown; search: string; documentId?: string }
  | { status: number; error: TrustedDocumentError };

const REGISTER = 'Frontend teams register their documents with `npm run cli -- documents register FILE --client NAME`.';

/**
 * Replaces a document id — `{"documentId": "sha256:…"}` (GraphQL over HTTP) or
 * Apollo's `{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "…"}}}`,
 * in a POST body or a GET query string — with the text registered under it,
 * and applies the policy: in `anonymous-only`, a caller without a key may send
 * only registered documents. Query text sent along with an id must be the
 * registered text; with an unknown id it runs as free-form text where that is
 * allowed (what Apollo's persisted-query link sends after a miss).
 */
export async function resolveTrustedDocument(
  registry: TrustedDocumentRegistry,
  request: HttpGraphQLParams,
  viewer: Viewer,
  policy: TrustedDocumentsMode,
): Promise<TrustedDocumentResolution> {
  const params = readParams(request);
  if ('error' in params) return params;
  const { query, id } = params;
  const freeFormAllowed = policy !== 'anonymous-only' || viewer.role !== Role.ANONYMOUS;
  if (id === undefined) {
    if (query === undefined || freeFormAllowed) return request;
    return fail(ErrorCode.TRUSTED_DOCUMENT_REQUIRED,
      'Callers without an API key may run only registered (trusted) documents here: send {"documentId": "sha256:<hash>"} ' +
      `instead of the query text, or an API key. ${REGISTER}`);
  }
  if (policy === 'off') return fail('PERSISTED_QUERY_NOT_SUPPORTED', 'Trusted documents are off on this server (TRUSTED_DOCUMENTS=off): send the query text.');
  const text = await registry.get(id);
  if (text === null) {
    if (query !== undefined && freeFormAllowed) return rewrite(request, query);
    return fail(ErrorCode.PERSISTED_QUERY_NOT_FOUND, `No trusted document is registered as "${id}". ${REGISTER}`, id);
  }
  if (query !== undefined && query !== text) return fail('BAD_REQUEST', `The query text sent is not the document registered as "${id}": send the id alone.`, id);
  return { ...rewrite(request, text), documentId: id };
}

type Params = { query?: string; id?: string } | { status: number; error: TrustedDocumentError };

/** The query text and the normalised document id of a request, from whichever form it uses. */
function readParams(request: HttpGraphQLParams): Params {
  const fields = requestFields(request);
  if (!fields) return {};
  const query = typeof fields.query === 'string' && fields.query !== '' ? fields.query : undefined;
  // Some clients send the fields they do not use as null.
  const persisted = isRecord(fields.extensions) ? (fields.extensions.persistedQuery ?? undefined) : undefined;
  const rawId = fields.documentId ?? undefined;
  if (rawId === undefined && persisted === undefined) return { query };
  let apolloId: string | null = null;
  if (persisted !== undefined) {
    if (!isRecord(persisted) || persisted.version !== 1 || typeof persisted.sha256Hash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(persisted.sha256Hash)) {
      return fail('BAD_REQUEST', 'extensions.persistedQuery must be {"version": 1, "sha256Hash": "<64 hex digits>"}.');
    }
    apolloId = normaliseDocumentId(persisted.sha256Hash);
  }
  const documentId = rawId === undefined ? null : normaliseDocumentId(rawId);
  if (rawId !== undefined && documentId === null) {
    return fail('BAD_REQUEST', 'documentId must be 1–128 characters of A–Z, a–z, 0–9, ":", "_" and "-", such as "sha256:<64 hex digits>".');
  }
  if (documentId && apolloId && documentId !== apolloId) return fail('BAD_REQUEST', 'documentId and extensions.persistedQuery.sha256Hash name different documents.');
  return { query, id: (documentId ?? apolloId)! };
}

/** The fields of a POST body, or of a GET query string (extensions parsed; Apollo answers for bad JSON). */
function requestFields(request: HttpGraphQLParams): Record<string, unknown> | null {
  if (request.method !== 'GET') return isRecord(request.body) ? request.body : null;
  const search = new URLSearchParams(request.search);
  const extensions = search.has('extensions') ? parseJson(search.get('extensions')!) : undefined;
  return { query: search.get('query') ?? undefined, documentId: search.get('documentId') ?? undefined, extensions };
}

/** The request with `text` as its query and no document id left for Apollo to trip on. */
function rewrite(request: HttpGraphQLParams, text: string): { body: unknown; search: string } {
  if (request.method !== 'GET') {
    // Apollo refuses an `extensions` key that is not an object, so an emptied one goes.
    const { documentId: _, extensions, ...body } = request.body as Record<string, unknown>;
    const rest = withoutPersistedQuery(extensions);
    return { body: { ...body, query: text, ...(rest ? { extensions: rest } : {}) }, search: request.search };
  }
  const search = new URLSearchParams(request.search);
  search.delete('documentId');
  search.set('query', text);
  if (search.has('extensions')) {
    const rest = withoutPersistedQuery(parseJson(search.get('extensions')!));
    if (rest) search.set('extensions', JSON.stringify(rest));
    else search.delete('extensions');
  }
  return { body: request.body, search: `?${search}` };
}

/** Extensions without `persistedQuery` (Apollo, its APQ off, would refuse it); anything not an object is left for Apollo to refuse. */
function withoutPersistedQuery(extensions: unknown): unknown {
  if (!isRecord(extensions)) return extensions;
  const { persistedQuery: _, ...rest } = extensions;
  return Object.keys(rest).length ? rest : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function fail(code: string, message: string, documentId?: string): { status: number; error: TrustedDocumentError } {
  return { status: 400, error: { message, extensions: documentId ? { code, documentId } : { code } } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
