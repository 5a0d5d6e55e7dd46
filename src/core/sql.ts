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

/** Runs a fragment on the request's entity manager (so it is logged and counted) and returns its rows. */
export function runSql<T>(em: { execute: (query: string, params: unknown[]) => Promise<unknown> }, q: Sql): Promise<T[]> {
  return em.execute(q.text, [...q.params]) as Promise<T[]>;
}
