import { Migration } from '@mikro-orm/migrations';

/** 数据直报: statistics submissions by parks for their enterprises, versioned, with their review. */
export class Migration20261126090000_submissions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "submission" (
      "id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "enterprise_id" int not null references "enterprise" ("id") on delete cascade,
      "year" int not null check ("year" between 2000 and 2100), "quarter" smallint null check ("quarter" between 1 and 4),
      "revision" int not null check ("revision" >= 1),
      "status" text not null check ("status" in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'REJECTED')),
      "figures" jsonb not null,
      "filed_by_key_id" int null references "api_key" ("id") on delete set null,
      "submitted_at" timestamptz null, "decided_at" timestamptz null,
      "decided_by_key_id" int null references "api_key" ("id") on delete set null,
      "rejection_reason" text null,
      "idempotency_key" text null, "payload_hash" text not null,
      "version" int not null default 1);`);
    this.addSql(`create unique index "submission_revision_unique" on "submission" ("enterprise_id", "year", coalesce("quarter", 0), "revision");`);
    this.addSql(`create unique index "submission_idempotency_unique" on "submission" ("filed_by_key_id", "idempotency_key") where "idempotency_key" is not null;`);
    this.addSql(`create index "submission_status_index" on "submission" ("status");`);
    this.addSql(`alter table "contract_record" add column "submission_id" int null references "submission" ("id") on delete set null;`);
    this.addSql(`create index "contract_record_submission_id_index" on "contract_record" ("submission_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "contract_record" drop column "submission_id";`);
    this.addSql(`drop table "submission";`);
  }
}
