import type { ImportField, Parsed } from './fields';
import type { Lookups } from './lookups';

/**
 * How one entity is imported and exported: its table, its natural key (the
 * upsert matches on it) and its fields. Each feature declares its own in
 * `<feature>.import.ts`; `importers.ts` lists them.
 */
export interface EntityImport {
  /** The name on the command line, e.g. `contract-records`. */
  entity: string;
  table: string;
  /**
   * The natural key as SQL over a row `$`, the expressions of the table's
   * unique index (so rows are matched by hash join or that index).
   */
  key: string[];
  fields: ImportField[];
  /** Columns computed from several cells (a placement's cohort from base, domain and year). */
  derived?: DerivedColumn[];
  /** Rules across the cells of one row: [field column, reason] for each one broken. */
  check?(values: Record<string, unknown>): Array<[string, string]>;
  /** Rules across rows, of the file and of the table: checked on the staged rows before anything is written. */
  conflicts?: RowsRule;
  /** ORDER BY of the export, SQL over the row `t`. */
  exportOrder: string;
}

export interface RowsRule {
  /** SQL over `import_stage` (and the table): one row per conflict, with the `line` to report it at. */
  query: string;
  /** The field column an error is reported against. */
  column: string;
  value(row: Record<string, unknown>): string;
  reason(row: Record<string, unknown>): string;
}

export interface DerivedColumn {
  column: string;
  sqlType: string;
  /** The field an error is reported against. */
  blame: string;
  compute(values: Record<string, unknown>, lookups: Lookups): Parsed;
}

/** Fields read from the file that are not columns of the table (they feed a derived column). */
export const isStored = (field: ImportField) => !field.virtual;
