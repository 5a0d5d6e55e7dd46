import { connectionTypes, type ListSource } from '../core/pagination';
import { Cohort } from './cohort.entity';

export const cohortSource: ListSource<Cohort> = {
  entity: Cohort,
  table: 'cohort',
  orderColumns: { YEAR: 't.year' },
};

export const CohortConnection = connectionTypes(Cohort, 'Cohort');
