import { Migration } from '@mikro-orm/migrations';

/** Catalog rows 22–24 have no 支持业务类型 cell in the annex: their support scope is unstated (null), not read into one. */
export class Migration20261208030000_unstated_support_scope extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "service_domain" alter column "support_scope" drop not null, alter column "support_scope_zh" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "service_domain" set "support_scope" = 'ALL_OFFSHORE_AND_ONSHORE', "support_scope_zh" = '支持离岸与在岸所有业务' where "support_scope" is null;`);
    this.addSql(`alter table "service_domain" alter column "support_scope" set not null, alter column "support_scope_zh" set not null;`);
  }
}
