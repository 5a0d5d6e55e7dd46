import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { post } from '../lib/http';

/**
 * A stream of trivial anonymous requests, as ordinary users would send them:
 * open-loop (each user sends on schedule, whether or not its last request
 * was answered, so a stalled server cannot slow the stream down and hide its
 * own stall), each user from its own loopback address (rate limits count per
 * address). It runs in a worker thread, so that reading hostile answers of
 * tens of MB on the main thread does not delay it.
 */
export interface StreamConfig {
  url: string;
  body: string;
  users: number;
  /** Requests per second per user. */
  ratePerUser: number;
  timeoutMs: number;
  /** User i sends from `${addressPrefix}${i + 1}`. */
  addressPrefix: string;
}

export interface StreamResult {
  /** Times of answered (200) requests and of those that got no answer (their wait until the timeout). */
  latencies: number[];
  /** Count per status; 0 means no answer. */
  statuses: Record<string, number>;
}

export class TrivialStream {
  private readonly worker: Worker;

  constructor(config: StreamConfig) {
    this.worker = new Worker(__filename, { workerData: config });
  }

  start(): void {
    this.worker.postMessage('start');
  }

  /** Stops sending; resolves once every request sent has been answered or timed out. */
  stop(): Promise<StreamResult> {
    return new Promise((resolve) => {
      this.worker.once('message', resolve);
      this.worker.postMessage('stop');
    });
  }

  async run(ms: number): Promise<StreamResult> {
    this.start();
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.stop();
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

function worker(config: StreamConfig): void {
  const url = new URL(config.url);
  const body = Buffer.from(config.body);
  const agents = Array.from({ length: config.users }, () => new http.Agent({ keepAlive: true }));
  const inFlight = new Set<Promise<void>>();
  let generation = 0;
  let running = false;
  let result: StreamResult = { latencies: [], statuses: {} };

  const user = async (i: number, mine: number) => {
    const interval = 1000 / config.ratePerUser;
    let next = performance.now() + (i * interval) / config.users;
    while (running && generation === mine) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (!running || generation !== mine) break;
      const sent = post(url, body, { agent: agents[i], localAddress: `${config.addressPrefix}${i + 1}`, timeoutMs: config.timeoutMs }).then((reply) => {
        result.statuses[reply.status] = (result.statuses[reply.status] ?? 0) + 1;
        if (reply.status === 200 || reply.status === 0) result.latencies.push(reply.ms);
      });
      inFlight.add(sent);
      void sent.finally(() => inFlight.delete(sent));
      next += interval;
    }
  };

  parentPort!.on('message', async (command: 'start' | 'stop') => {
    if (command === 'start') {
      result = { latencies: [], statuses: {} };
      running = true;
      generation++;
      for (let i = 0; i < config.users; i++) void user(i, generation);
    } else {
      running = false;
      await Promise.all([...inFlight]);
      parentPort!.postMessage(result);
    }
  });
}

if (!isMainThread && workerData) worker(workerData as StreamConfig);
