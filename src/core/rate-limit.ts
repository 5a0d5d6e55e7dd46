import Redis from 'ioredis';
import { RateLimiterCluster, RateLimiterClusterMaster, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RATE_WINDOW_SECONDS } from './budgets';
import { isClusterWorker } from './cluster';
import { settings } from './config';
import { FailureLog, log, type Log } from './log';

/**
 * Rate limits in cost points per window (as GitHub's points per hour and
 * Shopify's calculated cost): each caller — an API key, or an address
 * without one — has a number of points per window, and every request is
 * charged what its operation costs (limits.ts). In memory by default (one
 * server); in the primary process's memory for the workers of WEB_CONCURRENCY
 * > 1 (cluster.ts), so they share one count per caller; shared through Redis
 * when REDIS_URL is set, with an in-memory limiter standing in while Redis is
 * unreachable (rate-limiter-flexible's insurance), so a Redis outage never
 * turns limiting off.
 */
export interface RateLimits {
  /** Points per window for an address without a key (default: the anonymous budget). */
  anonymous?: number;
  /** Points per window for a key (default: its role's budget). */
  key?: number;
  /** Window length in seconds. */
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { windowSeconds: RATE_WINDOW_SECONDS };

export interface RateDecision {
  allowed: boolean;
  /** Points of the window. */
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  retryAfter: number;
}

export interface RateLimiter {
  /** Charges `points` to `identity`'s window of `limit` points; a refused charge is given back. */
  charge(identity: string, points: number, limit: number): Promise<RateDecision>;
  close(): Promise<void>;
}

/**
 * One rate-limiter-flexible limiter per window size (with Redis, keys share their counts across sizes).
 * `standIn`, when given, decides a charge its limiter failed to decide (an error, not a refusal), with the same points.
 */
function limiterFamily(
  make: (points: number) => RateLimiterAbstract,
  standIn?: { make: (points: number) => RateLimiterAbstract; used: (error: unknown) => void },
): RateLimiter & { family: Map<number, RateLimiterAbstract> } {
  const family = new Map<number, RateLimiterAbstract>();
  const standIns = new Map<number, RateLimiterAbstract>();
  const limiterFor = (limit: number) => {
    let limiter = family.get(limit);
    if (!limiter) family.set(limit, (limiter = make(limit)));
    return limiter;
  };
  const standInFor = (limit: number) => {
    let limiter = standIns.get(limit);
    if (!limiter) standIns.set(limit, (limiter = standIn!.make(limit)));
    return limiter;
  };
  const chargeOn = async (limiter: RateLimiterAbstract, identity: string, points: number, limit: number) => {
    try {
      const res = await limiter.consume(identity, points);
      return decision(true, limit, res);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      await limiter.reward(identity, points).catch(() => undefined);
      return decision(false, limit, error, points);
    }
  };
  return {
    family,
    async charge(identity, points, limit) {
      try {
        return await chargeOn(limiterFor(limit), identity, points, limit);
      } catch (error) {
        if (!standIn) throw error;
        standIn.used(error);
        return chargeOn(standInFor(limit), identity, points, limit);
      }
    },
    async close() {
      family.clear();
      standIns.clear();
    },
  };
}

function decision(allowed: boolean, limit: number, res: RateLimiterRes, refused = 0): RateDecision {
  const used = allowed ? res.consumedPoints : res.consumedPoints - refused;
  return { allowed, limit, remaining: Math.max(0, limit - used), retryAfter: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

export function memoryRateLimiter(windowSeconds: number): RateLimiter {
  return limiterFamily((points) => new RateLimiterMemory({ keyPrefix: 'og-cost', points, duration: windowSeconds }));
}

export interface RedisTimeouts {
  /** A connection not made in this time is a Redis down (REDIS_CONNECT_TIMEOUT_MS). */
  connectMs: number;
  /** A command not answered in this time is a Redis down for that request (REDIS_COMMAND_TIMEOUT_MS). */
  commandMs: number;
}

/**
 * Counts in Redis, shared by every instance. A Redis that refuses, drops or hangs never holds a
 * request longer than the command timeout and never turns limiting off: each failed command is
 * decided by this instance's in-memory limiter (the insurance), with the same points. That is
 * logged as a warning (once per few seconds), and the return of Redis as information.
 */
export function redisRateLimiter(
  url: string,
  windowSeconds: number,
  keyPrefix = 'og-cost',
  timeouts: RedisTimeouts = { connectMs: settings.redisConnectTimeout, commandMs: settings.redisCommandTimeout },
  logTo: Log = log,
): RateLimiter {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: timeouts.connectMs,
    commandTimeout: timeouts.commandMs,
    // Try again every second or so while Redis is away; the insurance limiter decides meanwhile.
    retryStrategy: (times) => Math.min(times * 200, 1_000),
  });
  const failures = new FailureLog(logTo, 10_000);
  const unavailable = (fields: Record<string, unknown>) =>
    failures.report('warn', 'redis-unavailable', 'Redis unavailable: rate limits are counted in this instance’s memory until it returns', fields);
  let down = false;
  redis.on('error', (error: Error & { code?: string }) => {
    down = true;
    unavailable({ error: String(error.code ?? error.message).slice(0, 100) });
  });
  redis.on('ready', () => {
    if (down) logTo.info('Redis reachable again: rate limits are shared through it');
    down = false;
  });
  const family = limiterFamily((points) =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix,
      points,
      duration: windowSeconds,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${keyPrefix}-insurance`, points, duration: windowSeconds }),
    }),
  );
  return {
    charge(identity, points, limit) {
      // Not connected (refused, hung before its first answer, reconnecting): the insurance decides, and the log says so.
      if (redis.status !== 'ready') unavailable({ status: redis.status });
      return family.charge(identity, points, limit);
    },
    async close() {
      await family.close();
      // QUIT waits for Redis; a Redis that is down or hung must not hold the shutdown.
      await Promise.race([redis.quit().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, timeouts.commandMs).unref())]);
      redis.disconnect();
    },
  };
}

/**
 * In a worker of WEB_CONCURRENCY > 1 without Redis: counts kept by the primary process (which must run
 * `shareRateLimitsBetweenWorkers`), asked over IPC, so every worker charges one window per caller. Should the
 * primary not answer within `timeoutMs`, this worker's memory decides that charge (logged as a warning once per
 * few seconds): limiting never turns off.
 */
export function clusterRateLimiter(windowSeconds: number, keyPrefix = 'og-cost', timeoutMs = 1_000, logTo: Log = log): RateLimiter {
  const failures = new FailureLog(logTo, 10_000);
  return limiterFamily(
    // The primary keeps one limiter per prefix: one per window size.
    (points) => new RateLimiterCluster({ keyPrefix: `${keyPrefix}-${points}`, points, duration: windowSeconds, timeoutMs }),
    {
      make: (points) => new RateLimiterMemory({ keyPrefix: `${keyPrefix}-${points}-stand-in`, points, duration: windowSeconds }),
      used: (error) => failures.report('warn', 'cluster-rate-limit', 'the primary process did not answer: rate limits are counted in this worker’s memory meanwhile', {
        error: String(error instanceof Error ? error.message : error).slice(0, 100),
      }),
    },
  );
}

/** In the primary process of WEB_CONCURRENCY > 1, before the workers start: keeps the counts of `clusterRateLimiter`. */
export function shareRateLimitsBetweenWorkers(): void {
  new RateLimiterClusterMaster();
}

export function rateLimiterFromEnv(windowSeconds: number): RateLimiter {
  if (settings.redisUrl) return redisRateLimiter(settings.redisUrl, windowSeconds);
  return isClusterWorker() ? clusterRateLimiter(windowSeconds) : memoryRateLimiter(windowSeconds);
}
