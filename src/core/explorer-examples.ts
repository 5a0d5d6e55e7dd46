import fs from 'node:fs';
import path from 'node:path';

/**
 * The README's example operations: the API explorer (src/core/explorer.ts)
 * opens them as tabs and test/readme-examples.test.ts runs each with the key
 * it names. They are read from README.md itself, so the two cannot drift: a
 * ```graphql block whose first line is a comment `# <what it shows>. Key: <role>.`
 */
export interface ExplorerExample {
  /** What the example shows; the tab starts with it as a comment line. */
  title: string;
  /** The operation, exactly as the README has it (the comment line left out). */
  query: string;
  /** The role whose key it needs (`researcher`, `admin`, …), or null: anonymous. */
  role: string | null;
  /** What the README says about the key, for the tab's comment (e.g. "none (published tables; …)"). */
  keyNote: string;
}

const BLOCK = /```graphql\n# (.+?) Key: (.+?)\.?\n([\s\S]*?)\n```/g;

export function readmeExamples(readme: string): ExplorerExample[] {
  return [...readme.matchAll(BLOCK)].map(([, title, keyNote, query]) => {
    const role = /^(\w+)/.exec(keyNote)?.[1] ?? 'none';
    return { title, query, keyNote, role: role === 'none' ? null : role };
  });
}

/** README.md beside src/ (from source) or beside dist/ (compiled); none found (a deployment without it): no examples. */
function readReadme(): string {
  for (const candidate of [path.resolve(__dirname, '../../README.md'), path.resolve(__dirname, '../../../README.md')]) {
    if (fs.existsSync(candidate)) return fs.readFileSync(candidate, 'utf8');
  }
  return '';
}

export const EXPLORER_EXAMPLES: readonly ExplorerExample[] = readmeExamples(readReadme());
