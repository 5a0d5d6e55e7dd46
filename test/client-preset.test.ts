import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeExamples } from '../src/core/explorer-examples';

// A frontend team follows the README: its client-preset configuration, run by GraphQL Code Generator on the
// committed schema and the README's example operations, must type every scalar and compile.
const root = path.resolve(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const run = promisify(execFile);
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

let dir: string;
let generated: string;
beforeAll(async () => {
  fs.mkdirSync(path.join(root, '.cache'), { recursive: true });
  dir = fs.mkdtempSync(path.join(root, '.cache', 'client-preset-')); // inside the project, so its node_modules resolve
  const block = /```yaml\n(# codegen\.yml of a frontend: a typed client[\s\S]*?)\n```/.exec(readme)?.[1];
  if (!block) throw new Error('README has no client-preset block');
  // The README's configuration as written, pointed at this repository's schema and a source file of the examples.
  const config = block
    .replace(/^schema: .*$/m, `schema: ${JSON.stringify(path.join(root, 'schema/schema.graphql'))}`)
    .replace(/^documents: .*$/m, `documents: [${JSON.stringify(path.join(dir, 'src/*.ts'))}]`)
    .replace(/^ {2}src\/gql\/:$/m, `  ${JSON.stringify(path.join(dir, 'src/gql') + '/')}:`);
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'codegen.yml'), config);
  const operations = readmeExamples(readme).map((e, i) => `export const example${i} = graphql(\`${e.query}\`);`).join('\n');
  fs.writeFileSync(path.join(dir, 'src/operations.ts'), `import { graphql } from './gql';\n${operations}\n`);
  await run(bin('graphql-codegen'), ['--config', path.join(dir, 'codegen.yml'), '--errors-only'], { cwd: dir, timeout: 120_000 });
  generated = fs.readFileSync(path.join(dir, 'src/gql/graphql.ts'), 'utf8');
}, 180_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a typed client made with the README’s client-preset configuration', () => {
  it('maps every custom scalar of the schema, none to any or unknown', () => {
    const scalars = [...fs.readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8').matchAll(/^scalar (\w+)/gm)].map((m) => m[1]);
    expect(scalars.length).toBeGreaterThan(10);
    for (const scalar of scalars) {
      const entry = new RegExp(`^\\s+${scalar}: \\{ input: (.+); output: (.+); \\}$`, 'm').exec(generated);
      expect(entry, scalar).not.toBeNull();
      expect(entry![2], scalar).not.toMatch(/^(any|unknown)$/);
    }
    expect(generated).toMatch(/Decimal: \{ input: string; output: string; \}/);
    expect(generated).toMatch(/DateTime: \{ input: string; output: string; \}/);
  });

  it('types the README’s examples, money as decimal strings, and compiles under strict TypeScript', async () => {
    expect(generated).toContain('ShaanxiOffshoreByYearQuery');
    // A frontend's use of it: amounts are strings, a missing field is a type error.
    fs.writeFileSync(path.join(dir, 'src/use.ts'), `import type { ResultOf } from '@graphql-typed-document-node/core';
import { example2 } from './operations';
type Data = ResultOf<typeof example2>;
export const amounts = (data: Data): string[] => data.contractStats.rows.map((row) => row.executed.amount);
`);
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true, types: [] },
      include: ['src/**/*.ts'],
    }));
    await run(bin('tsc'), ['-p', path.join(dir, 'tsconfig.json')], { cwd: dir, timeout: 120_000 })
      .catch((error: { stdout?: string; message: string }) => { throw new Error(`tsc: ${error.stdout || error.message}`); });
  }, 180_000);
});
