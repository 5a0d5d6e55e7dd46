import { Migration } from '@mikro-orm/migrations';

/** Yearly exchange rates for converting contract values in reports. */
export class Migration20261126020000_exchange_rates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "exchange_rate" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "currency" text not null, "year" int not null, "cny_per_unit" double precision not null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null, constraint exchange_rate_currency_check check (currency ~ '^[A-Z]{3}$'), constraint exchange_rate_positive_check check (cny_per_unit > 0));`);
    this.addSql(`alter table "exchange_rate" add constraint "exchange_rate_currency_year_unique" unique ("currency", "year");`);
    // Reports group contract records by enterprise region and year.
    this.addSql(`create index "contract_record_currency_year_index" on "contract_record" ("currency", "year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "exchange_rate";`);
    this.addSql(`drop index "contract_record_currency_year_index";`);
  }
}
