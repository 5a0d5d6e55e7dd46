import cluster from 'node:cluster';
import pino, { type DestinationStream, type Logger } from 'pino';
import { settings } from './config';

/**
 * The server's log: JSON lines through pino, at `LOG_LEVEL`. What goes in is
 * chosen here, never a request's values: a request line holds the request id,
 * the operation name, the role, status, duration, statement count and cost;
 * an internal error is described by `describeError` (SQLSTATE and the names
 * PostgreSQL gives, not messages that quote values or inline SQL). JSON
 * escapes every line break, so input cannot forge a line.
 */
export type Log = Logger;

export function createLog(options: { level?: string; destination?: DestinationStream } = {}): Log {
  return pino(
    {
      level: options.level ?? settings.logLevel,
      // A worker of WEB_CONCURRENCY > 1 (src/core/cluster.ts) says which: its cluster id (1, 2, … and on for replacements).
      base: cluster.isWorker ? { pid: process.pid, worker: cluster.worker?.id } : { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    // Written asynchronously: lines that arrive while a write is under way go out together in the next, so a busy
    // server makes a write per batch, not per request line. pino flushes what is left when the process exits.
    // A reader of stdout that stops reading must not grow the buffer without bound: past 16 MB, lines are dropped.
    options.destination ?? pino.destination({ dest: 1, sync: false, maxLength: 16 * 1024 * 1024 }),
  );
}

/** The process's log (commands and the server unless given another). */
export const log: Log = createLog();

/** One short line for an error: its kind, SQLSTATE or escaped message, and code locations. */
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

/**
 * Logs failures of one kind at most once per `windowMs`, and says on the next line how many were
 * left out: a database that is down fails every request, and the log should grow by a line a few
 * seconds, not by a stack trace per request.
 */
export class FailureLog {
  private readonly recent = new Map<string, { at: number; suppressed: number }>();

  constructor(private readonly log: Log, private readonly windowMs = 5_000) {}

  /** `kind` groups repeats (a SQLSTATE, an error class and first frame); `fields` go on the line. */
  report(level: 'error' | 'warn', kind: string, message: string, fields: Record<string, unknown>): void {
    const now = Date.now();
    const seen = this.recent.get(kind);
    if (seen && now - seen.at < this.windowMs) {
      seen.suppressed++;
      return;
    }
    if (this.recent.size > 1_000) this.recent.clear();
    this.recent.set(kind, { at: now, suppressed: 0 });
    this.log[level]({ ...fields, ...(seen?.suppressed ? { suppressedSinceLast: seen.suppressed } : {}) }, message);
  }

  /** The database out of reach (a 503, not an internal error): by the error's code only, since the ORM's message quotes the statement. */
  databaseUnavailable(requestId: string, error: unknown): void {
    const code = (error as { code?: unknown } | undefined)?.code;
    this.report('warn', 'database-unavailable', 'database unavailable', { requestId, error: typeof code === 'string' ? code : 'connection lost' });
  }

  /** An internal error of a request: once, with the request id and `describeError`'s line. */
  internalError(requestId: string | undefined, error: unknown, where: string): void {
    const described = describeError(error);
    // Repeats are the same error at the same place: its first two parts (kind and first frame).
    const kind = described.split(' < ')[0];
    this.report('error', kind, 'internal error', { requestId, where, error: described });
  }
}
