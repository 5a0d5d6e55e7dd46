import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';
import { HEAVY_POINTS } from './limits';

/**
 * Admission for heavy operations (reports, large pages): at most `slots` of
 * one role class run at once, and one that cannot start within `waitMs` is
 * turned away with 429 and Retry-After instead of queueing without end (a
 * limit on the class's concurrent heavy work, like a rate limit). With
 * many callers each within their own budget and rate limit, the server then
 * still answers everyone else promptly, and a refused caller learns so at once.
 */
export class Admission {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(private readonly slots: number) {}

  /** Waits for a slot; resolves with its release, or rejects with CONCURRENCY_LIMITED after `waitMs`. */
  enter(waitMs: number): Promise<() => void> {
    if (this.running < this.slots) return Promise.resolve(this.take());
    return new Promise((resolve, reject) => {
      const ready = () => {
        clearTimeout(timer);
        resolve(this.take());
      };
      const timer = setTimeout(() => {
        this.queue.splice(this.queue.indexOf(ready), 1);
        reject(tooManyHeavy(waitMs));
      }, waitMs);
      this.queue.push(ready);
    });
  }

  private take(): () => void {
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.queue.shift()?.();
    };
  }
}

function tooManyHeavy(waitMs: number): GraphQLError {
  return new GraphQLError(
    `Too many reports and large pages of callers like you are running: this one could not start within ${waitMs / 1000} s. Retry in a moment, or ask for less (requests under ${HEAVY_POINTS} points that read no report tables are never held).`,
    { extensions: { code: ErrorCode.CONCURRENCY_LIMITED, http: { status: 429, headers: new Map([['retry-after', '1']]) } } },
  );
}
