import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsBuild, STAMP } from '../scripts/build-if-changed.cjs';

// Issue 12: `npm start` and `npm run cli` compile only when a source changed since the last build.

function tree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'og-build-'));
  for (const file of ['src/main.ts', 'src/core/config.ts', 'seeds/cli.ts', 'bench/attack.ts', 'tsconfig.json', 'package.json', STAMP]) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '');
  }
  return root;
}
const at = (root: string, file: string, seconds: number) => fs.utimesSync(path.join(root, file), seconds, seconds);

describe('building only what changed', () => {
  it('skips the build when every source is older than the last one, and builds after any change', () => {
    const root = tree();
    for (const file of ['src/main.ts', 'src/core/config.ts', 'seeds/cli.ts', 'bench/attack.ts', 'tsconfig.json', 'package.json']) at(root, file, 1_000);
    at(root, STAMP, 2_000);
    expect(needsBuild(root)).toBe(false);
    at(root, 'src/core/config.ts', 3_000);
    expect(needsBuild(root)).toBe(true);
    at(root, STAMP, 4_000);
    expect(needsBuild(root)).toBe(false);
    at(root, 'package.json', 5_000);
    expect(needsBuild(root)).toBe(true);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('builds when there is no build yet', () => {
    const root = tree();
    fs.rmSync(path.join(root, STAMP));
    expect(needsBuild(root)).toBe(true);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
