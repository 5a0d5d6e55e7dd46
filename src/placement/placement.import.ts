import type { EntityImport } from '../import/entity-import';
import { fail, integer, ok, reference, text, to } from '../import/fields';

const ofCohort = (value: string, join = '') => `(select ${value} from cohort c ${join} where c.id = t.cohort_id)`;

/**
 * 就业去向: graduates of a cohort hired by an enterprise in a year. The
 * cohort is named as a file names it: training base, domain number and
 * the cohort's year.
 */
export const placementImport: EntityImport = {
  entity: 'placements',
  table: 'placement',
  key: ['$.cohort_id', '$.enterprise_id', '$.year'],
  fields: [
    text('training_base', ['training_base', 'trainingBase', '培训基地'], 200, {
      required: true, virtual: true, export: ofCohort('tb.name_zh', 'join training_base tb on tb.id = c.training_base_id'),
    }),
    integer('cohort_domain', ['cohort_domain', 'cohortDomain', 'domain', '领域序号'], 1, 99, {
      required: true, virtual: true, export: ofCohort('d.number', 'join service_domain d on d.id = c.domain_id'),
    }),
    integer('cohort_year', ['cohort_year', 'cohortYear', '班次年份'], 2000, 2100, { required: true, virtual: true, export: ofCohort('c.year') }),
    reference('enterprise_id', ['enterprise_credit_code', 'enterpriseCreditCode', 'credit_code', '企业信用代码'], to.enterprise, { required: true }),
    integer('year', ['year', '就业年份'], 2000, 2100, { required: true }),
    integer('hired', ['hired', '就业人数'], 0, 1_000_000, { required: true }),
  ],
  derived: [{
    column: 'cohort_id',
    sqlType: 'int',
    blame: 'training_base',
    compute: (v, lookups) => {
      const id = lookups.cohort.get(`${v.training_base}|${v.cohort_domain}|${v.cohort_year}`);
      return id === undefined ? fail('no cohort of this training base, domain and year (import the cohort first)') : ok(id);
    },
  }],
  check: (v) => ((v.year as number) < (v.cohort_year as number) ? [['year', 'is before the cohort’s year']] : []),
  exportOrder: '1, 2, 3, 4, 5',
};
