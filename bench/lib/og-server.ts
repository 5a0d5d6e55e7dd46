import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/core/config';
import { freePort, startChild, type ChildServer } from './child-server';

/**
 * Rate limits the benchmarks lift, in this one place: a load generator on one
 * address would otherwise measure 429s. Names as the README's environment
 * table gives them; `checkRateLimitVariables` warns about any new one.
 */
export const LIFTED_RATE_LIMITS: Record<string, string> = {
  RATE_LIMIT_ANONYMOUS: '1000000000',
  RATE_LIMIT_KEY: '1000000000',
};
/** Rate-limit variables that are not limits (left as they are). */
const NOT_LIMITS = new Set(['RATE_LIMIT_WINDOW']);

export interface OgServerOptions {
  /** The Node binary to run it on. */
  node: string;
  databaseUrl: string;
  /** Lift the rate limits (peer bench), or keep the server's own (attack bench). */
  liftRateLimits: boolean;
  log?: (line: string) => void;
}

/** This project's server (`dist/src/main.js`) in production mode, as a child process. */
export async function startOgServer(options: OgServerOptions): Promise<ChildServer> {
  if (options.liftRateLimits) checkRateLimitVariables(options.log ?? console.warn);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  return startChild({
    name: 'this project',
    command: options.node,
    args: [path.join(projectRoot, 'dist/src/main.js')],
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: options.databaseUrl, PORT: String(port), ...(options.liftRateLimits ? LIFTED_RATE_LIMITS : {}) },
    base,
    ready: async () => (await fetch(`${base}/healthz`)).ok,
  });
}

/** Warns when the built server reads a RATE_LIMIT_* variable this bench does not set (the limiter changed). */
function checkRateLimitVariables(warn: (line: string) => void): void {
  const dir = path.join(projectRoot, 'dist/src');
  const names = new Set<string>();
  for (const file of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (!file.endsWith('.js')) continue;
    for (const match of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/\bRATE_LIMIT_[A-Z0-9_]+/g)) names.add(match[0]);
  }
  const unknown = [...names].filter((name) => !(name in LIFTED_RATE_LIMITS) && !NOT_LIMITS.has(name));
  if (unknown.length) warn(`Warning: the server reads ${unknown.join(', ')}, which the bench does not lift (see LIFTED_RATE_LIMITS in bench/lib/og-server.ts).`);
}
