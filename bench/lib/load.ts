import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { post } from './http';
import { percentile } from './stats';

export interface LoadOptions {
  url: URL;
  body: Buffer;
  headers?: Record<string, string>;
  /** Keep-alive connections, each sending its next request when the last one is answered. */
  connections: number;
  durationMs: number;
}

export interface LoadResult {
  requests: number;
  /** Answers other than 200, and requests with no answer. */
  failures: number;
  firstFailure?: string;
  rps: number;
  p50: number;
  p99: number;
}

/** Closed-loop load: `connections` keep-alive connections sending the same request for `durationMs`. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const deadline = started + options.durationMs;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < deadline) {
        const reply = await post(options.url, options.body, { agent, headers: options.headers });
        if (reply.status === 200) latencies.push(reply.ms);
        else {
          failures++;
          firstFailure ??= `${reply.status} ${reply.error ?? reply.body?.slice(0, 300)}`;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, failures, firstFailure, rps: latencies.length / seconds, p50: percentile(latencies, 50) ?? NaN, p99: percentile(latencies, 99) ?? NaN };
}
