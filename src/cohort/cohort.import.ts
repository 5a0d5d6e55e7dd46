import type { EntityImport } from '../import/entity-import';
import { integer, reference, to } from '../import/fields';

/**
 * 培训班次: a training base's intake in one domain and year, with how many
 * completed and were certified (a cohort's completions may include earlier
 * intakes, so they are not bounded by `enrolled`).
 */
export const cohortImport: EntityImport = {
  entity: 'cohorts',
  table: 'cohort',
  key: ['$.training_base_id', '$.domain_id', '$.year'],
  fields: [
    reference('training_base_id', ['training_base', 'trainingBase', '培训基地'], to.trainingBase, { required: true }),
    reference('domain_id', ['domain', 'domain_number', 'domainNumber', '领域', '领域序号'], to.domain, { required: true }),
    integer('year', ['year', '年份', '年度'], 2000, 2100, { required: true }),
    integer('enrolled', ['enrolled', '招收人数'], 0, 1_000_000, { required: true }),
    integer('completed', ['completed', '结业人数'], 0, 1_000_000, { required: true }),
    integer('certified', ['certified', '取证人数'], 0, 1_000_000, { required: true }),
  ],
  exportOrder: '1, 2, 3',
};
