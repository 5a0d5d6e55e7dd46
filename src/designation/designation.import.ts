import type { EntityImport } from '../import/entity-import';
import { date, oneOf, reference, text, to } from '../import/fields';
import { DesignationKind } from './designation.entity';

/** 认定: a title given to one park, enterprise or training base by an authority from a date. */
export const designationImport: EntityImport = {
  entity: 'designations',
  table: 'designation',
  key: ['$.kind', 'coalesce($.park_id, 0)', 'coalesce($.enterprise_id, 0)', 'coalesce($.training_base_id, 0)', '$.valid_from'],
  fields: [
    oneOf('kind', ['kind', '认定类型'], Object.values(DesignationKind), {}, { required: true }),
    reference('park_id', ['park', '园区'], to.park),
    reference('enterprise_id', ['enterprise_credit_code', 'enterpriseCreditCode', 'credit_code', '企业信用代码'], to.enterprise),
    reference('training_base_id', ['training_base', 'trainingBase', '培训基地'], to.trainingBase),
    text('authority', ['authority', '认定机关'], 200, { required: true }),
    reference('policy_id', ['policy_code', 'policyCode', '文号'], to.policy),
    date('valid_from', ['valid_from', 'validFrom', '生效日期'], { required: true }),
    date('valid_until', ['valid_until', 'validUntil', '失效日期']),
  ],
  check: (v) => {
    const holders = [v.park_id, v.enterprise_id, v.training_base_id].filter((h) => h != null).length;
    const broken: Array<[string, string]> = [];
    if (holders !== 1) broken.push(['park_id', 'name exactly one holder: a park, an enterprise credit code or a training base']);
    if (v.valid_until != null && (v.valid_until as string) < (v.valid_from as string)) broken.push(['valid_until', 'is before valid_from']);
    return broken;
  },
  exportOrder: '1, 2 nulls first, 3 nulls first, 4 nulls first, 7',
};
