import type http from 'node:http';
import { execute, getVariableValues, GraphQLError, Kind, parse, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { requireAccess } from '../auth/auth-checker';
import { Role } from '../auth/viewer';
import { graphqlSchema } from '../schema';
import type { Context } from '../core/context';
import { ErrorCode, userErrorCodes } from '../core/errors';
import { isHeavy } from '../core/limits';
import { Loaders } from '../core/loaders';
import { refuseNulText } from '../core/input-checks';
import { reply } from '../core/request-log';
import { CSV_FORMS, csvHeader, csvLines, type CsvForm } from './csv';
import { csvMetadata, ProvenanceSet } from './csv-metadata';
import { csvReports, type Cut } from './reports';

/** A report as CSV, or its CSVW metadata (the `<file>-metadata.json` the W3C's CSV on the Web names). */
export const EXPORT_PATH = /^\/export\/([a-z-]+)\.csv(-metadata\.json)?$/;

/** The query parameter that picks the form of the CSV; every other one is a variable of the report. */
export const FORM_PARAMETER = 'form';

/**
 * GET /export/<report>.csv?<variable>=<value>…: a report as CSV, streamed
 * page by page. Each query parameter is an argument of the report's GraphQL
 * field, as JSON (`filter={"yearFrom":2019}`, `groupBy=["YEAR"]`) or, if not
 * JSON, as a plain string; `form=plain` writes identifiers bare, for programs
 * (the default, `spreadsheet`, keeps them text in Excel and LibreOffice: csv.ts).
 * Bad arguments get 400 and the GraphQL error. Every export is whole or says
 * it is not: a report cut at the limit of its field is refused (400, the
 * argument to narrow), unless the caller asked for at most that many rows
 * (`first`), when it is sent with `X-Truncated: true`.
 *
 * GET /export/<report>.csv-metadata.json?<the same parameters>: what the CSV
 * holds and where it came from (csv-metadata.ts), after the same authorization
 * and the same operation; the CSV links to it (`Link: <…>; rel="describedby"`).
 */
export async function handleCsvExport(context: Context, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
  const [, name, metadata] = EXPORT_PATH.exec(url.pathname)!;
  const report = csvReports[name];
  if (!report) {
    return reply(res, 404, { errors: [{ message: `No report "${name}". Reports: ${Object.keys(csvReports).join(', ')}.`, extensions: { code: 'NOT_FOUND' } }] });
  }
  context.record.operation = metadata ? `export:${name}:metadata` : `export:${name}`;
  if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, { errors: [{ message: 'Use GET.', extensions: { code: 'BAD_REQUEST' } }] });
  try {
    // Exports are for researchers; a university may export its own rows, and a park administrator the reports
    // that name it, which the field rules then enforce.
    requireAccess(context.viewer, `the ${name} export`, report.roles ?? [Role.UNIVERSITY]);
  } catch (error) {
    if (error instanceof GraphQLError) return sendErrors(res, [error]);
    throw error;
  }
  const form = (url.searchParams.get(FORM_PARAMETER) ?? 'spreadsheet') as CsvForm;
  if (!CSV_FORMS.includes(form)) {
    return reply(res, 400, { errors: [{
      message: `Invalid argument "${FORM_PARAMETER}": must be ${CSV_FORMS.join(' or ')}, got ${JSON.stringify(form)}.`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: FORM_PARAMETER },
    }] });
  }
  const document = parse(report.query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  // Every parameter must mean something: a misspelt filter would give a whole export of another question. A cursor
  // is the export's own business: it reads every page.
  const declared = new Set((operation.variableDefinitions ?? []).map((v) => v.variable.name.value).filter((v) => v !== 'after'));
  const unknown = [...url.searchParams.keys()].find((key) => key !== FORM_PARAMETER && !declared.has(key));
  if (unknown !== undefined) {
    return reply(res, 400, { errors: [{
      message: `Invalid argument "${unknown}": the ${name} export takes ${[...declared, FORM_PARAMETER].join(', ')}.`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: unknown },
    }] });
  }
  const variables: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    if (key !== FORM_PARAMETER) variables[key] = textVariables(operation).has(key) && !value.startsWith('"') ? value : parseValue(value);
  }
  const nul = refuseNulText(document, variables);
  if (nul) return sendErrors(res, [nul]);
  const types = report.columns.map(([, , type]) => type);
  const generatedAt = new Date().toISOString();
  // The same parameters, encoded afresh (nothing a client sent goes into a header as it was).
  const parameters = url.searchParams.size ? `?${url.searchParams}` : '';
  const provenance = new ProvenanceSet();
  let notes: string[] = [];
  let cut: Cut | null = null;
  let rowCount = 0;
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
      cut = report.cut?.(result.data, new Set(Object.keys(variables)), variables) ?? null;
      if (cut && !cut.accepted) return refuseCut(res, name, cut);
      notes = report.notes?.(result.data) ?? [];
      if (!metadata) {
        res.writeHead(200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${name}.csv"`,
          'cache-control': 'no-store',
          // Relative to the CSV's own URL, so it holds behind a proxy that serves the API under a path.
          link: `<${name}.csv-metadata.json${parameters}>; rel="describedby"; type="application/csvm+json"`,
          'x-generated-at': generatedAt,
          'x-truncated': String(cut != null),
          ...(cut ? { 'x-row-limit': String(cut.limit) } : {}),
        });
        res.write(csvHeader(report.columns.map(([header]) => header)));
      }
      started = true;
    }
    rowCount += rows.length;
    if (metadata) provenance.collect(report.provenanceOf ? report.provenanceOf(result.data) : result.data);
    else if (rows.length) res.write(csvLines(rows.map((row) => report.columns.map(([, value]) => value(row))), types, form));
    after = next;
    context.loaders = new Loaders(context.em);
  } while (after);
  if (!metadata) return void res.end();
  // The variables as the operation read them, defaults filled in: what to send to /graphql for the same rows.
  const coerced = getVariableValues(graphqlSchema(), operation.variableDefinitions ?? [], variables);
  const asRead = coerced.coerced ?? variables;
  const records = (await report.records?.(context, asRead)) ?? [];
  res.writeHead(200, {
    'content-type': 'application/csvm+json; charset=utf-8',
    'cache-control': 'no-store',
    link: `<${name}.csv${parameters}>; rel="describes"; type="text/csv"`,
  });
  res.end(JSON.stringify(csvMetadata({
    name, report, form, parameters, query: report.query, variables: asRead, generatedAt, rowCount, cut, notes, provenance, records,
  }), null, 2));
}

/** A report cut at the limit of its field, which the caller did not ask for: refused, never sent short as if whole. */
function refuseCut(res: http.ServerResponse, name: string, cut: Cut): void {
  return reply(res, 400, { errors: [{
    message: `The ${name} export would stop at ${cut.limit} rows, the most its GraphQL field returns, with more left out: ${cut.advice}.`,
    extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: cut.argument, rowLimit: cut.limit, truncated: true },
  }] });
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
