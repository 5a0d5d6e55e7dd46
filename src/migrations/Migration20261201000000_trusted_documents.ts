import { Migration } from '@mikro-orm/migrations';

/** Trusted documents (persisted operations): the registered text of each document id, shared by every server instance. */
export class Migration20261201000000_trusted_documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "trusted_document" ("id" text primary key, "body" text not null, "client" text not null, "operation_name" text null, "created_at" timestamptz not null default now());`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "trusted_document";`);
  }
}
