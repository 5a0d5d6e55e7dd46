import type http from 'node:http';
import { Client } from 'pg';
import { migrationsList } from '../migrations';
import type { DatabaseNodes } from './database-nodes';
import { RETRY_AFTER_SECONDS } from './errors';

/**
 * Health probes for whoever runs the server: `/livez` says the process is up (restart it if
 * not); `/readyz` says it can serve: not stopping, its database answering and every committed
 * migration applied (send it traffic only then). `/healthz` is `/readyz` under its old name.
 * A readiness check opens a short-lived connection of its own, with a one-second limit, so a
 * database that hangs cannot hang the probe; its answer is kept for a second, so a flood of
 * probes costs one check a second.
 *
 * With replicas (DATABASE_READ_URLS) each is checked too and named under `replicas`. A primary out of
 * reach with a replica answering is `read-only`, still 200: reads are served, writes answer 503.
 */
export interface ReadinessChecks {
  database: string;
  migrations: string;
  replicas?: Record<string, string>;
}

const CHECK_TIMEOUT_MS = 1_000;
const ANSWER_TTL_MS = 1_000;

export class Probes {
  private last: { at: number; checks: Promise<ReadinessChecks> } | null = null;

  constructor(private readonly nodes: DatabaseNodes, private readonly stopping: () => boolean) {}

  /** Answers /livez, /readyz and /healthz; returns false for any other path. */
  handle(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (pathname === '/livez') {
      send(res, 200, { status: 'ok' });
      return true;
    }
    if (pathname !== '/readyz' && pathname !== '/healthz') return false;
    if (this.stopping()) {
      send(res, 503, { status: 'stopping' }, { 'retry-after': String(RETRY_AFTER_SECONDS) });
      return true;
    }
    void this.checks().then((checks) => {
      const readable = checks.database === 'ok' || Object.values(checks.replicas ?? {}).includes('ok');
      const ok = readable && checks.migrations === 'ok';
      const status = !ok ? 'not ready' : checks.database === 'ok' ? 'ok' : 'read-only';
      send(res, ok ? 200 : 503, { status, checks }, ok ? {} : { 'retry-after': String(RETRY_AFTER_SECONDS) });
    });
    return true;
  }

  private checks(): Promise<ReadinessChecks> {
    const now = Date.now();
    if (!this.last || now - this.last.at > ANSWER_TTL_MS) this.last = { at: now, checks: this.check() };
    return this.last.checks;
  }

  private async check(): Promise<ReadinessChecks> {
    const [primary, ...replicas] = await Promise.all(this.nodes.all.map((node) => this.checkNode(node.url)));
    if (replicas.length === 0) return primary;
    const named: Record<string, string> = {};
    this.nodes.replicas.forEach((node, i) => {
      const lagging = node.lagMs != null && node.lagMs > this.nodes.maxLagMs;
      named[node.name] = replicas[i].database !== 'ok' ? replicas[i].database : lagging ? `behind by ${node.lagMs} ms` : 'ok';
    });
    // Migrations as the primary saw them, or, with the primary out of reach, a replica (a copy of it).
    const migrations = primary.database === 'ok' ? primary.migrations : (replicas.find((r) => r.database === 'ok')?.migrations ?? 'unknown');
    return { database: primary.database, migrations, replicas: named };
  }

  private async checkNode(url: string): Promise<ReadinessChecks> {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: CHECK_TIMEOUT_MS, statement_timeout: CHECK_TIMEOUT_MS, query_timeout: CHECK_TIMEOUT_MS });
    try {
      await client.connect();
      const applied = new Set((await client.query<{ name: string }>('select name from mikro_orm_migrations')).rows.map((r) => r.name));
      const pending = migrationsList.filter((m) => !applied.has(m.name)).length;
      return { database: 'ok', migrations: pending ? `${pending} pending` : 'ok' };
    } catch (error) {
      const code = (error as { code?: string }).code;
      // A missing migrations table is a database nobody migrated; anything else, one that cannot be reached.
      if (code === '42P01') return { database: 'ok', migrations: `${migrationsList.length} pending` };
      return { database: `unreachable (${code ?? (error as Error).message})`, migrations: 'unknown' };
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
