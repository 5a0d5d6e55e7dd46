import { Migration } from '@mikro-orm/migrations';

/** API keys: role, optional university or park scope, hash of the secret, usage and revocation times. */
export class Migration20261126040000_api_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" serial primary key, "prefix" text not null, "secret_hash" text not null, "role" text check ("role" in ('ANONYMOUS', 'RESEARCHER', 'UNIVERSITY', 'PARK_ADMIN', 'ADMIN')) not null, "university_id" int null, "park_id" int null, "label" text not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint api_key_scope_check check ((role = 'UNIVERSITY') = (university_id is not null) and (role = 'PARK_ADMIN') = (park_id is not null)));`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);
    this.addSql(`create index "api_key_university_id_index" on "api_key" ("university_id");`);
    this.addSql(`create index "api_key_park_id_index" on "api_key" ("park_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_university_id_foreign" foreign key ("university_id") references "university" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "api_key";`);
  }
}
