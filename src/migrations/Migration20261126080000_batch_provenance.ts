import { Migration } from '@mikro-orm/migrations';

const SOURCED = ['region', 'service_domain', 'park', 'enterprise', 'designation', 'university', 'training_base', 'partnership', 'cohort', 'placement', 'contract_record', 'policy', 'policy_target', 'incentive', 'exchange_rate'];

/** Every record can name the import batch that last wrote it; batches keep the rows they replaced, so they can be rolled back. */
export class Migration20261126080000_batch_provenance extends Migration {
  override async up(): Promise<void> {
    for (const table of SOURCED) {
      this.addSql(`alter table "${table}" add column "provenance_batch_id" int null;`);
      this.addSql(`alter table "${table}" add constraint "${table}_provenance_batch_id_foreign" foreign key ("provenance_batch_id") references "import_batch" ("id") on update cascade on delete set null;`);
    }
    this.addSql(`create index "enterprise_provenance_batch_id_index" on "enterprise" ("provenance_batch_id");`);
    this.addSql(`create index "contract_record_provenance_batch_id_index" on "contract_record" ("provenance_batch_id");`);
    this.addSql(`alter table "import_batch" add column "rolled_back_at" timestamptz null;`);
    this.addSql(`create table "import_change" ("batch_id" int not null references "import_batch" ("id") on delete cascade, "record_id" int not null, "before" jsonb not null, primary key ("batch_id", "record_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "import_change";`);
    this.addSql(`alter table "import_batch" drop column "rolled_back_at";`);
    for (const table of SOURCED) this.addSql(`alter table "${table}" drop column "provenance_batch_id";`);
  }
}
