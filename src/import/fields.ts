import { FIRST_YEAR, LAST_YEAR } from '../core/input-checks';
import { isValidCreditCode } from '../enterprise/credit-code';
import type { Lookups, LookupName } from './lookups';

/**
 * The columns an import reads and an export writes. One field is one
 * database column (or, for a `links` field, one many-to-many set): the
 * headers it is known by (the first is what the export writes; English and
 * Chinese are both accepted, ignoring case, spaces and underscores), how a
 * cell is checked and converted, and the SQL that turns the stored value
 * back into the cell, so export and import read and write the same file.
 */
export type Parsed = { value: unknown } | { error: string };

export interface ImportField {
  /** Column of the entity's table; for a `links` field, the name of the set. */
  column: string;
  /** Type of the staged value: the column's type. */
  sqlType: string;
  headers: string[];
  required: boolean;
  parse(raw: string, lookups: Lookups): Parsed;
  /** SQL over the table's row `t` giving the cell the export writes. */
  export: string;
  /** Lookups `parse` needs. */
  lookups?: LookupName[];
  /** A many-to-many set: a join table from the row to the referenced records. */
  link?: { table: string; owner: string; other: string };
  /** Read to compute a derived column, not stored itself. */
  virtual?: boolean;
  /** What an empty cell means (null unless the column has a default). */
  empty: unknown;
}

/** `empty`: the value of an empty cell (else null). */
type FieldOptions = { required?: boolean; export?: string; virtual?: boolean; empty?: unknown };

export const ok = (value: unknown): Parsed => ({ value });
export const fail = (error: string): Parsed => ({ error });

function field(column: string, sqlType: string, headers: string[], parse: ImportField['parse'], options: FieldOptions = {}, extra: Partial<ImportField> = {}): ImportField {
  return { column, sqlType, headers, required: options.required ?? false, virtual: options.virtual ?? false, empty: options.empty ?? null, parse, export: options.export ?? `t."${column}"`, ...extra };
}

export function text(column: string, headers: string[], max: number, options?: FieldOptions): ImportField {
  return field(column, 'text', headers, (raw) => (raw.length <= max ? ok(raw) : fail(`at most ${max} characters`)), options);
}

export function integer(column: string, headers: string[], min: number, max: number, options?: FieldOptions): ImportField {
  return field(column, 'int', headers, (raw) => {
    const n = Number(raw);
    return /^-?\d+$/.test(raw) && n >= min && n <= max ? ok(n) : fail(`must be a whole number from ${min} to ${max}`);
  }, options);
}

/** A money amount: non-negative, at most two decimals (thousands separators allowed), passed on as written (no float rounding). */
export function amount(column: string, headers: string[], options?: FieldOptions): ImportField {
  return field(column, 'numeric', headers, (raw) => {
    const text = raw.includes(',') ? raw.replace(/,/g, '') : raw;
    return /^\d{1,16}(\.\d{1,2})?$/.test(text) ? ok(text) : fail('must be a non-negative amount with at most two decimals');
  }, options);
}

/** A number in a range: `above` excludes its bound, `from` and `to` include theirs. */
export function decimal(column: string, headers: string[], range: { above?: number; from?: number; to?: number }, options?: FieldOptions): ImportField {
  const says = range.above !== undefined ? `above ${range.above}` : `from ${range.from} to ${range.to}`;
  return field(column, 'double precision', headers, (raw) => {
    const n = Number(raw);
    const inRange = (range.above === undefined || n > range.above) && (range.from === undefined || n >= range.from) && (range.to === undefined || n <= range.to);
    return Number.isFinite(n) && inRange ? ok(n) : fail(`must be a number ${says}`);
  }, options);
}

/** A calendar date, YYYY-MM-DD (also YYYY/MM/DD, as spreadsheets write it). */
export function date(column: string, headers: string[], options?: FieldOptions & { past?: boolean }): ImportField {
  return field(column, 'date', headers, (raw) => {
    const iso = raw.replace(/\//g, '-');
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(iso) && new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso;
    if (!valid) return fail('must be a date YYYY-MM-DD');
    const year = Number(iso.slice(0, 4));
    if (year < FIRST_YEAR || year > LAST_YEAR) return fail(`must be between ${FIRST_YEAR}-01-01 and ${LAST_YEAR}-12-31`);
    return options?.past && iso > new Date().toISOString().slice(0, 10) ? fail('must not be in the future') : ok(iso);
  }, { ...options, export: options?.export ?? `to_char(t."${column}", 'YYYY-MM-DD')` });
}

const TRUE = ['true', 'yes', 'y', '1', '是'];
const FALSE = ['false', 'no', 'n', '0', '否'];
export function boolean(column: string, headers: string[], options?: FieldOptions): ImportField {
  return field(column, 'boolean', headers, (raw) => {
    const v = raw.toLowerCase();
    return TRUE.includes(v) ? ok(true) : FALSE.includes(v) ? ok(false) : fail('must be true or false (是/否)');
  }, { ...options, export: options?.export ?? `t."${column}"::text` });
}

/** One of an enum's values, by its name or a Chinese label. */
export function oneOf(column: string, headers: string[], values: string[], chinese: Record<string, string> = {}, options?: FieldOptions): ImportField {
  const accepted = new Map<string, string>([...values.map((v) => [v, v] as const), ...Object.entries(chinese)]);
  return field(column, 'text', headers, (raw) => {
    const v = accepted.get(raw) ?? accepted.get(raw.toUpperCase().replace(/[\s-]/g, '_'));
    return v ? ok(v) : fail(`must be one of ${values.join(', ')}${Object.keys(chinese).length ? ` (or ${Object.keys(chinese).join('、')})` : ''}`);
  }, options);
}

export function creditCode(raw: string): Parsed {
  const code = raw.toUpperCase();
  return isValidCreditCode(code) ? ok(code) : fail('is not a unified social credit code (18 characters, GB 32100 check character)');
}

export function countryCode(column: string, headers: string[], options?: FieldOptions): ImportField {
  return field(column, 'text', headers, (raw) => (/^[A-Za-z]{2}$/.test(raw) ? ok(raw.toUpperCase()) : fail('must be an ISO 3166-1 alpha-2 code, e.g. US or CN')), options);
}

export function currencyCode(column: string, headers: string[], options?: FieldOptions): ImportField {
  return field(column, 'text', headers, (raw) => (/^[A-Za-z]{3}$/.test(raw) ? ok(raw.toUpperCase()) : fail('must be an ISO 4217 code, e.g. USD')), options);
}

export function url(column: string, headers: string[], options?: FieldOptions): ImportField {
  return field(column, 'text', headers, (raw) => (/^https?:\/\/\S+$/.test(raw) && raw.length <= 500 ? ok(raw) : fail('must be an http(s) URL')), options);
}

/** A list of ISO country codes, separated by ; (or , or spaces). */
export function countryCodes(column: string, headers: string[]): ImportField {
  return field(column, 'text[]', headers, (raw) => {
    const codes = [...new Set(raw.split(/[;,；，\s]+/).filter(Boolean).map((c) => c.toUpperCase()))];
    return codes.every((c) => /^[A-Z]{2}$/.test(c)) ? ok(codes) : fail('must be ISO 3166-1 alpha-2 codes separated by ;');
  }, { export: `array_to_string(t."${column}", ';')`, empty: [] });
}

/**
 * What a reference is written as in a file: the natural key of another
 * record (a credit code, a region code, a domain number, a name).
 */
export interface Reference {
  lookup: LookupName;
  /** SQL giving the natural key of record `id` of the referenced table. */
  keyOf(id: string): string;
  /** Normalises a cell to the lookup key, or says why it cannot be one. */
  normalise?(raw: string): Parsed;
  missing: string;
}

export function reference(column: string, headers: string[], to: Reference, options?: FieldOptions): ImportField {
  return field(column, 'int', headers, (raw, lookups) => resolve(raw, to, lookups), { ...options, export: options?.export ?? to.keyOf(`t."${column}"`) }, { lookups: [to.lookup] });
}

/** A set of references, separated by ; — stored in a join table. */
export function links(name: string, headers: string[], to: Reference, link: NonNullable<ImportField['link']>): ImportField {
  return field(name, 'int[]', headers, (raw, lookups) => {
    const ids = new Set<number>();
    for (const part of raw.split(/[;；]/).map((p) => p.trim()).filter(Boolean)) {
      const found = resolve(part, to, lookups);
      if ('error' in found) return fail(`"${part}" ${found.error}`);
      ids.add(found.value as number);
    }
    return ok([...ids].sort((a, b) => a - b));
  }, {
    export: `(select string_agg(${to.keyOf(`l."${link.other}"`)}, ';' order by ${to.keyOf(`l."${link.other}"`)}) from "${link.table}" l where l."${link.owner}" = t.id)`,
    empty: [],
  }, { lookups: [to.lookup], link });
}

function resolve(raw: string, to: Reference, lookups: Lookups): Parsed {
  // Known keys first: a stored key was checked when it was stored.
  const id = lookups[to.lookup].get(raw);
  if (id !== undefined) return ok(id);
  const key = to.normalise ? to.normalise(raw) : ok(raw);
  if ('error' in key) return key;
  const found = lookups[to.lookup].get(key.value as string);
  return found !== undefined ? ok(found) : fail(to.missing);
}

/** The references every entity uses, by natural key. */
export const to = {
  enterprise: {
    lookup: 'enterprise', missing: 'no enterprise has this credit code (import the enterprise first)', normalise: creditCode,
    keyOf: (id: string) => `(select credit_code from enterprise where id = ${id})`,
  },
  region: { lookup: 'region', missing: 'no region has this code', keyOf: (id: string) => `(select code from region where id = ${id})` },
  domain: {
    lookup: 'domain', missing: 'must be a catalog number 1–24',
    normalise: (raw: string) => (/^\d+$/.test(raw) ? ok(String(Number(raw))) : fail('must be a catalog number 1–24')),
    keyOf: (id: string) => `(select number::text from service_domain where id = ${id})`,
  },
  park: { lookup: 'park', missing: 'no park has this name (import the park first)', keyOf: (id: string) => `(select name_zh from park where id = ${id})` },
  university: { lookup: 'university', missing: 'no university has this name (import the university first)', keyOf: (id: string) => `(select name_zh from university where id = ${id})` },
  trainingBase: { lookup: 'trainingBase', missing: 'no training base has this name (import the training base first)', keyOf: (id: string) => `(select name_zh from training_base where id = ${id})` },
  policy: { lookup: 'policy', missing: 'no policy has this code', keyOf: (id: string) => `(select code from policy where id = ${id})` },
} satisfies Record<string, Reference>;
