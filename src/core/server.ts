import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { EXPORT_PATH, handleCsvExport } from '../export/csv-export';
import { graphqlSchema } from '../schema';
import { compiledSchemaGateway } from './executor';
import { config, mode as currentMode, settings, type Executor, type Mode } from './config';
import type { Context } from './context';
import { databaseUnavailable, ErrorCode, RETRY_AFTER_SECONDS, serviceUnavailableBody, userErrorCodes } from './errors';
import { budgetOf, type Budget, type BudgetOverrides } from './budgets';
import { Admission } from './admission';
import { DataBoundsMonitor } from './data-bounds';
import { Explorer, explorerEnabled } from './explorer';
import { checkDocumentSize, isHeavy, LIMITS } from './limits';
import { Meter, rateLimited } from './metering';
import { DEFAULT_RATE_LIMITS, rateLimiterFromEnv, type RateLimiter, type RateLimits } from './rate-limit';
import { readerOf, readThrough } from './read-pool';
import { DatabaseNodes, parsePosition, type DatabaseNode } from './database-nodes';
import { refuseNulText } from './input-checks';
import { Loaders } from './loaders';
import { FailureLog, log as processLog, type Log } from './log';
import { Metrics } from './metrics';
import { Probes } from './probes';
import { RequestRecord, recordOf, reply, trackRequest } from './request-log';
import { SqlLog } from './sql-log';
import { serveSubscriptions } from './subscriptions';
import { ChangeSignal } from '../change-feed/change-signal';
import { authenticate } from '../auth/api-keys';
import { ANONYMOUS, type Viewer } from '../auth/viewer';
import { resolveTrustedDocument } from '../trusted-documents/resolve';
import { startTrustedDocuments, type TrustedDocuments } from '../trusted-documents/start';

export const MAX_BODY_BYTES = 1_000_000;

export interface AppOptions {
  orm: MikroORM;
  mode?: Mode;
  /** Put the text of every SQL statement in `extensions.sql` (tests use it for snapshots). */
  exposeSql?: boolean;
  /** Points per window per key or address (default: the budgets', from the environment). */
  rateLimits?: RateLimits;
  /** Changes to the role budgets (tests use small ones). */
  budgets?: BudgetOverrides;
  /** Where requests are counted (default: Redis when REDIS_URL is set, else memory). */
  rateLimiter?: RateLimiter;
  /** Registered documents and who must use them (default: a registry on `orm`, TRUSTED_DOCUMENTS). */
  trustedDocuments?: Partial<TrustedDocuments>;
  /** How operations run: compiled by graphql-jit (default) or interpreted by graphql-js (GRAPHQL_EXECUTOR). */
  executor?: Executor;
  /** Where request lines and errors go (default: the process's log, stdout at LOG_LEVEL). */
  log?: Log;
  /** Bearer token /metrics asks for (default: METRICS_TOKEN; none: open). */
  metricsToken?: string;
  /** Serve the API explorer at / and, for browsers, /graphql (default: EXPLORER, else on outside production). */
  explorer?: boolean;
  /** Streaming replicas that take read-only requests (default: DATABASE_READ_URLS). */
  readUrls?: readonly string[];
  /** A replica further behind than this takes no reads (default: REPLICA_MAX_LAG_MS). */
  replicaMaxLagMs?: number;
  /** How often the database nodes are checked, in ms (default 500). */
  healthIntervalMs?: number;
  /** Subscriptions one key may hold open on this instance (default 5), and the instance in all (default 1000). */
  subscriptions?: { perKey: number; total: number };
}

export interface App {
  server: http.Server;
  metrics: Metrics;
  /** The primary and the replicas, as the last health checks saw them. */
  nodes: DatabaseNodes;
  listen(port: number, host?: string): Promise<number>;
  /**
   * Stops taking requests (readiness turns 503), lets those in flight finish for up to
   * `graceMs` (default SHUTDOWN_TIMEOUT), then cuts the connections still open; an idle
   * server closes at once. Resolves once everything the server opened is closed.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * The HTTP server: `/graphql` (Apollo Server on Node's own http module),
 * `/export/<report>.csv`, the probes and `/metrics`. Each GraphQL request gets its own entity
 * manager, loaders and SQL statement log, and ends in one log line and one metrics observation.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const mode = options.mode ?? currentMode();
  const production = mode === 'production';
  const log = options.log ?? processLog;
  const failures = new FailureLog(log);
  const metrics = new Metrics();
  const schema = graphqlSchema();
  const apollo = new ApolloServer<Context>({
    ...((options.executor ?? config.executor) === 'graphql-js' ? { schema } : { gateway: compiledSchemaGateway(schema) }),
    introspection: !production || settings.introspection === true,
    includeStacktraceInErrorResponses: mode === 'development',
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    // The process stops the server itself (main.ts, bounded); Apollo's own handler would stop it early and re-send the signal.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries would let any client register any document; trusted documents replace them.
    persistedQueries: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    formatError: (formatted, error) => maskError(formatted, error, mode),
    plugins: [
      operationLimitsPlugin(),
      readYourWritesPlugin(),
      errorLogPlugin(failures),
      sqlExtensionPlugin(mode, options.exposeSql ?? false),
      // Nothing sets cache hints; the plugin would still wrap every field (a third of the time of large responses).
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads from Apollo's CDN; browsers get our own explorer instead (src/core/explorer.ts).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const nodes = new DatabaseNodes(options.orm.config.get('clientUrl')!, options.readUrls ?? config.readUrls, {
    maxLagMs: options.replicaMaxLagMs ?? config.replicaMaxLagMs,
    intervalMs: options.healthIntervalMs,
    onPool: (name, pool) => metrics.timePool(name, pool),
    log,
  });
  await nodes.start();
  const countRead = metrics.watchNodes(() => nodes.all);
  watchOrmPool(metrics, options.orm);
  // Table sizes for cost estimates: from whichever node reads answer on.
  const bounds = new DataBoundsMonitor({ query: (text) => nodes.readerFor().pools.withTimeout(60_000).query(text) });
  await bounds.start();
  const trustedDocuments = await startTrustedDocuments(options.orm.em.getConnection(), options.trustedDocuments);
  const admissions = new Map<string, Admission>();
  const admissionOf = (budget: Budget) => {
    let admission = admissions.get(budget.label);
    if (!admission) admissions.set(budget.label, (admission = new Admission(budget.heavySlots)));
    return admission;
  };
  let ready = true;
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const limiter = options.rateLimiter ?? rateLimiterFromEnv(limits.windowSeconds);
  // A failure outside GraphQL's own error handling (the key lookup, a CSV export): 503 when the database is out of
  // reach, else 500, with a JSON body naming the request; a response already under way is cut, not ended as if whole.
  const fail = (requestId: string, res: http.ServerResponse) => (error: unknown) => {
    const down = databaseUnavailable(error);
    if (down) failures.databaseUnavailable(requestId, error);
    else failures.internalError(requestId, error, 'request');
    if (res.headersSent) return void res.destroy();
    if (down) reply(res, 503, serviceUnavailableBody(requestId), { 'retry-after': String(RETRY_AFTER_SECONDS) });
    else reply(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } }] });
  };

  const changeSignal = new ChangeSignal(nodes.primary.url, log);
  changeSignal.start();

  let closing: Promise<void> | undefined;
  const probes = new Probes(nodes, () => !ready);
  const explorer = new Explorer({ enabled: options.explorer ?? explorerEnabled(mode, settings.explorer), mode });
  const server = http.createServer((req, res) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (probes.handle(url.pathname, req, res)) return;
    if (metrics.handle(url.pathname, req, res, options.metricsToken ?? settings.metricsToken)) return;
    if (explorer.handle(url.pathname, req, res)) return;
    const isExport = EXPORT_PATH.test(url.pathname);
    if (!isExport && url.pathname !== '/graphql') {
      reply(res, 404, { errors: [{ message: 'Not found: GraphQL is served at /graphql, reports at /export/<report>.csv.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const atLeast = readPosition(req.headers[POSITION_HEADER]);
    if (atLeast === undefined) {
      reply(res, 400, { errors: [{ message: `The ${POSITION_HEADER} header must be a position as a response gave it (e.g. 0/16B3F28).`, extensions: { code: 'BAD_REQUEST', argumentName: POSITION_HEADER, requestId } }] });
      return;
    }
    const record = new RequestRecord(requestId, isExport ? 'export' : 'graphql');
    trackRequest(res, record, log, metrics);
    const route = new ReadRoute(nodes.readerFor(atLeast), res);
    res.once('finish', () => countRead(route.node.name));
    (async () => {
      const sqlLog = new SqlLog(options.exposeSql ?? false);
      record.sqlLog = sqlLog;
      const em = options.orm.em.fork({ loggerContext: { sqlLog } }) as Context['em'];
      // The key lookup reads like an anonymous caller; then the caller's own pool (its statement timeout).
      route.apply(em, budgetOf(ANONYMOUS.role, options.budgets));
      const admitted = await admit(em, req, res, { limits, limiter, budgets: options.budgets ?? {}, bounds: () => bounds.current }, requestId);
      if (!admitted) return;
      const { viewer, meter } = admitted;
      record.role = viewer.role.toLowerCase();
      route.apply(em, meter.budget);
      let leave: (() => void) | undefined;
      const goHeavy = async () => {
        if (leave) return;
        leave = await admissionOf(meter.budget).enter(meter.budget.heavyWaitMs);
        route.apply(em, meter.budget, 'heavy');
      };
      const writing = async () => {
        route.node = nodes.primary;
        route.apply(em, meter.budget);
        // After the commit, on the request's own primary pool (not the health check's one connection), outside its statement count.
        return async () => (await readerOf(em)!.query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn')).rows[0].lsn;
      };
      const context: Context = { em, loaders: new Loaders(em), sqlLog, requestId, viewer, meter, goHeavy, writing, changeSignal, record };
      try {
        if (isExport) await handleCsvExport(context, req, res, url);
        else await handleGraphQL(apollo, context, req, res, url, trustedDocuments);
      } finally {
        leave?.();
        if (record.databaseUnavailable) nodes.markDown(route.node, 'a request could not reach it');
      }
    })().catch((error) => {
      if (databaseUnavailable(error)) nodes.markDown(route.node, 'a request could not reach it');
      fail(requestId, res)(error);
    });
  });

  const subscriptions = serveSubscriptions(server, {
    schema,
    production,
    log,
    ...(options.subscriptions ?? { perKey: 5, total: 1_000 }),
    viewerOf: async (authorization) => {
      const em = options.orm.em.fork() as Context['em'];
      readThrough(em, nodes.readerFor().pools.forBudget(budgetOf(ANONYMOUS.role, options.budgets)));
      return authenticate(em, authorization);
    },
    contextFor: (viewer, requestId) => {
      const sqlLog = new SqlLog(false);
      const em = options.orm.em.fork({ loggerContext: { sqlLog } }) as Context['em'];
      const budget = budgetOf(viewer.role, options.budgets);
      // A subscription reads from the primary, where a notification says the change is; from a replica while it is down.
      readThrough(em, { query: (q: never) => (nodes.primary.up ? nodes.primary : nodes.readerFor()).pools.forBudget(budget).query(q) } as never);
      const meter = new Meter(budget, () => bounds.current, limiter, `key:${viewer.keyId}`, limits.key ?? budget.pointsPerWindow);
      const record = new RequestRecord(requestId, 'graphql');
      record.role = viewer.role.toLowerCase();
      const refuse = async (): Promise<never> => {
        throw new Error('a subscription neither writes nor takes heavy slots');
      };
      return { em, loaders: new Loaders(em), sqlLog, requestId, viewer, meter, goHeavy: refuse, writing: refuse, changeSignal, record };
    },
  });

  metrics.watchSubscriptions(() => subscriptions.open);

  // Idle keep-alive connections live longer than a load balancer's (60 s is common) and a client's own idle timeout,
  // so neither reuses a connection the server is closing that moment (ECONNRESET, or a 502 at the balancer).
  server.keepAliveTimeout = 65_000;
  // A request's head and body must arrive within a minute: a client trickling its body does not hold a connection longer.
  server.requestTimeout = 60_000;

  return {
    server,
    metrics,
    nodes,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: (graceMs = settings.shutdownTimeout * 1000) => (closing ??= shutDown(graceMs)),
  };

  async function shutDown(graceMs: number): Promise<void> {
    ready = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections are closed as soon as they fall idle; requests in flight get until the bound.
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    let bound: NodeJS.Timeout | undefined;
    const cut = await Promise.race([closed.then(() => false), new Promise<boolean>((resolve) => (bound = setTimeout(() => resolve(true), graceMs)))]);
    clearInterval(sweep);
    clearTimeout(bound);
    if (cut) {
      log.warn({ graceMs }, 'shutdown: requests still running at the bound; their connections are cut');
      server.closeAllConnections();
      await closed;
    }
    await subscriptions.close();
    await changeSignal.stop();
    await apollo.stop();
    bounds.stop();
    await nodes.stop();
    if (!options.rateLimiter) await limiter.close();
  }
}

/**
 * Who is asking, and whether they may ask now: the API key (401 for a bad
 * one) and the rate-limit window of the key or, without one, of the address,
 * charged one point for the request itself (429 with Retry-After when it is
 * spent). Null when the response has been sent.
 */
async function admit(
  em: Context['em'],
  req: http.IncomingMessage,
  res: http.ServerResponse,
  metering: { limits: RateLimits; limiter: RateLimiter; budgets: BudgetOverrides; bounds: ConstructorParameters<typeof Meter>[1] },
  requestId: string,
): Promise<{ viewer: Viewer; meter: Meter } | null> {
  const { limits, limiter, budgets, bounds } = metering;
  let viewer: Viewer | null = null;
  let authError: GraphQLError | null = null;
  try {
    viewer = await authenticate(em, req.headers.authorization);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    authError = error;
  }
  // Failed keys count against the address, so guessing keys is rate-limited too.
  const keyed = viewer?.keyId != null;
  const identity = keyed ? `key:${viewer!.keyId}` : `ip:${req.socket.remoteAddress ?? 'unknown'}`;
  const budget: Budget = budgetOf(keyed ? viewer!.role : ANONYMOUS.role, budgets);
  const windowPoints = (keyed ? limits.key : limits.anonymous) ?? budget.pointsPerWindow;
  const meter = new Meter(budget, bounds, limiter, identity, windowPoints);
  const record = recordOf(res);
  if (record) record.meter = meter;
  const decision = await meter.charge(1);
  if (decision) {
    res.setHeader('ratelimit-limit', String(decision.limit));
    res.setHeader('ratelimit-remaining', String(decision.remaining));
    res.setHeader('ratelimit-reset', String(decision.retryAfter));
    if (!decision.allowed) {
      const refusal = rateLimited(decision, 1, budget);
      res.setHeader('retry-after', String(decision.retryAfter));
      reply(res, 429, { errors: [{ message: refusal.message, extensions: { ...refusal.extensions, http: undefined, requestId } }] });
      return null;
    }
  }
  if (authError) {
    res.setHeader('www-authenticate', 'Bearer');
    reply(res, 401, { errors: [{ message: authError.message, extensions: { code: 'UNAUTHENTICATED', requestId } }] });
    return null;
  }
  return { viewer: viewer ?? ANONYMOUS, meter };
}

async function handleGraphQL(apollo: ApolloServer<Context>, context: Context, req: http.IncomingMessage, res: http.ServerResponse, url: URL, trustedDocuments: TrustedDocuments): Promise<void> {
  const raw = await readBody(req);
  if (raw === null) {
    reply(res, 413, { errors: [{ message: `Request body over ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (raw.length > 0 && headers.get('content-type')?.startsWith('application/json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      reply(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
  }
  const method = (req.method ?? 'GET').toUpperCase();
  // A document id becomes its registered text; anonymous free-form text may be refused (TRUSTED_DOCUMENTS).
  const trusted = await resolveTrustedDocument(trustedDocuments.registry, { method, body, search: url.search }, context.viewer, trustedDocuments.policy);
  if ('error' in trusted) return reply(res, trusted.status, { errors: [trusted.error] });
  context.trustedDocumentId = trusted.documentId;
  const query = method === 'GET' ? new URLSearchParams(trusted.search).get('query') : (trusted.body as { query?: unknown } | undefined)?.query;
  const tooLarge = checkDocumentSize(query);
  if (tooLarge) return reply(res, 400, { errors: [{ message: tooLarge.message, extensions: { ...tooLarge.extensions, requestId: context.requestId } }] });
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search: trusted.search, body: trusted.body },
    context: async () => context,
  });
  // The database went out of reach under the operation: no partial answer, a 503 to retry.
  if (context.record.databaseUnavailable) return reply(res, 503, serviceUnavailableBody(context.requestId), { 'retry-after': String(RETRY_AFTER_SECONDS) });
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  // GraphQL over HTTP: a response that carries data is a 2xx, whatever its field errors (BAD_USER_INPUT, FORBIDDEN) say.
  if (result.body.kind === 'complete' && res.statusCode >= 400 && res.statusCode < 500 && carriesData(result.body.string)) res.statusCode = 200;
  if (result.body.kind === 'complete') {
    const cap = context.meter.budget.maxResponseBytes;
    // Characters never outnumber bytes, and one is at most 3 bytes in UTF-16 → UTF-8: count only near the cap.
    if (result.body.string.length * 3 > cap && Buffer.byteLength(result.body.string) > cap) {
      const size = Buffer.byteLength(result.body.string);
      return reply(res, 400, { errors: [{ message: `The response would be ${size} bytes; ${context.meter.budget.label} may receive ${cap} per request. Ask for smaller pages or fewer fields.`, extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, limit: 'maxResponseBytes', max: cap, value: size, requestId: context.requestId } }] });
    }
    res.end(result.body.string);
  } else {
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

/**
 * Read your writes: a mutation reads from the primary (its answer shows its own change), and its response
 * carries the primary's WAL position after the commit, in the POSITION_HEADER header and `extensions.position`.
 * A later request that sends the position back in that header is served by a replica that has replayed it,
 * or by the primary: whichever instance gets it.
 */
function readYourWritesPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let position: (() => Promise<string>) | undefined;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') position = await contextValue.writing();
        },
        async willSendResponse({ response }) {
          if (!position || response.body.kind !== 'single') return;
          const lsn = await position().catch(() => undefined);
          if (!lsn) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, position: lsn };
          response.http?.headers.set(POSITION_HEADER, lsn);
        },
      };
    },
  };
}

/** The header that carries a write's position to the client and back (read-your-writes). */
export const POSITION_HEADER = 'x-og-position';

/** The position a request asks to read at least, null when it asks none, undefined when the header is not one. */
function readPosition(header: string | string[] | undefined): bigint | null | undefined {
  if (header === undefined || header === '') return null;
  return parsePosition(Array.isArray(header) ? header[0] : header) ?? undefined;
}

/** The node a request reads from, and its pool for the caller's budget and lane; named in `x-og-read-from`. */
class ReadRoute {
  private lane: 'main' | 'heavy' = 'main';
  constructor(public node: DatabaseNode, private readonly res: http.ServerResponse) {}

  apply(em: Context['em'], budget: Budget, lane?: 'main' | 'heavy'): void {
    if (lane) this.lane = lane;
    readThrough(em, this.node.pools.forBudget(budget, this.lane));
    if (!this.res.headersSent) this.res.setHeader('x-og-read-from', this.node.name);
  }
}

/** Whether a GraphQL response body has `data` that is present and not null. */
function carriesData(body: string): boolean {
  try {
    return (JSON.parse(body) as { data?: unknown }).data != null;
  } catch {
    return false;
  }
}

/** The body as text, or null when it is over the limit. */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * User errors pass as they are; anything else becomes a generic internal
 * error (no message, SQL, stack or path), except in development mode.
 * (errorLogPlugin has logged it, with the request id.)
 */
function maskError(formatted: GraphQLFormattedError, _error: unknown, mode: Mode): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && userErrorCodes.has(code)) return formatted;
  if (mode === 'development') return formatted;
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Reports the SQL statements a request issued in `extensions.sql` (not in production). */
function sqlExtensionPlugin(mode: Mode, exposeSql: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (mode === 'production' || response.body.kind !== 'single') return;
          const { count, statements } = contextValue.sqlLog;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            requestId: contextValue.requestId,
            sql: exposeSql && statements ? { count, statements } : { count },
          };
        },
      };
    },
  };
}

/** Measures every operation before it runs, refuses it over a limit, and reports its cost in `extensions.cost`. */
function operationLimitsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          contextValue.record.operation = operation.name?.value.slice(0, 100) ?? 'anonymous';
          if (operation.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are served over WebSocket (the graphql-ws protocol) at /graphql, not over HTTP.', {
              extensions: { code: 'BAD_REQUEST', argumentName: 'query', http: { status: 400 } },
            });
          }
          const nul = refuseNulText(document, request.variables ?? {});
          if (nul) throw nul;
          contextValue.cost = await contextValue.meter.operation(schema, document, operation, request.variables ?? {});
          if (isHeavy(contextValue.cost)) await contextValue.goHeavy();
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!contextValue.record.databaseUnavailable) contextValue.record.noteErrors(result.errors);
          // A masked error carries the request id, so an operator can find it in the log.
          for (const error of result.errors ?? []) {
            if (error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
          result.extensions = { ...result.extensions, cost: contextValue.meter.summary(contextValue.cost) };
          const window = contextValue.meter.window;
          if (window && response.http) {
            response.http.headers.set('ratelimit-limit', String(window.limit));
            response.http.headers.set('ratelimit-remaining', String(window.remaining));
            response.http.headers.set('ratelimit-reset', String(window.retryAfter));
          }
        },
      };
    },
  };
}


/**
 * Logs each internal error of an operation once, with the request id (repeats of one error are
 * rate-limited by FailureLog); a database out of reach is not an internal error but a 503
 * (handleGraphQL answers it).
 */
function errorLogPlugin(failures: FailureLog): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && userErrorCodes.has(code)) continue;
            const original = unwrapResolverError(error);
            if (databaseUnavailable(original)) {
              contextValue.record.databaseUnavailable = true;
              failures.databaseUnavailable(contextValue.requestId, original);
            } else failures.internalError(contextValue.requestId, original, contextValue.record.operation);
          }
        },
      };
    },
  };
}

/** The ORM's pool (knex's tarn) on /metrics: open, idle and waiting connections. */
function watchOrmPool(metrics: Metrics, orm: MikroORM): void {
  metrics.watchPool('orm', () => {
    const pool = (orm.em.getConnection().getKnex().client as { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } }).pool;
    if (!pool) return null;
    return { total: pool.numUsed() + pool.numFree(), idle: pool.numFree(), waiting: pool.numPendingAcquires() };
  });
}
