import { Migration } from '@mikro-orm/migrations';

/**
 * The search index: one entry per searchable record, its names as lexemes —
 * Chinese characters and their bigrams, English words, pinyin syllables,
 * pinyin and initials from every syllable on — in a GIN-indexed tsvector.
 * Maintained by the application (pinyin needs a dictionary), see src/search.
 */
export class Migration20261126030000_search_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "search_entry" ("kind" text not null check ("kind" in ('PARK', 'ENTERPRISE', 'UNIVERSITY', 'TRAINING_BASE', 'REGION')), "record_id" int not null, "name_zh" text not null, "name_en" text null, "document" tsvector not null, constraint "search_entry_pkey" primary key ("kind", "record_id"));`);
    this.addSql(`create index "search_entry_document_index" on "search_entry" using gin ("document");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "search_entry";`);
  }
}
