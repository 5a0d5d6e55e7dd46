import fs from 'node:fs/promises';

/** One document of a manifest, as the file has it (checked on registration). */
export interface ManifestEntry {
  id: string;
  body: unknown;
}

/**
 * The documents of a manifest file: the client preset's
 * `persisted-documents.json` and relay-compiler's `persisted_queries.json`
 * (both `{ "<id>": "<document text>" }`), or Apollo's
 * `persisted-query-manifest.json` (`{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`).
 */
export async function readManifest(file: string): Promise<ManifestEntry[]> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not a JSON manifest: ${error instanceof Error ? error.message : error}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`${file} is not a manifest: expected an object of document id → document text.`);
  }
  const record = json as Record<string, unknown>;
  if (record.format === 'apollo-persisted-query-manifest') {
    if (!Array.isArray(record.operations)) throw new Error(`${file}: an Apollo manifest needs an "operations" list.`);
    return record.operations.map((op: { id?: unknown; body?: unknown }) => ({ id: String(op?.id ?? ''), body: op?.body }));
  }
  return Object.entries(record).map(([id, body]) => ({ id, body }));
}
