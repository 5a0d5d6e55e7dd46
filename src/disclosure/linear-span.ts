/**
 * What an attacker can work out from published sums: a published cell is a
 * linear equation over unknowns (the atoms of a release, see tables.ts), and
 * a withheld quantity is determined exactly when its vector lies in the span
 * of the published ones. The span is kept in row-echelon form over the field
 * of integers modulo a prime below 2^26, so every product is exact in a
 * double. Working modulo p can only find more dependencies than over the
 * rationals, never fewer, so an answer of "not determined" is safe.
 */
const P = 67_108_859; // 2^26 − 5, prime

/** A sparse vector: atom indices in increasing order, and their coefficients (mod P). */
export interface SparseVector {
  cols: number[];
  vals: number[];
}

/** The indicator vector of a set of atoms (each coefficient 1). */
export function indicator(atoms: Iterable<number>): SparseVector {
  const cols = [...new Set(atoms)].sort((a, b) => a - b);
  return { cols, vals: cols.map(() => 1) };
}

const mod = (x: number) => ((x % P) + P) % P;

function inverse(a: number): number {
  // Fermat: a^(P-2) mod P, by squaring with exact products.
  let result = 1;
  let base = a % P;
  let e = P - 2;
  while (e > 0) {
    if (e & 1) result = (result * base) % P;
    base = (base * base) % P;
    e = Math.floor(e / 2);
  }
  return result;
}

/** row − factor·pivotRow, both sorted; entries that cancel are dropped. */
function subtract(row: SparseVector, factor: number, pivot: SparseVector): SparseVector {
  const cols: number[] = [];
  const vals: number[] = [];
  let i = 0;
  let j = 0;
  while (i < row.cols.length || j < pivot.cols.length) {
    const a = i < row.cols.length ? row.cols[i] : Infinity;
    const b = j < pivot.cols.length ? pivot.cols[j] : Infinity;
    if (a < b) {
      cols.push(a);
      vals.push(row.vals[i++]);
    } else if (b < a) {
      cols.push(b);
      vals.push(mod(-factor * pivot.vals[j++]));
    } else {
      const v = mod(row.vals[i++] - ((factor * pivot.vals[j++]) % P));
      if (v !== 0) {
        cols.push(a);
        vals.push(v);
      }
    }
  }
  return { cols, vals };
}

/** Adds `factor`·`from` to the combination `into` (both keyed by the tag of an added vector). */
function addCombination(into: Map<number, number>, factor: number, from: Map<number, number>): void {
  for (const [tag, coef] of from) {
    const v = mod((into.get(tag) ?? 0) + ((factor * coef) % P));
    if (v === 0) into.delete(tag);
    else into.set(tag, v);
  }
}

interface EchelonRow extends SparseVector {
  /** Which added vectors, with what coefficients, make this row. */
  combination: Map<number, number>;
}

/**
 * The span of the vectors added so far, in echelon form: each row's first
 * atom is its pivot, 1, and no other row starts there. Each row remembers
 * which added vectors it combines, so a determined quantity can name the
 * published cells that determine it.
 */
export class Span {
  private readonly rows = new Map<number, EchelonRow>();

  get rank(): number {
    return this.rows.size;
  }

  /** A copy to add to without changing this one (rows are never changed in place, so they are shared). */
  clone(): Span {
    const copy = new Span();
    for (const [pivot, row] of this.rows) copy.rows.set(pivot, row);
    return copy;
  }

  /** What is left of `v` after taking out the span (empty exactly when `v` lies in it), and the combination taken out. */
  private reduce(v: SparseVector, combination: Map<number, number> | null): SparseVector {
    let row = v;
    while (row.cols.length > 0) {
      const pivot = this.rows.get(row.cols[0]);
      if (!pivot) return row;
      if (combination) addCombination(combination, row.vals[0], pivot.combination);
      row = subtract(row, row.vals[0], pivot);
    }
    return row;
  }

  /** Adds a vector under a tag; false when it was already in the span. */
  add(v: SparseVector, tag: number): boolean {
    const taken = new Map<number, number>();
    const rest = this.reduce(v, taken);
    if (rest.cols.length === 0) return false;
    // rest = v − taken, so rest's combination is the tag minus what was taken.
    const combination = new Map<number, number>([[tag, 1]]);
    addCombination(combination, P - 1, taken);
    const scale = inverse(rest.vals[0]);
    for (const [t, c] of combination) combination.set(t, (c * scale) % P);
    this.rows.set(rest.cols[0], { cols: rest.cols, vals: rest.vals.map((x) => (x * scale) % P), combination });
    return true;
  }

  /**
   * `v` fully reduced by the span: every pivot column eliminated, not only
   * the leading one. Two vectors have the same residual exactly when their
   * difference lies in the span, so residuals are the quotient space in
   * which an insider's own figures are added to what is published.
   */
  residual(v: SparseVector): SparseVector {
    let row = v;
    let i = 0;
    while (i < row.cols.length) {
      const pivot = this.rows.get(row.cols[i]);
      // Rows start at their pivot, so subtracting one leaves the entries before it as they were.
      if (pivot) row = subtract(row, row.vals[i], pivot);
      else i++;
    }
    return row;
  }

  /** Whether `v` is a linear combination of the vectors added (its value can be computed from theirs). */
  contains(v: SparseVector): boolean {
    return this.reduce(v, null).cols.length === 0;
  }

  /** The tags of added vectors whose combination gives `v`, or null when `v` is not in the span. */
  express(v: SparseVector): number[] | null {
    const combination = this.coefficients(v);
    return combination ? [...combination.keys()] : null;
  }

  /** The coefficient of each added vector (by tag) in a combination that gives `v`, or null when `v` is not in the span. */
  coefficients(v: SparseVector): Map<number, number> | null {
    const combination = new Map<number, number>();
    return this.reduce(v, combination).cols.length === 0 ? combination : null;
  }
}

/** a − Σ coefficient·(unit vector of its tag), the tags being atoms: what is left of `a` once those atoms are known. */
export function withoutAtoms(a: SparseVector, known: Map<number, number>): SparseVector {
  const values = new Map<number, number>();
  a.cols.forEach((c, i) => values.set(c, a.vals[i]));
  for (const [atom, coef] of known) values.set(atom, mod((values.get(atom) ?? 0) - coef));
  const cols = [...values.keys()].filter((c) => values.get(c) !== 0).sort((x, y) => x - y);
  return { cols, vals: cols.map((c) => values.get(c)!) };
}
