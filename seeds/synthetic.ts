import type { EntityManager } from '@mikro-orm/postgresql';
import { creditCodeCheckChar } from '../src/enterprise/credit-code';

/**
 * The deterministic synthetic generator: the same seed and scale give the same
 * records, every one marked SYNTHETIC in its provenance. It replaces earlier
 * synthetic records and never touches real ones. Scale 1 is a small living
 * graph (~40 enterprises); the size of every table grows linearly with scale.
 */
export interface SyntheticOptions {
  scale: number;
  seed?: number;
  firstYear?: number;
  lastYear?: number;
}

export interface SyntheticSummary {
  [table: string]: number;
}

const PER_SCALE = { parks: 6, enterprises: 40, universities: 4, trainingBases: 8, partnerships: 16 };

/** Regions synthetic records are placed in (codes of the real region tree). */
const PLACES = [
  { code: '410105', zh: '金水', en: 'Jinshui', div: '410105', province: 'HA', lat: 34.80, lon: 113.66 },
  { code: '410171', zh: '经开', en: 'Jingkai', div: '410171', province: 'HA', lat: 34.72, lon: 113.73 },
  { code: '410172', zh: '高新', en: 'Gaoxin', div: '410172', province: 'HA', lat: 34.81, lon: 113.56 },
  { code: '410173', zh: '航空港', en: 'Hangkonggang', div: '410173', province: 'HA', lat: 34.53, lon: 113.84 },
  { code: 'ZZ-ZHENGDONG', zh: '郑东', en: 'Zhengdong', div: '410100', province: 'HA', lat: 34.77, lon: 113.73 },
  { code: '610100', zh: '西安', en: 'Xi’an', div: '610100', province: 'SN', lat: 34.34, lon: 108.94 },
  { code: 'SN-XIXIAN', zh: '西咸', en: 'Xixian', div: '610100', province: 'SN', lat: 34.33, lon: 108.75 },
  { code: '610300', zh: '宝鸡', en: 'Baoji', div: '610300', province: 'SN', lat: 34.36, lon: 107.24 },
  { code: '610400', zh: '咸阳', en: 'Xianyang', div: '610400', province: 'SN', lat: 34.33, lon: 108.71 },
  { code: '610700', zh: '汉中', en: 'Hanzhong', div: '610700', province: 'SN', lat: 33.07, lon: 107.02 },
  { code: '610900', zh: '安康', en: 'Ankang', div: '610900', province: 'SN', lat: 32.68, lon: 109.03 },
  { code: '610600', zh: '延安', en: 'Yan’an', div: '610600', province: 'SN', lat: 36.59, lon: 109.49 },
  { code: '610800', zh: '榆林', en: 'Yulin', div: '610800', province: 'SN', lat: 38.29, lon: 109.73 },
] as const;

const WORDS = [
  ['华信', 'Huaxin'], ['恒通', 'Hengtong'], ['博远', 'Boyuan'], ['中科', 'Zhongke'], ['云图', 'Yuntu'], ['数智', 'Shuzhi'],
  ['启明', 'Qiming'], ['天元', 'Tianyuan'], ['汇联', 'Huilian'], ['创新', 'Chuangxin'], ['鼎盛', 'Dingsheng'], ['瑞达', 'Ruida'],
  ['金桥', 'Jinqiao'], ['长安', 'Chang’an'], ['丝路', 'Silu'], ['嵩山', 'Songshan'], ['黄河', 'Huanghe'], ['秦岭', 'Qinling'],
] as const;
const ENTERPRISE_SUFFIX = [['信息技术有限公司', 'Information Technology Co., Ltd.'], ['软件有限公司', 'Software Co., Ltd.'], ['数据服务有限公司', 'Data Services Co., Ltd.'], ['科技股份有限公司', 'Technology Co., Ltd.']] as const;
const MARKETS_OFFSHORE = ['US', 'JP', 'KR', 'DE', 'GB', 'FR', 'HK', 'TW', 'SG', 'MY', 'TH', 'VN', 'RU', 'KZ', 'AE', 'PK'];
const OWNERSHIP = ['PRIVATE', 'PRIVATE', 'PRIVATE', 'STATE', 'FOREIGN_INVESTED', 'JOINT_VENTURE'];

/** mulberry32: a small, fast, well-mixed deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
    sample: <T>(list: readonly T[], n: number): T[] => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
  };
}

function wordPair(i: number): { zh: string; en: string } {
  const a = WORDS[i % WORDS.length];
  const b = WORDS[Math.floor(i / WORDS.length) % WORDS.length];
  const round = Math.floor(i / (WORDS.length * WORDS.length));
  return { zh: `${a[0]}${b[0]}${round ? round + 1 : ''}`, en: `${a[1]}${b[1].toLowerCase()}${round ? ` ${round + 1}` : ''}` };
}

export function creditCodeFor(divisionCode: string, serial: number): string {
  const first17 = `91${divisionCode}${String(serial).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Tables holding synthetic records, children first, for replacement. */
const SYNTHETIC_TABLES = ['exchange_rate', 'placement', 'cohort', 'partnership', 'designation', 'contract_record', 'training_base', 'university', 'enterprise', 'park'];

export async function loadSynthetic(em: EntityManager, options: SyntheticOptions): Promise<SyntheticSummary> {
  const { scale, seed = 20170817, firstYear = 2016, lastYear = 2025 } = options;
  if (!Number.isInteger(scale) || scale < 0) throw new Error(`--scale must be a non-negative integer, got ${scale}`);
  const rand = prng(seed);
  const tag = `synthetic generator seed=${seed} scale=${scale}`;
  const provenance = { provenance_source: 'SYNTHETIC', provenance_document: tag, provenance_note: 'Synthetic demo/test data; not a real record.' };
  const summary: SyntheticSummary = {};
  const knex = em.getKnex();

  await knex.transaction(async (trx) => {
    // Synthetic records are not news: the change feed's triggers stand aside for this transaction (seeding stays fast).
    await trx.raw(`select set_config('og.feed', 'off', true)`);
    // Releases made from synthetic data go with it (their cells cascade).
    await trx('statistics_release').where('synthetic', true).delete();
    for (const table of SYNTHETIC_TABLES) await trx(table).where('provenance_source', 'SYNTHETIC').delete();
    if (scale === 0) return;

    const regionIds = new Map<string, number>(
      (await trx('region').select('id', 'code')).map((r: { id: number; code: string }) => [r.code, r.id]),
    );
    const domains: Array<{ id: number; number: number }> = await trx('service_domain').select('id', 'number').orderBy('number');
    if (domains.length === 0) throw new Error('Load the real facts first: the synthetic data uses their regions and domains.');
    const realParks: Array<{ id: number; region_id: number }> = await trx('park').select('id', 'region_id').orderBy('id');
    const insert = async (table: string, rows: Array<Record<string, unknown>>) => {
      summary[table] = (summary[table] ?? 0) + rows.length;
      const ids: number[] = [];
      for (let i = 0; i < rows.length; i += 1000) {
        const result = await trx(table).insert(rows.slice(i, i + 1000)).returning('id');
        ids.push(...result.map((r: { id: number }) => r.id));
      }
      return ids;
    };
    const link = async (table: string, rows: Array<Record<string, unknown>>) => {
      summary[table] = (summary[table] ?? 0) + rows.length;
      for (let i = 0; i < rows.length; i += 5000) await trx(table).insert(rows.slice(i, i + 5000));
    };
    const date = (year: number) => `${year}-${String(rand.int(1, 12)).padStart(2, '0')}-${String(rand.int(1, 28)).padStart(2, '0')}`;

    // Parks: Henan ones may become demonstration parks, Shaanxi ones provincial bases.
    const parkRows = Array.from({ length: PER_SCALE.parks * scale }, (_, i) => {
      const place = PLACES[i % PLACES.length];
      const name = wordPair(i + 7);
      const kind = rand.pick(['SOFTWARE_PARK', 'INDUSTRIAL_PARK', 'SCIENCE_PARK', 'INCUBATOR'] as const);
      const kindZh = { SOFTWARE_PARK: '软件园', INDUSTRIAL_PARK: '服务外包产业园', SCIENCE_PARK: '科技园', INCUBATOR: '孵化器' }[kind];
      const kindEn = { SOFTWARE_PARK: 'Software Park', INDUSTRIAL_PARK: 'Outsourcing Industrial Park', SCIENCE_PARK: 'Science Park', INCUBATOR: 'Incubator' }[kind];
      return {
        name_zh: `${place.zh}${name.zh}${kindZh}`,
        name_en: `${place.en} ${name.en} ${kindEn}`,
        kind,
        level: rand.pick(['PROVINCIAL', 'MUNICIPAL', 'DISTRICT']),
        region_id: regionIds.get(place.code),
        focus_category: rand.pick(['ITO', 'BPO', 'KPO']),
        designation_year: rand.int(2010, 2022),
        status: 'ACTIVE',
        latitude: Math.round((place.lat + (rand.next() - 0.5) * 0.1) * 1e5) / 1e5,
        longitude: Math.round((place.lon + (rand.next() - 0.5) * 0.1) * 1e5) / 1e5,
        website: `https://synthetic.example/parks/${i + 1}`,
        ...provenance,
      };
    });
    const parkIds = await insert('park', parkRows);
    await link('park_focus_domain', parkIds.flatMap((id) => rand.sample(domains, rand.int(1, 3)).map((d) => ({ park_id: id, service_domain_id: d.id }))));
    const parks = parkIds.map((id, i) => ({ id, region_id: parkRows[i].region_id as number, province: PLACES[i % PLACES.length].province }));

    // Enterprises, each in a place, one or two parks there (or none), two or three domains.
    const enterpriseRows = Array.from({ length: PER_SCALE.enterprises * scale }, (_, i) => {
      const place = PLACES[i % PLACES.length];
      const name = wordPair(i);
      const suffix = rand.pick(ENTERPRISE_SUFFIX);
      return {
        name_zh: `${place.zh}${name.zh}${suffix[0]}`,
        name_en: `${place.en} ${name.en} ${suffix[1]}`,
        credit_code: creditCodeFor(place.div, seed % 1000 * 1_000_000 + i),
        ownership: rand.pick(OWNERSHIP),
        founded_on: date(rand.int(2000, 2020)),
        headcount: rand.int(20, 3000),
        listing_board: rand.chance(0.15) ? rand.pick(['NEEQ', 'CHINEXT', 'STAR', 'SZSE_MAIN', 'HKEX']) : null,
        client_markets: rand.sample(MARKETS_OFFSHORE, rand.int(1, 4)),
        website: `https://synthetic.example/enterprises/${i + 1}`,
        region_id: regionIds.get(place.code),
        ...provenance,
      };
    });
    const enterpriseIds = await insert('enterprise', enterpriseRows);
    const enterprises = enterpriseIds.map((id, i) => ({ id, place: PLACES[i % PLACES.length], regionId: enterpriseRows[i].region_id as number, domains: rand.sample(domains, rand.int(2, 3)) }));
    await link('enterprise_domain', enterprises.flatMap((e) => e.domains.map((d) => ({ enterprise_id: e.id, service_domain_id: d.id }))));
    const parkLinks = new Set<string>();
    for (const e of enterprises) {
      const candidates = [...parks, ...realParks.map((p) => ({ ...p, province: 'HA' }))].filter((p) => p.region_id === e.regionId);
      for (const park of rand.sample(candidates, rand.int(0, 2))) parkLinks.add(`${e.id}:${park.id}`);
    }
    await link('enterprise_park', [...parkLinks].map((k) => ({ enterprise_id: Number(k.split(':')[0]), park_id: Number(k.split(':')[1]) })));

    // Contract records: whole-year figures growing with noise; offshore ones to foreign markets.
    const contractRows: Array<Record<string, unknown>> = [];
    for (const e of enterprises) {
      let base = rand.int(50, 5000) * 1000;
      for (let year = firstYear; year <= lastYear; year++) {
        base = Math.round(base * (1 + rand.next() * 0.5 - 0.1));
        const keys = new Set<string>();
        for (let k = 0; k < rand.int(1, 3); k++) {
          const domain = rand.pick(e.domains);
          const offshore = rand.chance(0.55);
          const market = offshore ? rand.pick(MARKETS_OFFSHORE) : 'CN';
          const key = `${domain.id}:${offshore}:${market}`;
          if (keys.has(key)) continue;
          keys.add(key);
          const signed = Math.round(base * (0.3 + rand.next()));
          contractRows.push({
            enterprise_id: e.id, year, quarter: null, domain_id: domain.id,
            direction: offshore ? 'OFFSHORE' : 'ONSHORE', client_market: market,
            signed_amount: signed, executed_amount: Math.round(signed * (0.6 + rand.next() * 0.4)),
            currency: rand.chance(0.9) ? 'USD' : 'CNY', ...provenance,
          });
        }
      }
    }
    await insert('contract_record', contractRows);

    // Universities and the training bases they, enterprises or training organisations run.
    const universityRows = Array.from({ length: PER_SCALE.universities * scale }, (_, i) => {
      const place = PLACES[(i * 3) % PLACES.length];
      const name = wordPair(i + 101);
      const kind = rand.pick([['大学', 'University'], ['学院', 'College'], ['职业技术学院', 'Vocational and Technical College']] as const);
      return {
        name_zh: `${place.zh}${name.zh}${kind[0]}`, name_en: `${place.en} ${name.en} ${kind[1]}`,
        region_id: regionIds.get(place.code), offers_outsourcing_major: rand.chance(0.6), ...provenance,
      };
    });
    const universityIds = await insert('university', universityRows);

    const baseRows = Array.from({ length: PER_SCALE.trainingBases * scale }, (_, i) => {
      const operator = i % 4 === 3 ? 'ENTERPRISE' : i % 8 === 6 ? 'TRAINING_ORGANISATION' : 'UNIVERSITY';
      const university = universityIds[i % universityIds.length];
      const enterprise = enterprises[(i * 5) % enterprises.length];
      const regionId = operator === 'UNIVERSITY' ? universityRows[i % universityIds.length].region_id : enterprise.regionId;
      const park = parks.find((p) => p.region_id === regionId);
      const kind = operator === 'TRAINING_ORGANISATION' ? 'TRAINING_INSTITUTION' : rand.pick(['TALENT_CULTIVATION_BASE', 'PRACTICAL_TRAINING_BASE']);
      const name = wordPair(i + 211);
      return {
        name_zh: `${name.zh}服务外包${kind === 'TRAINING_INSTITUTION' ? '培训中心' : kind === 'PRACTICAL_TRAINING_BASE' ? '实训基地' : '人才培养基地'}`,
        name_en: `${name.en} Outsourcing ${kind === 'TRAINING_INSTITUTION' ? 'Training Centre' : kind === 'PRACTICAL_TRAINING_BASE' ? 'Practical Training Base' : 'Talent Base'}`,
        kind, operator_kind: operator,
        university_id: operator === 'UNIVERSITY' ? university : null,
        enterprise_id: operator === 'ENTERPRISE' ? enterprise.id : null,
        operator_name: operator === 'TRAINING_ORGANISATION' ? `${name.zh}职业培训学校` : null,
        region_id: regionId, park_id: park && rand.chance(0.5) ? park.id : null,
        yearly_capacity: rand.int(50, 800), ...provenance,
      };
    });
    const baseIds = await insert('training_base', baseRows);
    const bases = baseIds.map((id, i) => ({ id, row: baseRows[i], domains: rand.sample(domains, rand.int(1, 3)) }));
    await link('training_base_domain', bases.flatMap((b) => b.domains.map((d) => ({ training_base_id: b.id, service_domain_id: d.id }))));

    // Partnerships: universities with enterprises, some through the university's own base.
    const partnershipRows = Array.from({ length: PER_SCALE.partnerships * scale }, (_, i) => {
      const universityId = universityIds[i % universityIds.length];
      const ownBases = bases.filter((b) => b.row.university_id === universityId);
      const started = rand.int(firstYear - 2, lastYear - 1);
      const ended = rand.chance(0.25) ? Math.min(started + rand.int(1, 4), lastYear) : null;
      return {
        university_id: universityId,
        enterprise_id: rand.pick(enterprises).id,
        training_base_id: ownBases.length && rand.chance(0.7) ? rand.pick(ownBases).id : null,
        kind: rand.pick(['JOINT_TRAINING', 'INTERNSHIP_BASE', 'ORDER_CLASS', 'CO_BUILT_LAB', 'TWO_WAY_EXCHANGE', 'JOINT_RESEARCH']),
        status: ended ? 'ENDED' : 'ACTIVE',
        started_on: `${started}-09-01`, ended_on: ended ? `${ended}-07-31` : null,
        students_per_year: rand.int(10, 120), ...provenance,
      };
    });
    await insert('partnership', partnershipRows);

    // Cohorts and where their graduates went. About 2% report more completions than
    // enrolments, as real reports sometimes do; the pipeline reports flag them.
    const cohortRows: Array<Record<string, unknown>> = [];
    for (const b of bases) {
      for (let year = firstYear; year <= lastYear; year++) {
        if (!rand.chance(0.6)) continue;
        const domain = rand.pick(b.domains);
        const enrolled = rand.int(20, 200);
        const completed = rand.chance(0.02) ? enrolled + rand.int(1, 10) : Math.round(enrolled * (0.7 + rand.next() * 0.3));
        cohortRows.push({
          training_base_id: b.id, domain_id: domain.id, year, enrolled, completed,
          certified: Math.round(completed * (0.5 + rand.next() * 0.5)), ...provenance,
        });
      }
    }
    const cohortIds = await insert('cohort', cohortRows);
    const placementRows: Array<Record<string, unknown>> = [];
    cohortIds.forEach((cohortId, i) => {
      const row = cohortRows[i];
      let left = Math.round((row.certified as number) * (0.4 + rand.next() * 0.5));
      for (const e of rand.sample(enterprises, rand.int(1, 3))) {
        const hired = Math.min(left, rand.int(1, Math.max(1, Math.round(left / 2) + 1)));
        if (hired <= 0) break;
        left -= hired;
        placementRows.push({ cohort_id: cohortId, enterprise_id: e.id, year: Math.min((row.year as number) + rand.int(0, 1), lastYear), hired, ...provenance });
      }
    });
    await insert('placement', placementRows);

    // Designations of synthetic holders only, so no real record is ever said to be designated.
    const designationRows: Array<Record<string, unknown>> = [];
    const grant = (holder: Record<string, number>, kind: string, authority: string, expires: boolean) => {
      const from = rand.int(firstYear, lastYear - 1);
      const until = expires && rand.chance(0.3) ? `${Math.min(from + 3, lastYear)}-12-31` : null;
      designationRows.push({ ...holder, kind, authority, valid_from: `${from}-${String(rand.int(1, 12)).padStart(2, '0')}-01`, valid_until: until, ...provenance });
    };
    for (const p of parks) {
      if (p.province === 'HA' && rand.chance(0.6)) grant({ park_id: p.id }, 'DEMONSTRATION_PARK', '郑州市商务局', false);
      if (p.province === 'SN' && rand.chance(0.5)) grant({ park_id: p.id }, 'PROVINCIAL_DEVELOPMENT_BASE', '陕西省商务厅', false);
    }
    for (const e of enterprises) {
      if (e.place.province === 'HA') {
        if (rand.chance(0.1)) grant({ enterprise_id: e.id }, 'INDUSTRY_LEADING_ENTERPRISE', '郑州市人民政府', false);
        if (rand.chance(0.4)) grant({ enterprise_id: e.id }, 'CITY_KEY_ENTERPRISE', '郑州市商务局', true);
      } else {
        if (rand.chance(0.15)) grant({ enterprise_id: e.id }, 'PROVINCIAL_LEADING_ENTERPRISE', '陕西省商务厅', false);
        if (rand.chance(0.3)) grant({ enterprise_id: e.id }, 'FEATURED_ENTERPRISE', '陕西省商务厅', true);
      }
      if (rand.chance(0.25)) grant({ enterprise_id: e.id }, 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE', e.place.province === 'HA' ? '河南省科学技术厅' : '陕西省科学技术厅', true);
    }
    // Every Shaanxi base has a chance; the first one always holds it, so each scale has training-base designations.
    let firstShaanxiBase = true;
    for (const b of bases) {
      if (PLACES.find((p) => regionIds.get(p.code) === b.row.region_id)?.province !== 'SN') continue;
      if (rand.chance(0.5) || firstShaanxiBase) grant({ training_base_id: b.id }, 'PROVINCIAL_KEY_TRAINING_INSTITUTION', '陕西省商务厅', false);
      firstShaanxiBase = false;
    }
    await insert('designation', designationRows);

    // Placeholder rates for years whose official rate is not in the reference data yet.
    const published = new Set((await trx('exchange_rate').where({ currency: 'USD' }).select('year')).map((r: { year: number }) => r.year));
    const placeholders = [];
    for (let year = firstYear; year <= lastYear; year++) {
      if (!published.has(year)) placeholders.push({ currency: 'USD', year, cny_per_unit: 7.1, ...provenance, provenance_note: 'Synthetic placeholder rate for demos and tests; not a published rate.' });
    }
    if (placeholders.length) await insert('exchange_rate', placeholders);
  });
  return summary;
}

