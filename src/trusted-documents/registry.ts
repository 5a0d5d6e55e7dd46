/** Runs SQL with `?` placeholders (MikroORM's connection or an entity manager). */
export interface SqlRunner {
  execute(query: string, params: unknown[]): Promise<unknown>;
}

export interface RegistryOptions {
  /** How long an unknown id stays unknown before it is looked up again (ms). */
  missTtlMs?: number;
  /** At most this many unknown ids are remembered; the oldest go first. */
  maxMisses?: number;
  now?: () => number;
}

/**
 * The registered documents, as this server instance knows them: all of them
 * loaded at start, an id registered since (by the CLI, or another instance)
 * looked up once and kept. An unknown id stays unknown for a few seconds, and
 * concurrent look-ups of one id share one query, so a flood of made-up ids
 * costs the database at most one query per id per few seconds.
 */
export class TrustedDocumentRegistry {
  private readonly documents = new Map<string, string>();
  private readonly misses = new Map<string, number>();
  private readonly pending = new Map<string, Promise<string | null>>();
  private readonly missTtlMs: number;
  private readonly maxMisses: number;
  private readonly now: () => number;

  constructor(private readonly db: SqlRunner, options: RegistryOptions = {}) {
    this.missTtlMs = options.missTtlMs ?? 10_000;
    this.maxMisses = options.maxMisses ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Loads every registered document (at start). */
  async load(): Promise<number> {
    const rows = await this.query('select id, body from trusted_document', []);
    for (const row of rows) this.documents.set(row.id, row.body);
    return rows.length;
  }

  /** The text registered under a normalised id, or null. */
  async get(id: string): Promise<string | null> {
    const known = this.documents.get(id);
    if (known !== undefined) return known;
    const missed = this.misses.get(id);
    if (missed !== undefined && this.now() - missed < this.missTtlMs) return null;
    let lookup = this.pending.get(id);
    if (!lookup) {
      lookup = this.lookUp(id).finally(() => this.pending.delete(id));
      this.pending.set(id, lookup);
    }
    return lookup;
  }

  private async lookUp(id: string): Promise<string | null> {
    const [row] = await this.query('select id, body from trusted_document where id = ?', [id]);
    if (row) {
      this.misses.delete(id);
      this.documents.set(id, row.body);
      return row.body;
    }
    this.misses.delete(id);
    if (this.misses.size >= this.maxMisses) this.misses.delete(this.misses.keys().next().value!);
    this.misses.set(id, this.now());
    return null;
  }

  // On the ORM's connection, not a request's entity manager: whether the registry had the id cached is no part of the operation's cost.
  private query(text: string, params: unknown[]): Promise<Array<{ id: string; body: string }>> {
    return this.db.execute(text, params) as Promise<Array<{ id: string; body: string }>>;
  }
}
