import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface Reply {
  /** HTTP status; 0 when no response came (timeout or socket error). */
  status: number;
  bytes: number;
  ms: number;
  /** The body (or its first `keepBody` bytes), when asked for; always for statuses of 400 and over. */
  body?: string;
  /** Why no response came. */
  error?: string;
}

export interface PostOptions {
  agent?: http.Agent;
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** Keep the body, or (a number) at most its first so many bytes: a hostile answer can be tens of MB. */
  keepBody?: boolean | number;
  /** Source address (any of 127.0.0.0/8 on loopback): rate limits count per address. */
  localAddress?: string;
}

/**
 * POSTs a JSON body with node:http (no fetch: its per-request overhead would
 * be measured too). Never rejects: failures come back as a status 0 reply.
 */
export function post(url: URL, body: Buffer, options: PostOptions = {}): Promise<Reply> {
  return new Promise((resolve) => {
    const started = performance.now();
    let settled = false;
    const done = (reply: Omit<Reply, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...reply, ms: performance.now() - started });
    };
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: 'POST',
        agent: options.agent,
        localAddress: options.localAddress,
        headers: { 'content-type': 'application/json', 'content-length': body.length, ...options.headers },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const keep = options.keepBody || status >= 400;
        const limit = typeof options.keepBody === 'number' ? options.keepBody : Infinity;
        const chunks: Buffer[] = [];
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          if (keep && bytes < limit) chunks.push(chunk.subarray(0, limit - bytes));
          bytes += chunk.length;
        });
        res.on('end', () => done({ status, bytes, body: keep ? Buffer.concat(chunks).toString('utf8') : undefined }));
        res.on('error', (error) => done({ status: 0, bytes, error: error.message }));
      },
    );
    const timer = options.timeoutMs
      ? setTimeout(() => {
          done({ status: 0, bytes: 0, error: `no answer within ${options.timeoutMs} ms (client timeout)` });
          req.destroy();
        }, options.timeoutMs)
      : undefined;
    req.on('error', (error) => done({ status: 0, bytes: 0, error: error.message }));
    req.end(body);
  });
}

/** A GraphQL request body. */
export function graphqlBody(query: string, variables?: Record<string, unknown>): Buffer {
  return Buffer.from(JSON.stringify(variables ? { query, variables } : { query }));
}
