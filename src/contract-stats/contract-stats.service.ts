import type { Context } from '../core/context';
import { seesEverything } from '../auth/viewer';
import { hydrate } from '../core/hydrate';
import { badInput } from '../core/errors';
import { runSql } from '../core/sql';
import { contractRecords } from '../contract-record/published-records';
import { publishedContractStats } from '../disclosure/published-stats';
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

/**
 * A contract-statistics report: for researchers one statement over the live
 * records (the grouped figures with their total, and the rates used); for
 * everyone else the published tables of the releases.
 */
export async function contractStats(ctx: Context, request: ContractStatsRequest): Promise<ContractStats> {
  const first = request.first ?? 1000;
  if (first < 1 || first > MAX_REPORT_ROWS) throw badInput('first', `must be between 1 and ${MAX_REPORT_ROWS}, got ${first}`);
  if (request.regionLevel && !request.groupBy.includes(ContractDimension.REGION)) {
    throw badInput('regionLevel', 'only applies when grouping by REGION');
  }
  // Without a researcher key, figures come from the published tables of the statistical releases only.
  if (!seesEverything(ctx.viewer)) return publishedContractStats(ctx, request, first);
  const where = await contractFilterSql(ctx, request.filter);
  const records = contractRecords(request.filter?.publishedOn);
  const q = contractStatsSql({ records, groupBy: request.groupBy, where, regionLevel: request.regionLevel ?? null, limit: first });
  const [total, ...all] = await runSql<RawRow>(ctx.em, q);
  const rates = (total?.ratesUsed ?? []).map((row) => hydrate(ctx.em, ExchangeRate, row));
  return {
    groupBy: request.groupBy,
    regionLevel: request.regionLevel ?? null,
    suppressedRowCount: 0,
    rows: all.slice(0, first).map(normalise),
    total: normalise(total),
    truncated: all.length > first,
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
const EMPTY: Omit<ContractStatsRow, 'signed' | 'executed' | 'offshoreExecuted'> = {
  year: null, quarter: null, domainId: null, category: null, regionId: null, parkId: null, direction: null, clientMarket: null,
  signedUsd: '0', executedUsd: '0', signedCny: '0', executedCny: '0', offshoreExecutedUsd: '0', offshoreExecutedCny: '0', offshoreShare: null,
  recordCount: 0, enterpriseCount: 0, executedGrowth: null,
};

function normalise(row: RawRow | undefined): ContractStatsRow {
  const { isTotal: _total, unconverted: _unconverted, previousEnterpriseCount: _previous, ratesUsed: _rates, ...figures } = row ?? {};
  return Object.assign(new ContractStatsRow(), EMPTY, figures);
}
