import { Migration } from '@mikro-orm/migrations';

const DESIGNATION_KINDS = ['DEMONSTRATION_PARK', 'PROVINCIAL_DEVELOPMENT_BASE', 'INDUSTRY_LEADING_ENTERPRISE', 'CITY_KEY_ENTERPRISE', 'PROVINCIAL_LEADING_ENTERPRISE',
  'FEATURED_ENTERPRISE', 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE', 'PROVINCIAL_KEY_TRAINING_INSTITUTION'];
const INSTRUMENTS = ['GOALS', 'INDUSTRY_GUIDANCE', 'LAYOUT', 'ENTERPRISES', 'MARKETS', 'PARKS', 'TALENT', 'INNOVATION', 'ASSOCIATIONS', 'STATISTICS',
  'FISCAL', 'TAX', 'FINANCIAL', 'FACILITATION', 'PLANNING', 'ORGANISATION', 'BUSINESS_ENVIRONMENT'];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The documents whole and right (issue 11): measures as records of their own with the documents
 * they cite; incentives say what the document undertakes; Zhengzhou's 专精特新 SMEs apart from
 * Shaanxi's featured enterprises; a country root for national documents; parks under construction.
 */
export class Migration20261208010000_policy_measures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "policy_measure" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "policy_id" int not null references "policy" ("id") on update cascade on delete cascade, "section" text not null, "position" int not null,
      "heading_zh" text not null, "quote_zh" text null, "summary_en" text not null, "instrument" text check ("instrument" in (${list(INSTRUMENTS)})) not null,
      "responsible_bodies" jsonb not null, "schedule_zh" text null, "schedule_en" text null, "funding_sources" jsonb not null,
      "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null,
      "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null,
      constraint "policy_measure_section_unique" unique ("policy_id", "section"));`);
    this.addSql(`create index "policy_measure_position_index" on "policy_measure" ("position");`);
    this.addSql(`create table "policy_citation" ("policy_id" int not null references "policy" ("id") on update cascade on delete cascade,
      "cited_id" int not null references "policy" ("id") on update cascade on delete cascade, "section" text not null,
      constraint "policy_citation_pkey" primary key ("policy_id", "cited_id", "section"));`);
    this.addSql(`create index "policy_citation_cited_id_index" on "policy_citation" ("cited_id");`);
    // The measures were a JSON list on the policy; the seed writes them as records (npm run seed).
    this.addSql(`alter table "policy" drop column "measures";`);

    this.addSql(`alter table "incentive" add column "commitment" text check ("commitment" in ('APPLY', 'WIDEN_SCOPE')) not null default 'APPLY', add column "commitment_zh" text not null default '';`);
    this.addSql(`alter table "incentive" alter column "commitment" drop default, alter column "commitment_zh" drop default;`);

    const kinds = list([...DESIGNATION_KINDS, 'SPECIALISED_SME']);
    this.addSql(`alter table "designation" drop constraint "designation_kind_check", add constraint "designation_kind_check" check ("kind" in (${kinds}));`);
    this.addSql(`alter table "policy_target" drop constraint "policy_target_designation_kind_check", add constraint "policy_target_designation_kind_check" check ("designation_kind" in (${kinds}));`);
    this.addSql(`alter table "incentive" drop constraint "incentive_eligible_designation_check", add constraint "incentive_eligible_designation_check" check ("eligible_designation" in (${kinds}));`);
    this.addSql(`alter table "region" drop constraint "region_kind_check", add constraint "region_kind_check" check ("kind" in ('COUNTRY', 'PROVINCE', 'MACRO_REGION', 'CITY', 'DISTRICT', 'DEVELOPMENT_ZONE', 'NEW_AREA'));`);
    this.addSql(`alter table "park" drop constraint "park_status_check", add constraint "park_status_check" check ("status" in ('PLANNED', 'UNDER_CONSTRUCTION', 'ACTIVE', 'CLOSED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "park" drop constraint "park_status_check", add constraint "park_status_check" check ("status" in ('PLANNED', 'ACTIVE', 'CLOSED'));`);
    this.addSql(`alter table "region" drop constraint "region_kind_check", add constraint "region_kind_check" check ("kind" in ('PROVINCE', 'MACRO_REGION', 'CITY', 'DISTRICT', 'DEVELOPMENT_ZONE', 'NEW_AREA'));`);
    const kinds = list(DESIGNATION_KINDS);
    this.addSql(`alter table "incentive" drop constraint "incentive_eligible_designation_check", add constraint "incentive_eligible_designation_check" check ("eligible_designation" in (${kinds}));`);
    this.addSql(`alter table "policy_target" drop constraint "policy_target_designation_kind_check", add constraint "policy_target_designation_kind_check" check ("designation_kind" in (${kinds}));`);
    this.addSql(`alter table "designation" drop constraint "designation_kind_check", add constraint "designation_kind_check" check ("kind" in (${kinds}));`);
    this.addSql(`alter table "incentive" drop column "commitment", drop column "commitment_zh";`);
    this.addSql(`alter table "policy" add column "measures" jsonb not null default '[]';`);
    this.addSql(`drop table "policy_citation";`);
    this.addSql(`drop table "policy_measure";`);
  }
}
