import { GraphQLError } from 'graphql';

/**
 * The error vocabulary of the API. User errors carry a code and, where they
 * concern an argument, its name; anything else is a programmer error and is
 * masked before it reaches a client (see `formatError` in server.ts).
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** Over a limit or a budget, found before running (limits.ts). */
  OPERATION_LIMIT_EXCEEDED: 'OPERATION_LIMIT_EXCEEDED',
  /** The caller's points for the window are spent (rate-limit.ts). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Stopped while running: a statement past the budget's statement timeout. */
  STATEMENT_TIMEOUT: 'STATEMENT_TIMEOUT',
  /** Stopped while running: the response grew past the budget's size. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** A heavy operation that could not start in time: its role class runs as many as it may (admission.ts); retry. */
  CONCURRENCY_LIMITED: 'CONCURRENCY_LIMITED',
  /** A document id no trusted document is registered under (the code Apollo's clients know). */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** Free-form query text from a caller who may send only registered documents (TRUSTED_DOCUMENTS=anonymous-only). */
  TRUSTED_DOCUMENT_REQUIRED: 'TRUSTED_DOCUMENT_REQUIRED',
  /** The database cannot be reached: the response is a 503 with Retry-After; retry then. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** A change-feed cursor older than the oldest change kept (a 400 naming `after`): re-sync from a full read. */
  CURSOR_EXPIRED: 'CURSOR_EXPIRED',
} as const;

/** Seconds a client (or load balancer) should wait before retrying after a 503. */
export const RETRY_AFTER_SECONDS = 5;

/** The body of a 503: the database is out of reach, try again after Retry-After. */
export function serviceUnavailableBody(requestId: string) {
  return {
    errors: [{
      message: `The database cannot be reached just now; retry after ${RETRY_AFTER_SECONDS} seconds.`,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS, requestId },
    }],
  };
}

// Connection-level failures: the server is gone, refusing, restarting or full, not a fault of the statement.
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', '57P01', '57P02', '57P03', '53300']);
const UNREACHABLE_MESSAGES = /Connection terminated|Query read timeout|timeout exceeded when trying to connect|Timeout acquiring a connection|not queryable|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)/i;

/** Whether `error` (or what it wraps) says the database cannot be reached, rather than that a statement failed. */
export function databaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; previous?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && (UNREACHABLE_CODES.has(e.code) || e.code.startsWith('08'))) return true;
    if (typeof e.message === 'string' && UNREACHABLE_MESSAGES.test(e.message)) return true;
    if ((e as { name?: unknown }).name === 'ConnectionException') return true;
    e = (e.originalError ?? e.previous ?? e.cause) as typeof e;
  }
  return false;
}

/** Bad input in `argument` (a path such as `filter.regionCode` or `after`); the response is a 400. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: argument, http: { status: 400 } },
  });
}

export function notFound(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.NOT_FOUND, argumentName: argument },
  });
}

/** Codes that are safe to show to a client as they are. */
export const userErrorCodes = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.TRUSTED_DOCUMENT_REQUIRED,
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  ErrorCode.OPERATION_LIMIT_EXCEEDED,
  ErrorCode.RATE_LIMITED,
  ErrorCode.STATEMENT_TIMEOUT,
  ErrorCode.RESPONSE_TOO_LARGE,
  ErrorCode.CONCURRENCY_LIMITED,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.CURSOR_EXPIRED,
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
]);
