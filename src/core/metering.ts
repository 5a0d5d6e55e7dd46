import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Budget } from './budgets';
import type { DataBounds } from './data-bounds';
import { ErrorCode } from './errors';
import { enforceLimits, measureOperation, type OperationCost } from './limits';
import type { RateDecision, RateLimiter } from './rate-limit';

/**
 * A request's account: its budget, and the caller's window of points it is
 * charged to. Every operation (GraphQL, or a page of a CSV export) is
 * measured, held against the budget and charged before it runs.
 */
export class Meter {
  /** Points charged to this request so far. */
  spent = 0;
  /** The caller's window after the last charge. */
  window: RateDecision | null = null;

  constructor(
    readonly budget: Budget,
    private readonly bounds: () => DataBounds,
    private readonly limiter: RateLimiter,
    private readonly identity: string,
    readonly windowPoints: number,
  ) {}

  /** Charges points to the caller's window; null when the limiter is out of reach (its insurance decides otherwise). */
  async charge(points: number): Promise<RateDecision | null> {
    const decision = await this.limiter.charge(this.identity, points, this.windowPoints).catch(() => null);
    if (decision?.allowed) this.spent += points;
    if (decision) this.window = decision;
    return decision;
  }

  /** Measures an operation, refuses it over a limit or the budget, and charges it (less the point paid on admission). */
  async operation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Promise<OperationCost> {
    const cost = measureOperation(schema, document, operation, variables, this.bounds());
    enforceLimits(cost, this.budget);
    const extra = Math.max(0, cost.points - (this.spent > 0 ? 1 : 0));
    const decision = extra > 0 ? await this.charge(extra) : this.window;
    if (decision && !decision.allowed) throw rateLimited(decision, cost.points, this.budget);
    return cost;
  }

  /** What `extensions.cost` says beside the operation's own measures. */
  summary(cost: OperationCost | undefined): Record<string, unknown> {
    return { ...cost, budget: this.budget.pointsPerRequest, windowLimit: this.window?.limit ?? this.windowPoints, windowRemaining: this.window?.remaining ?? null, windowResetSeconds: this.window?.retryAfter ?? null };
  }
}

export function rateLimited(decision: RateDecision, points: number, budget: Budget): GraphQLError {
  return new GraphQLError(
    `Rate limit: this operation costs ${points} points and ${decision.remaining} of the ${decision.limit} points ${budget.label} has per window are left. ` +
      `Retry after ${decision.retryAfter} s, or ask for less (extensions.cost of a response says what it cost).`,
    {
      extensions: {
        code: ErrorCode.RATE_LIMITED, limit: decision.limit, remaining: decision.remaining, value: points, retryAfter: decision.retryAfter,
        http: { status: 429, headers: new Map([['retry-after', String(decision.retryAfter)]]) },
      },
    },
  );
}
