import type { DerivedColumn, EntityImport } from './entity-import';
import type { ImportField } from './fields';

/**
 * The set-based SQL of an import, from the staging table `import_stage`
 * (one typed row per line of the file) into the entity's table. Rows are
 * matched on the natural key with the expressions of its unique index, so
 * each step is one hash join or index scan whatever the size of the file.
 * Only the columns the file has are written: a column left out of the file
 * keeps its stored values.
 */
export class MergePlan {
  /** Staged columns: the fields the file has, then the derived ones. */
  readonly scalars: Array<{ column: string; sqlType: string }>;
  readonly links: ImportField[];
  private readonly data: string[];

  /** Fields the file has no column for but whose empty value is not null: new rows get that value. */
  private readonly defaults: ImportField[];

  constructor(readonly importer: EntityImport, present: ImportField[], derived: DerivedColumn[], private readonly tableColumns: Set<string>) {
    this.scalars = [...present.filter((f) => !f.virtual && !f.link), ...derived];
    this.defaults = importer.fields.filter((f) => !present.includes(f) && !f.virtual && !f.link && f.empty != null);
    this.links = present.filter((f) => f.link);
    const keyColumns = new Set(importer.key.flatMap((k) => [...k.matchAll(/\$\.(\w+)/g)].map((m) => m[1])));
    this.data = this.scalars.map((c) => c.column).filter((c) => !keyColumns.has(c));
  }

  get stageColumns(): Array<{ column: string; sqlType: string }> {
    return [...this.scalars, ...this.links.map((l) => ({ column: l.column, sqlType: l.sqlType }))];
  }

  createStage(): string {
    return `create temp table import_stage (line int not null, ${this.stageColumns.map((c) => `"${c.column}" ${c.sqlType}`).join(', ')}) on commit drop`;
  }

  copyStage(): string {
    return `copy import_stage (line, ${this.stageColumns.map((c) => `"${c.column}"`).join(', ')}) from stdin`;
  }

  /** Lines that repeat a natural key of the file, with the line that had it first. */
  duplicates(): string {
    return `select lines from (select array_agg(s.line order by s.line) as lines from import_stage s group by ${this.keyOf('s').join(', ')} having count(*) > 1) d limit 1000`;
  }

  /** Keeps, for batch $1, the rows the import will change, with their link sets: what a rollback restores. */
  beforeImages(): string {
    const links = this.links.length
      ? ` || jsonb_build_object('_links', jsonb_build_object(${this.links.map((l) => `'${l.column}', ${this.linkSet(l, 't.id')}`).join(', ')}))`
      : '';
    return `insert into import_change (batch_id, record_id, before)
      select $1, t.id, to_jsonb(t)${links} from "${this.table}" t join import_stage s on ${this.match()} where ${this.changed()}`;
  }

  /** Updates the rows whose values differ, as batch $2 ($1 names the file). */
  update(): string {
    const sets = [...this.data.map((c) => `"${c}" = s."${c}"`), ...this.provenance().map(([c, v]) => `"${c}" = ${v}`)];
    if (this.tableColumns.has('version')) sets.push('"version" = t."version" + 1');
    if (this.tableColumns.has('updated_at')) sets.push('"updated_at" = now()');
    return `update "${this.table}" t set ${sets.join(', ')} from import_stage s where ${this.match()} and ${this.changed()}`;
  }

  /** Inserts the rows no record has the key of (in the staging table's order, the file's). */
  insert(): string {
    const columns = [...this.scalars, ...this.defaults].map((c) => `"${c.column}"`).concat(this.provenance().map(([c]) => `"${c}"`));
    const values = [...this.scalars.map((c) => `s."${c.column}"`), ...this.defaults.map(literal), ...this.provenance().map(([, v]) => v)];
    return `insert into "${this.table}" (${columns.join(', ')})
      select ${values.join(', ')} from import_stage s
      where not exists (select 1 from "${this.table}" t where ${this.match()})`;
  }

  /** Per link set: removes the links the file no longer lists, then adds the new ones. */
  linkStatements(): string[] {
    return this.links.flatMap((field) => {
      const { table, owner, other } = field.link!;
      return [
        `delete from "${table}" l using import_stage s join "${this.table}" t on ${this.match()}
          where l."${owner}" = t.id and not (l."${other}" = any(s."${field.column}"))`,
        `insert into "${table}" ("${owner}", "${other}")
          select t.id, unnest(s."${field.column}") from import_stage s join "${this.table}" t on ${this.match()} on conflict do nothing`,
      ];
    });
  }

  /**
   * For a bulk load (a file larger than the table): the table's secondary
   * indexes and the foreign keys of the columns the import writes, taken off
   * before the writes and put back after. Building an index once over sorted
   * rows, and checking a foreign key with one join, is several times faster
   * than updating nine indexes and running a key check per key for each of a
   * million rows (the import-batch key alone costs 4 s of such a load; the
   * "Populating a Database" advice of the PostgreSQL manual). Readers of the
   * table, and writers of the tables its keys refer to (other imports among
   * them, through import_batch), wait until the import commits; all of it is
   * one transaction, so a failure or a kill leaves the table, its indexes and
   * its keys as they were.
   */
  bulkLoadPlan(): string {
    return `select
      (select coalesce(json_agg(json_build_object('name', i.indexname, 'definition', i.indexdef)), '[]') from pg_indexes i
        where i.schemaname = current_schema() and i.tablename = '${this.table}'
          and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)) as indexes,
      (select coalesce(json_agg(json_build_object('name', conname, 'definition', pg_get_constraintdef(oid))), '[]') from pg_constraint c
        where conrelid = '"${this.table}"'::regclass and contype = 'f'
          and (select attname from pg_attribute where attrelid = c.conrelid and attnum = c.conkey[1])
            = any(array[${[...this.scalars.map((c) => c.column), 'provenance_batch_id'].map((c) => `'${c}'`).join(', ')}]::text[])) as foreign_keys`;
  }

  /** Rows in the table, as the planner's statistics count them (exactly when never analysed). */
  tableSize(): string {
    return `select case when reltuples >= 0 then reltuples::bigint else (select count(*) from "${this.table}") end as n from pg_class where oid = '"${this.table}"'::regclass`;
  }

  private get table(): string {
    return this.importer.table;
  }

  private keyOf(alias: string): string[] {
    return this.importer.key.map((k) => k.replaceAll('$', alias));
  }

  private match(): string {
    const t = this.keyOf('t');
    return this.keyOf('s').map((s, i) => `${t[i]} = ${s}`).join(' and ');
  }

  /** The stored row differs from the staged one: in a value the file has, or in a link set. */
  private changed(): string {
    const tests = this.links.map((l) => `s."${l.column}" is distinct from ${this.linkSet(l, 't.id')}`);
    if (this.data.length) tests.unshift(`(${this.data.map((c) => `t."${c}"`).join(', ')}) is distinct from (${this.data.map((c) => `s."${c}"`).join(', ')})`);
    return tests.length ? `(${tests.join(' or ')})` : 'false';
  }

  private linkSet(field: ImportField, id: string): string {
    const { table, owner, other } = field.link!;
    return `array(select l."${other}" from "${table}" l where l."${owner}" = ${id} order by 1)`;
  }

  private provenance(): Array<[string, string]> {
    return [
      ['provenance_source', `'IMPORT'`],
      ['provenance_document', '$1'],
      ['provenance_locator', `'line ' || s.line`],
      ['provenance_note', 'null'],
      ['provenance_batch_id', '$2'],
    ];
  }
}

/** A field's empty value as an SQL literal (arrays, text, booleans, numbers). */
function literal(field: ImportField): string {
  const v = field.empty;
  if (Array.isArray(v)) return `'{${v.join(',')}}'::${field.sqlType}`;
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  return String(v);
}
