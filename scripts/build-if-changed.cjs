// Compiles to dist/ only when a source changed since the last build, so `npm start`, `npm run cli`
// and the other scripts skip tsc (seconds; 25 s on a first build) on an unchanged tree.
// Plain JavaScript: it runs before anything is compiled.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** What the build reads: TypeScript under these folders, and the files that configure it. */
const SOURCE_DIRS = ['src', 'seeds', 'bench'];
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
/** Written by each build (tsconfig.build.json's tsBuildInfoFile), and touched after it. */
const STAMP = 'dist/.tsbuildinfo.build';

/** The newest modification time of the build's inputs under `root`, in ms. */
function newestSource(root) {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(file).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) if (fs.existsSync(path.join(root, dir))) visit(path.join(root, dir));
  for (const file of CONFIG_FILES) if (fs.existsSync(path.join(root, file))) newest = Math.max(newest, fs.statSync(path.join(root, file)).mtimeMs);
  return newest;
}

/** Whether dist/ is older than a source (or missing). */
function needsBuild(root) {
  const stamp = path.join(root, STAMP);
  return !fs.existsSync(stamp) || newestSource(root) > fs.statSync(stamp).mtimeMs;
}

function main() {
  const root = path.dirname(__dirname);
  if (!needsBuild(root)) return;
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  // tsc leaves its build info alone when nothing it emits changed: mark the build as current anyway.
  const now = new Date();
  fs.utimesSync(path.join(root, STAMP), now, now);
}

module.exports = { STAMP, newestSource, needsBuild };

if (require.main === module) {
  try {
    main();
  } catch {
    process.exit(1);
  }
}
