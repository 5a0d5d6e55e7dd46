import type { EntityManager } from '@mikro-orm/postgresql';
import { SourceKind } from '../src/core/provenance';
import { runSql, sql } from '../src/core/sql';
import { Region } from '../src/region/region.entity';
import { readDivisions } from './divisions/divisions';
import { regions as documentRegions, RETIRED_REGIONS } from './real-facts';

interface RegionRow {
  code: string;
  divisionCode: string | null;
  nameZh: string;
  nameEn: string;
  kind: string;
  parent: string | null;
  macroRegion: string | null;
  note: string | null;
  source: SourceKind;
  document: string | null;
  locator: string | null;
  provenanceNote: string | null;
}

/**
 * Loads the region tree: every county-level division of China (seeds/divisions/, with the
 * package and version as provenance and English names from pinyin, marked so), then what the
 * documents say of the places they name, over them. Three statements whatever the number of
 * regions; idempotent, so it runs on every seed. Returns each region by code.
 */
export async function loadRegions(tx: EntityManager): Promise<Map<string, Region>> {
  const file = readDivisions();
  const fromDivisions = `Code, name and parent from ${file.source} (GB/T 2260; ${file.license} licence).`;
  const rows = new Map<string, RegionRow>();
  for (const d of file.divisions) {
    rows.set(d.code, {
      code: d.code, divisionCode: d.code, nameZh: d.nameZh, nameEn: d.nameEn, kind: d.kind, parent: d.parent ?? 'CN', macroRegion: null, note: null,
      source: SourceKind.REFERENCE_DATA, document: file.source, locator: null, provenanceNote: `${fromDivisions} English name from pinyin (pinyin-pro), not an official translation.`,
    });
  }
  for (const fact of documentRegions) {
    const division = rows.get(fact.code);
    rows.set(fact.code, {
      code: fact.code,
      divisionCode: fact.divisionCode ?? null,
      nameZh: fact.nameZh || division!.nameZh,
      nameEn: fact.nameEn || division!.nameEn,
      kind: fact.kind,
      parent: fact.parent ?? null,
      macroRegion: fact.macroRegion ?? null,
      note: fact.note ?? null,
      // A division the documents do not name (a province of the 中西部 peer set) stays reference data, with its membership read.
      source: fact.nameZh ? SourceKind.POLICY_DOCUMENT : SourceKind.REFERENCE_DATA,
      document: fact.nameZh ? fact.document : file.source,
      locator: fact.nameZh ? fact.locator ?? null : null,
      provenanceNote: [fact.reading, division ? fromDivisions : null, division && !fact.nameEn ? 'English name from pinyin (pinyin-pro), not an official translation.' : null]
        .filter(Boolean).join(' ') || null,
    });
  }
  // The covering path: through the macro-region where a region has one, else its parent.
  const paths = new Map<string, string>();
  const pathOf = (code: string): string => {
    const known = paths.get(code);
    if (known) return known;
    const row = rows.get(code)!;
    const above = row.macroRegion ?? row.parent;
    const path = `${above ? pathOf(above) : '/'}${code}/`;
    paths.set(code, path);
    return path;
  };
  // One JSON parameter per statement: the rows as a record set.
  const input = JSON.stringify([...rows.values()].map((r) => ({ ...r, path: pathOf(r.code) })));
  const records = sql`jsonb_to_recordset(${input}::jsonb) as x(code text, "divisionCode" text, "nameZh" text, "nameEn" text, kind text, parent text,
    "macroRegion" text, path text, note text, source text, document text, locator text, "provenanceNote" text)`;
  await runSql(tx, sql`
    insert into region (code, division_code, name_zh, name_en, kind, path, note, provenance_source, provenance_document, provenance_locator, provenance_note)
    select code, "divisionCode", "nameZh", "nameEn", kind, path, note, source, document, locator, "provenanceNote" from ${records}
    on conflict (code) do update set division_code = excluded.division_code, name_zh = excluded.name_zh, name_en = excluded.name_en, kind = excluded.kind,
      path = excluded.path, note = excluded.note, provenance_source = excluded.provenance_source, provenance_document = excluded.provenance_document,
      provenance_locator = excluded.provenance_locator, provenance_note = excluded.provenance_note, updated_at = now()
    where (region.division_code, region.name_zh, region.name_en, region.kind, region.path, region.note, region.provenance_source, region.provenance_document, region.provenance_locator, region.provenance_note)
      is distinct from (excluded.division_code, excluded.name_zh, excluded.name_en, excluded.kind, excluded.path, excluded.note, excluded.provenance_source, excluded.provenance_document, excluded.provenance_locator, excluded.provenance_note)`);
  await runSql(tx, sql`
    update region r set parent_id = s.parent_id, macro_region_id = s.macro_region_id
    from (select x.code, p.id as parent_id, m.id as macro_region_id from ${records}
          left join region p on p.code = x.parent left join region m on m.code = x."macroRegion") s
    where r.code = s.code and (r.parent_id, r.macro_region_id) is distinct from (s.parent_id, s.macro_region_id)`);
  await runSql(tx, sql`delete from region r where r.code in (select jsonb_array_elements_text(${JSON.stringify(RETIRED_REGIONS)}::jsonb))
    and not exists (select 1 from region c where c.parent_id = r.id or c.macro_region_id = r.id)
    and not exists (select 1 from park where region_id = r.id) and not exists (select 1 from enterprise where region_id = r.id)
    and not exists (select 1 from university where region_id = r.id) and not exists (select 1 from training_base where region_id = r.id)
    and not exists (select 1 from policy where region_id = r.id) and not exists (select 1 from policy_target where scope_region_id = r.id)`);
  // Planned with the new rows counted: thousands of regions, where a fresh table would be taken for a handful.
  await runSql(tx, sql`analyze region`);
  const ids = await runSql<{ id: number; code: string }>(tx, sql`select id, code from region`);
  return new Map(ids.map((r) => [r.code, tx.getReference(Region, r.id)]));
}
