import { Migration } from '@mikro-orm/migrations';

/**
 * The full county-level division (seeds/divisions/): regions keep their administrative parent,
 * and macro-regions (关中, 陕南, 陕北, 中西部地区) group them by membership; a target's peer set
 * (中西部地区); zones and programmes as records (platform). The seed loads the
 * divisions and recomputes every path (`npm run seed` on an existing database).
 */
export class Migration20261208020000_divisions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "region" add column "macro_region_id" int null references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "region_macro_region_id_index" on "region" ("macro_region_id");`);
    this.addSql(`alter table "region" drop constraint "region_kind_check", add constraint "region_kind_check" check ("kind" in ('COUNTRY', 'NATIONAL_REGION', 'PROVINCE', 'MACRO_REGION', 'CITY', 'DISTRICT', 'DEVELOPMENT_ZONE', 'NEW_AREA'));`);
    this.addSql(`alter table "policy_target" add column "peer_region_id" int null references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "policy_target_peer_region_id_index" on "policy_target" ("peer_region_id");`);
    this.addSql(`create table "platform" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "name_zh" text not null, "name_en" text not null,
      "kind" text check ("kind" in ('DEMONSTRATION_CITY', 'FREE_TRADE_ZONE', 'CROSS_BORDER_ECOMMERCE_ZONE', 'INNOVATION_DEMONSTRATION_ZONE', 'CULTURAL_BONDED_PARK')) not null,
      "level" text check ("level" in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT')) null,
      "status" text check ("status" in ('PLANNED', 'UNDER_CONSTRUCTION', 'ACTIVE', 'CLOSED')) not null,
      "region_id" int not null references "region" ("id") on update cascade on delete restrict, "note" text null,
      "provenance_source" text check ("provenance_source" in ('POLICY_DOCUMENT', 'SYNTHETIC', 'IMPORT', 'SUBMISSION', 'REFERENCE_DATA')) not null,
      "provenance_document" text null, "provenance_locator" text null, "provenance_note" text null,
      constraint "platform_name_zh_unique" unique ("name_zh"));`);
    this.addSql(`create index "platform_kind_index" on "platform" ("kind");`);
    this.addSql(`create index "platform_region_id_index" on "platform" ("region_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "platform";`);
    this.addSql(`alter table "policy_target" drop column "peer_region_id";`);
    this.addSql(`alter table "region" drop column "macro_region_id";`);
    this.addSql(`alter table "region" drop constraint "region_kind_check", add constraint "region_kind_check" check ("kind" in ('COUNTRY', 'PROVINCE', 'MACRO_REGION', 'CITY', 'DISTRICT', 'DEVELOPMENT_ZONE', 'NEW_AREA'));`);
  }
}
