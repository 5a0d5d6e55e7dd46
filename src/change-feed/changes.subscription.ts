import { Arg, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { unauthenticated } from '../auth/api-keys';
import type { Context } from '../core/context';
import { runSql, sql } from '../core/sql';
import { ChangeEdge, ChangeRecordType } from './change-event.type';
import { decodeCursor, type Position } from './changes.query';
import { readChangePage } from './changes.resolver';

/** Events read per statement while catching up. */
const CATCH_UP_PAGE = 200;
/** A subscriber with nothing new waits this long for a notification before looking anyway. */
const IDLE_LOOK_MS = 30_000;
/** How often a live subscription checks that its key has not been revoked. */
const KEY_CHECK_MS = 60_000;
/** While changes are held back by a transaction still open, look again this soon (doubling to 2 s). */
const HELD_BACK_FIRST_MS = 100;

@Resolver()
export class ChangesSubscription {
  @Subscription(() => ChangeEdge, {
    description: 'The change feed, live, over WebSocket (graphql-ws): first every change after `after`, then each new one as its transaction commits, '
      + 'in the order of `changes`, each once, with its cursor. After a disconnect, subscribe again with the last cursor received: nothing is lost or repeated. '
      + 'Needs an API key (connectionParams.authorization); each caller sees the changes of the records it may read.',
    subscribe: async ({ args, context }) => {
      const follower = new FeedFollower(context as Context, args.after == null ? null : decodeCursor(args.after as string, 'after'), (args.types as ChangeRecordType[] | null) ?? null);
      // The first read happens here, so a bad or expired cursor is the subscription's error, not a dropped socket.
      await follower.start();
      return follower;
    },
  })
  changes(
    @Root() edge: ChangeEdge,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which to start (from `changes`, or the last edge received); from the head of the feed (only new changes) when omitted.' }) _after: string | null,
    @Arg('types', () => [ChangeRecordType], { nullable: true, description: 'Only changes of records of these types; all types when omitted.' }) _types: ChangeRecordType[] | null,
    @Ctx() _ctx: Context,
  ): ChangeEdge {
    return edge;
  }
}

/**
 * One subscriber's walk along the feed: pages from its own cursor until it is caught up, then
 * waits for the process's ChangeSignal (a NOTIFY from the primary) and reads again. It holds no
 * buffer beyond one page and reads only when its consumer asks for more, so a slow subscriber
 * costs nothing while it is slow. `return()` (the client completes, the socket closes) ends the
 * walk at once, even while it waits.
 */
class FeedFollower implements AsyncIterableIterator<ChangeEdge> {
  private readonly queue: ChangeEdge[] = [];
  private readonly closed = new AbortController();
  private heldBackWait = 0;
  private checkedKeyAt = Date.now();

  constructor(private readonly ctx: Context, private cursor: Position | null, private readonly types: ChangeRecordType[] | null) {}

  /** Reads the first page from the cursor, or, without one, takes the head of the feed as the cursor (only changes from now on). */
  async start(): Promise<void> {
    if (this.cursor == null) this.cursor = (await readChangePage(this.ctx, null, 0, this.types)).head;
    else await this.read();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<ChangeEdge>> {
    while (!this.closed.signal.aborted) {
      const edge = this.queue.shift();
      if (edge) return { value: edge, done: false };
      if (Date.now() - this.checkedKeyAt > KEY_CHECK_MS) {
        await stillValid(this.ctx);
        this.checkedKeyAt = Date.now();
      }
      const since = this.ctx.changeSignal.generation;
      const page = await this.read();
      if (page.edges.length > 0) continue;
      if (page.heldBack) this.heldBackWait = Math.min(2_000, this.heldBackWait ? this.heldBackWait * 2 : HELD_BACK_FIRST_MS);
      else this.heldBackWait = 0;
      await this.ctx.changeSignal.next(since, this.heldBackWait || IDLE_LOOK_MS, this.closed.signal);
    }
    return { value: undefined, done: true };
  }

  private async read() {
    const page = await readChangePage(this.ctx, this.cursor, CATCH_UP_PAGE, this.types);
    if (page.edges.length > 0) {
      this.queue.push(...page.edges);
      this.cursor = page.last!;
      this.heldBackWait = 0;
    }
    return page;
  }

  async return(): Promise<IteratorResult<ChangeEdge>> {
    this.closed.abort();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<ChangeEdge>> {
    this.closed.abort();
    throw error;
  }
}

/** A key revoked while its subscription runs ends the subscription (UNAUTHENTICATED) within KEY_CHECK_MS. */
async function stillValid(ctx: Context): Promise<void> {
  const [row] = await runSql<{ valid: boolean }>(ctx.em, sql`select exists (select 1 from api_key where id = ${ctx.viewer.keyId} and revoked_at is null) as valid`);
  if (!row.valid) throw unauthenticated('The API key of this subscription has been revoked.');
}
