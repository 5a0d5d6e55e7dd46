import { Migration } from '@mikro-orm/migrations';

/**
 * The tables whose rows the change feed follows: GraphQL type, whether the table keeps an edit
 * `version`, and the column a reader's scope is decided on when the rule needs one (a contract
 * record's figures are its enterprise's: the event keeps the enterprise, so a deletion stays decidable).
 */
export const FED_TABLES: ReadonlyArray<{ table: string; type: string; version: boolean; enterprise?: boolean }> = [
  { table: 'park', type: 'Park', version: true },
  { table: 'enterprise', type: 'Enterprise', version: true },
  { table: 'designation', type: 'Designation', version: true },
  { table: 'university', type: 'University', version: false },
  { table: 'training_base', type: 'TrainingBase', version: true },
  { table: 'partnership', type: 'Partnership', version: true },
  { table: 'cohort', type: 'Cohort', version: true },
  { table: 'placement', type: 'Placement', version: true },
  { table: 'contract_record', type: 'ContractRecord', version: true, enterprise: true },
  { table: 'exchange_rate', type: 'ExchangeRate', version: false },
];

const OPERATIONS = [['insert', 'INSERT'], ['update', 'UPDATE'], ['delete', 'DELETE']] as const;

/**
 * The change feed (`changes(after:)`): one row per record a statement created, changed or
 * deleted, written by statement-level triggers with transition tables (one set-based insert
 * per statement, whatever its size; no writer can forget it). Events are keyed by the writing
 * transaction's id and a sequence within it, so readers return only transactions below their
 * snapshot's xmin, all of which have ended: no event can appear later before a cursor already
 * handed out, on the primary or on a standby. Each statement that records events notifies
 * `og_change` (empty payload; one per transaction) for listeners. `og.change_source` names
 * the writer (set per transaction by the API, imports, verification, rollbacks; `sql`
 * otherwise); `og.feed = 'off'` turns the triggers off, for bulk seeding of synthetic data.
 * `change_feed_horizon` keeps the position below which events were pruned.
 */
export class Migration20261215000000_change_feed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "change_event" (
      "txid" xid8 not null default pg_current_xact_id(),
      "id" bigint generated always as identity,
      "record_type" text not null,
      "record_id" integer not null,
      "operation" text not null check ("operation" in ('CREATE', 'UPDATE', 'DELETE')),
      "version" integer null,
      "changed_at" timestamptz not null default now(),
      "source" text not null default coalesce(nullif(current_setting('og.change_source', true), ''), 'sql'),
      "enterprise_id" integer null,
      constraint "change_event_pkey" primary key ("txid", "id"));`);
    // For pruning by age: events arrive in time order, so a BRIN index (a few pages, next to nothing per insert) finds the old ones.
    this.addSql(`create index "change_event_changed_at_index" on "change_event" using brin ("changed_at") with (autosummarize = on);`);
    this.addSql(`create table "change_feed_horizon" (
      "singleton" boolean primary key default true check ("singleton"),
      "txid" xid8 not null, "id" bigint not null, "pruned_at" timestamptz not null default now());`);
    // TG_ARGV: the GraphQL type, the version column ('' if none), the enterprise column ('' if none), given by this
    // migration. One dynamic statement per triggering statement (planned once for all its rows), never one per row.
    this.addSql(`create function change_event_record() returns trigger language plpgsql as $$
      declare
        row_name text := case TG_OP when 'DELETE' then 'o' else 'n' end;
        version_of text := case when TG_OP = 'DELETE' or TG_ARGV[1] = '' then 'null::int' else row_name || '.' || quote_ident(TG_ARGV[1]) end;
        enterprise_of text := case when TG_ARGV[2] = '' then 'null::int' else row_name || '.' || quote_ident(TG_ARGV[2]) end;
        -- An update that writes a row back as it was (every column the same) is no change.
        changed_rows text := case TG_OP when 'INSERT' then 'new_rows n' when 'UPDATE' then 'new_rows n join old_rows o on o.id = n.id where o is distinct from n' else 'old_rows o' end;
        operation text := case TG_OP when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end;
        written bigint;
      begin
        if current_setting('og.feed', true) = 'off' then return null; end if;
        execute 'insert into change_event (record_type, record_id, operation, version, enterprise_id) select $1, ' || row_name || '.id, $2, '
          || version_of || ', ' || enterprise_of || ' from ' || changed_rows using TG_ARGV[0], operation;
        get diagnostics written = row_count;
        if written > 0 then perform pg_notify('og_change', ''); end if;
        return null;
      end $$;`);
    for (const { table, type, version, enterprise } of FED_TABLES) {
      for (const [name, event] of OPERATIONS) {
        const transition = event === 'INSERT' ? 'new table as new_rows' : event === 'UPDATE' ? 'old table as old_rows new table as new_rows' : 'old table as old_rows';
        this.addSql(`create trigger "${table}_change_feed_${name}" after ${event.toLowerCase()} on "${table}" referencing ${transition}
          for each statement execute function change_event_record('${type}', '${version ? 'version' : ''}', '${enterprise ? 'enterprise_id' : ''}');`);
      }
    }
  }

  override async down(): Promise<void> {
    for (const { table } of FED_TABLES) {
      for (const [name] of OPERATIONS) this.addSql(`drop trigger "${table}_change_feed_${name}" on "${table}";`);
    }
    this.addSql(`drop function change_event_record();`);
    this.addSql(`drop table "change_feed_horizon";`);
    this.addSql(`drop table "change_event";`);
  }
}
