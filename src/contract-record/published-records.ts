import { raw, sql, type Sql } from '../core/sql';

const COLUMNS = 'enterprise_id, year, quarter, domain_id, direction, client_market, signed_amount, executed_amount, currency, provenance_source, submission_id';

/**
 * The contract records a report reads, as a relation to put after `from`:
 * as revised (the latest figures: every correction, re-import and newly
 * verified revision; the default), or as published on a date — the records as
 * they stood at the end of that day, China time, before later revisions, the
 * way a statistics office's earlier release stays readable after it revises.
 * Earlier versions come from `contract_record_version`, which triggers keep.
 */
export function contractRecords(publishedOn: string | null | undefined): Sql {
  if (!publishedOn) return raw('contract_record');
  const end = sql`((${publishedOn}::date + 1)::timestamp at time zone 'Asia/Shanghai')`;
  return sql`(select id, ${raw(COLUMNS)} from contract_record where updated_at < ${end}
    union all
    select record_id, ${raw(COLUMNS)} from contract_record_version where tstzrange(valid_from, valid_to, '(]') @> ${end})`;
}
