/**
 * The access rules fields can carry with `@Authorized(...)`; `authChecker`
 * (auth-checker.ts) decides them. Kept free of imports so entities can use it.
 */
export enum Access {
  /** Per-enterprise figures: researchers and admins. */
  RESEARCHER = 'RESEARCHER',
  /** Figures of a university's own partnerships, bases, cohorts and placements: researchers, admins and that university. */
  OWN_UNIVERSITY = 'OWN_UNIVERSITY',
}

/** Aggregates are public only when they cover at least this many enterprises. */
export const MIN_GROUP_SIZE = 3;
