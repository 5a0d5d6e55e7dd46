import { contribute, type Cell, type Contributions } from './suppression';

/**
 * The published tables of contract statistics: the only groupings callers
 * without a researcher key get figures from. Every table is by year (a
 * release covers one year); each also comes with the direction split, and in
 * two variants, every record (ALL) and real records only (REAL, for
 * `excludeSynthetic`). Regions are hierarchical: a region's cell covers its
 * whole subtree (province, macro-region, city, district), so a report by
 * province, city or macro-region reads cells, never sums a part away.
 */
export type TableDimension = 'DIRECTION' | 'CATEGORY' | 'DOMAIN' | 'REGION' | 'PARK';
export type Variant = 'ALL' | 'REAL';

export interface PublishedTable {
  /** Stable name, stored with each cell: the dimensions joined by `×`, or `TOTAL`. */
  code: string;
  dims: TableDimension[];
}

const BASE: TableDimension[][] = [[], ['CATEGORY'], ['DOMAIN'], ['REGION'], ['PARK'], ['PARK', 'CATEGORY'], ['PARK', 'DOMAIN']];

export const PUBLISHED_TABLES: PublishedTable[] = BASE.flatMap((dims) => [dims, [...dims, 'DIRECTION' as const]]).map((dims) => ({
  code: dims.length ? dims.join('×') : 'TOTAL',
  dims,
}));

export const VARIANTS: Variant[] = ['ALL', 'REAL'];

/** The published table with exactly these dimensions, if there is one. */
export function tableOf(dims: Iterable<TableDimension>): PublishedTable | undefined {
  const wanted = [...new Set(dims)].sort().join();
  return PUBLISHED_TABLES.find((t) => [...t.dims].sort().join() === wanted);
}

/** One enterprise's records of a year with the same keys (its share of an atom), with their sums. */
export interface Contribution {
  enterpriseId: number;
  synthetic: boolean;
  domainId: number;
  category: string;
  direction: string;
  /** Path of the enterprise's region, `/CN/CN-CENTRAL-WESTERN/410000/410100/410172/`. */
  regionPath: string;
  /** Region ids along that path, the province first. */
  regionIds: number[];
  parkIds: number[];
  signedCny: number;
  executedCny: number;
  recordCount: number;
}

/** A cell's key in its table, one value per dimension (region and park ids, domain ids, enum names). */
export type CellKey = Partial<Record<TableDimension, string | number>>;

/** The keys a contribution falls under in one dimension: one, several (regions up the tree, parks) or none (no park). */
function keysOf(c: Contribution, dim: TableDimension): Array<string | number> {
  switch (dim) {
    case 'DIRECTION':
      return [c.direction];
    case 'CATEGORY':
      return [c.category];
    case 'DOMAIN':
      return [c.domainId];
    case 'REGION':
      return c.regionIds;
    case 'PARK':
      return c.parkIds;
  }
}

/** Every key combination of a table a contribution counts in. */
export function cellKeysOf(c: Contribution, table: PublishedTable): CellKey[] {
  let keys: CellKey[] = [{}];
  for (const dim of table.dims) keys = keys.flatMap((k) => keysOf(c, dim).map((v) => ({ ...k, [dim]: v })));
  return keys;
}

/**
 * The atom of a contribution: the finest combination of everything any
 * table reads. Atoms are the unknowns of the linear system an attacker
 * could set up from the published cells.
 */
export function atomOf(c: Contribution): string {
  return `${c.synthetic ? 'S' : 'R'}|${c.domainId}|${c.direction}|${c.regionPath}|${[...c.parkIds].sort((a, b) => a - b).join(',')}`;
}

export function cellId(variant: Variant, table: PublishedTable, key: CellKey): string {
  return `${variant}|${table.code}|${table.dims.map((d) => key[d]).join('|')}`;
}

/** A cell of a published contract table: which table, variant and keys, and its sums. */
export interface ContractCell extends Cell {
  variant: Variant;
  table: PublishedTable;
  key: CellKey;
  signedCny: number;
  executedCny: number;
  recordCount: number;
}

/**
 * The cells of every published contract table for one year's contributions,
 * the atoms (per enterprise: signed and executed yuan), and the coalitions:
 * each park's enterprises, whose figures its administrator reads.
 */
export function buildContractCells(contributions: Contribution[]): {
  cells: ContractCell[]; atoms: Contributions[]; atomIndex: Map<Contribution, number>; coalitions: number[][];
} {
  const parks = new Map<number, Set<number>>();
  for (const c of contributions) for (const park of c.parkIds) parks.set(park, (parks.get(park) ?? new Set()).add(c.enterpriseId));
  const atomKeys = new Map<string, number>();
  const atoms: Contributions[] = [];
  const atomIndex = new Map<Contribution, number>();
  const cells = new Map<string, ContractCell>();
  for (const c of contributions) {
    const key = atomOf(c);
    let atom = atomKeys.get(key);
    if (atom === undefined) {
      atomKeys.set(key, (atom = atoms.length));
      atoms.push(new Map());
    }
    atomIndex.set(c, atom);
    const values = [c.signedCny, c.executedCny];
    contribute(atoms[atom], c.enterpriseId, values);
    for (const variant of VARIANTS) {
      if (variant === 'REAL' && c.synthetic) continue;
      for (const table of PUBLISHED_TABLES) {
        for (const cellKey of cellKeysOf(c, table)) {
          const id = cellId(variant, table, cellKey);
          let cell = cells.get(id);
          if (!cell) {
            cell = { id, variant, table, key: cellKey, atoms: new Set(), byContributor: new Map(), size: 0, status: 'PUBLISHED', signedCny: 0, executedCny: 0, recordCount: 0 };
            cells.set(id, cell);
          }
          cell.atoms.add(atom);
          cell.signedCny += c.signedCny;
          cell.executedCny += c.executedCny;
          cell.size = cell.executedCny;
          cell.recordCount += c.recordCount;
          contribute(cell.byContributor, c.enterpriseId, values);
        }
      }
    }
  }
  return { cells: [...cells.values()], atoms, atomIndex, coalitions: [...parks.values()].map((members) => [...members]) };
}
