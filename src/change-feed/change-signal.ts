import pg from 'pg';
import type { Log } from '../core/log';

/**
 * Tells the subscriptions of this process that the change feed may have grown:
 * one connection per process LISTENs on the primary's `og_change` channel (the
 * feed's triggers NOTIFY it once per statement), and every notification wakes
 * every waiting subscription, which then reads its next page from its own
 * cursor. Notifications carry nothing: the table is the truth, so a lost or
 * merged notification loses nothing. While the primary cannot be reached (or
 * before the first LISTEN succeeds) the signal ticks every `fallbackMs`, so
 * subscriptions reading from a replica still see what it replays.
 */
export class ChangeSignal {
  private client: pg.Client | null = null;
  private waiters: Array<() => void> = [];
  /** Counts the wake-ups: a reader notes it before reading, and a wake-up during its read is not lost. */
  generation = 0;
  private listening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  private tick: NodeJS.Timeout | undefined;

  constructor(private readonly primaryUrl: string, private readonly log?: Log, private readonly fallbackMs = 1_000) {}

  /** Starts listening (in the background: a primary out of reach is retried, not an error). */
  start(): void {
    void this.connect();
    this.tick = setInterval(() => {
      if (!this.listening) this.wakeAll();
    }, this.fallbackMs);
    this.tick.unref();
  }

  /**
   * Resolves at the next notification (or fallback tick) after wake-up `since` (the `generation` read
   * before the caller's last read: at once if one came meanwhile), after `ms` at the latest, or when `abort` fires.
   */
  next(since: number, ms = 30_000, abort?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (since !== this.generation) return resolve();
      const timer = setTimeout(done, ms);
      timer.unref();
      const waiters = this.waiters;
      waiters.push(done);
      abort?.addEventListener('abort', done, { once: true });
      if (abort?.aborted) done();
      function done() {
        clearTimeout(timer);
        abort?.removeEventListener('abort', done);
        const i = waiters.indexOf(done);
        if (i >= 0) waiters.splice(i, 1);
        resolve();
      }
    });
  }

  /** Subscriptions waiting now. */
  get waiting(): number {
    return this.waiters.length;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.tick);
    this.wakeAll();
    await this.client?.end().catch(() => undefined);
  }

  private wakeAll(): void {
    this.generation++;
    // A copy: each wake-up takes itself out of the list it was in.
    const waiting = [...this.waiters];
    this.waiters = [];
    for (const wake of waiting) wake();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.primaryUrl, connectionTimeoutMillis: 5_000, keepAlive: true });
    client.on('notification', () => this.wakeAll());
    client.on('error', () => undefined);
    client.on('end', () => {
      if (this.client !== client || this.stopped) return;
      this.client = null;
      if (this.listening) this.log?.warn('change feed: LISTEN connection lost; retrying (subscriptions poll each second meanwhile)');
      this.listening = false;
      this.scheduleRetry();
    });
    try {
      await client.connect();
      await client.query('listen og_change');
      if (this.stopped) return void client.end();
      this.client = client;
      this.listening = true;
      // Whatever was committed while we were not listening.
      this.wakeAll();
    } catch {
      await client.end().catch(() => undefined);
      this.scheduleRetry();
    }
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), 1_000);
    this.retry.unref();
  }
}
