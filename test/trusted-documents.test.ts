import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../src/auth/viewer';
import { TrustedDocumentRegistry } from '../src/trusted-documents/registry';
import { registerManifestFile, registerTrustedDocuments } from '../src/trusted-documents/register';
import { resolveTrustedDocument } from '../src/trusted-documents/resolve';
import { startTestServer, type TestServer } from './support/test-server';

/*
 * Fixtures, made from the project's own operations:
 * - persisted-documents.json: what the GraphQL Code Generator client preset (4.8, `persistedDocuments:
 *   { hashAlgorithm: sha256 }`) writes for test/operations/catalog.graphql and search.graphql: each
 *   operation printed in its normalised one-line form, keyed by the sha256 of that text.
 * - persisted_queries.json: relay-compiler's local persisting format (its default algorithm, MD5) for
 *   the operations of test/operations/policy.graphql: `{ "<md5 of text>": "<text>" }`.
 */
const fixtures = path.resolve(__dirname, 'fixtures/trusted-documents');
const clientPresetFile = path.join(fixtures, 'persisted-documents.json');
const relayFile = path.join(fixtures, 'persisted_queries.json');
const clientPreset = JSON.parse(fs.readFileSync(clientPresetFile, 'utf8')) as Record<string, string>;
const relay = JSON.parse(fs.readFileSync(relayFile, 'utf8')) as Record<string, string>;
const idOf = (manifest: Record<string, string>, operation: string) => Object.keys(manifest).find((id) => manifest[id].includes(`query ${operation}(`))!;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let server: TestServer;
let strict: TestServer;
beforeAll(async () => {
  [server, strict] = await Promise.all([
    startTestServer({ trustedDocuments: { policy: 'allow' } }),
    startTestServer({ trustedDocuments: { policy: 'anonymous-only' } }),
  ]);
});
afterAll(async () => {
  await server?.close();
  await strict?.close();
});

type Answer = { status: number; body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };

async function post(base: string, body: unknown, key: string | null = null): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

async function get(base: string, params: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${base}/graphql?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': 'true' } });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const em = (s: TestServer) => s.orm.em.fork() as EntityManager;
const registered = async (s: TestServer) => Number((await s.sql<{ n: string }>('select count(*) as n from trusted_document'))[0].n);

function manifestFile(documents: object): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'og-documents-')), 'persisted-documents.json');
  fs.writeFileSync(file, JSON.stringify(documents));
  return file;
}

describe('registering trusted documents', () => {
  it('registers a client preset manifest and a relay manifest, each document checked against the schema', async () => {
    const preset = await registerManifestFile(em(server), clientPresetFile, 'web-app 1.4');
    expect(preset).toEqual({ documents: 3, registered: 3, unchanged: 0, errors: [] });
    const fromRelay = await registerManifestFile(em(server), relayFile, 'relay-app 2.0');
    expect(fromRelay).toEqual({ documents: 2, registered: 2, unchanged: 0, errors: [] });
    const rows = await server.sql<{ id: string; client: string; operation_name: string }>('select id, client, operation_name from trusted_document order by operation_name');
    expect(rows).toEqual([
      { id: `sha256:${idOf(clientPreset, 'Catalog')}`, client: 'web-app 1.4', operation_name: 'Catalog' },
      { id: `sha256:${idOf(clientPreset, 'DomainNavigation')}`, client: 'web-app 1.4', operation_name: 'DomainNavigation' },
      { id: idOf(relay, 'PolicyProgress'), client: 'relay-app 2.0', operation_name: 'PolicyProgress' },
      { id: `sha256:${idOf(clientPreset, 'Search')}`, client: 'web-app 1.4', operation_name: 'Search' },
      { id: idOf(relay, 'TargetProgressAsPublished'), client: 'relay-app 2.0', operation_name: 'TargetProgressAsPublished' },
    ]);
  });

  it('leaves a manifest registered twice unchanged', async () => {
    expect(await registerManifestFile(em(server), clientPresetFile, 'web-app 1.5')).toEqual({ documents: 3, registered: 0, unchanged: 3, errors: [] });
    expect(await registered(server)).toBe(5);
  });

  it('rejects a tampered manifest, naming the document whose hash does not match, and registers nothing of it', async () => {
    const fresh = 'query Regions { regions(first: 3) { nodes { code } } }';
    const catalogId = idOf(clientPreset, 'Catalog');
    const tampered = manifestFile({ [sha256(fresh)]: fresh, [catalogId]: clientPreset[catalogId].replace('nameEn', 'nameEn supportScope') });
    const report = await registerManifestFile(em(server), tampered, 'web-app 1.6');
    expect(report.registered).toBe(0);
    expect(report.errors).toEqual([{ id: catalogId, reason: expect.stringContaining('the id is not the sha256 of the document') }]);
    expect(await registered(server)).toBe(5);
  });

  it('rejects documents that do not parse, are not valid against the schema or have no operation, naming each', async () => {
    const unknownField = '{ parks { nodes { salary } } }';
    const broken = 'query Broken { parks {';
    const report = await registerTrustedDocuments(em(server), [
      { id: `sha256:${sha256(unknownField)}`, body: unknownField },
      { id: sha256(broken), body: broken },
      { id: 'x-fragments-only', body: 'fragment ParkName on Park { nameZh }' },
      { id: 'not an id!', body: '{ regions { totalCount } }' },
    ], 'web-app 1.6');
    expect(report.errors).toEqual([
      { id: `sha256:${sha256(unknownField)}`, reason: expect.stringMatching(/^is not valid against the schema: Cannot query field "salary" on type "Park"/) },
      { id: sha256(broken), reason: expect.stringMatching(/^does not parse: Syntax Error/) },
      { id: 'x-fragments-only', reason: 'has no operation to run' },
      { id: 'not an id!', reason: expect.stringContaining('not a document id') },
    ]);
    expect(await registered(server)).toBe(5);
  });

  it('refuses other text for an id registered before: a changed document needs a new id', async () => {
    expect((await registerTrustedDocuments(em(server), [{ id: 'x-home-page', body: '{ regions(first: 1) { totalCount } }' }], 'web-app 1.6')).registered).toBe(1);
    const again = await registerTrustedDocuments(em(server), [{ id: 'x-home-page', body: '{ regions(first: 2) { totalCount } }' }], 'web-app 1.7');
    expect(again.errors).toEqual([{ id: 'x-home-page', reason: expect.stringContaining('already registered (by "web-app 1.6") with other text') }]);
    await server.sql(`delete from trusted_document where id = 'x-home-page'`);
  });

  it('reads Apollo’s persisted query manifest too', async () => {
    const body = 'query TopRegions { regions(first: 5) { nodes { code } } }';
    const file = manifestFile({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(body), name: 'TopRegions', type: 'query', body }] });
    expect(await registerManifestFile(em(server), file, 'apollo-app 3.0')).toEqual({ documents: 1, registered: 1, unchanged: 0, errors: [] });
    await server.sql(`delete from trusted_document where client = 'apollo-app 3.0'`);
  });
});

describe('running trusted documents', () => {
  const catalog = () => `sha256:${idOf(clientPreset, 'Catalog')}`;

  it('runs a registered document by documentId for a caller without a key, as its text would run', async () => {
    const byId = await post(server.url, { documentId: catalog(), variables: { category: 'ITO' } });
    expect(byId.status).toBe(200);
    expect(byId.body.data.serviceDomains).toHaveLength(10);
    const byText = await post(server.url, { query: clientPreset[idOf(clientPreset, 'Catalog')], variables: { category: 'ITO' } });
    expect(byId.body.data).toEqual(byText.body.data);
    // The bare hex form names the same document.
    expect((await post(server.url, { documentId: idOf(clientPreset, 'Catalog'), variables: { category: 'BPO' } })).body.data.serviceDomains.length).toBeGreaterThan(0);
  });

  it('runs a registered document by Apollo-style sha256Hash, and by either form over GET', async () => {
    const hash = idOf(clientPreset, 'Search');
    const apollo = await post(server.url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: { text: 'zzgx' } });
    expect(apollo.status).toBe(200);
    expect(apollo.body.data.search.length).toBeGreaterThan(0);
    const viaGet = await get(server.url, { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }), variables: JSON.stringify({ text: 'zzgx' }) });
    expect(viaGet.body.data).toEqual(apollo.body.data);
    const documentIdViaGet = await get(server.url, { documentId: `sha256:${hash}`, variables: JSON.stringify({ text: 'zzgx' }) });
    expect(documentIdViaGet.body.data).toEqual(apollo.body.data);
  });

  it('runs a relay document by its MD5 id', async () => {
    const answer = await post(server.url, { documentId: idOf(relay, 'PolicyProgress') });
    expect(answer.status).toBe(200);
    expect(answer.body.data.policies.totalCount).toBeGreaterThan(0);
  });

  it('refuses an unknown document id with PERSISTED_QUERY_NOT_FOUND, naming the id', async () => {
    const unknown = `sha256:${sha256('query Nobody { regions { totalCount } }')}`;
    const answer = await post(server.url, { documentId: unknown });
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND', documentId: unknown });
    expect(answer.body.errors![0].message).toContain(`"${unknown}"`);
    expect((await post(server.url, { documentId: 'no spaces allowed' })).status).toBe(400);
  });

  it('refuses query text that is not the document registered under the id sent with it', async () => {
    const other = await post(server.url, { documentId: catalog(), query: '{ regions(first: 1) { totalCount } }' });
    expect(other.status).toBe(400);
    expect(other.body.errors![0]).toMatchObject({ message: expect.stringContaining(catalog()), extensions: { code: 'BAD_REQUEST', documentId: catalog() } });
    const same = await post(server.url, { documentId: catalog(), query: clientPreset[idOf(clientPreset, 'Catalog')] });
    expect(same.status).toBe(200);
  });

  it('keeps Apollo’s automatic persisted queries off: a hash sent with its text registers nothing', async () => {
    const text = '{ serviceDomains(category: KPO) { number } }';
    const withText = await post(server.url, { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } } });
    expect(withText.status).toBe(200);
    const hashAlone = await post(server.url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } } });
    expect(hashAlone.status).toBe(400);
    expect(hashAlone.body.errors![0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('looks an unknown id up in the database once, however often it is asked for, until the miss expires', async () => {
    let statements = 0;
    let now = 0;
    const connection = server.orm.em.getConnection();
    const registry = new TrustedDocumentRegistry({ execute: (q, p) => (statements++, connection.execute(q, p)) }, { missTtlMs: 5_000, now: () => now });
    await registry.load();
    const text = '{ regions(first: 4) { totalCount } }';
    const id = `sha256:${sha256(text)}`;
    expect(await Promise.all(Array.from({ length: 50 }, () => registry.get(id)))).toEqual(Array(50).fill(null));
    expect(await registry.get(id)).toBeNull();
    expect(statements).toBe(2);
    await registerTrustedDocuments(em(server), [{ id, body: text }], 'web-app 1.6');
    now = 4_000;
    expect(await registry.get(id)).toBeNull();
    now = 6_000;
    expect(await registry.get(id)).toBe(text);
    expect(await registry.get(id)).toBe(text);
    expect(statements).toBe(3);
  });

  it('refuses document ids when trusted documents are off', async () => {
    const registry = new TrustedDocumentRegistry(server.orm.em.getConnection());
    const answer = await resolveTrustedDocument(registry, { method: 'POST', body: { documentId: catalog() }, search: '' }, ANONYMOUS, 'off');
    expect(answer).toMatchObject({ status: 400, error: { extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } } });
  });
});

describe('with TRUSTED_DOCUMENTS=anonymous-only', () => {
  beforeAll(async () => {
    await registerManifestFile(em(strict), clientPresetFile, 'web-app 1.4');
  });

  it('refuses free-form query text from a caller without a key, saying how to register documents', async () => {
    const answer = await post(strict.url, { query: '{ serviceDomains { number } }' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(answer.body.errors![0].message).toContain('npm run cli -- documents register');
    expect(answer.body.data).toBeUndefined();
  });

  it('serves a registered document to a caller without a key', async () => {
    const answer = await post(strict.url, { documentId: `sha256:${idOf(clientPreset, 'Catalog')}`, variables: { category: 'KPO' } });
    expect(answer.status).toBe(200);
    expect(answer.body.data.serviceDomains.length).toBeGreaterThan(0);
  });

  it('serves free-form query text to a caller with a key, within the usual limits', async () => {
    const answer = await post(strict.url, { query: '{ serviceDomains { number } }' }, strict.keys.researcher);
    expect(answer.status).toBe(200);
    expect(answer.body.data.serviceDomains).toHaveLength(24);
    const deep = await post(strict.url, { query: `{ region(code: "410105") { ${'parent { '.repeat(20)}code${' }'.repeat(20)} } }` }, strict.keys.researcher);
    expect(deep.body.errors![0].extensions?.code).toBe('OPERATION_LIMIT_EXCEEDED');
  });

  it('answers an unknown id with PERSISTED_QUERY_NOT_FOUND even when its text comes along', async () => {
    const text = '{ serviceDomains { nameZh } }';
    const answer = await post(strict.url, { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('the documents command', () => {
  it('registers a manifest from the command line', async () => {
    const child = spawn('npx', ['vite-node', '--config', 'vitest.config.mts', 'src/cli.ts', 'documents', 'register', relayFile, '--client', 'relay-app 2.0'], {
      cwd: path.resolve(__dirname, '..'), env: { ...process.env, DATABASE_URL: strict.databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk) => (out += chunk));
    expect(await new Promise<number | null>((resolve) => child.on('exit', resolve))).toBe(0);
    expect(out).toContain('Registered 2 new document(s), 0 unchanged, of 2');
    const rows = await strict.sql<{ client: string }>('select client from trusted_document where id = any($1)', [Object.keys(relay)]);
    expect(rows).toEqual([{ client: 'relay-app 2.0' }, { client: 'relay-app 2.0' }]);
    // The server finds documents registered after it started.
    const answer = await post(strict.url, { documentId: idOf(relay, 'PolicyProgress') });
    expect(answer.status).toBe(200);
  }, 120_000);
});
