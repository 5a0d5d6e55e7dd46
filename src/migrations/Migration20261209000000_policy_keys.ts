import { Migration } from '@mikro-orm/migrations';

/**
 * Every policy gets a stable key: the Shaanxi document and the catalogue have no 文号 (code), so `policy(code:)`
 * could not reach them. The keys of the documents known so far are filled here (the facts loader sets the same);
 * any other row falls back to `policy-<id>`, so the column can be required at once.
 */
const KEYS: Array<[column: 'code' | 'title_zh', value: string, key: string]> = [
  ['code', '郑政〔2017〕29号', 'zhengzhou-2017-29'],
  ['title_zh', '陕西省人民政府关于促进服务外包产业加快发展的实施意见', 'shaanxi-service-outsourcing-2015'],
  ['code', '国发〔2014〕67号', 'guofa-2014-67'],
  ['code', '豫政〔2016〕39号', 'yuzheng-2016-39'],
  ['code', '商服贸函〔2016〕208', 'shangfumaohan-2016-208'],
  ['code', '商务部、财政部、海关总署2016年第29号公告', 'mofcom-mof-gac-2016-29'],
  ['title_zh', '服务外包产业重点发展领域指导目录', 'mofcom-key-domains-catalogue'],
];

export class Migration20261209000000_policy_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "policy" add column "key" text;`);
    for (const [column, value, key] of KEYS) {
      this.addSql(`update "policy" set "key" = '${key}' where "${column}" = '${value}';`); // constants above, no quotes in them
    }
    this.addSql(`update "policy" set "key" = 'policy-' || "id" where "key" is null;`);
    this.addSql(`alter table "policy" alter column "key" set not null, add constraint "policy_key_unique" unique ("key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "policy" drop column "key";`);
  }
}
