import { Migration } from '@mikro-orm/migrations';

const FIGURES = 'enterprise_id, year, quarter, domain_id, direction, client_market, signed_amount, executed_amount, currency, provenance_source, submission_id';

/**
 * Every contract record's earlier versions, so reports can answer "as
 * published" on a date: a version is valid from the write that made it to the
 * write that replaced or deleted it. Kept by triggers, so no writer (import,
 * rollback, verified submission, mutation, seed) can forget it; statement-level
 * triggers with transition tables keep it set-based for bulk writes.
 */
export class Migration20261126110000_contract_record_history extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "contract_record_version" (
      "record_id" int not null, "valid_from" timestamptz not null, "valid_to" timestamptz not null,
      "enterprise_id" int not null, "year" int not null, "quarter" smallint null, "domain_id" int not null, "direction" text not null,
      "client_market" text not null, "signed_amount" numeric(18,2) not null, "executed_amount" numeric(18,2) not null, "currency" text not null,
      "provenance_source" text not null, "submission_id" int null,
      constraint "contract_record_version_period_check" check ("valid_to" >= "valid_from"));`);
    // (from, to]: a version is the state at any instant after its write up to and including its replacement.
    this.addSql(`create index "contract_record_version_period_index" on "contract_record_version" using gist (tstzrange("valid_from", "valid_to", '(]'));`);
    this.addSql(`create index "contract_record_version_record_index" on "contract_record_version" ("record_id");`);
    this.addSql(`create index "contract_record_updated_at_index" on "contract_record" ("updated_at");`);
    // A version starts at its write, by the clock (not the transaction's start): whatever a writer puts in
    // updated_at (a rollback restores an old one), it is the time of this write.
    this.addSql(`create function contract_record_touch() returns trigger language plpgsql as $$
      begin new.updated_at := clock_timestamp(); return new; end $$;`);
    this.addSql(`create trigger contract_record_touch before update on "contract_record" for each row execute function contract_record_touch();`);
    // The replaced version ends where the new one starts, so no instant sees both.
    this.addSql(`create function contract_record_keep_updated() returns trigger language plpgsql as $$
      begin
        insert into contract_record_version (record_id, valid_from, valid_to, ${FIGURES})
          select o.id, o.updated_at, greatest(n.updated_at, o.updated_at), ${FIGURES.split(', ').map((c) => `o.${c}`).join(', ')}
          from old_rows o join new_rows n on n.id = o.id;
        return null;
      end $$;`);
    this.addSql(`create function contract_record_keep_deleted() returns trigger language plpgsql as $$
      begin
        insert into contract_record_version (record_id, valid_from, valid_to, ${FIGURES})
          select o.id, o.updated_at, greatest(clock_timestamp(), o.updated_at), ${FIGURES.split(', ').map((c) => `o.${c}`).join(', ')} from old_rows o;
        return null;
      end $$;`);
    this.addSql(`create trigger contract_record_versions_on_update after update on "contract_record" referencing old table as old_rows new table as new_rows for each statement execute function contract_record_keep_updated();`);
    this.addSql(`create trigger contract_record_versions_on_delete after delete on "contract_record" referencing old table as old_rows for each statement execute function contract_record_keep_deleted();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger contract_record_versions_on_delete on "contract_record";`);
    this.addSql(`drop trigger contract_record_versions_on_update on "contract_record";`);
    this.addSql(`drop trigger contract_record_touch on "contract_record";`);
    this.addSql(`drop function contract_record_keep_deleted();`);
    this.addSql(`drop function contract_record_keep_updated();`);
    this.addSql(`drop function contract_record_touch();`);
    this.addSql(`drop index "contract_record_updated_at_index";`);
    this.addSql(`drop table "contract_record_version";`);
  }
}
