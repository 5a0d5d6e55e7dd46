import { stringify, type Options } from 'csv-stringify/sync';

/**
 * CSV for spreadsheets, written by csv-stringify: RFC 4180 quoting, CRLF line
 * ends, UTF-8 with a BOM (on the header), and no cell that a spreadsheet would
 * run as a formula (`escape_formulas`: a text cell starting with = + - @, a tab
 * or CR, or the full-width ＝ ＋ － ＠ that Apple Numbers reads as them, gets a
 * leading '). Numbers are written as JavaScript writes them, non-finite ones
 * as an empty cell; booleans as true/false; null and undefined as an empty cell.
 */
const options: Options = {
  record_delimiter: '\r\n',
  // Naming the record delimiter turns off quoting of cells with a lone CR or LF; RFC 4180 wants them quoted.
  quote_record_delimiter: true,
  escape_formulas: true,
  cast: {
    number: (value) => (Number.isFinite(value) ? String(value) : ''),
    bigint: String,
    boolean: String,
    date: String,
    object: String,
  },
};

/** The header line, with the BOM spreadsheets need to read UTF-8 (Chinese). */
export function csvHeader(headers: readonly string[]): string {
  return stringify([headers as string[]], { ...options, bom: true });
}

/** Lines of records, each ending in CRLF. */
export function csvLines(records: readonly (readonly unknown[])[]): string {
  return stringify(records as unknown[][], options);
}
