import { indicator, Span } from './linear-span';
import { atomOf, cellId, cellKeysOf, PUBLISHED_TABLES, VARIANTS, type CellKey, type Contribution, type PublishedTable, type Variant } from './tables';

/** Why a cell is withheld, or that it is published. */
export type CellStatus = 'PUBLISHED' | 'FEW_ENTERPRISES' | 'DOMINANT_ENTERPRISE' | 'COMPLEMENTARY';

export interface DisclosureRules {
  /** A cell needs this many enterprises. */
  minEnterprises: number;
  /** p%-rule: withheld when the others but the largest two add up to less than p% of the largest (the second largest could estimate it that closely). */
  pPercent: number;
}

export const DISCLOSURE_RULES: DisclosureRules = { minEnterprises: 3, pPercent: 10 };

export interface Cell {
  id: string;
  variant: Variant;
  table: PublishedTable;
  key: CellKey;
  atoms: Set<number>;
  signedCny: number;
  executedCny: number;
  recordCount: number;
  /** Per enterprise: its signed and executed yuan in the cell. */
  byEnterprise: Map<number, { signed: number; executed: number }>;
  status: CellStatus;
}

export interface SuppressionResult {
  cells: Cell[];
  atomCount: number;
  rounds: number;
}

/** The cells of every published table for one year's contributions. */
export function buildCells(contributions: Contribution[]): { cells: Cell[]; atoms: Array<Map<number, { signed: number; executed: number }>> } {
  const atomIndex = new Map<string, number>();
  const atoms: Array<Map<number, { signed: number; executed: number }>> = [];
  const cells = new Map<string, Cell>();
  for (const c of contributions) {
    const atomKey = atomOf(c);
    let atom = atomIndex.get(atomKey);
    if (atom === undefined) {
      atomIndex.set(atomKey, (atom = atoms.length));
      atoms.push(new Map());
    }
    addTo(atoms[atom], c);
    for (const variant of VARIANTS) {
      if (variant === 'REAL' && c.synthetic) continue;
      for (const table of PUBLISHED_TABLES) {
        for (const key of cellKeysOf(c, table)) {
          const id = cellId(variant, table, key);
          let cell = cells.get(id);
          if (!cell) {
            cell = { id, variant, table, key, atoms: new Set(), signedCny: 0, executedCny: 0, recordCount: 0, byEnterprise: new Map(), status: 'PUBLISHED' };
            cells.set(id, cell);
          }
          cell.atoms.add(atom);
          cell.signedCny += c.signedCny;
          cell.executedCny += c.executedCny;
          cell.recordCount += c.recordCount;
          addTo(cell.byEnterprise, c);
        }
      }
    }
  }
  return { cells: [...cells.values()], atoms };
}

function addTo(byEnterprise: Map<number, { signed: number; executed: number }>, c: Contribution): void {
  const own = byEnterprise.get(c.enterpriseId) ?? { signed: 0, executed: 0 };
  own.signed += c.signedCny;
  own.executed += c.executedCny;
  byEnterprise.set(c.enterpriseId, own);
}

/** Primary suppression: too few enterprises, or one so large that the second largest could estimate it within p%. */
export function primaryStatus(byEnterprise: Map<number, { signed: number; executed: number }>, rules: DisclosureRules): CellStatus {
  if (byEnterprise.size < rules.minEnterprises) return 'FEW_ENTERPRISES';
  for (const measure of ['signed', 'executed'] as const) {
    const values = [...byEnterprise.values()].map((v) => Math.abs(v[measure])).sort((a, b) => b - a);
    const total = values.reduce((s, v) => s + v, 0);
    if (values[0] > 0 && total - values[0] - values[1] < (rules.pPercent / 100) * values[0]) return 'DOMINANT_ENTERPRISE';
  }
  return 'PUBLISHED';
}

/**
 * Primary then complementary suppression for one year: cells are withheld
 * until no withheld cell, no sensitive atom and no enterprise's own figure
 * (the sum of the atoms it alone is in) is a linear combination of the
 * published cells of every table and variant together.
 */
export function suppress(contributions: Contribution[], rules: DisclosureRules = DISCLOSURE_RULES): SuppressionResult {
  const { cells, atoms } = buildCells(contributions);
  for (const cell of cells) cell.status = primaryStatus(cell.byEnterprise, rules);
  const sensitive = sensitiveSums(atoms, rules);

  let rounds = 0;
  for (;;) {
    rounds++;
    const { determined } = audit(cells, sensitive, true);
    if (determined.length === 0) break;
    // Withhold, for each determined quantity, the smallest published cell of the combination that determines it.
    const chosen = new Set<Cell>();
    for (const { by } of determined) {
      const partner = smallestPublished(by!.map((i) => cells[i]));
      if (partner) chosen.add(partner);
    }
    for (const cell of chosen) cell.status = 'COMPLEMENTARY';
  }
  return { cells, atomCount: atoms.length, rounds };
}

/**
 * What must stay undetermined besides the withheld cells: each atom that
 * would fail the primary rule were it a cell, and each enterprise's figure
 * over the atoms that hold it alone.
 */
export function sensitiveSums(atoms: Array<Map<number, { signed: number; executed: number }>>, rules: DisclosureRules = DISCLOSURE_RULES): Array<{ atoms: number[] }> {
  const sensitive: Array<{ atoms: number[] }> = [];
  const alone = new Map<number, number[]>();
  atoms.forEach((figures, atom) => {
    if (primaryStatus(figures, rules) !== 'PUBLISHED') sensitive.push({ atoms: [atom] });
    if (figures.size === 1) {
      const [enterprise] = figures.keys();
      alone.set(enterprise, [...(alone.get(enterprise) ?? []), atom]);
    }
  });
  for (const own of alone.values()) if (own.length > 1) sensitive.push({ atoms: own });
  return sensitive;
}

export interface Determined {
  /** The withheld cell, or the sensitive sum of atoms, that can be computed. */
  cell?: Cell;
  atoms: number[];
  /** Indices (in `cells`) of the published cells whose combination gives it, when asked for. */
  by?: number[];
}

/**
 * Which withheld cells and sensitive sums the published cells determine:
 * the auditor of a release, and the loop of complementary suppression.
 */
export function audit(cells: Cell[], sensitive: Array<{ atoms: number[] }> = [], explain = false): { determined: Determined[]; rank: number } {
  const span = new Span();
  const published = cells.map((c, i) => ({ c, i })).filter(({ c }) => c.status === 'PUBLISHED')
    .map(({ c, i }) => ({ i, v: indicator(c.atoms) }))
    .sort((a, b) => a.v.cols.length - b.v.cols.length); // short rows first keep the echelon form sparse
  for (const { i, v } of published) span.add(v, i);
  const determined: Determined[] = [];
  const check = (atoms: number[], cell?: Cell) => {
    const v = indicator(atoms);
    if (!explain) {
      if (span.contains(v)) determined.push({ cell, atoms });
      return;
    }
    const by = span.express(v);
    if (by) determined.push({ cell, atoms, by });
  };
  for (const cell of cells) if (cell.status !== 'PUBLISHED') check([...cell.atoms], cell);
  for (const s of sensitive) check(s.atoms);
  return { determined, rank: span.rank };
}

function smallestPublished(candidates: Cell[]): Cell | undefined {
  let best: Cell | undefined;
  for (const c of candidates) {
    if (!best || Math.abs(c.executedCny) < Math.abs(best.executedCny) || (c.executedCny === best.executedCny && c.id < best.id)) best = c;
  }
  return best;
}
