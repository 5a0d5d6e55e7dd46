import { Cohort } from './cohort/cohort.entity';
import { ContractRecord } from './contract-record/contract-record.entity';
import { Designation } from './designation/designation.entity';
import { Enterprise } from './enterprise/enterprise.entity';
import { Park } from './park/park.entity';
import { Platform } from './platform/platform.entity';
import { Partnership } from './partnership/partnership.entity';
import { Placement } from './placement/placement.entity';
import { Incentive } from './policy/incentive.entity';
import { PolicyCitation } from './policy/policy-citation.entity';
import { PolicyMeasure } from './policy/policy-measure.entity';
import { PolicyTarget } from './policy/policy-target.entity';
import { Policy } from './policy/policy.entity';
import { Region } from './region/region.entity';
import { ServiceDomain } from './service-domain/service-domain.entity';
import { TrainingBase } from './training-base/training-base.entity';
import { University } from './university/university.entity';
import { Provenance } from './core/provenance';
import { ExchangeRate } from './exchange-rate/exchange-rate.entity';
import { ApiKey } from './auth/api-key.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { ImportBatch } from './import/import-batch.entity';
import { Submission } from './submission/submission.entity';

/** Every entity of the domain, for the ORM. The GraphQL type name of each is its class name. */
export const entities = [
  Provenance,
  Region,
  ServiceDomain,
  Park,
  Platform,
  Enterprise,
  Designation,
  University,
  TrainingBase,
  Partnership,
  Cohort,
  Placement,
  ContractRecord,
  Policy,
  PolicyMeasure,
  PolicyCitation,
  PolicyTarget,
  Incentive,
  ExchangeRate,
  ApiKey,
  AuditEntry,
  ImportBatch,
  Submission,
] as const;
