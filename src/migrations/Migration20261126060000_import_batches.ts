import { Migration } from '@mikro-orm/migrations';

/** Import batches: which file (name, checksum) brought which records in, and how many. */
export class Migration20261126060000_import_batches extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "import_batch" ("id" serial primary key, "entity" text not null, "file_name" text not null, "checksum" text not null, "format" text not null, "encoding" text not null, "row_count" int not null, "inserted" int not null, "updated" int not null, "unchanged" int not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "import_batch_checksum_index" on "import_batch" ("checksum");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "import_batch";`);
  }
}
