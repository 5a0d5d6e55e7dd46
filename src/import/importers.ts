import { isValidCreditCode } from '../enterprise/credit-code';

/**
 * What each importable entity reads: its columns (matched by English or
 * Chinese header), how each value is checked and converted, and how a
 * checked row is written (an upsert by natural key, so importing the same
 * file twice changes nothing).
 */
export interface Lookups {
  enterpriseByCreditCode: Map<string, number>;
  domainByNumber: Map<number, number>;
  regionByCode: Map<string, number>;
}

export type Parsed = { value: unknown } | { error: string };

export interface Column {
  aliases: string[];
  required: boolean;
  parse(raw: string, lookups: Lookups): Parsed;
}

export interface Importer {
  /** Table the rows go to, its natural key and the columns written. */
  table: string;
  conflict: string;
  dbColumns: string[];
  columns: Record<string, Column>;
  /** Checked values in `dbColumns` order. */
  toRow(values: Record<string, unknown>): unknown[];
}

const ok = (value: unknown): Parsed => ({ value });
const fail = (error: string): Parsed => ({ error });

function integer(min: number, max: number) {
  return (raw: string): Parsed => (/^-?\d+$/.test(raw) && +raw >= min && +raw <= max ? ok(Number(raw)) : fail(`must be a whole number from ${min} to ${max}`));
}

function amount(raw: string): Parsed {
  const n = Number(raw.replace(/,/g, ''));
  return raw !== '' && Number.isFinite(n) && n >= 0 ? ok(Math.round(n * 100) / 100) : fail('must be a non-negative amount');
}

function oneOf(values: Record<string, string>) {
  return (raw: string): Parsed => {
    const v = values[raw] ?? values[raw.toUpperCase()];
    return v ? ok(v) : fail(`must be one of ${[...new Set(Object.keys(values))].join(', ')}`);
  };
}

const creditCode = (raw: string): Parsed => {
  const code = raw.toUpperCase();
  return isValidCreditCode(code) ? ok(code) : fail('is not a unified social credit code (18 characters, GB 32100 check character)');
};

const THIS_YEAR = new Date().getUTCFullYear();

export const importers: Record<string, Importer> = {
  'contract-records': {
    table: 'contract_record',
    conflict: '(enterprise_id, year, coalesce(quarter, 0), domain_id, direction, client_market)',
    dbColumns: ['enterprise_id', 'year', 'quarter', 'domain_id', 'direction', 'client_market', 'signed_amount', 'executed_amount', 'currency'],
    columns: {
      enterprise: {
        aliases: ['credit_code', 'creditCode', 'enterprise_credit_code', '统一社会信用代码', '信用代码'],
        required: true,
        parse: (raw, l) => {
          const code = creditCode(raw);
          if ('error' in code) return code;
          const id = l.enterpriseByCreditCode.get(code.value as string);
          return id ? ok(id) : fail('no enterprise has this credit code (import the enterprise first)');
        },
      },
      year: { aliases: ['year', '年份', '年度'], required: true, parse: integer(2000, THIS_YEAR) },
      quarter: { aliases: ['quarter', '季度'], required: false, parse: integer(1, 4) },
      domain: {
        aliases: ['domain', 'domain_number', 'domainNumber', '领域', '领域序号'],
        required: true,
        parse: (raw, l) => (l.domainByNumber.has(Number(raw)) && /^\d+$/.test(raw) ? ok(l.domainByNumber.get(Number(raw))) : fail('must be a catalog number 1–24')),
      },
      direction: {
        aliases: ['direction', '方向', '业务类型'],
        required: true,
        parse: oneOf({ OFFSHORE: 'OFFSHORE', ONSHORE: 'ONSHORE', 离岸: 'OFFSHORE', 在岸: 'ONSHORE' }),
      },
      clientMarket: {
        aliases: ['client_market', 'clientMarket', 'market', '客户市场', '国别'],
        required: true,
        parse: (raw) => (/^[A-Za-z]{2}$/.test(raw) ? ok(raw.toUpperCase()) : fail('must be an ISO 3166-1 alpha-2 code, e.g. US or CN')),
      },
      signedAmount: { aliases: ['signed_amount', 'signedAmount', 'signed', '签约额', '合同签约额'], required: true, parse: amount },
      executedAmount: { aliases: ['executed_amount', 'executedAmount', 'executed', '执行额', '合同执行额'], required: true, parse: amount },
      currency: {
        aliases: ['currency', '币种'],
        required: false,
        parse: (raw) => (/^[A-Za-z]{3}$/.test(raw) ? ok(raw.toUpperCase()) : fail('must be an ISO 4217 code, e.g. USD')),
      },
    },
    toRow: (v) => [v.enterprise, v.year, v.quarter ?? null, v.domain, v.direction, v.clientMarket, v.signedAmount, v.executedAmount, v.currency ?? 'USD'],
  },
  enterprises: {
    table: 'enterprise',
    conflict: '(credit_code)',
    dbColumns: ['credit_code', 'name_zh', 'name_en', 'ownership', 'founded_on', 'headcount', 'region_id', 'website', 'client_markets'],
    columns: {
      creditCode: { aliases: ['credit_code', 'creditCode', '统一社会信用代码', '信用代码'], required: true, parse: creditCode },
      nameZh: { aliases: ['name_zh', 'nameZh', 'name', '企业名称', '名称'], required: true, parse: (raw) => (raw.length <= 200 ? ok(raw) : fail('at most 200 characters')) },
      nameEn: { aliases: ['name_en', 'nameEn', '英文名称'], required: false, parse: (raw) => (raw.length <= 300 ? ok(raw) : fail('at most 300 characters')) },
      ownership: {
        aliases: ['ownership', '所有制', '企业性质'],
        required: true,
        parse: oneOf({ STATE: 'STATE', PRIVATE: 'PRIVATE', FOREIGN_INVESTED: 'FOREIGN_INVESTED', JOINT_VENTURE: 'JOINT_VENTURE', 国有: 'STATE', 民营: 'PRIVATE', 外商独资: 'FOREIGN_INVESTED', 合资: 'JOINT_VENTURE' }),
      },
      foundedOn: {
        aliases: ['founded_on', 'foundedOn', '成立日期'],
        required: false,
        parse: (raw) => (/^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) && raw <= new Date().toISOString().slice(0, 10) ? ok(raw) : fail('must be a past date YYYY-MM-DD')),
      },
      headcount: { aliases: ['headcount', '从业人员', '员工人数'], required: false, parse: integer(0, 10_000_000) },
      region: {
        aliases: ['region_code', 'regionCode', '行政区划代码', '区域代码'],
        required: true,
        parse: (raw, l) => (l.regionByCode.has(raw) ? ok(l.regionByCode.get(raw)) : fail('no region has this code')),
      },
      website: { aliases: ['website', '网站'], required: false, parse: (raw) => (/^https?:\/\/\S+$/.test(raw) ? ok(raw) : fail('must be an http(s) URL')) },
      clientMarkets: {
        aliases: ['client_markets', 'clientMarkets', '客户市场'],
        required: false,
        parse: (raw) => {
          const codes = raw.split(/[;,；，\s]+/).filter(Boolean).map((c) => c.toUpperCase());
          return codes.every((c) => /^[A-Z]{2}$/.test(c)) ? ok(codes) : fail('must be ISO 3166-1 alpha-2 codes separated by ;');
        },
      },
    },
    toRow: (v) => [v.creditCode, v.nameZh, v.nameEn ?? null, v.ownership, v.foundedOn ?? null, v.headcount ?? null, v.region, v.website ?? null, v.clientMarkets ?? []],
  },
};
