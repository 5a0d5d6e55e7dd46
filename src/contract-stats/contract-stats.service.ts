import type { Context } from '../core/context';
import { MIN_GROUP_SIZE } from '../auth/access-rules';
import { denied } from '../auth/auth-checker';
import { seesEverything } from '../auth/viewer';
import { hydrate } from '../core/hydrate';
import { badInput } from '../core/errors';
import { runSql } from '../core/sql';
import { contractRecords } from '../contract-record/published-records';
import { ExchangeRate } from '../exchange-rate/exchange-rate.entity';
import type { RegionKind } from '../region/region.entity';
import { contractFilterSql, contractStatsSql, MAX_REPORT_ROWS } from './contract-stats.query';
import { ContractDimension, ContractStatsRow, type ContractStats, type ContractStatsFilter } from './contract-stats.types';

export interface ContractStatsRequest {
  groupBy: ContractDimension[];
  filter?: ContractStatsFilter | null;
  regionLevel?: RegionKind | null;
  first?: number;
}

/** A contract-statistics report in one statement: the grouped figures with their total, and the rates used. */
export async function contractStats(ctx: Context, request: ContractStatsRequest): Promise<ContractStats> {
  const first = request.first ?? 1000;
  if (first < 1 || first > MAX_REPORT_ROWS) throw badInput('first', `must be between 1 and ${MAX_REPORT_ROWS}, got ${first}`);
  if (request.regionLevel && !request.groupBy.includes(ContractDimension.REGION)) {
    throw badInput('regionLevel', 'only applies when grouping by REGION');
  }
  const where = await contractFilterSql(ctx, request.filter);
  const records = contractRecords(request.filter?.publishedOn);
  const open = seesEverything(ctx.viewer);
  // Suppression is decided on every group, not on the page asked for: a total shown beside a page
  // that happens to end before a held-back group would give that group away by difference.
  const limit = open ? first : MAX_REPORT_ROWS;
  const q = contractStatsSql({ records, groupBy: request.groupBy, where, regionLevel: request.regionLevel ?? null, limit });
  const rows = await runSql<RawRow>(ctx.em, q);
  const [total, ...all] = rows;
  // Below a minimum group size an aggregate is an enterprise's own figure: researchers only.
  if (!open && (total?.enterpriseCount ?? 0) > 0 && (total?.enterpriseCount ?? 0) < MIN_GROUP_SIZE) {
    throw denied(ctx.viewer, `contract statistics of fewer than ${MIN_GROUP_SIZE} enterprises`, 'a researcher key', true);
  }
  const groups = open ? all : all.filter((g) => (g.enterpriseCount ?? 0) >= MIN_GROUP_SIZE);
  if (!open) {
    // Growth against a held-back year would give that year away.
    for (const g of groups) if (g.previousEnterpriseCount != null && g.previousEnterpriseCount < MIN_GROUP_SIZE) g.executedGrowth = null;
  }
  const rates = (total?.ratesUsed ?? []).map((row) => hydrate(ctx.em, ExchangeRate, row));
  return {
    groupBy: request.groupBy,
    regionLevel: request.regionLevel ?? null,
    suppressedRowCount: all.length - groups.length,
    rows: groups.slice(0, first).map(normalise),
    // Held back too when groups were held back, or when there were more groups than could be looked at.
    total: !open && (groups.length < all.length || all.length > limit) ? null : normalise(total),
    truncated: groups.length > first,
    rates,
    unconvertedRecordCount: total?.unconverted ?? 0,
    basis:
      'Sums of contract records in their original currency, converted with the yearly average rate of each record’s year ' +
      '(yuan per unit; see `rates`); USD figures divide the yuan value by that year’s USD rate. Growth compares a group with ' +
      'the same group in the previous year (USD executed value). ' +
      (request.filter?.publishedOn
        ? `As published on ${request.filter.publishedOn}: the records as they stood at the end of that day (China time), before later revisions.`
        : 'As revised: the latest figures, including every verified revision.'),
  };
}

type RawRow = Partial<ContractStatsRow> & { isTotal?: boolean; unconverted?: number; previousEnterpriseCount?: number | null; ratesUsed?: Array<Record<string, unknown>> };

/** The empty figures, so keys not grouped by are null and an empty report totals zero. */
const EMPTY: ContractStatsRow = {
  year: null, quarter: null, domainId: null, category: null, regionId: null, parkId: null, direction: null, clientMarket: null,
  signedUsd: 0, executedUsd: 0, signedCny: 0, executedCny: 0, offshoreExecutedUsd: 0, offshoreShare: null,
  recordCount: 0, enterpriseCount: 0, executedGrowth: null,
};

function normalise(row: RawRow | undefined): ContractStatsRow {
  const { isTotal: _total, unconverted: _unconverted, previousEnterpriseCount: _previous, ratesUsed: _rates, ...figures } = row ?? {};
  return Object.assign(new ContractStatsRow(), EMPTY, figures);
}
