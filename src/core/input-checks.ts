import { visit, type DocumentNode, type GraphQLError, type GraphQLScalarType } from 'graphql';
import { badInput } from './errors';

/**
 * Input PostgreSQL cannot hold, refused where it enters instead of failing
 * as an internal error deep in a statement: text with a NUL character
 * (U+0000; no text column can store one) and dates outside the years the
 * programme's records can mean.
 */

/** The first string in the operation's arguments or variables with a NUL in it, as a bad-input error naming where. */
export function refuseNulText(document: DocumentNode, variables: Record<string, unknown>): GraphQLError | null {
  for (const [name, value] of Object.entries(variables)) {
    const path = nulIn(value, `$${name}`);
    if (path) return nulError(path);
  }
  let found = literalNul.get(document);
  if (found === undefined) {
    // A document's literals are the same every time it runs: walked once.
    const names: string[] = [];
    let first: string | null = null;
    visit(document, {
      Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
      ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
      StringValue(node) {
        if (!first && node.value.includes('\u0000')) first = names.join('.') || 'query';
      },
    });
    found = first;
    literalNul.set(document, found);
  }
  return found ? nulError(found) : null;
}

const literalNul = new WeakMap<DocumentNode, string | null>();

function nulIn(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulIn(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulIn(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function nulError(argument: string): GraphQLError {
  return badInput(argument, 'contains a NUL character (U+0000), which no text can hold; remove it');
}

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/**
 * Bounds a date scalar (`LocalDate`) to the years FIRST_YEAR–LAST_YEAR: a
 * year 0 or 99999 is valid ISO but no record of the programme, and
 * PostgreSQL has no year 0. Run once on the built schema.
 */
export function boundDateYears(scalar: GraphQLScalarType): void {
  const check = (value: unknown) => {
    const year = typeof value === 'string' ? Number(value.slice(0, value.indexOf('-', 1))) : value instanceof Date ? value.getUTCFullYear() : NaN;
    if (Number.isInteger(year) && (year < FIRST_YEAR || year > LAST_YEAR)) {
      throw new TypeError(`${scalar.name} must be between ${FIRST_YEAR}-01-01 and ${LAST_YEAR}-12-31, got ${String(value).slice(0, 40)}`);
    }
    return value;
  };
  const parseValue = scalar.parseValue.bind(scalar);
  const parseLiteral = scalar.parseLiteral.bind(scalar);
  scalar.parseValue = (value) => check(parseValue(value));
  scalar.parseLiteral = (node, variables) => check(parseLiteral(node, variables));
}
