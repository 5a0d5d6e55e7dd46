import type http from 'node:http';
import { GraphQLError, getOperationAST, parse, validate, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../auth/viewer';
import type { Context } from './context';
import { ErrorCode } from './errors';
import { LIMITS } from './limits';
import type { Log } from './log';

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  /** The viewer of a connection from its key (`connectionParams.authorization`, else the upgrade request's header); throws for a bad key. */
  viewerOf(authorization: string | undefined): Promise<Viewer>;
  /** A context for one subscription: its own entity manager, loaders and meter (charged for the subscription's cost). */
  contextFor(viewer: Viewer, requestId: string, address: string | undefined): Context;
  /** Subscriptions one key may hold open on this instance. */
  perKey: number;
  /** Subscriptions this instance holds open in all. */
  total: number;
  production: boolean;
  log: Log;
}

interface Connection {
  viewer?: Viewer;
  /** Open subscriptions by id: what the log line says when each ends. */
  open: Map<string, { operation: string; started: number; events: number }>;
}

/**
 * GraphQL subscriptions over WebSocket at `/graphql`, in the graphql-ws protocol
 * (`graphql-transport-ws`), on the HTTP server's own port. Only subscriptions are served this
 * way (queries and mutations go over HTTP, where the response headers carry limits and
 * positions). A connection needs an API key, given as `connectionParams.authorization`
 * (`Bearer og_…`) or in the upgrade request's Authorization header; without one it is closed
 * with 4401. Each subscription is measured and charged like a query when it starts, and a key
 * may hold `perKey` of them on one instance (`total` in all), so one caller cannot hold the
 * instance's connections.
 */
export function serveSubscriptions(httpServer: http.Server, options: SubscriptionServerOptions): { close(): Promise<void>; readonly open: number } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 100_000 });
  httpServer.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/graphql') return void socket.destroy();
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
  });
  const perKey = new Map<number, number>();
  let open = 0;
  const connections = new WeakMap<object, Connection>();
  const stateOf = (extra: object) => {
    let state = connections.get(extra);
    if (!state) connections.set(extra, (state = { open: new Map() }));
    return state;
  };
  const release = (state: Connection, id: string) => {
    const subscription = state.open.get(id);
    if (!subscription) return;
    state.open.delete(id);
    open--;
    // One line per subscription when it ends, as one per request: who, what, how long, how many events.
    options.log.info({
      kind: 'subscription', operation: subscription.operation, role: state.viewer?.role.toLowerCase(),
      seconds: Math.round((Date.now() - subscription.started) / 100) / 10, events: subscription.events,
    }, 'subscription ended');
    const key = state.viewer?.keyId;
    if (key != null) perKey.set(key, (perKey.get(key) ?? 1) - 1);
  };

  const disposable = useServer({
    schema: options.schema,
    isProd: options.production,
    connectionInitWaitTimeout: 5_000,
    onConnect: async (ctx) => {
      const given = ctx.connectionParams?.authorization;
      const authorization = typeof given === 'string' ? given : ctx.extra.request.headers.authorization;
      const refuse = (reason: string) => {
        ctx.extra.socket.close(CloseCode.Unauthorized, reason.slice(0, 120));
        return false;
      };
      if (!authorization) return refuse('Subscriptions need an API key: connectionParams { authorization: "Bearer og_…" }.');
      try {
        const viewer = await options.viewerOf(authorization);
        if (viewer.keyId == null) return refuse('Subscriptions need an API key.');
        stateOf(ctx.extra).viewer = viewer;
        return true;
      } catch (error) {
        if (error instanceof GraphQLError) return refuse(error.message);
        throw error;
      }
    },
    onSubscribe: async (ctx, id, payload) => {
      const state = stateOf(ctx.extra);
      const viewer = state.viewer!;
      let document;
      try {
        document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
      } catch (error) {
        return [error as GraphQLError];
      }
      const invalid = validate(options.schema, document);
      if (invalid.length) return invalid;
      const operation = getOperationAST(document, payload.operationName);
      if (operation?.operation !== 'subscription') {
        return [refusal('Over WebSocket only subscriptions are served: send queries and mutations to /graphql over HTTP.', 'BAD_REQUEST')];
      }
      const held = perKey.get(viewer.keyId!) ?? 0;
      if (held >= options.perKey) return [refusal(`This key holds ${held} subscriptions on this server, the most one key may; complete one first.`, ErrorCode.CONCURRENCY_LIMITED, { limit: 'subscriptionsPerKey', max: options.perKey })];
      if (open >= options.total) return [refusal('This server holds as many subscriptions as it may; retry later or on another instance.', ErrorCode.CONCURRENCY_LIMITED, { limit: 'subscriptions', max: options.total })];
      const context = options.contextFor(viewer, `ws:${id}`, ctx.extra.request.socket.remoteAddress);
      try {
        context.cost = await context.meter.operation(options.schema, document, operation, payload.variables ?? {});
      } catch (error) {
        if (error instanceof GraphQLError) return [error];
        throw error;
      }
      state.open.set(id, { operation: operation.name?.value.slice(0, 100) ?? 'anonymous', started: Date.now(), events: 0 });
      open++;
      perKey.set(viewer.keyId!, held + 1);
      return { schema: options.schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: context };
    },
    onNext: (ctx, id) => {
      const subscription = stateOf(ctx.extra).open.get(id);
      if (subscription) subscription.events++;
    },
    onComplete: (ctx, id) => release(stateOf(ctx.extra), id),
    onClose: (ctx) => {
      const state = stateOf(ctx.extra);
      for (const id of [...state.open.keys()]) release(state, id);
    },
  }, sockets);

  return {
    get open() {
      return open;
    },
    async close() {
      // Subscribers reconnect elsewhere with their last cursor: 1001 Going Away.
      for (const client of sockets.clients) client.close(1001, 'server stopping');
      await disposable.dispose();
    },
  };
}

function refusal(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}
