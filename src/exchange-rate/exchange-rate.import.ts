import type { EntityImport } from '../import/entity-import';
import { currencyCode, decimal, integer } from '../import/fields';

/** 汇率: yuan per unit of a currency, yearly average (e.g. the NBS communiqué's figure for a new year). */
export const exchangeRateImport: EntityImport = {
  entity: 'exchange-rates',
  table: 'exchange_rate',
  key: ['$.currency', '$.year'],
  fields: [
    currencyCode('currency', ['currency', '币种'], { required: true }),
    integer('year', ['year', '年份'], 2000, 2100, { required: true }),
    decimal('cny_per_unit', ['cny_per_unit', 'cnyPerUnit', 'rate', '汇率'], { above: 0 }, { required: true }),
  ],
  exportOrder: '1, 2',
};
