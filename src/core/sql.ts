import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { positional, readerOf } from './read-pool';
import { sqlLogOf } from './sql-log';
/**
 * A fragment of SQL with `?` placeholders and its parameters. Fragments nest,
 * so features build filters as values and the pagination helper joins them.
 * Values are never spliced into the text by hand.
 */
export interface Sql {
  readonly text: string;
  readonly params: readonly unknown[];
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1];
  });
  return { text, params };
}

/** Trusted SQL text (identifiers, keywords) written in the code, never from input. */
export function raw(text: string): Sql {
  return { text, params: [] };
}

export function join(parts: readonly Sql[], separator: string): Sql {
  return {
    text: parts.map((p) => p.text).join(separator),
    params: parts.flatMap((p) => p.params),
  };
}

/** `a and b and …`, or `true` when there is nothing to require. */
export function and(parts: readonly Sql[]): Sql {
  return parts.length === 0 ? raw('true') : join(parts.map((p) => sql`(${p})`), ' and ');
}

/** A PostgreSQL array literal of integers, for `?::int[]`. */
export function intArray(values: readonly number[]): string {
  return `{${values.map((v) => Math.trunc(Number(v))).join(',')}}`;
}

function isSql(value: unknown): value is Sql {
  return typeof value === 'object' && value !== null && 'text' in value && 'params' in value;
}

/** What `runSql` runs on: an entity manager (the request's, or a transaction's). */
export interface SqlRunner {
  execute: (query: string, params: unknown[]) => Promise<unknown>;
  isInTransaction?: () => boolean;
  getLoggerContext?: () => Record<string, unknown>;
}

/**
 * Runs a fragment and returns its rows, counted in the request's statement
 * log. A request's reads go to its read pool (read-pool.ts); inside a
 * transaction, or where no pool is attached (CLI, seeding), to the ORM.
 */
export async function runSql<T>(em: SqlRunner, q: Sql): Promise<T[]> {
  sqlLogOf(em)?.record(q.text);
  const pool = readerOf(em);
  if (pool && !em.isInTransaction?.()) {
    const { text, values } = positional(q.text, q.params);
    try {
      // Named, so each connection parses and plans a statement shape once (as PostGraphile does).
      return (await pool.query({ name: statementName(text), text, values })).rows as T[];
    } catch (error) {
      throw stoppedStatement(error);
    }
  }
  return em.execute(q.text, [...q.params]) as Promise<T[]>;
}

const names = new Map<string, string>();

/** A short stable name per statement text; texts vary only by shape (values are parameters), so they are few. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `og_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    if (names.size < 10_000) names.set(text, name);
  }
  return name;
}

/** PostgreSQL cancelled a read at the caller's statement timeout: say so, as the caller's limit, not our fault. */
function stoppedStatement(error: unknown): unknown {
  if ((error as { code?: string }).code !== '57014') return error;
  return new GraphQLError('A database statement of this request ran past the statement timeout of its budget and was stopped. Ask for less (narrower filters, smaller pages) or use a key with a larger budget.', {
    extensions: { code: 'STATEMENT_TIMEOUT' },
  });
}
