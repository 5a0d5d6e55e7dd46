import type http from 'node:http';
import type { Log } from './log';
import type { Metrics } from './metrics';
import type { Meter } from './metering';
import type { SqlLog } from './sql-log';

/**
 * What the log and the metrics say about one request, filled in as it goes (the operation once
 * resolved, the role once the key is read, the error codes it answered) and written once, when
 * its response ends or its connection drops: one log line, one observation.
 */
export class RequestRecord {
  private readonly started = process.hrtime.bigint();
  operation = '-';
  role = 'anonymous';
  sqlLog?: SqlLog;
  meter?: Meter;
  readonly codes = new Set<string>();
  /** Set when an error showed the database out of reach: the answer is then a 503 (Apollo copies the context, not this). */
  databaseUnavailable = false;

  constructor(readonly requestId: string, readonly kind: 'graphql' | 'export') {}

  /** Notes the codes of the errors in a response body. */
  noteErrors(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): void {
    for (const error of errors ?? []) {
      const code = error.extensions?.code;
      if (typeof code === 'string') this.codes.add(code);
    }
  }

  get seconds(): number {
    return Number(process.hrtime.bigint() - this.started) / 1e9;
  }
}

const records = new WeakMap<http.ServerResponse, RequestRecord>();

export function recordOf(res: http.ServerResponse): RequestRecord | undefined {
  return records.get(res);
}

/** Starts the record of a request; its line is logged and observed when the response ends or is cut. */
export function trackRequest(res: http.ServerResponse, record: RequestRecord, log: Log, metrics: Metrics): void {
  records.set(res, record);
  res.once('close', () => {
    const status = res.writableFinished ? res.statusCode : 499;
    const seconds = record.seconds;
    const statements = record.sqlLog?.count ?? 0;
    const cost = record.meter?.spent ?? 0;
    metrics.observe({ kind: record.kind, operation: record.operation, role: record.role, status, seconds, statements, cost, codes: record.codes });
    const line = {
      requestId: record.requestId, kind: record.kind, operation: record.operation, role: record.role,
      status, ms: Math.round(seconds * 10_000) / 10, statements, cost,
      ...(record.codes.size ? { codes: [...record.codes] } : {}),
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (status >= 500) log.warn(line, 'request');
    else log.info(line, 'request');
  });
}

/** A JSON answer (an error, a refusal), its error codes noted on the request's record. */
export interface ErrorBody {
  errors?: ReadonlyArray<{ message?: string; extensions?: Record<string, unknown> | { [key: string]: unknown } }>;
}

export function reply(res: http.ServerResponse, status: number, body: ErrorBody, headers: Record<string, string> = {}): void {
  recordOf(res)?.noteErrors(body.errors);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
