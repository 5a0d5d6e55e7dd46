import { badInput } from './errors';

/**
 * Global IDs are opaque to clients: base64url of `TypeName:databaseId`.
 * Clients must not build or parse them; `node(id)` refetches any of them.
 */
export function toGlobalId(typeName: string, id: number): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  typeName: string;
  id: number;
}

/** Decodes a global ID, or throws BAD_USER_INPUT naming `argument`. */
export function fromGlobalId(globalId: string, argument: string, expectedType?: string): DecodedId {
  const decoded = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match) throw badInput(argument, `"${truncate(globalId)}" is not a valid ID`);
  const [, typeName, digits] = match;
  const id = Number(digits);
  if (id > 2_147_483_647) throw badInput(argument, `"${truncate(globalId)}" is not a valid ID`);
  if (expectedType && typeName !== expectedType) {
    throw badInput(argument, `expected an ID of a ${expectedType}, got one of a ${typeName}`);
  }
  return { typeName, id };
}

export function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
