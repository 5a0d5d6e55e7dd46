import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Context } from '../core/context';
import { intArray, runSql, sql } from '../core/sql';
import type { Submission } from './submission.entity';

export enum CheckSeverity {
  NOTICE = 'NOTICE',
  WARNING = 'WARNING',
}
registerEnumType(CheckSeverity, {
  name: 'CheckSeverity',
  description: 'How much a plausibility check should worry whoever verifies the submission.',
  valuesConfig: {
    NOTICE: { description: 'Worth a look; often explained (a contract signed in an earlier period, a correction).' },
    WARNING: { description: 'Unusual enough to ask the enterprise before verifying.' },
  },
});

@ObjectType({ description: 'A plausibility check of a submission, for whoever verifies it: computed, never typed in.' })
export class SubmissionCheck {
  @Field({
    description: 'EXECUTED_ABOVE_SIGNED, LARGE_CHANGE_FROM_LAST_YEAR (×2 or ÷2, a drop to zero included), CURRENCY_CHANGED, MISSING_SINCE_LAST_YEAR, REVISES_PUBLISHED, DROPS_PUBLISHED, SAME_AS_PUBLISHED.',
  })
  code!: string;

  @Field(() => CheckSeverity, { description: 'Notice or warning.' }) severity!: CheckSeverity;
  @Field(() => Int, { nullable: true, description: 'Index of the figure it concerns in `figures`, if one.' }) figure!: number | null;
  @Field({ description: 'What was found, in English, with the figures compared.' }) message!: string;
}

interface Figure {
  quarter?: number | null;
  domainNumber: number;
  direction: string;
  clientMarket: string;
  signedAmount?: number;
  executedAmount: number;
  currency: string;
}

/** A year-on-year change beyond this factor (either way) is a warning. */
const LARGE_CHANGE = 2;

/** The checks of a submission; those of every submission of a request come from one statement. */
export async function submissionChecks(ctx: Context, submission: Submission): Promise<SubmissionCheck[]> {
  const context = await ctx.loaders
    .get('submissionChecks', async (ids: readonly number[]) => {
      const rows = await runSql<{ id: number; last_year: Figure[]; published: { revision: number; figures: Figure[] } | null }>(ctx.em, sql`
        select s.id,
          (select coalesce(jsonb_agg(jsonb_build_object('quarter', c.quarter, 'domainNumber', d.number, 'direction', c.direction, 'clientMarket', c.client_market,
              'executedAmount', c.executed_amount, 'currency', c.currency)), '[]')
           from contract_record c join service_domain d on d.id = c.domain_id
           where c.enterprise_id = s.enterprise_id and c.year = s.year - 1) as last_year,
          (select jsonb_build_object('revision', p.revision, 'figures', p.figures) from submission p
           where p.enterprise_id = s.enterprise_id and p.year = s.year and coalesce(p.quarter, 0) = coalesce(s.quarter, 0)
             and p.revision < s.revision and p.status = 'VERIFIED'
           order by p.revision desc limit 1) as published
        from submission s where s.id = any(${intArray(ids)}::int[])`);
      return ids.map((id) => rows.find((r) => r.id === id) ?? { id, last_year: [], published: null });
    })
    .load(submission.id);
  return checksOf(submission, comparable(submission, context.last_year), context.published);
}

/**
 * Last year's figures for the same period: the same quarter; for a year, the
 * annual figures, or else the sum of the quarters (per figure and currency).
 */
function comparable(submission: Submission, lastYear: Figure[]): Figure[] {
  if (submission.quarter != null) return lastYear.filter((f) => f.quarter === submission.quarter);
  const annual = lastYear.filter((f) => f.quarter == null);
  if (annual.length) return annual;
  const sums = new Map<string, Figure>();
  for (const f of lastYear) {
    const key = `${keyOf(f)}|${f.currency}`;
    const sum = sums.get(key);
    if (sum) sum.executedAmount = Number(sum.executedAmount) + Number(f.executedAmount);
    else sums.set(key, { ...f, quarter: null, executedAmount: Number(f.executedAmount) });
  }
  return [...sums.values()];
}

const keyOf = (f: Figure) => `${f.domainNumber}|${f.direction}|${f.clientMarket}`;
const describe = (f: Figure) => `domain ${f.domainNumber} ${f.direction} ${f.clientMarket}`;
const money = (value: number, currency: string) => `${Number(value).toLocaleString('en-US')} ${currency}`;

function checksOf(submission: Submission, lastYear: Figure[], published: { revision: number; figures: Figure[] } | null): SubmissionCheck[] {
  const figures = submission.figures as Figure[];
  const checks: SubmissionCheck[] = [];
  const check = (code: string, severity: CheckSeverity, figure: number | null, message: string) => checks.push({ code, severity, figure, message });
  const period = submission.quarter ? `Q${submission.quarter} ${submission.year - 1}` : `${submission.year - 1}`;
  const before = new Map<string, Figure[]>();
  for (const f of lastYear) before.set(keyOf(f), [...(before.get(keyOf(f)) ?? []), f]);
  figures.forEach((f, i) => {
    if (f.signedAmount != null && f.executedAmount > f.signedAmount) {
      check('EXECUTED_ABOVE_SIGNED', CheckSeverity.NOTICE, i, `${describe(f)}: executed ${money(f.executedAmount, f.currency)} is more than signed ${money(f.signedAmount, f.currency)} (possible for contracts signed in earlier periods).`);
    }
    const earlier = before.get(keyOf(f)) ?? [];
    if (earlier.length && earlier.every((e) => e.currency !== f.currency)) {
      check('CURRENCY_CHANGED', CheckSeverity.NOTICE, i, `${describe(f)}: reported in ${f.currency}; in ${period} in ${[...new Set(earlier.map((e) => e.currency))].join(', ')}, so not compared.`);
    }
    const previous = Number(earlier.find((e) => e.currency === f.currency)?.executedAmount ?? 0);
    if (previous > 0) {
      const ratio = f.executedAmount / previous;
      if (ratio >= LARGE_CHANGE || ratio <= 1 / LARGE_CHANGE) {
        check('LARGE_CHANGE_FROM_LAST_YEAR', CheckSeverity.WARNING, i,
          `${describe(f)}: executed ${money(f.executedAmount, f.currency)} against ${money(previous, f.currency)} in ${period} (${ratio >= 1 ? '+' : ''}${Math.round((ratio - 1) * 100)}%).`);
      }
    }
  });
  const now = new Set(figures.map(keyOf));
  for (const f of lastYear) {
    if (!now.has(keyOf(f)) && Number(f.executedAmount) > 0) {
      check('MISSING_SINCE_LAST_YEAR', CheckSeverity.NOTICE, null, `${describe(f)} was reported for ${period} (executed ${money(Number(f.executedAmount), f.currency)}) and is not in this submission.`);
    }
  }
  if (published) {
    const old = new Map(published.figures.map((f) => [keyOf(f), f]));
    let changed = false;
    figures.forEach((f, i) => {
      const was = old.get(keyOf(f));
      const revised = was
        ? (['signedAmount', 'executedAmount'] as const).filter((k) => Number(was[k]) !== Number(f[k]) || was.currency !== f.currency)
        : [];
      if (!was || revised.length) {
        changed = true;
        const what = revised.map((k) => `${k === 'signedAmount' ? 'signed' : 'executed'} ${money(Number(was![k]), was!.currency)} to ${money(Number(f[k]), f.currency)}`);
        check('REVISES_PUBLISHED', CheckSeverity.NOTICE, i, was
          ? `${describe(f)}: revises revision ${published.revision}'s ${what.join(' and ')}.`
          : `${describe(f)}: not in revision ${published.revision}.`);
      }
    });
    for (const f of published.figures) {
      if (!now.has(keyOf(f))) {
        changed = true;
        check('DROPS_PUBLISHED', CheckSeverity.NOTICE, null, `${describe(f)} of revision ${published.revision} (executed ${money(Number(f.executedAmount), f.currency)}) is not in this revision.`);
      }
    }
    if (!changed) check('SAME_AS_PUBLISHED', CheckSeverity.NOTICE, null, `The figures are those of revision ${published.revision}, already verified.`);
  }
  return checks;
}
