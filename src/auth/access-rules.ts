/**
 * The access rules fields can carry with `@Authorized(...)`; `authChecker`
 * (auth-checker.ts) decides them. Kept free of imports so entities can use it.
 */
export enum Access {
  /** Per-enterprise figures: researchers and admins. */
  RESEARCHER = 'RESEARCHER',
  /** Figures of a university's own partnerships, bases, cohorts and placements: researchers, admins and that university. */
  OWN_UNIVERSITY = 'OWN_UNIVERSITY',
  /** Figures of the enterprises of a park: also that park's administrator, who reports them. */
  OWN_PARK = 'OWN_PARK',
  /** Mutations: admins, and park administrators within their park (checked by the mutation). */
  WRITER = 'WRITER',
  /**
   * A statistics submission (数据直报) and the mutations that file one: admins, the
   * administrators of the enterprise's parks, and the enterprise itself — not researchers:
   * drafts and rejected revisions are not published figures.
   */
  REPORTER = 'REPORTER',
}

/** Aggregates are public only when they cover at least this many enterprises. */
export const MIN_GROUP_SIZE = 3;
