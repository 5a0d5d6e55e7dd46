import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../core/errors';
import { runSql, sql } from '../core/sql';

/**
 * A reporting period is whole-year or by quarter, never both: an enterprise's year holds either
 * whole-year contract records or quarter records. Both together would be summed twice by every
 * total, report and growth target. Import, the record mutations and submissions all refuse it;
 * the view `contract_record_period_conflict` lists what was stored before the rule, and its
 * migration reports it.
 */

/** The namespace of the per-enterprise advisory locks the period check takes (any 32-bit number no other lock uses). */
const PERIOD_LOCKS = 0x50455244;

const kindOf = (quarter: number | null | undefined) => (quarter == null ? 'whole-year' : 'quarter');

/**
 * Refuses a write that left an enterprise's year with both kinds of records. Run in the write's
 * transaction after it: the lock makes writes to one enterprise check one after another, and each
 * check reads what the one before committed.
 */
export function onePeriodKind(enterpriseId: number, year: number, quarter: number | null | undefined, argument: string) {
  return async (tx: EntityManager): Promise<void> => {
    await runSql(tx, sql`select pg_advisory_xact_lock(${PERIOD_LOCKS}, ${enterpriseId})`);
    await checkPeriodKind(tx, enterpriseId, year, quarter, argument);
  };
}

/** Refuses a write of `quarter` (null: the whole year) where the enterprise's year has records of the other kind; asked before a write too (a filing), so a draft that could never be verified is refused at once. */
export async function checkPeriodKind(em: EntityManager, enterpriseId: number, year: number, quarter: number | null | undefined, argument: string): Promise<void> {
  const [other] = await runSql<{ n: number }>(em, sql`select count(*)::int as n from contract_record
    where enterprise_id = ${enterpriseId} and year = ${year} and (quarter is null) = ${quarter != null}`);
  if (other.n > 0) throw periodConflict(argument, year, quarter, other.n);
}

function periodConflict(argument: string, year: number, quarter: number | null | undefined, stored: number) {
  const other = kindOf(quarter == null ? 1 : null);
  return badInput(argument, `${year} of this enterprise already has ${stored} ${other} record${stored === 1 ? '' : 's'}; `
    + `a year is reported whole or by quarter, never both (withdraw the ${other} records first to report it ${quarter == null ? 'whole' : 'by quarter'})`);
}

/**
 * The import's form of the rule, over the staged rows (`import_stage`) and the stored ones: one
 * error per enterprise-year that would hold both, at its first staged line. One pass over the
 * stage grouped by enterprise and year, and the stored rows of those years only.
 */
export const IMPORT_PERIOD_CONFLICTS = `
  with staged as (
    select enterprise_id, year, min(line) as line,
           count(*) filter (where quarter is null)::int as whole, count(*) filter (where quarter is not null)::int as quarters
    from import_stage group by enterprise_id, year
  ), stored as (
    select c.enterprise_id, c.year,
           count(*) filter (where c.quarter is null)::int as whole, count(*) filter (where c.quarter is not null)::int as quarters
    from contract_record c join staged s using (enterprise_id, year) group by c.enterprise_id, c.year
  )
  select s.line, s.year, s.whole, s.quarters, coalesce(t.whole, 0) as stored_whole, coalesce(t.quarters, 0) as stored_quarters
  from staged s left join stored t using (enterprise_id, year)
  where (s.whole > 0 or coalesce(t.whole, 0) > 0) and (s.quarters > 0 or coalesce(t.quarters, 0) > 0)
  order by s.line limit 1000`;

export interface StagedPeriodConflict {
  line: number;
  year: number;
  whole: number;
  quarters: number;
  stored_whole: number;
  stored_quarters: number;
}

/** The reason an import reports for an enterprise-year that would hold both kinds. */
export function stagedConflictReason(c: StagedPeriodConflict): string {
  const part = (file: number, stored: number, kind: string) =>
    [file ? `${file} ${kind} row${file === 1 ? '' : 's'} in this file` : '', stored ? `${stored} stored ${kind} record${stored === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ');
  return `this enterprise's ${c.year} would have ${part(c.whole, c.stored_whole, 'whole-year')} and ${part(c.quarters, c.stored_quarters, 'quarter')}; `
    + 'a year is reported whole or by quarter, never both';
}
