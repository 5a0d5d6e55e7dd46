import { Migration } from '@mikro-orm/migrations';

/** Optimistic concurrency (a version per editable record) and the audit log of every change. */
export class Migration20261126050000_versions_audit extends Migration {
  override async up(): Promise<void> {
    for (const table of ['park', 'enterprise', 'designation', 'training_base', 'partnership', 'cohort', 'placement', 'contract_record']) {
      this.addSql(`alter table "${table}" add column "version" int not null default 1;`);
    }
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null default now(), "key_id" int null, "role" text not null, "action" text check ("action" in ('CREATE', 'UPDATE', 'DELETE')) not null, "entity_type" text not null, "record_id" int not null, "before" jsonb null, "after" jsonb null, "request_id" text not null);`);
    this.addSql(`create index "audit_entry_record_index" on "audit_entry" ("entity_type", "record_id", "id");`);
    this.addSql(`create index "audit_entry_key_index" on "audit_entry" ("key_id", "id");`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_key_id_foreign" foreign key ("key_id") references "api_key" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "audit_entry";`);
    for (const table of ['park', 'enterprise', 'designation', 'training_base', 'partnership', 'cohort', 'placement', 'contract_record']) {
      this.addSql(`alter table "${table}" drop column "version";`);
    }
  }
}
