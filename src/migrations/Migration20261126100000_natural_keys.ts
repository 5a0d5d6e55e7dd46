import { Migration } from '@mikro-orm/migrations';

const SOURCED = ['park', 'designation', 'university', 'training_base', 'partnership', 'cohort', 'placement', 'exchange_rate'];

/**
 * Natural keys for the records files name by something other than an id
 * (imports match on them): a park or a training base by its Chinese name, a
 * partnership by its university, enterprise, kind and start, a designation
 * by its kind, holder and start. Every table's import batch is indexed, for
 * rollbacks and provenance.
 */
export class Migration20261126100000_natural_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unique index "park_name_zh_unique" on "park" ("name_zh");`);
    this.addSql(`drop index if exists "park_name_zh_index";`);
    this.addSql(`create unique index "training_base_name_zh_unique" on "training_base" ("name_zh");`);
    this.addSql(`drop index if exists "training_base_name_zh_index";`);
    this.addSql(`create unique index "partnership_natural_key" on "partnership" ("university_id", "enterprise_id", "kind", "started_on");`);
    this.addSql(`create unique index "designation_natural_key" on "designation" ("kind", coalesce("park_id", 0), coalesce("enterprise_id", 0), coalesce("training_base_id", 0), "valid_from");`);
    for (const table of SOURCED) this.addSql(`create index "${table}_provenance_batch_id_index" on "${table}" ("provenance_batch_id");`);
  }

  override async down(): Promise<void> {
    for (const table of SOURCED) this.addSql(`drop index "${table}_provenance_batch_id_index";`);
    this.addSql(`drop index "designation_natural_key";`);
    this.addSql(`drop index "partnership_natural_key";`);
    this.addSql(`create index "training_base_name_zh_index" on "training_base" ("name_zh");`);
    this.addSql(`drop index "training_base_name_zh_unique";`);
    this.addSql(`create index "park_name_zh_index" on "park" ("name_zh");`);
    this.addSql(`drop index "park_name_zh_unique";`);
  }
}
