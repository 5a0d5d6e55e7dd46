import { cohortImport } from '../cohort/cohort.import';
import { contractRecordImport } from '../contract-record/contract-record.import';
import { designationImport } from '../designation/designation.import';
import { enterpriseImport } from '../enterprise/enterprise.import';
import { exchangeRateImport } from '../exchange-rate/exchange-rate.import';
import { parkImport } from '../park/park.import';
import { partnershipImport } from '../partnership/partnership.import';
import { placementImport } from '../placement/placement.import';
import { trainingBaseImport } from '../training-base/training-base.import';
import { universityImport } from '../university/university.import';
import type { EntityImport } from './entity-import';

/**
 * Every entity that can be imported and exported, in the order a new
 * database is filled (an entity refers only to those before it). Regions,
 * the 24-domain catalog and the policies are reference data from the
 * documents (`npm run seed`), not imported.
 */
export const importers: Record<string, EntityImport> = Object.fromEntries(
  [parkImport, universityImport, enterpriseImport, trainingBaseImport, designationImport, partnershipImport, cohortImport, placementImport, contractRecordImport, exchangeRateImport]
    .map((i) => [i.entity, i]),
);

export const importableEntities = Object.keys(importers);
