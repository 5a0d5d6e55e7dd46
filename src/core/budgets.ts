import { Role } from '../auth/viewer';
import { settings } from './config';

/**
 * What one caller may spend, by role: cost points per request (limits.ts
 * computes an operation's points before it runs), points per rate-limit
 * window, how long one SQL statement may run and how large a response may
 * be. Anonymous callers get the least: one of them must not be able to
 * stall the server for everyone else.
 */
export interface Budget {
  /** Who this budget is for, as a refusal names it. */
  label: string;
  pointsPerRequest: number;
  pointsPerWindow: number;
  statementTimeoutMs: number;
  /** PostgreSQL's work_mem for its statements: sorts and hashes of reports stay in memory up to this. */
  workMem: string;
  /** PostgreSQL's parallel workers per statement (0: one core per statement, so a report cannot take every core). */
  parallelWorkers: number;
  maxResponseBytes: number;
  /** Heavy operations (reports, large pages) of this role class running at once on one server, and how long one may wait to start. */
  heavySlots: number;
  heavyWaitMs: number;
}

export const RATE_WINDOW_SECONDS = settings.rateLimitWindow;

/** Budgets by role class; `RATE_LIMIT_ANONYMOUS` / `RATE_LIMIT_KEY` set the points per window (the README lists them). */
export const BUDGETS = {
  anonymous: {
    label: 'a caller without a key',
    pointsPerRequest: 4_000,
    pointsPerWindow: settings.rateLimitAnonymous ?? 50_000,
    statementTimeoutMs: 2_000,
    workMem: '8MB',
    parallelWorkers: 0,
    maxResponseBytes: 2_000_000,
    heavySlots: 1,
    heavyWaitMs: 500,
  },
  partner: {
    label: 'a university, park_admin or enterprise key',
    pointsPerRequest: 25_000,
    pointsPerWindow: settings.rateLimitKey ?? 200_000,
    statementTimeoutMs: 5_000,
    workMem: '16MB',
    parallelWorkers: 0,
    maxResponseBytes: 8_000_000,
    heavySlots: 2,
    heavyWaitMs: 5_000,
  },
  researcher: {
    label: 'a researcher key',
    pointsPerRequest: 100_000,
    pointsPerWindow: settings.rateLimitKey ?? 1_000_000,
    statementTimeoutMs: 15_000,
    workMem: '32MB',
    parallelWorkers: 2,
    maxResponseBytes: 32_000_000,
    heavySlots: 4,
    heavyWaitMs: 15_000,
  },
  admin: {
    label: 'an admin key',
    pointsPerRequest: 200_000,
    pointsPerWindow: settings.rateLimitKey ?? 2_000_000,
    statementTimeoutMs: 30_000,
    workMem: '32MB',
    parallelWorkers: 2,
    maxResponseBytes: 64_000_000,
    heavySlots: 4,
    heavyWaitMs: 30_000,
  },
} satisfies Record<string, Budget>;

export type BudgetClass = keyof typeof BUDGETS;

export function budgetClassOf(role: Role): BudgetClass {
  switch (role) {
    case Role.ANONYMOUS:
      return 'anonymous';
    case Role.RESEARCHER:
      return 'researcher';
    case Role.ADMIN:
      return 'admin';
    default:
      return 'partner';
  }
}

export type BudgetOverrides = Partial<Record<BudgetClass, Partial<Budget>>>;

export function budgetOf(role: Role, overrides: BudgetOverrides = {}): Budget {
  const budgetClass = budgetClassOf(role);
  return { ...BUDGETS[budgetClass], ...overrides[budgetClass] };
}
