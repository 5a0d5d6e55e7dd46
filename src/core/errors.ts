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
} as const;

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
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
]);
