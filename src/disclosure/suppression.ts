import { indicator, Span, withoutAtoms } from './linear-span';

/** Why a cell is withheld, or that it is published. */
export type CellStatus = 'PUBLISHED' | 'FEW_CONTRIBUTORS' | 'DOMINANT_CONTRIBUTOR' | 'COMPLEMENTARY';

export interface DisclosureRules {
  /** A cell needs this many contributors (enterprises, universities). */
  minContributors: number;
  /** p%-rule: withheld when the others but the largest two add up to less than p% of the largest (the second largest could estimate it that closely). */
  pPercent: number;
}

export const DISCLOSURE_RULES: DisclosureRules = { minContributors: 3, pPercent: 10 };

/** Per contributor (an enterprise, a university): its value of each measure. */
export type Contributions = Map<number, number[]>;

/**
 * A cell of a published table, as the suppression sees it: the atoms it
 * sums (the unknowns of the attacker's linear system), what each
 * contributor puts in, and a size to prefer small cells as complements.
 */
export interface Cell {
  id: string;
  atoms: Set<number>;
  byContributor: Contributions;
  /** The smaller, the sooner withheld as a complement (the loss of information is smallest). */
  size: number;
  status: CellStatus;
  /** Cells with the same link are one table cell's several equations (figures of different measures): withheld together. */
  link?: string;
}

/** Adds a contributor's values to a cell's or an atom's contributions. */
export function contribute(into: Contributions, contributor: number, values: number[]): void {
  const own = into.get(contributor);
  if (!own) into.set(contributor, [...values]);
  else values.forEach((v, i) => (own[i] += v));
}

/**
 * Primary suppression: too few contributors, or one so large that the
 * second largest could estimate it within p% (on any measure). A coalition
 * (contributors who know each other's figures) is the second largest's
 * stand-in: what it leaves of a cell must not be one contributor, nor one
 * that the rest would let it estimate within p%.
 */
export function primaryStatus(byContributor: Contributions, rules: DisclosureRules = DISCLOSURE_RULES, coalitions: Array<Set<number>> = []): CellStatus {
  if (byContributor.size < rules.minContributors) return 'FEW_CONTRIBUTORS';
  const measures = byContributor.values().next().value?.length ?? 0;
  const dominated = (values: number[], known: number) => {
    const total = values.reduce((s, v) => s + v, 0);
    return values[0] > 0 && total - values[0] - known < (rules.pPercent / 100) * values[0];
  };
  for (let m = 0; m < measures; m++) {
    const values = [...byContributor.values()].map((v) => Math.abs(v[m])).sort((a, b) => b - a);
    if (dominated(values, values[1])) return 'DOMINANT_CONTRIBUTOR';
  }
  for (const group of coalitions) {
    const outside = [...byContributor.entries()].filter(([c]) => !group.has(c));
    if (outside.length === byContributor.size || outside.length === 0) continue;
    if (outside.length === 1) return 'FEW_CONTRIBUTORS';
    for (let m = 0; m < measures; m++) {
      const values = outside.map(([, v]) => Math.abs(v[m])).sort((a, b) => b - a);
      if (dominated(values, 0)) return 'DOMINANT_CONTRIBUTOR';
    }
  }
  return 'PUBLISHED';
}

/**
 * Primary then complementary suppression of the cells of one release:
 * cells are withheld until no withheld cell, no sensitive atom and no
 * contributor's own figure (the sum of the atoms it alone is in) is a
 * linear combination of the published cells of every table together —
 * nor, for any contributor knowing its own figures, another's.
 * Returns how many rounds that took.
 */
export function suppress(
  cells: Cell[], atoms: Contributions[], rules: DisclosureRules = DISCLOSURE_RULES, protectFromInsiders = true, coalitions: number[][] = [],
): number {
  const groups = coalitions.filter((g) => g.length > 1).map((g) => new Set(g));
  const groupsOf = new Map<number, Array<Set<number>>>();
  for (const g of groups) for (const m of g) groupsOf.set(m, [...(groupsOf.get(m) ?? []), g]);
  for (const cell of cells) {
    const touching = new Set([...cell.byContributor.keys()].flatMap((c) => groupsOf.get(c) ?? []));
    cell.status = primaryStatus(cell.byContributor, rules, protectFromInsiders ? [...touching] : []);
  }
  const linked = new Map<string, Cell[]>();
  for (const cell of cells) if (cell.link) linked.set(cell.link, [...(linked.get(cell.link) ?? []), cell]);
  const withholdLinked = () => {
    for (const group of linked.values()) {
      if (group.some((c) => c.status !== 'PUBLISHED')) for (const c of group) if (c.status === 'PUBLISHED') c.status = 'COMPLEMENTARY';
    }
  };
  const sensitive = sensitiveSums(atoms, rules);
  let rounds = 0;
  for (;;) {
    withholdLinked();
    rounds++;
    const { determined } = audit(cells, sensitive, { explain: true, insiders: protectFromInsiders ? atoms : undefined, coalitions });
    if (determined.length === 0) return rounds;
    // Withhold, for each determined quantity, the smallest published cell of the combination that determines it.
    const chosen = new Set<Cell>();
    for (const { by } of determined) {
      const partner = smallest(by!.map((i) => cells[i]).filter((c) => c.status === 'PUBLISHED'));
      if (partner) chosen.add(partner);
    }
    if (chosen.size === 0) throw new Error('complementary suppression found no published cell to withhold');
    for (const cell of chosen) cell.status = 'COMPLEMENTARY';
  }
}

/**
 * What must stay undetermined besides the withheld cells: each atom that
 * would fail the primary rule were it a cell, and each contributor's figure
 * over the atoms that hold it alone.
 */
export function sensitiveSums(atoms: Contributions[], rules: DisclosureRules = DISCLOSURE_RULES): Array<{ atoms: number[] }> {
  const sensitive: Array<{ atoms: number[] }> = [];
  const alone = new Map<number, number[]>();
  atoms.forEach((figures, atom) => {
    if (primaryStatus(figures, rules) !== 'PUBLISHED') sensitive.push({ atoms: [atom] });
    if (figures.size === 1) {
      const [contributor] = figures.keys();
      alone.set(contributor, [...(alone.get(contributor) ?? []), atom]);
    }
  });
  for (const own of alone.values()) if (own.length > 1) sensitive.push({ atoms: own });
  return sensitive;
}

export interface Determined {
  /** The withheld cell, or the sensitive sum of atoms, that can be computed. */
  cell?: Cell;
  atoms: number[];
  /** The contributor who can compute it knowing its own figures; none: anyone can. */
  insider?: number;
  /** Indices (in `cells`) of published cells to withhold to stop it, when asked for. */
  by?: number[];
}

export interface AuditOptions {
  /** Name the published cells behind each finding. */
  explain?: boolean;
  /**
   * The atoms' contributions: also audit each contributor as an insider who
   * knows its own figures (the atoms it alone is in), for whom an atom it
   * shares with one other is that other's figure.
   */
  insiders?: Contributions[];
  /** Groups of contributors that know each other's figures (a park administrator reads its enterprises'): insiders too. */
  coalitions?: number[][];
}

/**
 * Which withheld cells and sensitive sums the published cells determine:
 * the auditor of a release, and the loop of complementary suppression.
 */
export function audit(cells: Cell[], sensitive: Array<{ atoms: number[] }> = [], options: AuditOptions = {}): { determined: Determined[]; rank: number } {
  const span = new Span();
  const published = cells.map((c, i) => ({ c, i })).filter(({ c }) => c.status === 'PUBLISHED')
    .map(({ c, i }) => ({ i, v: indicator(c.atoms) }))
    .sort((a, b) => a.v.cols.length - b.v.cols.length); // short rows first keep the echelon form sparse
  for (const { i, v } of published) span.add(v, i);
  const determined: Determined[] = [];
  const check = (atoms: number[], cell?: Cell) => {
    const v = indicator(atoms);
    if (!span.contains(v)) return; // most are not: only then is the combination worth tracking
    determined.push(options.explain ? { cell, atoms, by: span.express(v)! } : { cell, atoms });
  };
  for (const cell of cells) if (cell.status !== 'PUBLISHED') check([...cell.atoms], cell);
  for (const s of sensitive) check(s.atoms);
  if (options.insiders && determined.length === 0) determined.push(...insiderFindings(span, cells, sensitive, options.insiders, options.coalitions ?? []));
  return { determined, rank: span.rank };
}

/**
 * What an insider can add: contributor e knows its own atoms (those it alone
 * is in); a withheld cell or sensitive sum it can then compute gives away
 * the others' part of it, and in an atom it shares with one other f,
 * knowing its own part, it learns f's. Worked in the quotient by the published span: a target is
 * determined for e exactly when its residual lies in the span of the
 * residuals of e's own atoms. Only the contributors whose small span has a
 * pivot where a target's residual starts need checking.
 */
function insiderFindings(span: Span, cells: Cell[], sensitive: Array<{ atoms: number[] }>, atoms: Contributions[], coalitions: number[][]): Determined[] {
  // Insiders: every contributor alone, and every coalition (e.g. a park administrator, who reads its enterprises' figures).
  const insiders: Array<Set<number>> = [];
  const byContributor = new Map<number, number[]>();
  const addInsider = (members: Iterable<number>) => {
    const set = new Set(members);
    insiders.push(set);
    for (const m of set) byContributor.set(m, [...(byContributor.get(m) ?? []), insiders.length - 1]);
  };
  const contributors = new Set(atoms.flatMap((figures) => [...figures.keys()]));
  for (const c of contributors) addInsider([c]);
  for (const group of coalitions) if (group.length > 1) addInsider(group);
  const within = (members: number[], insider: number) => members.every((m) => insiders[insider].has(m));
  // What each insider knows: the atoms all of whose contributors it is; and the atoms where it leaves one other, whose figure that is.
  const known = new Map<number, number[]>();
  const oneOther: Array<{ atom: number; insider: number }> = [];
  atoms.forEach((figures, atom) => {
    const members = [...figures.keys()];
    const touching = new Set(members.flatMap((m) => byContributor.get(m) ?? []));
    for (const i of touching) {
      const outside = members.filter((m) => !insiders[i].has(m)).length;
      if (outside === 0) known.set(i, [...(known.get(i) ?? []), atom]);
      else if (outside === 1) oneOther.push({ atom, insider: i });
    }
  });
  const knowledge = new Map<number, Span>();
  // Per column, the insiders with a residual there: a target's residual reduces to nothing only in a span with a pivot at its first column.
  const byColumn = new Map<number, Set<number>>();
  for (const [insider, list] of known) {
    const small = new Span();
    for (const atom of list) {
      const r = span.residual(indicator([atom]));
      if (!r.cols.length || !small.add(r, atom)) continue;
      for (const col of r.cols) byColumn.set(col, (byColumn.get(col) ?? new Set()).add(insider));
    }
    if (small.rank) knowledge.set(insider, small);
  }
  const findings: Determined[] = [];
  let cellsByAtom: Map<number, number[]> | undefined;
  const touchingCells = (target: number[]) => {
    if (!cellsByAtom) {
      cellsByAtom = new Map();
      cells.forEach((c, i) => {
        if (c.status === 'PUBLISHED') for (const a of c.atoms) cellsByAtom!.set(a, [...(cellsByAtom!.get(a) ?? []), i]);
      });
    }
    return [...new Set(target.flatMap((a) => cellsByAtom!.get(a) ?? []))];
  };
  const test = (target: number[], only?: number) => {
    const r = span.residual(indicator(target));
    if (!r.cols.length) return;
    const candidates = only != null ? [only] : byColumn.get(r.cols[0]);
    if (!candidates) return;
    const owners = [...new Set(target.flatMap((a) => [...atoms[a].keys()]))];
    for (const insider of candidates) {
      // An insider's own figures are its own to know.
      if (within(owners, insider)) continue;
      const coefficients = knowledge.get(insider)?.coefficients(r);
      if (!coefficients) continue;
      // target − the insider's atoms in that combination lies in the published span: its cells are the ones to break it.
      const by = span.express(withoutAtoms(indicator(target), coefficients));
      findings.push({ atoms: target, insider, by: by ?? touchingCells(target) });
      return;
    }
  };
  for (const cell of cells) if (cell.status !== 'PUBLISHED') test([...cell.atoms]);
  for (const s of sensitive) test(s.atoms);
  for (const { atom, insider } of oneOther) test([atom], insider);
  return findings;
}

function smallest(candidates: Cell[]): Cell | undefined {
  let best: Cell | undefined;
  for (const c of candidates) {
    if (!best || Math.abs(c.size) < Math.abs(best.size) || (c.size === best.size && c.id < best.id)) best = c;
  }
  return best;
}
