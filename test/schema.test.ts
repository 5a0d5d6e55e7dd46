import fs from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../src/schema';

const root = path.resolve(__dirname, '..');

describe('the committed schema and generated client', () => {
  it('schema/schema.graphql is exactly the SDL the server serves', () => {
    const committed = fs.readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8');
    expect(committed, 'run `npm run codegen` and commit the result').toBe(printedSchema());
  });

  it('the code generated from codegen.yml is current', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = fs.readFileSync(path.join(root, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale: run \`npm run codegen\``).toBe(output.content);
    }
  }, 60_000);
});
