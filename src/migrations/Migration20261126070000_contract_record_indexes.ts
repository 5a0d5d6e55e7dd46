import { Migration } from '@mikro-orm/migrations';

/**
 * Bulk imports maintain every index of contract_record: drop the two that
 * serve nothing another index does not (year is the prefix of (year, domain);
 * currency + year is never searched, rates are looked up on exchange_rate).
 */
export class Migration20261126070000_contract_record_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "contract_record_year_index";`);
    this.addSql(`drop index if exists "contract_record_currency_year_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "contract_record_year_index" on "contract_record" ("year");`);
    this.addSql(`create index "contract_record_currency_year_index" on "contract_record" ("currency", "year");`);
  }
}
