import type { EntityImport } from '../import/entity-import';
import { amount, countryCode, currencyCode, integer, oneOf, reference, to } from '../import/fields';
import { ContractDirection } from './contract-record.entity';
import { IMPORT_PERIOD_CONFLICTS, stagedConflictReason, type StagedPeriodConflict } from './reporting-period';

const THIS_YEAR = new Date().getUTCFullYear();

/** 合同统计: one row per enterprise, year (and quarter), domain, direction and client market. */
export const contractRecordImport: EntityImport = {
  entity: 'contract-records',
  table: 'contract_record',
  key: ['$.enterprise_id', '$.year', 'coalesce($.quarter, 0)', '$.domain_id', '$.direction', '$.client_market'],
  fields: [
    reference('enterprise_id', ['credit_code', 'creditCode', 'enterprise_credit_code', '统一社会信用代码', '信用代码'], to.enterprise, { required: true }),
    integer('year', ['year', '年份', '年度'], 2000, THIS_YEAR, { required: true }),
    integer('quarter', ['quarter', '季度'], 1, 4),
    reference('domain_id', ['domain', 'domain_number', 'domainNumber', '领域', '领域序号'], to.domain, { required: true }),
    oneOf('direction', ['direction', '方向', '业务类型'], Object.values(ContractDirection), { 离岸: 'OFFSHORE', 在岸: 'ONSHORE' }, { required: true }),
    countryCode('client_market', ['client_market', 'clientMarket', 'market', '客户市场', '国别'], { required: true }),
    amount('signed_amount', ['signed_amount', 'signedAmount', 'signed', '签约额', '合同签约额'], { required: true }),
    amount('executed_amount', ['executed_amount', 'executedAmount', 'executed', '执行额', '合同执行额'], { required: true }),
    currencyCode('currency', ['currency', '币种'], { empty: 'USD' }),
  ],
  conflicts: {
    query: IMPORT_PERIOD_CONFLICTS,
    column: 'quarter',
    value: (row) => String(row.year),
    reason: (row) => stagedConflictReason(row as unknown as StagedPeriodConflict),
  },
  exportOrder: '1, 2, 3 nulls first, 4, 5, 6',
};
