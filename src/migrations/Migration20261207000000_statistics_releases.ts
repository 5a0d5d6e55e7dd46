import { Migration } from '@mikro-orm/migrations';

/**
 * Statistical releases (src/disclosure): the published tables of contract
 * statistics of a year, computed once with their suppression and kept as
 * released, so the public figures of a year never change and cannot be
 * differenced over time.
 */
export class Migration20261207000000_statistics_releases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "statistics_release" (
      "id" serial primary key,
      "year" int not null unique,
      "released_on" date not null,
      "created_at" timestamptz not null default now(),
      "min_enterprises" int not null,
      "p_percent" float8 not null,
      "usd_rate" float8 not null,
      "atom_count" int not null,
      "unconverted_record_count" int not null,
      "synthetic" boolean not null default false);`);
    this.addSql(`create table "published_cell" (
      "release_id" int not null references "statistics_release" ("id") on delete cascade,
      "variant" text not null check ("variant" in ('ALL', 'REAL')),
      "table_code" text not null,
      "direction" text null,
      "category" text null,
      "domain_id" int null,
      "region_id" int null,
      "park_id" int null,
      "status" text not null check ("status" in ('PUBLISHED', 'FEW_CONTRIBUTORS', 'DOMINANT_CONTRIBUTOR', 'COMPLEMENTARY')),
      "signed_cny" float8 null,
      "executed_cny" float8 null,
      "record_count" int not null,
      "enterprise_ids" int[] not null,
      check (("status" = 'PUBLISHED') = ("executed_cny" is not null and "signed_cny" is not null)));`);
    this.addSql(`create index "published_cell_table_index" on "published_cell" ("table_code", "variant", "release_id");`);
    // Talent tables: universities' cohorts and where their graduates went, pooled by the universities' region.
    this.addSql(`create table "published_talent_cell" (
      "release_id" int not null references "statistics_release" ("id") on delete cascade,
      "table_code" text not null check ("table_code" in ('UNIVERSITY_REGION', 'UNIVERSITY_REGION×DESTINATION')),
      "region_id" int not null,
      "destination_region_id" int null,
      "status" text not null check ("status" in ('PUBLISHED', 'FEW_CONTRIBUTORS', 'DOMINANT_CONTRIBUTOR', 'COMPLEMENTARY')),
      "enrolled" int null,
      "completed" int null,
      "placed" int null,
      "university_ids" int[] not null,
      check (("status" = 'PUBLISHED') = ("placed" is not null)));`);
    this.addSql(`create index "published_talent_cell_region_index" on "published_talent_cell" ("region_id", "table_code", "release_id");`);
    // Each university's own figures as released, so its peers' are the region's cell less exactly what it put in.
    this.addSql(`create table "released_university" (
      "release_id" int not null references "statistics_release" ("id") on delete cascade,
      "university_id" int not null,
      "enrolled" int not null,
      "completed" int not null,
      "placed" int not null,
      "destinations" jsonb not null,
      primary key ("release_id", "university_id"));`);
    this.addSql(`create index "published_cell_park_index" on "published_cell" ("park_id", "table_code") where "park_id" is not null;`);
    this.addSql(`create index "published_cell_region_index" on "published_cell" ("region_id", "table_code") where "region_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "released_university";`);
    this.addSql(`drop table "published_talent_cell";`);
    this.addSql(`drop table "published_cell";`);
    this.addSql(`drop table "statistics_release";`);
  }
}
