import type http from 'node:http';
import { execute, GraphQLError, Kind, parse, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { requireAccess } from '../auth/auth-checker';
import { Role } from '../auth/viewer';
import { graphqlSchema } from '../schema';
import type { Context } from '../core/context';
import { ErrorCode, userErrorCodes } from '../core/errors';
import { isHeavy } from '../core/limits';
import { Loaders } from '../core/loaders';
import { refuseNulText } from '../core/input-checks';
import { reply } from '../core/request-log';
import { csvHeader, csvLines } from './csv';
import { csvReports } from './reports';

export const EXPORT_PATH = /^\/export\/([a-z-]+)\.csv$/;

/**
 * GET /export/<report>.csv?<variable>=<value>…: a report as CSV, streamed
 * page by page. Each query parameter is an argument of the report's GraphQL
 * field, as JSON (`filter={"yearFrom":2019}`, `groupBy=["YEAR"]`) or, if not
 * JSON, as a plain string. Bad arguments get 400 and the GraphQL error.
 */
export async function handleCsvExport(context: Context, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
  const name = EXPORT_PATH.exec(url.pathname)![1];
  const report = csvReports[name];
  if (!report) {
    return reply(res, 404, { errors: [{ message: `No report "${name}". Reports: ${Object.keys(csvReports).join(', ')}.`, extensions: { code: 'NOT_FOUND' } }] });
  }
  context.record.operation = `export:${name}`;
  if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, { errors: [{ message: 'Use GET.', extensions: { code: 'BAD_REQUEST' } }] });
  try {
    // Exports are for researchers; a university may export its own rows, and a park administrator the reports
    // that name it, which the field rules then enforce.
    requireAccess(context.viewer, `the ${name} export`, report.roles ?? [Role.UNIVERSITY]);
  } catch (error) {
    if (error instanceof GraphQLError) return sendErrors(res, [error]);
    throw error;
  }
  const document = parse(report.query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const variables: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) variables[key] = textVariables(operation).has(key) && !value.startsWith('"') ? value : parseValue(value);
  const nul = refuseNulText(document, variables);
  if (nul) return sendErrors(res, [nul]);
  let after: string | null = null;
  let started = false;
  do {
    const variableValues = { ...variables, ...(after ? { after } : {}) };
    try {
      // Each page is an operation of its own: measured, held against the budget and charged.
      if (isHeavy(await context.meter.operation(graphqlSchema(), document, operation, variableValues))) await context.goHeavy();
    } catch (error) {
      if (!(error instanceof GraphQLError) || started) throw error;
      return sendErrors(res, [error]);
    }
    const result = await execute({ schema: graphqlSchema(), document, contextValue: context, variableValues });
    if (result.errors?.length) {
      if (started) throw result.errors[0];
      return sendErrors(res, result.errors);
    }
    const { rows, next } = report.rows(result.data);
    if (!started) {
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.csv"`,
        'cache-control': 'no-store',
      });
      res.write(csvHeader(report.columns.map(([header]) => header)));
      started = true;
    }
    if (rows.length) res.write(csvLines(rows.map((row) => report.columns.map(([, value]) => value(row)))));
    after = next;
    context.loaders = new Loaders(context.em);
  } while (after);
  res.end();
}

/** Variables of a text type (`period=2024`, `dueOn=2025-01-30`), taken as written rather than read as JSON numbers. */
function textVariables(operation: OperationDefinitionNode): Set<string> {
  const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
  return new Set((operation.variableDefinitions ?? [])
    .filter((v) => ['String', 'ID', 'LocalDate'].includes(named(v.type)))
    .map((v) => v.variable.name.value));
}

function parseValue(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function sendErrors(res: http.ServerResponse, errors: readonly GraphQLError[]): void {
  const user = errors.filter((e) => userErrorCodes.has(String(e.extensions?.code)));
  if (user.length === errors.length) {
    const code = user[0].extensions?.code;
    const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'RATE_LIMITED' || code === 'CONCURRENCY_LIMITED' ? 429 : 400;
    return reply(res, status, { errors: user.map((e) => ({ message: e.message, extensions: { ...e.extensions, http: undefined } })) });
  }
  // Variables that do not fit the operation are the caller's mistake too.
  if (errors.every((e) => e.message.startsWith('Variable "'))) {
    return reply(res, 400, { errors: errors.map((e) => ({ message: e.message, extensions: { code: ErrorCode.BAD_USER_INPUT } })) });
  }
  // Anything else is the server's: the request's error handler logs it once and answers 500, or 503 when the database is out of reach.
  throw errors[0].originalError ?? errors[0];
}
