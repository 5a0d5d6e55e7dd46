/**
 * Internal errors as the server logs them: one line each, and never the
 * values of a request. A database error is logged by its SQLSTATE and the
 * names PostgreSQL gives (table, column, constraint), not by its message or
 * the ORM's, which quote values or print the statement with its values
 * inlined; any other message is escaped, so a newline in input cannot start a
 * forged log line. Stack frames are code locations.
 */
export function logInternalError(where: string, error: unknown): void {
  console.error(`${where} Internal error: ${describeError(error)}`);
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return JSON.stringify(String(error).slice(0, 200));
  const { code, table, column, constraint } = error as { code?: unknown; table?: unknown; column?: unknown; constraint?: unknown };
  const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  const names = Object.entries({ table, column, constraint })
    .filter(([, value]) => typeof value === 'string')
    .map(([name, value]) => `${name} ${JSON.stringify(value)}`);
  const what = sqlState ? ['database error, SQLSTATE ' + sqlState, ...names].join(', ') : JSON.stringify(error.message.slice(0, 300));
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 8).map((line) => line.trim());
  return `${error.name}: ${what}${frames.length ? ` | ${frames.join(' < ')}` : ''}`;
}
