/** CSV for spreadsheets: RFC 4180 quoting, UTF-8 with a BOM, and no cell that a spreadsheet would run as a formula. */
export const BOM = '\uFEFF';

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

function csvCell(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  // A leading =, +, - or @ makes spreadsheet programs evaluate the cell.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
