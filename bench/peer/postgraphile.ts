import { freePort, startChild, type ChildServer } from '../lib/child-server';
import type { PeerCache } from '../lib/peer-cache';

/** PostGraphile V5 (its CLI, with bench/peer/graphile.config.mjs) on `databaseUrl`, as a child process. */
export async function startPostGraphile(cache: PeerCache, databaseUrl: string): Promise<ChildServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  return startChild({
    name: 'PostGraphile',
    command: cache.node,
    args: [cache.postgraphileCli, '-C', cache.graphileConfig],
    cwd: cache.dir,
    env: { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production', PG5_DATABASE_URL: databaseUrl, PG5_PORT: String(port) },
    base,
    ready: async () => {
      const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      return response.ok;
    },
  });
}
