import { createHash } from 'node:crypto';
import { GraphQLError, Kind, parse, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { LIMITS } from '../core/limits';
import { graphqlSchema } from '../schema';
import { hashMatches, normaliseDocumentId } from './document-id';
import type { ManifestEntry } from './manifest';

export interface CheckedDocument {
  id: string;
  body: string;
  operationName: string | null;
}

export interface DocumentProblem {
  /** The id as the manifest has it. */
  id: string;
  reason: string;
}

/**
 * Whether a manifest entry can be registered: a well-formed id, a hash id
 * that is the hash of the text, and text that parses (within the token limit
 * every request has) and is valid against the schema this server serves.
 */
export function checkDocument(entry: ManifestEntry): CheckedDocument | DocumentProblem {
  const problem = (reason: string) => ({ id: entry.id, reason });
  const id = normaliseDocumentId(entry.id);
  if (!id) return problem('not a document id: 1–128 characters of A–Z, a–z, 0–9, ":", "_" and "-"');
  if (typeof entry.body !== 'string' || entry.body.trim() === '') return problem('the document is not GraphQL text');
  const body = entry.body;
  if (hashMatches(id, body) === false) {
    const algorithm = id.startsWith('sha256:') ? 'sha256' : id.length === 40 ? 'sha1' : 'md5';
    return problem(`the id is not the ${algorithm} of the document (which is ${createHash(algorithm).update(body, 'utf8').digest('hex')})`);
  }
  let document: DocumentNode;
  try {
    document = parse(body, { maxTokens: LIMITS.maxTokens });
  } catch (error) {
    return problem(`does not parse: ${error instanceof GraphQLError ? error.message : String(error)}`);
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length === 0) return problem('has no operation to run');
  const errors = validate(graphqlSchema(), document);
  if (errors.length) return problem(`is not valid against the schema: ${errors.map((e) => e.message).join(' ')}`);
  return { id, body, operationName: operations.length === 1 ? (operations[0].name?.value ?? null) : null };
}
