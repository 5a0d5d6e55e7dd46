import { Migration } from '@mikro-orm/migrations';

/** Keys for enterprises that report their own figures (重点企业数据直报). */
export class Migration20261126120000_enterprise_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "api_key" add column "enterprise_id" int null;`);
    this.addSql(`alter table "api_key" add constraint "api_key_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "api_key_enterprise_id_index" on "api_key" ("enterprise_id");`);
    this.addSql(`alter table "api_key" drop constraint "api_key_role_check";`);
    this.addSql(`alter table "api_key" add constraint "api_key_role_check" check ("role" in ('ANONYMOUS', 'RESEARCHER', 'UNIVERSITY', 'PARK_ADMIN', 'ENTERPRISE', 'ADMIN'));`);
    this.addSql(`alter table "api_key" drop constraint "api_key_scope_check";`);
    this.addSql(`alter table "api_key" add constraint "api_key_scope_check" check ((role = 'UNIVERSITY') = (university_id is not null) and (role = 'PARK_ADMIN') = (park_id is not null) and (role = 'ENTERPRISE') = (enterprise_id is not null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "api_key" where "role" = 'ENTERPRISE';`);
    this.addSql(`alter table "api_key" drop constraint "api_key_scope_check";`);
    this.addSql(`alter table "api_key" add constraint "api_key_scope_check" check ((role = 'UNIVERSITY') = (university_id is not null) and (role = 'PARK_ADMIN') = (park_id is not null));`);
    this.addSql(`alter table "api_key" drop constraint "api_key_role_check";`);
    this.addSql(`alter table "api_key" add constraint "api_key_role_check" check ("role" in ('ANONYMOUS', 'RESEARCHER', 'UNIVERSITY', 'PARK_ADMIN', 'ADMIN'));`);
    this.addSql(`alter table "api_key" drop column "enterprise_id";`);
  }
}
