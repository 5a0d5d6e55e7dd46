import { Migration } from '@mikro-orm/migrations';

/** The whole domain: generated from the entities, plus the indexes and constraints entities cannot declare. */
export class Migration20261126000000_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "region" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "division_code" text null, "name_zh" text not null, "name_en" text not null, "kind" text check ("kind" in ('PROVINCE', 'MACRO_REGION', 'CITY', 'DISTRICT', 'DEVELOPMENT_ZONE', 'NEW_AREA')) not null, "parent_id" int null, "path" text not null, "note" text null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null);`);
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);
    this.addSql(`alter table "region" add constraint "region_division_code_unique" unique ("division_code");`);
    this.addSql(`create index "region_kind_index" on "region" ("kind");`);
    this.addSql(`create index "region_parent_id_index" on "region" ("parent_id");`);

    this.addSql(`create table "policy" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text null, "title_zh" text not null, "title_en" text not null, "issuer_zh" text not null, "issuer_en" text not null, "region_id" int not null, "signed_on" date null, "published_on" date null, "measures" jsonb not null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null);`);
    this.addSql(`alter table "policy" add constraint "policy_code_unique" unique ("code");`);
    this.addSql(`create index "policy_region_id_index" on "policy" ("region_id");`);

    this.addSql(`create table "policy_target" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "policy_id" int not null, "code" text not null, "description_zh" text not null, "description_en" text not null, "metric" text check ("metric" in ('DESIGNATION_COUNT', 'CONTRACT_GROWTH_RATE', 'INTERNATIONAL_CONTRACT_GROWTH_RATE', 'INTERNATIONAL_EXECUTION_STANDING')) not null, "designation_kind" text check ("designation_kind" in ('DEMONSTRATION_PARK', 'PROVINCIAL_DEVELOPMENT_BASE', 'INDUSTRY_LEADING_ENTERPRISE', 'CITY_KEY_ENTERPRISE', 'PROVINCIAL_LEADING_ENTERPRISE', 'FEATURED_ENTERPRISE', 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE', 'PROVINCIAL_KEY_TRAINING_INSTITUTION')) null, "scope_region_id" int null, "minimum" double precision null, "maximum" double precision null, "unit" text not null, "base_year" int null, "deadline" date null, "deadline_note" text null, "position" int not null default 0, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null);`);
    this.addSql(`create index "policy_target_policy_id_index" on "policy_target" ("policy_id");`);
    this.addSql(`alter table "policy_target" add constraint "policy_target_code_unique" unique ("code");`);
    this.addSql(`create index "policy_target_metric_index" on "policy_target" ("metric");`);
    this.addSql(`create index "policy_target_scope_region_id_index" on "policy_target" ("scope_region_id");`);

    this.addSql(`create table "incentive" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "policy_id" int not null, "code" text not null, "kind" text check ("kind" in ('REDUCED_INCOME_TAX_RATE', 'STAFF_EDUCATION_DEDUCTION', 'VAT_ZERO_RATE_OR_EXEMPTION')) not null, "name_zh" text not null, "name_en" text not null, "rate" double precision null, "eligible_designation" text check ("eligible_designation" in ('DEMONSTRATION_PARK', 'PROVINCIAL_DEVELOPMENT_BASE', 'INDUSTRY_LEADING_ENTERPRISE', 'CITY_KEY_ENTERPRISE', 'PROVINCIAL_LEADING_ENTERPRISE', 'FEATURED_ENTERPRISE', 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE', 'PROVINCIAL_KEY_TRAINING_INSTITUTION')) null, "text_zh" text not null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null);`);
    this.addSql(`create index "incentive_policy_id_index" on "incentive" ("policy_id");`);
    this.addSql(`alter table "incentive" add constraint "incentive_code_unique" unique ("code");`);

    this.addSql(`create table "park" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name_zh" text not null, "name_en" text not null, "kind" text check ("kind" in ('DEMONSTRATION_PARK', 'DEVELOPMENT_BASE', 'INCUBATOR', 'SCIENCE_PARK', 'SOFTWARE_PARK', 'BIG_DATA_BASE', 'CREATIVE_INDUSTRY_PARK', 'INDUSTRIAL_PARK')) not null, "level" text check ("level" in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT')) null, "region_id" int not null, "designation_year" int null, "focus_category" text check ("focus_category" in ('ITO', 'BPO', 'KPO')) null, "status" text check ("status" in ('PLANNED', 'ACTIVE', 'CLOSED')) not null default 'ACTIVE', "note" text null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null, constraint park_designation_year_check check (designation_year between 1990 and 2100));`);
    this.addSql(`create index "park_name_zh_index" on "park" ("name_zh");`);
    this.addSql(`create index "park_name_en_index" on "park" ("name_en");`);
    this.addSql(`create index "park_kind_index" on "park" ("kind");`);
    this.addSql(`create index "park_level_index" on "park" ("level");`);
    this.addSql(`create index "park_region_id_index" on "park" ("region_id");`);
    this.addSql(`create index "park_focus_category_index" on "park" ("focus_category");`);
    this.addSql(`create index "park_designation_year_index" on "park" ("designation_year");`);

    this.addSql(`create table "enterprise" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name_zh" text not null, "name_en" text null, "credit_code" text not null, "ownership" text check ("ownership" in ('STATE', 'PRIVATE', 'FOREIGN_INVESTED', 'JOINT_VENTURE')) not null, "founded_on" date null, "headcount" int null, "listing_board" text check ("listing_board" in ('SSE_MAIN', 'SZSE_MAIN', 'STAR', 'CHINEXT', 'BSE', 'NEEQ', 'HKEX', 'OVERSEAS')) null, "client_markets" text[] not null, "region_id" int not null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null, constraint enterprise_headcount_check check (headcount >= 0), constraint enterprise_credit_code_check check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}\$'));`);
    this.addSql(`create index "enterprise_name_zh_index" on "enterprise" ("name_zh");`);
    this.addSql(`alter table "enterprise" add constraint "enterprise_credit_code_unique" unique ("credit_code");`);
    this.addSql(`create index "enterprise_ownership_index" on "enterprise" ("ownership");`);
    this.addSql(`create index "enterprise_headcount_index" on "enterprise" ("headcount");`);
    this.addSql(`create index "enterprise_region_id_index" on "enterprise" ("region_id");`);

    this.addSql(`create table "enterprise_park" ("enterprise_id" int not null, "park_id" int not null, constraint "enterprise_park_pkey" primary key ("enterprise_id", "park_id"));`);

    this.addSql(`create table "service_domain" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "number" int not null, "name_zh" text not null, "name_en" text not null, "category" text check ("category" in ('ITO', 'BPO', 'KPO')) not null, "business_types" jsonb not null, "support_scope" text check ("support_scope" in ('OFFSHORE_AND_ONSHORE_OUTSIDE_HENAN', 'ALL_OFFSHORE_AND_ONSHORE')) not null, "support_scope_zh" text not null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null, constraint service_domain_number_check check (number between 1 and 99));`);
    this.addSql(`alter table "service_domain" add constraint "service_domain_number_unique" unique ("number");`);
    this.addSql(`create index "service_domain_category_index" on "service_domain" ("category");`);

    this.addSql(`create table "park_focus_domain" ("park_id" int not null, "service_domain_id" int not null, constraint "park_focus_domain_pkey" primary key ("park_id", "service_domain_id"));`);

    this.addSql(`create table "enterprise_domain" ("enterprise_id" int not null, "service_domain_id" int not null, constraint "enterprise_domain_pkey" primary key ("enterprise_id", "service_domain_id"));`);

    this.addSql(`create table "contract_record" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "enterprise_id" int not null, "year" int not null, "quarter" smallint null, "domain_id" int not null, "direction" text check ("direction" in ('OFFSHORE', 'ONSHORE')) not null, "client_market" text not null, "signed_amount" numeric(18,2) not null, "executed_amount" numeric(18,2) not null, "currency" text not null default 'USD', "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null, constraint contract_record_currency_check check (currency ~ '^[A-Z]{3}\$'), constraint contract_record_year_check check (year between 2000 and 2100), constraint contract_record_quarter_check check (quarter between 1 and 4), constraint contract_record_amounts_check check (signed_amount >= 0 and executed_amount >= 0));`);
    this.addSql(`create index "contract_record_enterprise_id_index" on "contract_record" ("enterprise_id");`);
    this.addSql(`create index "contract_record_year_index" on "contract_record" ("year");`);
    this.addSql(`create index "contract_record_domain_id_index" on "contract_record" ("domain_id");`);
    this.addSql(`create index "contract_record_direction_index" on "contract_record" ("direction");`);
    this.addSql(`create index "contract_record_client_market_index" on "contract_record" ("client_market");`);
    this.addSql(`create index "contract_record_year_domain_idx" on "contract_record" ("year", "domain_id");`);

    this.addSql(`create table "university" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name_zh" text not null, "name_en" text null, "region_id" int not null, "offers_outsourcing_major" boolean not null default false, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null);`);
    this.addSql(`alter table "university" add constraint "university_name_zh_unique" unique ("name_zh");`);
    this.addSql(`create index "university_region_id_index" on "university" ("region_id");`);
    this.addSql(`create index "university_offers_outsourcing_major_index" on "university" ("offers_outsourcing_major");`);

    this.addSql(`create table "training_base" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name_zh" text not null, "name_en" text null, "kind" text check ("kind" in ('TALENT_CULTIVATION_BASE', 'PRACTICAL_TRAINING_BASE', 'TRAINING_INSTITUTION')) not null, "operator_kind" text check ("operator_kind" in ('UNIVERSITY', 'ENTERPRISE', 'TRAINING_ORGANISATION')) not null, "university_id" int null, "enterprise_id" int null, "operator_name" text null, "region_id" int not null, "park_id" int null, "yearly_capacity" int null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null, constraint training_base_operator_check check ((operator_kind = 'UNIVERSITY' and university_id is not null) or (operator_kind = 'ENTERPRISE' and enterprise_id is not null) or (operator_kind = 'TRAINING_ORGANISATION' and operator_name is not null)), constraint training_base_capacity_check check (yearly_capacity >= 0));`);
    this.addSql(`create index "training_base_name_zh_index" on "training_base" ("name_zh");`);
    this.addSql(`create index "training_base_kind_index" on "training_base" ("kind");`);
    this.addSql(`create index "training_base_university_id_index" on "training_base" ("university_id");`);
    this.addSql(`create index "training_base_enterprise_id_index" on "training_base" ("enterprise_id");`);
    this.addSql(`create index "training_base_region_id_index" on "training_base" ("region_id");`);
    this.addSql(`create index "training_base_park_id_index" on "training_base" ("park_id");`);

    this.addSql(`create table "training_base_domain" ("training_base_id" int not null, "service_domain_id" int not null, constraint "training_base_domain_pkey" primary key ("training_base_id", "service_domain_id"));`);

    this.addSql(`create table "designation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" text check ("kind" in ('DEMONSTRATION_PARK', 'PROVINCIAL_DEVELOPMENT_BASE', 'INDUSTRY_LEADING_ENTERPRISE', 'CITY_KEY_ENTERPRISE', 'PROVINCIAL_LEADING_ENTERPRISE', 'FEATURED_ENTERPRISE', 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE', 'PROVINCIAL_KEY_TRAINING_INSTITUTION')) not null, "park_id" int null, "enterprise_id" int null, "training_base_id" int null, "authority" text not null, "policy_id" int null, "valid_from" date not null, "valid_until" date null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null, constraint designation_validity_check check (valid_until is null or valid_until >= valid_from), constraint designation_one_holder_check check (num_nonnulls(park_id, enterprise_id, training_base_id) = 1));`);
    this.addSql(`create index "designation_park_id_index" on "designation" ("park_id");`);
    this.addSql(`create index "designation_enterprise_id_index" on "designation" ("enterprise_id");`);
    this.addSql(`create index "designation_training_base_id_index" on "designation" ("training_base_id");`);
    this.addSql(`create index "designation_policy_id_index" on "designation" ("policy_id");`);
    this.addSql(`create index "designation_kind_validity_idx" on "designation" ("kind", "valid_from", "valid_until");`);

    this.addSql(`create table "cohort" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "training_base_id" int not null, "domain_id" int not null, "year" int not null, "enrolled" int not null, "completed" int not null, "certified" int not null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null, constraint cohort_year_check check (year between 2000 and 2100), constraint cohort_counts_check check (enrolled >= 0 and completed >= 0 and certified >= 0));`);
    this.addSql(`create index "cohort_training_base_id_index" on "cohort" ("training_base_id");`);
    this.addSql(`create index "cohort_domain_id_index" on "cohort" ("domain_id");`);
    this.addSql(`create index "cohort_year_index" on "cohort" ("year");`);
    this.addSql(`alter table "cohort" add constraint "cohort_training_base_id_domain_id_year_unique" unique ("training_base_id", "domain_id", "year");`);

    this.addSql(`create table "placement" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "cohort_id" int not null, "enterprise_id" int not null, "year" int not null, "hired" int not null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null, constraint placement_year_check check (year between 2000 and 2100), constraint placement_hired_check check (hired >= 0));`);
    this.addSql(`create index "placement_cohort_id_index" on "placement" ("cohort_id");`);
    this.addSql(`create index "placement_enterprise_id_index" on "placement" ("enterprise_id");`);
    this.addSql(`create index "placement_year_index" on "placement" ("year");`);
    this.addSql(`alter table "placement" add constraint "placement_cohort_id_enterprise_id_year_unique" unique ("cohort_id", "enterprise_id", "year");`);

    this.addSql(`create table "partnership" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "university_id" int not null, "enterprise_id" int not null, "training_base_id" int null, "kind" text check ("kind" in ('JOINT_TRAINING', 'INTERNSHIP_BASE', 'ORDER_CLASS', 'CO_BUILT_LAB', 'TWO_WAY_EXCHANGE', 'JOINT_RESEARCH')) not null, "status" text check ("status" in ('PLANNED', 'ACTIVE', 'ENDED')) not null, "started_on" date not null, "ended_on" date null, "students_per_year" int null, "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null, "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null, constraint partnership_dates_check check (ended_on is null or ended_on >= started_on), constraint partnership_students_check check (students_per_year >= 0));`);
    this.addSql(`create index "partnership_university_id_index" on "partnership" ("university_id");`);
    this.addSql(`create index "partnership_enterprise_id_index" on "partnership" ("enterprise_id");`);
    this.addSql(`create index "partnership_training_base_id_index" on "partnership" ("training_base_id");`);
    this.addSql(`create index "partnership_kind_index" on "partnership" ("kind");`);
    this.addSql(`create index "partnership_status_index" on "partnership" ("status");`);
    this.addSql(`create index "partnership_started_on_index" on "partnership" ("started_on");`);

    this.addSql(`alter table "region" add constraint "region_parent_id_foreign" foreign key ("parent_id") references "region" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "policy" add constraint "policy_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "policy_target" add constraint "policy_target_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "policy_target" add constraint "policy_target_scope_region_id_foreign" foreign key ("scope_region_id") references "region" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "incentive" add constraint "incentive_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "park" add constraint "park_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "enterprise" add constraint "enterprise_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "enterprise_park" add constraint "enterprise_park_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "enterprise_park" add constraint "enterprise_park_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "park_focus_domain" add constraint "park_focus_domain_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "park_focus_domain" add constraint "park_focus_domain_service_domain_id_foreign" foreign key ("service_domain_id") references "service_domain" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "enterprise_domain" add constraint "enterprise_domain_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "enterprise_domain" add constraint "enterprise_domain_service_domain_id_foreign" foreign key ("service_domain_id") references "service_domain" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contract_record" add constraint "contract_record_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract_record" add constraint "contract_record_domain_id_foreign" foreign key ("domain_id") references "service_domain" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "university" add constraint "university_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "training_base" add constraint "training_base_university_id_foreign" foreign key ("university_id") references "university" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "training_base" add constraint "training_base_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "training_base" add constraint "training_base_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "training_base" add constraint "training_base_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "training_base_domain" add constraint "training_base_domain_training_base_id_foreign" foreign key ("training_base_id") references "training_base" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_base_domain" add constraint "training_base_domain_service_domain_id_foreign" foreign key ("service_domain_id") references "service_domain" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "designation" add constraint "designation_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "designation" add constraint "designation_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "designation" add constraint "designation_training_base_id_foreign" foreign key ("training_base_id") references "training_base" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "designation" add constraint "designation_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "cohort" add constraint "cohort_training_base_id_foreign" foreign key ("training_base_id") references "training_base" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cohort" add constraint "cohort_domain_id_foreign" foreign key ("domain_id") references "service_domain" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "placement" add constraint "placement_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "partnership" add constraint "partnership_university_id_foreign" foreign key ("university_id") references "university" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "partnership" add constraint "partnership_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "partnership" add constraint "partnership_training_base_id_foreign" foreign key ("training_base_id") references "training_base" ("id") on update cascade on delete set null;`);

    // Written by hand: what the entity decorators cannot express.
    // Reverse lookups through the join tables (a domain's parks, a park's enterprises).
    this.addSql(`create index "enterprise_park_park_id_index" on "enterprise_park" ("park_id");`);
    this.addSql(`create index "park_focus_domain_service_domain_id_index" on "park_focus_domain" ("service_domain_id");`);
    this.addSql(`create index "enterprise_domain_service_domain_id_index" on "enterprise_domain" ("service_domain_id");`);
    this.addSql(`create index "training_base_domain_service_domain_id_index" on "training_base_domain" ("service_domain_id");`);
    // Region subtrees are prefix matches on the code path.
    this.addSql(`create index "region_path_index" on "region" ("path" text_pattern_ops);`);
    // One record per enterprise, period, domain, direction and market; a whole-year record has no quarter.
    this.addSql(`create unique index "contract_record_natural_key" on "contract_record" ("enterprise_id", "year", coalesce("quarter", 0), "domain_id", "direction", "client_market");`);
    this.addSql(`create index "university_name_en_index" on "university" ("name_en");`);
    this.addSql(`create index "training_base_name_en_index" on "training_base" ("name_en");`);
    this.addSql(`create index "enterprise_name_en_index" on "enterprise" ("name_en");`);
    this.addSql(`create index "policy_signed_on_index" on "policy" ("signed_on");`);
    // Keyset pagination orders: (order column, id), the expressions exactly as pagination writes them.
    this.addSql(`create index "enterprise_headcount_order_index" on "enterprise" ((coalesce("headcount", 0)), "id");`);
    this.addSql(`create index "training_base_capacity_order_index" on "training_base" ((coalesce("yearly_capacity", 0)), "id");`);
    this.addSql(`create index "contract_record_executed_order_index" on "contract_record" (("executed_amount"::float8), "id");`);
    this.addSql(`create index "designation_valid_from_order_index" on "designation" ("valid_from", "id");`);
  }

}
