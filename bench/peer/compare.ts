/**
 * Both servers' answers as comparable rows, so a pair is checked to return
 * the same records before it is timed. Global ids differ in format (this
 * project: base64url of `Type:id`; PostGraphile: base64 of `["Type",id]`),
 * so rows carry the decoded type and numeric id.
 */

/** Graph answers: one row per record (type, id, its scalars in document order) and per totalCount, depth first. */
export function recordRows(data: unknown): string[] {
  const rows: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!isObject(value)) return;
    if (typeof value.totalCount === 'number') rows.push(`totalCount ${value.totalCount}`);
    if (typeof value.id === 'string') {
      const { type, id } = decodeId(value.id);
      const scalars = Object.entries(value).filter(([key, v]) => key !== 'id' && key !== 'totalCount' && !nested(v));
      rows.push(`${type} ${id} ${scalars.map(([key, v]) => `${key}=${scalar(v)}`).join(' ')}`);
    }
    // Relation wrappers (PostGraphile's `nodes { enterpriseByEnterpriseId { … } }`) are walked through.
    for (const v of Object.values(value)) if (nested(v)) walk(v);
  };
  walk(data);
  return rows;
}

/** A group of a report: its keys, record count and enterprise count. */
export type GroupRow = [keys: unknown[], records: unknown, enterprises: unknown];

/** Report answers: sorted group rows (amounts are left out: this project converts them to USD, PostGraphile sums them as stored). */
export function groupRows(groups: GroupRow[]): string[] {
  return groups.map(([keys, records, enterprises]) => [...keys, records, enterprises].map(scalar).join(' ')).sort();
}

/** This project's contractStats answer as group rows, keyed by `keys` (with the total, keyed "total"). */
export function contractStatsGroups(data: unknown, keys: string[]): GroupRow[] {
  const stats = (data as { contractStats: { rows: Array<Record<string, unknown>>; total: Record<string, unknown> | null } }).contractStats;
  const rows: GroupRow[] = stats.rows.map((row) => [keys.map((key) => row[key]), row.recordCount, row.enterpriseCount]);
  if (stats.total) rows.push([['total'], stats.total.recordCount, stats.total.enterpriseCount]);
  return rows;
}

/** PostGraphile's pg-aggregates answer (`allContractRecords { totalCount aggregates groupedAggregates }`) as group rows. */
export function aggregatesGroups(data: unknown): GroupRow[] {
  type Counts = { distinctCount: { enterpriseId: string; rowId?: string } };
  const all = (data as { allContractRecords: { totalCount: number; aggregates: Counts; groupedAggregates: Array<Counts & { keys: unknown[] }> } }).allContractRecords;
  const rows: GroupRow[] = all.groupedAggregates.map((g) => [g.keys, g.distinctCount.rowId, g.distinctCount.enterpriseId]);
  rows.push([['total'], all.totalCount, all.aggregates.distinctCount.enterpriseId]);
  return rows;
}

/** Null when the two row lists are equal, else where they first differ. */
export function difference(ours: string[], theirs: string[]): string | null {
  for (let i = 0; i < Math.max(ours.length, theirs.length); i++) {
    if (ours[i] !== theirs[i]) {
      return `row ${i + 1} of ${ours.length} (this project) / ${theirs.length} (PostGraphile) differs:\n  this project: ${ours[i] ?? '(none)'}\n  PostGraphile: ${theirs[i] ?? '(none)'}`;
    }
  }
  return null;
}

export function decodeId(globalId: string): { type: string; id: number } {
  // Node's base64 decoder reads the base64url alphabet too.
  const text = Buffer.from(globalId, 'base64').toString('utf8');
  if (text.startsWith('[')) {
    const [type, id] = JSON.parse(text) as [string, number];
    return { type, id: Number(id) };
  }
  const [type, id] = text.split(':');
  return { type, id: Number(id) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects and lists of objects are nested; lists of scalars are values. */
function nested(value: unknown): boolean {
  return isObject(value) || (Array.isArray(value) && value.some(isObject));
}

/** Numbers and numeric strings ("12.50", "12.5", 12.5) alike, but not 18-digit credit codes; lists joined. */
function scalar(value: unknown): string {
  if (Array.isArray(value)) return value.map(scalar).join(',');
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  if (typeof value === 'string' && /^-?\d{1,15}(\.\d+)?$/.test(value)) return String(Math.round(Number(value) * 100) / 100);
  return String(value);
}
