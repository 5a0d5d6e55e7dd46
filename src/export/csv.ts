import { stringify, type Options } from 'csv-stringify/sync';

/**
 * CSV for spreadsheets, written by csv-stringify: RFC 4180 quoting, CRLF line
 * ends, UTF-8 with a BOM (on the header), and no cell that a spreadsheet would
 * run as a formula (a text cell starting with = + - @, a tab or CR, or the
 * full-width ＝ ＋ － ＠ that Apple Numbers reads as them, gets a leading ', as
 * csv-stringify's `escape_formulas` would, but in the cast, so that a cell the
 * writer makes itself passes as it is). Numbers are written in the shortest
 * form that reads back as the same number, never in exponent notation
 * (`plainNumber`), non-finite ones as an empty cell; dates in ISO 8601;
 * booleans as true/false; null and undefined as an empty cell. With column
 * types (`csvLines`), identifiers stay text in spreadsheets and decimal
 * strings pass as written.
 */
const options: Options = {
  record_delimiter: '\r\n',
  // Naming the record delimiter turns off quoting of cells with a lone CR or LF; RFC 4180 wants them quoted.
  quote_record_delimiter: true,
  cast: {
    string: (value) => (FORMULA_START.has(value[0]) ? `'${value}` : value),
    number: (value) => (Number.isFinite(value) ? plainNumber(value) : ''),
    bigint: String,
    boolean: String,
    // A date-time as ISO 8601 (UTC), as the API writes it, not JavaScript's "Mon Dec 07 2026 …".
    date: (value) => (Number.isNaN(value.getTime()) ? '' : value.toISOString()),
    // A cell written as it is, not escaped: a decimal such as -12.5, or an identifier as ="…" (see `csvLines`).
    object: (value) => (value instanceof Verbatim ? value.text : String(value)),
  },
};

/** What makes a spreadsheet read text as a formula (OWASP's CSV injection): the characters csv-stringify's `escape_formulas` escapes. */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * What a column holds, for the writer and the metadata (`csv-metadata.ts`):
 * `id` a code or id of GraphQL type String or ID (credit code, region code, period) — text, never a number;
 * `decimal` an amount, a number or a decimal string, written as given; `list` `;`-separated text.
 */
export type ColumnType = 'id' | 'text' | 'list' | 'integer' | 'decimal' | 'number' | 'boolean' | 'date' | 'datetime';

/**
 * `spreadsheet` (the default): an identifier a spreadsheet would read as a number or a date (it starts with a
 * digit, a sign or a point: 914101058170000008 would become 9.14E+17, 010100 lose its zero) is written as
 * ="…", a formula whose value is the text, which Excel and LibreOffice show as the text itself.
 * `plain`: identifiers as they are, for programs (every cell then reads back exactly as GraphQL answers, but
 * for the formula escaping of text).
 */
export type CsvForm = 'spreadsheet' | 'plain';
export const CSV_FORMS: readonly CsvForm[] = ['spreadsheet', 'plain'];

class Verbatim {
  constructor(readonly text: string) {}
}

/** Text a spreadsheet would turn into a number or a date. */
const NUMBER_LIKE = /^[+\-.]?\d/;
/** A decimal as the API writes one: optional minus, digits, optional fraction; no exponent. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A number in the shortest form that reads back as the same number (what JavaScript's String gives), but never
 * in exponent notation, which spreadsheets and some parsers read differently: 1e-7 is 0.0000001, 1e21 is
 * 1000000000000000000000.
 */
export function plainNumber(value: number): string {
  const text = String(value);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const sign = text.startsWith('-') ? '-' : '';
  const [whole, fraction = ''] = text.slice(sign.length, e).split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(text.slice(e + 1));
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A cell of a typed column, ready for csv-stringify. */
function typedCell(value: unknown, type: ColumnType | undefined, form: CsvForm): unknown {
  if (value == null) return value;
  if (type === 'id') {
    const text = String(value);
    return form === 'spreadsheet' && NUMBER_LIKE.test(text) ? new Verbatim(`="${text.replaceAll('"', '""')}"`) : text;
  }
  // A decimal string passes as written (trailing zeros and all); a negative one is a number, not a formula.
  if (type === 'decimal' && typeof value === 'string' && DECIMAL.test(value)) return value.startsWith('-') ? new Verbatim(value) : value;
  return value;
}

/** The header line, with the BOM spreadsheets need to read UTF-8 (Chinese). */
export function csvHeader(headers: readonly string[]): string {
  return stringify([headers as string[]], { ...options, bom: true });
}

/** Lines of records, each ending in CRLF; `types` (one per column) turns on the handling of identifiers and decimals. */
export function csvLines(records: readonly (readonly unknown[])[], types?: readonly (ColumnType | undefined)[], form: CsvForm = 'spreadsheet'): string {
  const typed = types?.some((t) => t === 'id' || t === 'decimal')
    ? records.map((record) => record.map((value, i) => typedCell(value, types[i], form)))
    : records;
  return stringify(typed as unknown[][], options);
}
