/** Runs SQL with `?` placeholders (MikroORM's connection or an entity manager). */
export interface SqlRunner {
  execute(query: string, params: unknown[]): Promise<unknown>;
}

export interface RegistryOptions {
  /** How long an unknown id stays unknown before it is looked up again (ms). */
  missTtlMs?: number;
  /** At most this many unknown ids are remembered; the oldest go first. */
  maxMisses?: number;
  /**
   * When set, a look-up first checks (at most once per this many ms, in one cheap statement) whether the
   * table changed since it was loaded — a document removed or added by the CLI, by SQL, through another
   * process or on another machine — and reloads it if so. Unset (unit tests): the cache is kept as loaded.
   */
  checkEveryMs?: number;
  now?: () => number;
}

/**
 * What changes whenever a row of the table is added, removed or changed: how many rows, a sum of hashes
 * of their ids, and the newest row version (`xmin`, a new one for every insert or update). One scan of
 * a table of a few hundred rows, once a second per process at most, and only while ids are being sent.
 */
const FINGERPRINT = `select count(*)::text || '/' || coalesce(sum(hashtextextended(id, 0)), 0)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text as fingerprint from trusted_document`;

/**
 * The registered documents, as this server instance knows them: all of them
 * loaded at start, an id registered since (by the CLI, or another instance)
 * looked up once and kept. An unknown id stays unknown for a few seconds, and
 * concurrent look-ups of one id share one query, so a flood of made-up ids
 * costs the database at most one query per id per few seconds. With
 * `checkEveryMs` (the server's: a second), a change to the table — a document
 * removed, one added — reaches every process that uses it within that time:
 * the table itself is checked, so processes on other machines agree too.
 */
export class TrustedDocumentRegistry {
  private readonly documents = new Map<string, string>();
  private readonly misses = new Map<string, number>();
  private readonly pending = new Map<string, Promise<string | null>>();
  private readonly missTtlMs: number;
  private readonly maxMisses: number;
  private readonly checkEveryMs: number | undefined;
  private readonly now: () => number;
  /** The table's fingerprint when it was last loaded, and when that was checked. */
  private fingerprint: string | undefined;
  private checkedAt = 0;
  private checking: Promise<void> | undefined;

  constructor(private readonly db: SqlRunner, options: RegistryOptions = {}) {
    this.missTtlMs = options.missTtlMs ?? 10_000;
    this.maxMisses = options.maxMisses ?? 10_000;
    this.checkEveryMs = options.checkEveryMs;
    this.now = options.now ?? Date.now;
  }

  /** Loads every registered document (at start, and again when the table changed). */
  async load(): Promise<number> {
    // The fingerprint first: a change made between the two statements is then seen by the next check.
    if (this.checkEveryMs !== undefined) {
      this.checkedAt = this.now();
      this.fingerprint = await this.currentFingerprint();
    }
    const rows = await this.query('select id, body from trusted_document', []);
    this.documents.clear();
    this.misses.clear();
    for (const row of rows) this.documents.set(row.id, row.body);
    return rows.length;
  }

  /** The text registered under a normalised id, or null. */
  async get(id: string): Promise<string | null> {
    if (this.checkEveryMs !== undefined && this.now() - this.checkedAt >= this.checkEveryMs) await this.checkForChanges();
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
      // The cache now holds more than the table held when its fingerprint was taken: should the document go again,
      // the table would be back to that fingerprint, so the next check reloads whatever it finds.
      this.fingerprint = undefined;
      return row.body;
    }
    this.misses.delete(id);
    if (this.misses.size >= this.maxMisses) this.misses.delete(this.misses.keys().next().value!);
    this.misses.set(id, this.now());
    return null;
  }

  /** Reloads the documents if the table changed since they were loaded; one check at a time, whoever asks. */
  private checkForChanges(): Promise<void> {
    this.checking ??= (async () => {
      try {
        this.checkedAt = this.now();
        const fingerprint = await this.currentFingerprint();
        if (fingerprint !== this.fingerprint) await this.load();
      } catch {
        // The database out of reach: the documents as last loaded until the next check (requests need the database anyway).
      } finally {
        this.checking = undefined;
      }
    })();
    return this.checking;
  }

  private async currentFingerprint(): Promise<string> {
    const [row] = (await this.db.execute(FINGERPRINT, [])) as Array<{ fingerprint: string }>;
    return row.fingerprint;
  }

  // On the ORM's connection, not a request's entity manager: whether the registry had the id cached is no part of the operation's cost.
  private query(text: string, params: unknown[]): Promise<Array<{ id: string; body: string }>> {
    return this.db.execute(text, params) as Promise<Array<{ id: string; body: string }>>;
  }
}
