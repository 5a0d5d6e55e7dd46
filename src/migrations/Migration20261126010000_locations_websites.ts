import { Migration } from '@mikro-orm/migrations';

/** Park locations (WGS 84) and websites of parks, enterprises and universities. */
export class Migration20261126010000_locations_websites extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "park" add column "latitude" double precision null, add column "longitude" double precision null, add column "website" text null;`);
    this.addSql(`alter table "park" add constraint park_location_check check((latitude is null) = (longitude is null) and latitude between -90 and 90 and longitude between -180 and 180);`);
    this.addSql(`alter table "enterprise" add column "website" text null;`);
    this.addSql(`alter table "university" add column "website" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "park" drop constraint park_location_check;`);
    this.addSql(`alter table "park" drop column "latitude", drop column "longitude", drop column "website";`);
    this.addSql(`alter table "enterprise" drop column "website";`);
    this.addSql(`alter table "university" drop column "website";`);
  }
}
