import fs from 'node:fs';
import { parse, print, visit } from 'graphql';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaChanges, wasDeprecated } from './support/schema-changes';

const root = path.resolve(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const changelog = read('schema/CHANGELOG.md');
const current = read('schema/schema.graphql');

/** The releases kept as SDL, oldest first. */
const releases = fs.readdirSync(path.join(root, 'schema/releases'))
  .map((file) => /^(\d+)\.(\d+)\.(\d+)\.graphql$/.exec(file))
  .filter((match): match is RegExpExecArray => match != null)
  .map((match) => ({ version: `${match[1]}.${match[2]}.${match[3]}`, major: Number(match[1]), parts: match.slice(1).map(Number) }))
  .sort((a, b) => a.parts[0] - b.parts[0] || a.parts[1] - b.parts[1] || a.parts[2] - b.parts[2]);
const latest = releases[releases.length - 1];
const previous = read(`schema/releases/${latest.version}.graphql`);

/** The text under a `##` heading, up to the next one. */
function section(heading: RegExp): string {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}
const unreleased = section(/^## Unreleased/);
const breakingList = /### Breaking\n([\s\S]*?)(\n### |$)/.exec(unreleased)?.[1] ?? '';
const mentions = (text: string, coordinate: string) => text.includes(`\`${coordinate}\``);

describe('the schema changelog', () => {
  it('has a section for every release kept as SDL, and an Unreleased section', () => {
    expect(unreleased).not.toBe('');
    for (const release of releases) expect(changelog).toMatch(new RegExp(`^## ${release.version.replace(/\./g, '\\.')} `, 'm'));
  });

  it('lists every change since the last release by its coordinate', () => {
    const unlisted = schemaChanges(previous, current).filter((change) => !mentions(unreleased, change.coordinate));
    expect(unlisted.map((change) => `${change.kind}: \`${change.coordinate}\` (${change.description})`)).toEqual([]);
  });

  it('allows a breaking change only to what was deprecated before, or, until 1.0, when it is listed under Breaking', () => {
    const refused = schemaChanges(previous, current)
      .filter((change) => change.kind === 'BREAKING' && !wasDeprecated(previous, change.coordinate))
      .filter((change) => !(latest.major === 0 && mentions(breakingList, change.coordinate)));
    expect(refused.map((change) => change.description)).toEqual([]);
  });

  it('catches a field removed without a deprecation, and names it', () => {
    const withoutKey = print(visit(parse(current), {
      ObjectTypeDefinition: (type) => type.name.value === 'Policy' ? { ...type, fields: type.fields?.filter((f) => f.name.value !== 'key') } : undefined,
    }));
    const changes = schemaChanges(current, withoutKey);
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'BREAKING', coordinate: 'Policy.key' }));
    expect(wasDeprecated(current, 'Policy.key')).toBe(false);
    expect(wasDeprecated(current, 'ContractStatsRow.signedUsd')).toBe(true);
  });
});
