import type { EntityImport } from '../import/entity-import';
import { date, integer, oneOf, reference, to } from '../import/fields';
import { PartnershipKind, PartnershipStatus } from './partnership.entity';

/** 校企合作: a university and an enterprise, of a kind, from a date. */
export const partnershipImport: EntityImport = {
  entity: 'partnerships',
  table: 'partnership',
  key: ['$.university_id', '$.enterprise_id', '$.kind', '$.started_on'],
  fields: [
    reference('university_id', ['university', '高校'], to.university, { required: true }),
    reference('enterprise_id', ['enterprise_credit_code', 'enterpriseCreditCode', 'credit_code', '企业信用代码'], to.enterprise, { required: true }),
    reference('training_base_id', ['training_base', 'trainingBase', '培训基地'], to.trainingBase),
    oneOf('kind', ['kind', '合作类型'], Object.values(PartnershipKind), {}, { required: true }),
    oneOf('status', ['status', '状态'], Object.values(PartnershipStatus), {}, { required: true }),
    date('started_on', ['started_on', 'startedOn', '开始日期'], { required: true }),
    date('ended_on', ['ended_on', 'endedOn', '结束日期']),
    integer('students_per_year', ['students_per_year', 'studentsPerYear', '年培养人数'], 0, 1_000_000),
  ],
  check: (v) => (v.ended_on != null && (v.ended_on as string) < (v.started_on as string) ? [['ended_on', 'is before started_on']] : []),
  exportOrder: '1, 2, 4, 6',
};
