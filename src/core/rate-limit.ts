import Redis from 'ioredis';

/**
 * Fixed-window request counting per caller: an API key, or an address for
 * anonymous callers. In memory by default (one server); shared through Redis
 * when REDIS_URL is set, so every server of a deployment counts together.
 */
export interface RateLimits {
  /** Requests per window for an address without a key. */
  anonymous: number;
  /** Requests per window for an API key. */
  key: number;
  /** Window length in seconds. */
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  anonymous: Number(process.env.RATE_LIMIT_ANONYMOUS ?? 300),
  key: Number(process.env.RATE_LIMIT_KEY ?? 1200),
  windowSeconds: Number(process.env.RATE_LIMIT_WINDOW ?? 60),
};

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  retryAfter: number;
}

export interface RateLimiter {
  hit(identity: string, limit: number): Promise<RateDecision>;
  close(): Promise<void>;
}

export function memoryRateLimiter(windowSeconds: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async hit(identity, limit) {
      const now = Date.now();
      const windowMs = windowSeconds * 1000;
      let w = windows.get(identity);
      if (!w || now - w.start >= windowMs) {
        w = { start: now - (now % windowMs), count: 0 };
        windows.set(identity, w);
        if (windows.size > 100_000) for (const [k, v] of windows) if (now - v.start >= windowMs) windows.delete(k);
      }
      w.count++;
      return decide(w.count, limit, Math.ceil((w.start + windowMs - now) / 1000));
    },
    async close() {
      windows.clear();
    },
  };
}

export function redisRateLimiter(url: string, windowSeconds: number): RateLimiter {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
  redis.on('error', () => undefined);
  return {
    async hit(identity, limit) {
      const window = Math.floor(Date.now() / 1000 / windowSeconds);
      const key = `og:rate:${identity}:${window}`;
      const [[, count], [, ttl]] = (await redis.multi().incr(key).expire(key, windowSeconds, 'NX').ttl(key).exec()) as Array<[unknown, number]>;
      return decide(count, limit, ttl > 0 ? ttl : windowSeconds);
    },
    async close() {
      await redis.quit().catch(() => undefined);
    },
  };
}

function decide(count: number, limit: number, retryAfter: number): RateDecision {
  return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), retryAfter: Math.max(1, retryAfter) };
}

export function rateLimiterFromEnv(windowSeconds: number): RateLimiter {
  return process.env.REDIS_URL ? redisRateLimiter(process.env.REDIS_URL, windowSeconds) : memoryRateLimiter(windowSeconds);
}
