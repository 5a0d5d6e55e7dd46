import { Migration } from '@mikro-orm/migrations';

/**
 * A year of an enterprise is reported whole or by quarter, never both (src/contract-record/reporting-period.ts).
 * Writes are refused from now on; what was stored before is listed by the view
 * `contract_record_period_conflict`, and reported here when the migration runs, for someone to settle by hand
 * (which of the two was meant cannot be told from the figures).
 */
export class Migration20261208000000_reporting_periods extends Migration {
  override async up(): Promise<void> {
    await this.execute(`create or replace view "contract_record_period_conflict" as
      select enterprise_id, year,
             count(*) filter (where quarter is null)::int as whole_year_records,
             count(*) filter (where quarter is not null)::int as quarter_records
      from contract_record group by enterprise_id, year
      having bool_or(quarter is null) and bool_or(quarter is not null)`);
    const conflicts = await this.execute(`select e.credit_code, c.year, c.whole_year_records, c.quarter_records
      from contract_record_period_conflict c join enterprise e on e.id = c.enterprise_id order by e.credit_code, c.year`);
    if (conflicts.length) {
      const shown = conflicts.slice(0, 20).map((c) => `${c.credit_code} ${c.year} (${c.whole_year_records} whole-year, ${c.quarter_records} quarter)`);
      console.warn(`Reporting periods: ${conflicts.length} enterprise-year(s) hold both whole-year and quarter contract records, `
        + `and are summed twice until settled: ${shown.join('; ')}${conflicts.length > shown.length ? '; …' : ''}. `
        + 'The view contract_record_period_conflict lists them all.');
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop view "contract_record_period_conflict";`);
  }
}
