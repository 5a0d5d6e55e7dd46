import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A country code as defined by ISO 3166-1 alpha-2 */
  CountryCode: { input: string; output: string; }
  /** A field whose value is a Currency: https://en.wikipedia.org/wiki/ISO_4217. */
  Currency: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: any; output: any; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: any; output: any; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
  /** A field whose value is a valid decimal degrees latitude number (53.471): https://en.wikipedia.org/wiki/Latitude */
  Latitude: { input: any; output: any; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** A field whose value is a valid decimal degrees longitude number (53.471): https://en.wikipedia.org/wiki/Longitude */
  Longitude: { input: any; output: any; }
  /** Floats that will have a value of 0 or more. */
  NonNegativeFloat: { input: number; output: number; }
  /** Integers that will have a value of 0 or more. */
  NonNegativeInt: { input: number; output: number; }
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: any; output: any; }
};

export type AuditAction =
  | 'CREATE'
  | 'DELETE'
  | 'UPDATE';

/** A change to a record, as the audit log keeps it. */
export type AuditEntry = {
  action: AuditAction;
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** When (UTC). */
  at: Scalars['DateTimeISO']['output'];
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** GraphQL type of the record. */
  entityType: Scalars['String']['output'];
  /** The API key that made it. */
  keyId?: Maybe<Scalars['Int']['output']>;
  recordId: Scalars['Int']['output'];
  requestId: Scalars['String']['output'];
  role: Role;
};

/** A page of AuditEntry records. */
export type AuditEntryConnection = {
  edges: Array<AuditEntryEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** A business type (主要业务类型) of a service domain. */
export type BusinessType = {
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
};

export type CheckSeverity =
  /** Worth a look; often explained (a contract signed in an earlier period, a correction). */
  | 'NOTICE'
  /** Unusual enough to ask the enterprise before verifying. */
  | 'WARNING';

/** How many of a park’s enterprises hold a designation. */
export type ClusterDesignationCount = {
  enterpriseCount: Scalars['Int']['output'];
  kind: DesignationKind;
};

/** A training base (and its university, if one runs it) whose cohorts were placed in the park’s enterprises. */
export type ClusterFeeder = {
  /** People placed in the park’s enterprises from its bases’ cohorts. Researchers and that university only. */
  placed?: Maybe<Scalars['Int']['output']>;
  trainingBase: TrainingBase;
  university?: Maybe<University>;
};

/** The enterprises of a park in one domain or category. */
export type ClusterGroup = {
  category: ServiceCategory;
  /** Contract records of the park’s enterprises in the group’s domains, in the period. Without a researcher key: from the released park tables, null when a year of it is withheld. */
  contracts?: Maybe<ClusterMoney>;
  /** The domain, in by-domain groups. */
  domain?: Maybe<ServiceDomain>;
  /** Enterprises working in the group (an enterprise in two domains counts in both). */
  enterpriseCount: Scalars['Int']['output'];
  /** Their staff. */
  headcount: Scalars['Int']['output'];
};

/** Contract value of a cluster group, in US dollars (converted with yearly rates). */
export type ClusterMoney = {
  executedUsd: Scalars['Float']['output'];
  /** Offshore (离岸) part; null where the published tables withhold it. */
  offshoreExecutedUsd?: Maybe<Scalars['Float']['output']>;
  /** Onshore part; null where the published tables withhold it. */
  onshoreExecutedUsd?: Maybe<Scalars['Float']['output']>;
  signedUsd: Scalars['Float']['output'];
};

/** The period and date a park cluster is computed for. */
export type ClusterOptions = {
  /** Designations in force on this date (default today). */
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Leave out synthetic enterprises and records made by the synthetic generator. */
  excludeSynthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Contract records as published on this date (as they stood at the end of that day, China time). Default: as revised (the latest). */
  publishedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Contract records from this year. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Contract records up to this year. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** 培训批次: a training base’s intake for a domain and year. */
export type Cohort = Node & {
  /** Certified. Researchers, the operating university and the base’s park administrator only. */
  certified?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Completed. Researchers, the operating university and the base’s park administrator only. */
  completed?: Maybe<Scalars['NonNegativeInt']['output']>;
  domain: ServiceDomain;
  /** Enrolled. Researchers, the operating university and the base’s park administrator only. */
  enrolled?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Where the cohort’s graduates were hired (就业去向). */
  placements: PlacementConnection;
  provenance: Provenance;
  trainingBase: TrainingBase;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};


/** 培训批次: a training base’s intake for a domain and year. */
export type CohortPlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Cohort records. */
export type CohortConnection = {
  edges: Array<CohortEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Cohort>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CohortEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: Cohort;
};

export type CohortPayload = {
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The record as it is now; null after a deletion. */
  cohort?: Maybe<Cohort>;
  /** The ID of a deleted record. */
  deletedId?: Maybe<Scalars['ID']['output']>;
};

/** What contract statistics can be grouped by. */
export type ContractDimension =
  | 'CATEGORY'
  | 'CLIENT_MARKET'
  | 'DIRECTION'
  | 'DOMAIN'
  /** The enterprise’s park; an enterprise in two parks counts in both, one in none under null. */
  | 'PARK'
  /** The quarter of quarterly records; whole-year records group under null. */
  | 'QUARTER'
  /** The enterprise’s region, rolled up to `regionLevel` when given (sub-regions summed into their ancestor). */
  | 'REGION'
  | 'YEAR';

export type ContractDirection =
  /** 离岸 offshore: the client is abroad (international service outsourcing) */
  | 'OFFSHORE'
  /** 在岸 onshore: the client is in China */
  | 'ONSHORE';

/** 服务外包合同: contract value signed (签约额) and executed (执行额) in a period. */
export type ContractRecord = Node & {
  /** Client market (ISO 3166-1 alpha-2); CN for onshore business. */
  clientMarket: Scalars['CountryCode']['output'];
  /** ISO 4217 currency the figures were reported in (USD is usual). */
  currency: Scalars['Currency']['output'];
  direction: ContractDirection;
  domain: ServiceDomain;
  enterprise: Enterprise;
  /** 执行额 contract value executed, in `currency`. Researchers, and the administrator of the enterprise’s park. */
  executedAmount?: Maybe<Scalars['NonNegativeFloat']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Where the figures came from. Researchers, and the administrator of the enterprise’s park. */
  provenance?: Maybe<Provenance>;
  /** 1–4, or null for a whole-year record. An enterprise reports a year whole or by quarter, never both. */
  quarter?: Maybe<Scalars['Int']['output']>;
  /** 签约额 contract value signed, in `currency`. Researchers, and the administrator of the enterprise’s park. */
  signedAmount?: Maybe<Scalars['NonNegativeFloat']['output']>;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. Researchers, and the administrator of the enterprise’s park. */
  version?: Maybe<Scalars['Int']['output']>;
  /** Indexed with the domain (contract_record_year_domain_idx). */
  year: Scalars['Int']['output'];
};

/** A page of ContractRecord records. */
export type ContractRecordConnection = {
  edges: Array<ContractRecordEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<ContractRecord>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ContractRecordEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: ContractRecord;
};

/** Which contract records to list; all conditions must hold. */
export type ContractRecordFilter = {
  direction?: InputMaybe<ContractDirection>;
  /** Catalog number of the domain. */
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type ContractRecordOrder = {
  direction?: OrderDirection;
  field?: ContractRecordOrderField;
};

/** What ContractRecord lists can be ordered by. */
export type ContractRecordOrderField =
  | 'EXECUTED_AMOUNT'
  | 'YEAR';

export type ContractRecordPayload = {
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The record as it is now; null after a deletion. */
  contractRecord?: Maybe<ContractRecord>;
  /** The ID of a deleted record. */
  deletedId?: Maybe<Scalars['ID']['output']>;
};

/** A contract-statistics report: its rows, the total, and the exchange rates it used. */
export type ContractStats = {
  /** How the figures were computed. */
  basis: Scalars['String']['output'];
  groupBy: Array<ContractDimension>;
  /** The yearly rates used to convert the records of the report. */
  rates: Array<ExchangeRate>;
  /** The level regions were rolled up to. */
  regionLevel?: Maybe<RegionKind>;
  /** Groups in order of their keys. */
  rows: Array<ContractStatsRow>;
  /** Rows left out, for callers without a researcher key, because the published tables withhold them (or a part of them): see `basis`. */
  suppressedRowCount: Scalars['Int']['output'];
  /** All records of the filter together (key fields null). Without a researcher key: the sum of the rows’ published cells (by PARK, an enterprise in two parks counts in both, as in the rows), null when any of them is withheld. */
  total?: Maybe<ContractStatsRow>;
  /** Whether rows were cut at `first`; the total still covers every record. */
  truncated: Scalars['Boolean']['output'];
  /** Records left out of the sums because no rate converts their currency for their year. */
  unconvertedRecordCount: Scalars['Int']['output'];
};

/** Which contract records a report covers; all conditions must hold. */
export type ContractStatsFilter = {
  /** As things stood on this date: only records of periods (years or quarters) ended by then. */
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  category?: InputMaybe<ServiceCategory>;
  clientMarket?: InputMaybe<Scalars['CountryCode']['input']>;
  direction?: InputMaybe<ContractDirection>;
  /** Catalog numbers of the domains. */
  domainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Leave out records made by the synthetic generator. */
  excludeSynthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Enterprises in this park. */
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** As published on this date: for researchers, the records as they stood at the end of that day (China time), before later corrections, re-imports and verified revisions; without a researcher key, the releases made by that date. Default: as revised (researchers), the releases made so far (everyone else). */
  publishedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Enterprises registered in this region (its code) or below it. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One group of contract statistics: the keys it is grouped by (null for those not grouped by), and its figures. */
export type ContractStatsRow = {
  category?: Maybe<ServiceCategory>;
  clientMarket?: Maybe<Scalars['CountryCode']['output']>;
  direction?: Maybe<ContractDirection>;
  domain?: Maybe<ServiceDomain>;
  /** Distinct enterprises with records in the group. */
  enterpriseCount: Scalars['Int']['output'];
  /** 执行额 executed, in yuan. */
  executedCny: Scalars['Float']['output'];
  /** Growth of executed value (USD) over the same group a year earlier; null without a year, or without figures for the year before. */
  executedGrowth?: Maybe<Scalars['Float']['output']>;
  /** 执行额 executed, in US dollars. */
  executedUsd: Scalars['Float']['output'];
  /** Offshore (离岸) executed, in US dollars; null where the published tables withhold the offshore part. */
  offshoreExecutedUsd?: Maybe<Scalars['Float']['output']>;
  /** Offshore share of executed value (USD basis); null when nothing was executed or the offshore part is withheld. */
  offshoreShare?: Maybe<Scalars['Float']['output']>;
  park?: Maybe<Park>;
  quarter?: Maybe<Scalars['Int']['output']>;
  recordCount: Scalars['Int']['output'];
  region?: Maybe<Region>;
  /** 签约额 signed, in yuan. */
  signedCny: Scalars['Float']['output'];
  /** 签约额 signed, in US dollars. */
  signedUsd: Scalars['Float']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type CreateCohortInput = {
  certified?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  completed?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  enrolled?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  trainingBaseId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateContractRecordInput = {
  /** CN for onshore business. */
  clientMarket?: InputMaybe<Scalars['CountryCode']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['Currency']['input']>;
  direction?: InputMaybe<ContractDirection>;
  /** Catalog number of the domain. */
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  enterpriseId: Scalars['ID']['input'];
  executedAmount?: InputMaybe<Scalars['NonNegativeFloat']['input']>;
  /** 1–4, or null for a whole-year figure. A year of an enterprise is reported whole or by quarter, never both: a quarter of a year with whole-year records is refused, and the other way round. */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  signedAmount?: InputMaybe<Scalars['NonNegativeFloat']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateDesignationInput = {
  /** The granting authority, e.g. 郑州市商务局. */
  authority: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The park, enterprise or training base it is granted to. */
  holderId: Scalars['ID']['input'];
  kind: DesignationKind;
  /** Code of the policy it is granted under. */
  policyCode?: InputMaybe<Scalars['String']['input']>;
  validFrom: Scalars['LocalDate']['input'];
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type CreateEnterpriseInput = {
  clientMarkets?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码: 18 characters, the last a GB 32100 check character. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Catalog numbers of its domains (replaces the list). */
  domainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  foundedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  headcount?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  listingBoard?: InputMaybe<ListingBoard>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  ownership?: InputMaybe<Ownership>;
  /** The parks it is in (replaces the list). */
  parkIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Region of registration (its code). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['URL']['input']>;
};

export type CreateParkInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  designationYear?: InputMaybe<Scalars['Int']['input']>;
  focusCategory?: InputMaybe<ServiceCategory>;
  /** Catalog numbers of its focus domains (replaces the list). */
  focusDomainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  kind?: InputMaybe<ParkKind>;
  latitude?: InputMaybe<Scalars['Latitude']['input']>;
  level?: InputMaybe<ParkLevel>;
  longitude?: InputMaybe<Scalars['Longitude']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Region (its code). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ParkStatus>;
  website?: InputMaybe<Scalars['URL']['input']>;
};

export type CreatePartnershipInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  endedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  enterpriseId: Scalars['ID']['input'];
  kind?: InputMaybe<PartnershipKind>;
  startedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<PartnershipStatus>;
  studentsPerYear?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  trainingBaseId?: InputMaybe<Scalars['ID']['input']>;
  universityId: Scalars['ID']['input'];
};

export type CreatePlacementInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  cohortId: Scalars['ID']['input'];
  /** The hiring enterprise. */
  enterpriseId: Scalars['ID']['input'];
  hired: Scalars['NonNegativeInt']['input'];
  year: Scalars['Int']['input'];
};

export type CreateTrainingBaseInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  domainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The operating enterprise (operatorKind ENTERPRISE). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<TrainingBaseKind>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  operatorKind?: InputMaybe<OperatorKind>;
  /** The operating organisation (operatorKind TRAINING_ORGANISATION). */
  operatorName?: InputMaybe<Scalars['String']['input']>;
  parkId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The operating university (operatorKind UNIVERSITY). */
  universityId?: InputMaybe<Scalars['ID']['input']>;
  yearlyCapacity?: InputMaybe<Scalars['NonNegativeInt']['input']>;
};

export type DecideSubmissionInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** Why it is rejected (required to reject). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteCohortInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type DeleteContractRecordInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type DeleteDesignationInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type DeleteEnterpriseInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type DeleteParkInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type DeletePartnershipInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type DeletePlacementInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type DeleteTrainingBaseInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** 认定: a status granted to a park, enterprise or training base. */
export type Designation = Node & {
  /** The authority that granted it (e.g. 郑州市商务局). */
  authority: Scalars['String']['output'];
  /** The park, enterprise or training base it was granted to. */
  holder: DesignationHolder;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  kind: DesignationKind;
  /** The policy it was granted under, where known. */
  policy?: Maybe<Policy>;
  provenance: Provenance;
  validFrom: Scalars['LocalDate']['output'];
  /** Last day it holds; null while open-ended. */
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. */
  version: Scalars['Int']['output'];
};

/** A page of Designation records. */
export type DesignationConnection = {
  edges: Array<DesignationEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Designation>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DesignationEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: Designation;
};

/** Which designations to list; all conditions must hold. */
export type DesignationFilter = {
  /** Only designations in force on this date. */
  activeOn?: InputMaybe<Scalars['LocalDate']['input']>;
  kind?: InputMaybe<DesignationKind>;
};

/** What a designation is granted to. */
export type DesignationHolder = Enterprise | Park | TrainingBase;

export type DesignationKind =
  /** 市级重点企业 city-level key enterprise */
  | 'CITY_KEY_ENTERPRISE'
  /** 服务外包产业示范园区 demonstration park (held by a park) */
  | 'DEMONSTRATION_PARK'
  /** 走特色化发展道路的服务外包企业: an enterprise Shaanxi supports on a featured (特色化) path, the 50 of its 5251 project */
  | 'FEATURED_ENTERPRISE'
  /** 行业领军型企业 industry-leading enterprise */
  | 'INDUSTRY_LEADING_ENTERPRISE'
  /** 省级服务外包产业发展基地 provincial development base (held by a park) */
  | 'PROVINCIAL_DEVELOPMENT_BASE'
  /** 省级服务外包重点人才培训机构 provincial key talent-training institution (held by a training base) */
  | 'PROVINCIAL_KEY_TRAINING_INSTITUTION'
  /** 服务外包龙头企业 provincial leading enterprise */
  | 'PROVINCIAL_LEADING_ENTERPRISE'
  /** 专精特新中小企业: a specialised, refined, distinctive and innovative SME, as Zhengzhou (六) supports; does not count toward Shaanxi’s featured enterprises */
  | 'SPECIALISED_SME'
  /** 技术先进型服务企业 technology-advanced service enterprise (tax-relevant) */
  | 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE';

export type DesignationOrder = {
  direction?: OrderDirection;
  field?: DesignationOrderField;
};

/** What Designation lists can be ordered by. */
export type DesignationOrderField =
  | 'CREATED'
  | 'VALID_FROM';

export type DesignationPayload = {
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The ID of a deleted record. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The record as it is now; null after a deletion. */
  designation?: Maybe<Designation>;
};

/** 企业: a service-outsourcing enterprise. */
export type Enterprise = Node & {
  /** Client markets (ISO 3166-1 alpha-2) the enterprise serves. */
  clientMarkets: Array<Scalars['CountryCode']['output']>;
  /** Contract statistics the enterprise reported. */
  contractRecords: ContractRecordConnection;
  /** 统一社会信用代码 (GB 32100), 18 characters with a check character. */
  creditCode: Scalars['String']['output'];
  /** Designations the enterprise holds or held, newest first. */
  designations: Array<Designation>;
  /** Domains the enterprise works in. */
  domains: Array<ServiceDomain>;
  /** 成立日期 */
  foundedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Staff headcount (从业人员). */
  headcount?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  listingBoard?: Maybe<ListingBoard>;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  ownership: Ownership;
  /** Parks the enterprise is located in. */
  parks: Array<Park>;
  /** Partnerships with universities. */
  partnerships: PartnershipConnection;
  /** Graduates of training cohorts the enterprise hired. */
  placements: PlacementConnection;
  provenance: Provenance;
  /** Region of registration. */
  region: Region;
  /** Training bases the enterprise operates. */
  trainingBases: TrainingBaseConnection;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. */
  version: Scalars['Int']['output'];
  /** Official website. */
  website?: Maybe<Scalars['URL']['output']>;
};


/** 企业: a service-outsourcing enterprise. */
export type EnterpriseContractRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 企业: a service-outsourcing enterprise. */
export type EnterprisePartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 企业: a service-outsourcing enterprise. */
export type EnterprisePlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 企业: a service-outsourcing enterprise. */
export type EnterpriseTrainingBasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Enterprise records. */
export type EnterpriseConnection = {
  edges: Array<EnterpriseEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Enterprise>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EnterpriseEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: Enterprise;
};

/** An enterprise expected to report for the period, and whether it has. */
export type EnterpriseFiling = {
  enterprise: Enterprise;
  /** When its figures for the period first came in: a submission submitted, or records written (import, API); for a year reported by quarter, when the last quarter came in. */
  filedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The designations that make it a key enterprise in the period. */
  keyDesignations: Array<DesignationKind>;
  status: FilingStatus;
};

/** Which enterprises to list; all conditions must hold. */
export type EnterpriseFilter = {
  /** The date `designation` is checked on. */
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Works in a domain of this category. */
  category?: InputMaybe<ServiceCategory>;
  /** Holds this designation on `asOf` (default today). */
  designation?: InputMaybe<DesignationKind>;
  /** Works in the domain with this catalog number. */
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  /** At least this many staff. */
  minHeadcount?: InputMaybe<Scalars['Int']['input']>;
  /** At least this many graduates placed in it (sum of placements). */
  minPlaced?: InputMaybe<Scalars['Int']['input']>;
  ownership?: InputMaybe<Ownership>;
  /** In this park. */
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** Registered in this region (its code) or below it. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

export type EnterpriseOrder = {
  direction?: OrderDirection;
  field?: EnterpriseOrderField;
};

/** What Enterprise lists can be ordered by. */
export type EnterpriseOrderField =
  | 'CREATED'
  | 'CREDIT_CODE'
  | 'EXECUTED_USD'
  | 'HEADCOUNT'
  | 'NAME_ZH'
  | 'PLACED';

export type EnterprisePayload = {
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The ID of a deleted record. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The record as it is now; null after a deletion. */
  enterprise?: Maybe<Enterprise>;
};

/** 汇率: yearly exchange rate, yuan (CNY) per unit of a currency. */
export type ExchangeRate = Node & {
  /** Yuan per unit of `currency` (annual average). */
  cnyPerUnit: Scalars['Float']['output'];
  currency: Scalars['Currency']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  provenance: Provenance;
  year: Scalars['Int']['output'];
};

export type FileSubmissionInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  enterpriseId: Scalars['ID']['input'];
  figures: Array<SubmissionFigureInput>;
  /** Retrying with the same key and payload returns the first filing; another payload is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1–4, or null for the whole year. A year of an enterprise is reported whole or by quarter, never both. */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type FilingStatus =
  /** Filed by the due date. */
  | 'FILED'
  /** Filed, after the due date. */
  | 'LATE'
  /** Nothing filed for the period yet. */
  | 'NOT_FILED';

/** A source of money the text names for a measure (no amounts are given in either document). */
export type FundingSource = {
  nameEn: Scalars['String']['output'];
  /** In the document’s words, e.g. 中央、省外经贸和市对外开放等专项资金. */
  nameZh: Scalars['String']['output'];
};

/** A point on the earth (WGS 84). */
export type GeoPoint = {
  latitude: Scalars['Latitude']['output'];
  longitude: Scalars['Longitude']['output'];
};

/** An import batch: one file brought in by `npm run cli -- import`. */
export type ImportBatch = {
  /** SHA-256 of the file. */
  checksum: Scalars['String']['output'];
  /** When it was imported. */
  createdAt: Scalars['DateTimeISO']['output'];
  encoding: Scalars['String']['output'];
  /** What was imported: enterprises, contract-records, … */
  entity: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  format: Scalars['String']['output'];
  id: Scalars['Int']['output'];
  inserted: Scalars['Int']['output'];
  rolledBackAt?: Maybe<Scalars['DateTimeISO']['output']>;
  rowCount: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** A page of ImportBatch records. */
export type ImportBatchConnection = {
  edges: Array<ImportBatchEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<ImportBatch>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ImportBatchEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: ImportBatch;
};

/** 扶持政策: a national incentive a policy undertakes to apply (落实) or to widen (扩大实施范围). */
export type Incentive = Node & {
  /** The national documents the section granting it cites as its basis (Zhengzhou （十三）: 国发〔2014〕67号, 商服贸函〔2016〕208); empty where the text cites none (Shaanxi （九）). */
  basis: Array<Policy>;
  /** Natural key, e.g. SN-5251/income-tax-15. */
  code: Scalars['String']['output'];
  /** What the document undertakes: the incentive is national policy, not the document’s own offer. */
  commitment: IncentiveCommitment;
  /** The undertaking in the document’s words, quoted exactly. */
  commitmentZh: Scalars['String']['output'];
  /** Who qualifies and from when to when: the designations that make enterprises of the policy’s region eligible (holder = the enterprise, validFrom–validUntil = the period). Empty when eligibility does not follow from a designation; see eligibilityBasis. */
  eligibility: DesignationConnection;
  /** How eligibility is decided. */
  eligibilityBasis: Scalars['String']['output'];
  /** The designation that makes an enterprise eligible; null when eligibility follows from the business (e.g. offshore contracts). */
  eligibleDesignation?: Maybe<DesignationKind>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  kind: IncentiveKind;
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  policy: Policy;
  provenance: Provenance;
  /** The rate, as a fraction (0.15 for 15%), where there is one. */
  rate?: Maybe<Scalars['Float']['output']>;
  /** The incentive as the document words it, quoted exactly. */
  textZh: Scalars['String']['output'];
};


/** 扶持政策: a national incentive a policy undertakes to apply (落实) or to widen (扩大实施范围). */
export type IncentiveEligibilityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What a local document undertakes about a national incentive: the incentives themselves are national tax policy. */
export type IncentiveCommitment =
  /** 落实 / 实行: carry out the national incentive where it applies */
  | 'APPLY'
  /** 扩大实施范围: seek to widen, by region and domain, where the national incentive applies */
  | 'WIDEN_SCOPE';

export type IncentiveKind =
  /** 减按15%税率缴纳企业所得税 enterprise income tax at a reduced rate */
  | 'REDUCED_INCOME_TAX_RATE'
  /** 职工教育经费税前扣除 staff-education spending deductible up to a share of wages, excess carried forward */
  | 'STAFF_EDUCATION_DEDUCTION'
  /** 增值税零税率和免税 VAT zero rate and exemption for international service outsourcing */
  | 'VAT_ZERO_RATE_OR_EXEMPTION';

export type ListingBoard =
  /** 北交所 Beijing Stock Exchange */
  | 'BSE'
  /** 创业板 ChiNext */
  | 'CHINEXT'
  /** 港交所 Hong Kong */
  | 'HKEX'
  /** 新三板 NEEQ */
  | 'NEEQ'
  /** listed abroad */
  | 'OVERSEAS'
  /** 上交所主板 Shanghai main board */
  | 'SSE_MAIN'
  /** 科创板 STAR market */
  | 'STAR'
  /** 深交所主板 Shenzhen main board */
  | 'SZSE_MAIN';

/** What kind of lever a measure pulls (our classification of the section, not the document’s words). */
export type MeasureInstrument =
  /** 行业协会: industry associations */
  | 'ASSOCIATIONS'
  /** 营商环境: IP, credit, information security */
  | 'BUSINESS_ENVIRONMENT'
  /** 主体培育: growing enterprises */
  | 'ENTERPRISES'
  /** 便利化: customs, foreign exchange, entry and residence, telecoms */
  | 'FACILITATION'
  /** 金融: credit, insurance, guarantees, capital markets */
  | 'FINANCIAL'
  /** 财政: public funds */
  | 'FISCAL'
  /** 总体要求 / 发展目标: significance, guiding ideas and targets */
  | 'GOALS'
  /** 产业导向: which domains to develop */
  | 'INDUSTRY_GUIDANCE'
  /** 创新能力: R&D, alliances, business models */
  | 'INNOVATION'
  /** 产业布局: where, by district, zone or city */
  | 'LAYOUT'
  /** 市场开拓: markets abroad, inward and outward investment */
  | 'MARKETS'
  /** 组织领导: who leads, coordinates and reports */
  | 'ORGANISATION'
  /** 示范园区: demonstration parks and bases */
  | 'PARKS'
  /** 规划: plans to be drawn up */
  | 'PLANNING'
  /** 统计: statistics and direct reporting */
  | 'STATISTICS'
  /** 人才: training, bases, recruitment */
  | 'TALENT'
  /** 税收: tax incentives */
  | 'TAX';

export type Mutation = {
  createCohort: CohortPayload;
  /** Reports contract figures of an enterprise for a period. */
  createContractRecord: ContractRecordPayload;
  /** Records a designation (认定). Admins only. */
  createDesignation: DesignationPayload;
  /** Registers an enterprise. A park administrator registers it in their own park. */
  createEnterprise: EnterprisePayload;
  /** Adds a park. Admins only. */
  createPark: ParkPayload;
  /** Records a university–enterprise partnership (校企合作). */
  createPartnership: PartnershipPayload;
  /** Reports graduates of a cohort hired by an enterprise (就业去向). */
  createPlacement: PlacementPayload;
  createTrainingBase: TrainingBasePayload;
  /** Deletes a cohort and its placements. */
  deleteCohort: CohortPayload;
  /** Withdraws reported figures, if the record is still at `expectedVersion`. */
  deleteContractRecord: ContractRecordPayload;
  /** Deletes a designation recorded in error. Admins only (to end one, set validUntil). */
  deleteDesignation: DesignationPayload;
  /** Deletes an enterprise and its contract records, if it is still at `expectedVersion` and nothing else refers to it. */
  deleteEnterprise: EnterprisePayload;
  /** Deletes a park and its designations. Admins only. */
  deletePark: ParkPayload;
  deletePartnership: PartnershipPayload;
  deletePlacement: PlacementPayload;
  /** Deletes a training base and its cohorts. */
  deleteTrainingBase: TrainingBasePayload;
  /** Files a new revision of an enterprise’s figures for a period, as a draft. */
  fileSubmission: SubmissionPayload;
  /** Rejects a submitted revision, with a reason. Admins only. */
  rejectSubmission: SubmissionPayload;
  /** Undoes an import batch as a whole. Admins only. */
  rollbackImportBatch: RollbackImportBatchPayload;
  /** Submits a draft for verification; it can no longer change. */
  submitSubmission: SubmissionPayload;
  updateCohort: CohortPayload;
  /** Corrects reported figures, if the record is still at `expectedVersion`. */
  updateContractRecord: ContractRecordPayload;
  /** Changes a designation’s dates or authority, e.g. ends it. Admins only. */
  updateDesignation: DesignationPayload;
  /** Changes an enterprise, if it is still at `expectedVersion`. */
  updateEnterprise: EnterprisePayload;
  /** Changes a park, if it is still at `expectedVersion`. Admins, and the park’s administrator. */
  updatePark: ParkPayload;
  updatePartnership: PartnershipPayload;
  updatePlacement: PlacementPayload;
  updateTrainingBase: TrainingBasePayload;
  /** Verifies a submitted revision: its figures become the enterprise’s contract records for the period. Admins only. */
  verifySubmission: SubmissionPayload;
};


export type MutationCreateCohortArgs = {
  input: CreateCohortInput;
};


export type MutationCreateContractRecordArgs = {
  input: CreateContractRecordInput;
};


export type MutationCreateDesignationArgs = {
  input: CreateDesignationInput;
};


export type MutationCreateEnterpriseArgs = {
  input: CreateEnterpriseInput;
};


export type MutationCreateParkArgs = {
  input: CreateParkInput;
};


export type MutationCreatePartnershipArgs = {
  input: CreatePartnershipInput;
};


export type MutationCreatePlacementArgs = {
  input: CreatePlacementInput;
};


export type MutationCreateTrainingBaseArgs = {
  input: CreateTrainingBaseInput;
};


export type MutationDeleteCohortArgs = {
  input: DeleteCohortInput;
};


export type MutationDeleteContractRecordArgs = {
  input: DeleteContractRecordInput;
};


export type MutationDeleteDesignationArgs = {
  input: DeleteDesignationInput;
};


export type MutationDeleteEnterpriseArgs = {
  input: DeleteEnterpriseInput;
};


export type MutationDeleteParkArgs = {
  input: DeleteParkInput;
};


export type MutationDeletePartnershipArgs = {
  input: DeletePartnershipInput;
};


export type MutationDeletePlacementArgs = {
  input: DeletePlacementInput;
};


export type MutationDeleteTrainingBaseArgs = {
  input: DeleteTrainingBaseInput;
};


export type MutationFileSubmissionArgs = {
  input: FileSubmissionInput;
};


export type MutationRejectSubmissionArgs = {
  input: DecideSubmissionInput;
};


export type MutationRollbackImportBatchArgs = {
  id: Scalars['Int']['input'];
};


export type MutationSubmitSubmissionArgs = {
  input: DecideSubmissionInput;
};


export type MutationUpdateCohortArgs = {
  input: UpdateCohortInput;
};


export type MutationUpdateContractRecordArgs = {
  input: UpdateContractRecordInput;
};


export type MutationUpdateDesignationArgs = {
  input: UpdateDesignationInput;
};


export type MutationUpdateEnterpriseArgs = {
  input: UpdateEnterpriseInput;
};


export type MutationUpdateParkArgs = {
  input: UpdateParkInput;
};


export type MutationUpdatePartnershipArgs = {
  input: UpdatePartnershipInput;
};


export type MutationUpdatePlacementArgs = {
  input: UpdatePlacementInput;
};


export type MutationUpdateTrainingBaseArgs = {
  input: UpdateTrainingBaseInput;
};


export type MutationVerifySubmissionArgs = {
  input: DecideSubmissionInput;
};

/** A record that can be refetched by its global ID with `node(id:)`. */
export type Node = {
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Who runs a training base. */
export type OperatorKind =
  | 'ENTERPRISE'
  | 'TRAINING_ORGANISATION'
  | 'UNIVERSITY';

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type Ownership =
  /** 外商独资 foreign-invested */
  | 'FOREIGN_INVESTED'
  /** 合资 joint venture */
  | 'JOINT_VENTURE'
  /** 民营 private */
  | 'PRIVATE'
  /** 国有 state-owned */
  | 'STATE';

/** Relay page information. */
export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 园区: a demonstration park, development base, incubator or other park. */
export type Park = Node & {
  /** The park’s enterprise cluster: by domain and category, designations, contract value and feeders. */
  cluster: ParkCluster;
  /** Year the park was designated or set up, where known. */
  designationYear?: Maybe<Scalars['Int']['output']>;
  /** Designations the park holds or held, newest first. */
  designations: Array<Designation>;
  /** Enterprises located in the park. */
  enterprises: EnterpriseConnection;
  /** The outsourcing category the park is laid out for (the layout lines of 郑政〔2017〕29号 §(五)). */
  focusCategory?: Maybe<ServiceCategory>;
  /** The domains the park focuses on. */
  focusDomains: Array<ServiceDomain>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  kind: ParkKind;
  level?: Maybe<ParkLevel>;
  /** Where the park is, where a source gives it. */
  location?: Maybe<GeoPoint>;
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  /** What the policy documents say of the park. */
  note?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  region: Region;
  status: ParkStatus;
  /** Training bases located in the park. */
  trainingBases: TrainingBaseConnection;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. */
  version: Scalars['Int']['output'];
  /** Official website. */
  website?: Maybe<Scalars['URL']['output']>;
};


/** 园区: a demonstration park, development base, incubator or other park. */
export type ParkClusterArgs = {
  options?: InputMaybe<ClusterOptions>;
};


/** 园区: a demonstration park, development base, incubator or other park. */
export type ParkEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EnterpriseOrder>;
};


/** 园区: a demonstration park, development base, incubator or other park. */
export type ParkTrainingBasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A park’s enterprise cluster: its enterprises by domain and category, their designations, contracts and talent feeders. */
export type ParkCluster = {
  /** How the figures were computed. */
  basis: Scalars['String']['output'];
  /** By ITO/BPO/KPO category. */
  byCategory: Array<ClusterGroup>;
  /** By domain, in catalog order. */
  byDomain: Array<ClusterGroup>;
  /** Contract records of the park’s enterprises in the period. Without a researcher key: from the released park tables (years released by `publishedOn`), null when a year of it is withheld. */
  contracts?: Maybe<ClusterMoney>;
  /** Designations held by the park’s enterprises, in force on `asOf`. */
  designations: Array<ClusterDesignationCount>;
  enterpriseCount: Scalars['Int']['output'];
  /** Training bases and universities feeding the park (at most 100): most placed first for researchers and admins, who see `placed`; by training base for everyone else, so the order does not rank what they may not see. */
  feeders: Array<ClusterFeeder>;
  headcount: Scalars['Int']['output'];
  /** Its leading and key enterprises (行业领军 / 龙头 / 市级重点), holding such a designation on asOf. */
  leadingEnterprises: EnterpriseConnection;
  park: Park;
};


/** A park’s enterprise cluster: its enterprises by domain and category, their designations, contracts and talent feeders. */
export type ParkClusterLeadingEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Which parks to compare. */
export type ParkComparisonFilter = {
  /** These parks (at most 100). */
  parkIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Or every park in this region (its code) or below it (at most 100). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Park records. */
export type ParkConnection = {
  edges: Array<ParkEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Park>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ParkEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: Park;
};

/** A key park, and how many of its enterprises have reported for the period. */
export type ParkFiling = {
  enterpriseCount: Scalars['Int']['output'];
  filedCount: Scalars['Int']['output'];
  keyDesignations: Array<DesignationKind>;
  lateCount: Scalars['Int']['output'];
  notFiledCount: Scalars['Int']['output'];
  park: Park;
  /** FILED when every enterprise of the park filed in time, LATE when all filed but some late, NOT_FILED while any has not (or the park has no enterprises recorded). */
  status: FilingStatus;
};

/** Which parks to list; all conditions must hold. */
export type ParkFilter = {
  /** The date `designation` is checked on. */
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Laid out for this category, or focuses on a domain of it. */
  category?: InputMaybe<ServiceCategory>;
  /** Holds this designation on `asOf` (default today), e.g. DEMONSTRATION_PARK. */
  designation?: InputMaybe<DesignationKind>;
  /** Focuses on the domain with this catalog number. */
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ParkKind>;
  level?: InputMaybe<ParkLevel>;
  /** At least this many enterprises. */
  minEnterprises?: InputMaybe<Scalars['Int']['input']>;
  /** In this region (its code) or below it. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ParkStatus>;
};

export type ParkKind =
  /** 大数据产业基地 big-data base */
  | 'BIG_DATA_BASE'
  /** 创意产业园区 creative-industry (pilot) park */
  | 'CREATIVE_INDUSTRY_PARK'
  /** 服务外包示范园区 demonstration park */
  | 'DEMONSTRATION_PARK'
  /** 服务外包产业发展基地 (provincial) development base */
  | 'DEVELOPMENT_BASE'
  /** 孵化器 / 孵化中心 incubator */
  | 'INCUBATOR'
  /** 产业园 industrial park */
  | 'INDUSTRIAL_PARK'
  /** 科技园 science park */
  | 'SCIENCE_PARK'
  /** 软件园 software park */
  | 'SOFTWARE_PARK';

/** Level of the authority that set the park up or designated it. */
export type ParkLevel =
  | 'DISTRICT'
  | 'MUNICIPAL'
  | 'NATIONAL'
  | 'PROVINCIAL';

export type ParkOrder = {
  direction?: OrderDirection;
  field?: ParkOrderField;
};

/** What Park lists can be ordered by. */
export type ParkOrderField =
  | 'CREATED'
  | 'ENTERPRISE_COUNT'
  | 'NAME_EN'
  | 'NAME_ZH'
  | 'OFFSHORE_EXECUTED_USD';

export type ParkPayload = {
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The ID of a deleted record. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The record as it is now; null after a deletion. */
  park?: Maybe<Park>;
};

export type ParkStatus =
  /** 运营: open and operating */
  | 'ACTIVE'
  /** closed */
  | 'CLOSED'
  /** 谋划 / 规划: planned, not yet built */
  | 'PLANNED'
  /** 在建: being built */
  | 'UNDER_CONSTRUCTION';

/** 校企合作: a university–enterprise partnership. */
export type Partnership = Node & {
  endedOn?: Maybe<Scalars['LocalDate']['output']>;
  enterprise: Enterprise;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  kind: PartnershipKind;
  provenance: Provenance;
  startedOn: Scalars['LocalDate']['output'];
  status: PartnershipStatus;
  /** Students a year. Researchers, the partner university and the enterprise’s park administrator only. */
  studentsPerYear?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The training base the partnership runs through, if any. */
  trainingBase?: Maybe<TrainingBase>;
  university: University;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. */
  version: Scalars['Int']['output'];
};

/** A page of Partnership records. */
export type PartnershipConnection = {
  edges: Array<PartnershipEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Partnership>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PartnershipEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: Partnership;
};

/** Which partnerships to list; all conditions must hold. */
export type PartnershipFilter = {
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<PartnershipKind>;
  status?: InputMaybe<PartnershipStatus>;
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

export type PartnershipKind =
  /** 共建实验室 co-built lab */
  | 'CO_BUILT_LAB'
  /** 实习基地 internship base */
  | 'INTERNSHIP_BASE'
  /** 联合研发 joint research */
  | 'JOINT_RESEARCH'
  /** 联合培养 joint training programme */
  | 'JOINT_TRAINING'
  /** 订单班 order-based class */
  | 'ORDER_CLASS'
  /** 双向交流 two-way exchange of researchers and senior engineers */
  | 'TWO_WAY_EXCHANGE';

export type PartnershipOrder = {
  direction?: OrderDirection;
  field?: PartnershipOrderField;
};

/** What Partnership lists can be ordered by. */
export type PartnershipOrderField =
  | 'CREATED'
  | 'STARTED_ON';

export type PartnershipPayload = {
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The ID of a deleted record. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The record as it is now; null after a deletion. */
  partnership?: Maybe<Partnership>;
};

export type PartnershipStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PLANNED';

/** A cohort whose figures grow along the pipeline, as real reports sometimes do (late transfers, external candidates). */
export type PipelineAnomaly = {
  /** The later stage’s figure. */
  actual: Scalars['Int']['output'];
  cohort: Cohort;
  /** The earlier stage’s figure. */
  expectedAtMost: Scalars['Int']['output'];
  kind: PipelineAnomalyKind;
};

/** A later stage larger than the one before it. */
export type PipelineAnomalyKind =
  | 'CERTIFIED_EXCEEDS_COMPLETED'
  | 'COMPLETED_EXCEEDS_ENROLLED'
  | 'PLACED_EXCEEDS_CERTIFIED';

/** Conversion between consecutive stages; null where the earlier stage is zero. */
export type PipelineConversion = {
  certifiedToPlaced?: Maybe<Scalars['Float']['output']>;
  completedToCertified?: Maybe<Scalars['Float']['output']>;
  enrolledToCompleted?: Maybe<Scalars['Float']['output']>;
  /** placed ÷ enrolled. */
  enrolledToPlaced?: Maybe<Scalars['Float']['output']>;
};

/** Which part of the talent pipeline to follow; ask from any end. All conditions must hold. */
export type PipelineFilter = {
  /** As things stood on this date: cohorts and placements of its year or before, partnerships started by then. */
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Cohorts in domains of this category. */
  category?: InputMaybe<ServiceCategory>;
  /** Cohorts in these domains (catalog numbers). */
  domainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only placements into this enterprise (and the cohorts that placed there). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Leave out records made by the synthetic generator. */
  excludeSynthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only placements into enterprises of this park (and the cohorts that placed there). */
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** Training bases in this region (its code) or below it. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Cohorts of this training base. */
  trainingBaseId?: InputMaybe<Scalars['ID']['input']>;
  /** Cohorts of the training bases this university operates. */
  universityId?: InputMaybe<Scalars['ID']['input']>;
  /** Cohorts of this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Cohorts of this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** People placed along one path: university → training base → enterprise → park. */
export type PipelineFlow = {
  enterprise: Enterprise;
  /** The enterprise’s first park; null when it is in none. */
  park?: Maybe<Park>;
  /** Placed. Researchers and the university of the path only. */
  placed?: Maybe<Scalars['Int']['output']>;
  trainingBase: TrainingBase;
  /** Null when the base is run by an enterprise or a training organisation. */
  university?: Maybe<University>;
};

/** A page of PipelineFlow records. */
export type PipelineFlowConnection = {
  edges: Array<PipelineFlowEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<PipelineFlow>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PipelineFlowEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: PipelineFlow;
};

/** How many people reached each stage of the pipeline. */
export type PipelineStages = {
  certified: Scalars['Int']['output'];
  completed: Scalars['Int']['output'];
  enrolled: Scalars['Int']['output'];
  /** University–enterprise partnerships around these cohorts, active in the year range. */
  partnerships: Scalars['Int']['output'];
  /** Hired, per the placements (就业去向). */
  placed: Scalars['Int']['output'];
};

/** 就业去向: graduates of a cohort hired by an enterprise. */
export type Placement = Node & {
  cohort: Cohort;
  enterprise: Enterprise;
  /** Hired. Researchers, the university whose cohort it was and the hiring enterprise’s park administrator only. */
  hired?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  provenance: Provenance;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A page of Placement records. */
export type PlacementConnection = {
  edges: Array<PlacementEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Placement>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PlacementEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: Placement;
};

export type PlacementPayload = {
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The ID of a deleted record. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The record as it is now; null after a deletion. */
  placement?: Maybe<Placement>;
};

/** 开放平台 / 功能区: a zone or national programme a policy builds on. */
export type Platform = Node & {
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  kind: PlatformKind;
  /** NATIONAL for a state programme. */
  level?: Maybe<ParkLevel>;
  nameEn: Scalars['String']['output'];
  /** As the document names it (a quote). */
  nameZh: Scalars['String']['output'];
  /** What the document says of it. */
  note?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  region: Region;
  /** As of the document; see provenance.note for the reading. */
  status: ParkStatus;
};

export type PlatformKind =
  /** 跨境电子商务综合试验区: a comprehensive cross-border e-commerce pilot zone */
  | 'CROSS_BORDER_ECOMMERCE_ZONE'
  /** 文化保税园区: a cultural bonded park */
  | 'CULTURAL_BONDED_PARK'
  /** 中国服务外包示范城市: a national service-outsourcing demonstration city (the programme since 2009) */
  | 'DEMONSTRATION_CITY'
  /** 自由贸易试验区: a pilot free-trade zone */
  | 'FREE_TRADE_ZONE'
  /** 国家自主创新示范区: a national independent-innovation demonstration zone */
  | 'INNOVATION_DEMONSTRATION_ZONE';

/** 政策文件: a policy document. */
export type Policy = Node & {
  /** The documents that cite it. */
  citedBy: Array<Policy>;
  /** The documents it cites (引用), each once; see `PolicyMeasure.cites` for where. */
  cites: Array<Policy>;
  /** Document code (文号), e.g. 郑政〔2017〕29号; null when the text does not give one. */
  code?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The national incentives (扶持政策) the document undertakes to apply or to widen (see `commitment`): national tax policy, not the document’s own offer. */
  incentives: Array<Incentive>;
  issuerEn: Scalars['String']['output'];
  issuerZh: Scalars['String']['output'];
  /** Its measures (措施), section by section in document order; empty for a document known only from a citation. */
  measures: Array<PolicyMeasure>;
  provenance: Provenance;
  /** Date printed and issued (印发日期). */
  publishedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The region the policy is issued for. */
  region: Region;
  /** Date signed (成文日期). */
  signedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Its development targets (发展目标), in document order. */
  targets: Array<PolicyTarget>;
  titleEn: Scalars['String']['output'];
  titleZh: Scalars['String']['output'];
};

/** A page of Policy records. */
export type PolicyConnection = {
  edges: Array<PolicyEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Policy>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PolicyEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: Policy;
};

/** 措施: a numbered section of a policy document, as a structured record. */
export type PolicyMeasure = Node & {
  /** The documents this section cites, e.g. 国发〔2014〕67号 in Zhengzhou’s （十三）. */
  cites: Array<Policy>;
  /** Funds the section names; empty when it names none. */
  fundingSources: Array<FundingSource>;
  /** The section’s heading, quoted. */
  headingZh: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  instrument: MeasureInstrument;
  policy: Policy;
  /** Order in the document. */
  position: Scalars['Int']['output'];
  provenance: Provenance;
  /** The operative sentence, quoted exactly (a substring of the source text, whitespace aside); null where the heading says it all. */
  quoteZh?: Maybe<Scalars['String']['output']>;
  /** Bodies the section names as responsible; empty when it names none. */
  responsibleBodies: Array<ResponsibleBody>;
  /** The deadline or frequency in English. */
  scheduleEn?: Maybe<Scalars['String']['output']>;
  /** A deadline or frequency the section sets, quoted (e.g. 每半年向省政府报告一次); null when it sets none. */
  scheduleZh?: Maybe<Scalars['String']['output']>;
  /** The section as numbered in the document, e.g. （九）. */
  section: Scalars['String']['output'];
  /** Our English summary of the whole section: not the document’s words. */
  summaryEn: Scalars['String']['output'];
};

/** 发展目标: a target of a policy, with its live progress. */
export type PolicyTarget = Node & {
  /** First year the target period counts from, where the text gives one. */
  baseYear?: Maybe<Scalars['Int']['output']>;
  /** Natural key, e.g. ZZ2017-29/demonstration-parks. */
  code: Scalars['String']['output'];
  /** The live value of the metric on `asOf` (today unless given), even past the deadline, where `progress` judges the value on the deadline; null when not measured. */
  current?: Maybe<Scalars['Float']['output']>;
  /** Deadline (our reading where the text gives a span; see deadlineNote). */
  deadline?: Maybe<Scalars['LocalDate']['output']>;
  /** How the deadline was read off the text. */
  deadlineNote?: Maybe<Scalars['String']['output']>;
  descriptionEn: Scalars['String']['output'];
  descriptionZh: Scalars['String']['output'];
  /** For DESIGNATION_COUNT: the designation counted. */
  designationKind?: Maybe<DesignationKind>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Upper bound of a ranged target such as 10–15 parks. */
  maximum?: Maybe<Scalars['Float']['output']>;
  metric: TargetMetric;
  /** Lower bound of the target (the target itself when there is no range). */
  minimum?: Maybe<Scalars['Float']['output']>;
  /** For a standing, the peer set it is measured against: 中西部地区 (CN-CENTRAL-WESTERN) for Zhengzhou’s “leading central-western China”; its members are a reading. */
  peerRegion?: Maybe<Region>;
  policy: Policy;
  /** Live progress, computed from the data, never typed in. */
  progress: TargetProgress;
  provenance: Provenance;
  /** The region the target is scoped to, e.g. 关中 for "3 bases in Guanzhong". */
  scopeRegion?: Maybe<Region>;
  /** Unit of the target value, e.g. parks, enterprises, percent a year. */
  unit: Scalars['String']['output'];
};


/** 发展目标: a target of a policy, with its live progress. */
export type PolicyTargetCurrentArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  excludeSynthetic?: InputMaybe<Scalars['Boolean']['input']>;
  publishedOn?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** 发展目标: a target of a policy, with its live progress. */
export type PolicyTargetProgressArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  excludeSynthetic?: InputMaybe<Scalars['Boolean']['input']>;
  publishedOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Where a record came from. */
export type Provenance = {
  /** The import batch that last wrote the record, if one did (its file name and checksum). Admins only. */
  batch?: Maybe<ImportBatch>;
  /** The document (its code or file), batch or generator run. */
  document?: Maybe<Scalars['String']['output']>;
  /** When the import batch that last wrote the record ran; null if none did. */
  importedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where in the document, e.g. a section or annex row. */
  locator?: Maybe<Scalars['String']['output']>;
  /** Our reading of an ambiguous text, or a correction made to it. */
  note?: Maybe<Scalars['String']['output']>;
  /** When the record was last written (its import, verified submission, edit or seeding); see `batch` for the import batch. */
  recordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  source: SourceKind;
  /** The verified submission (数据直报) the record came from; its fields are for admins, the enterprise’s park and the enterprise. */
  submission?: Maybe<Submission>;
};

export type Query = {
  /** Every change made through the API, newest first. Admins only. */
  auditLog: AuditEntryConnection;
  /** Contract statistics records (服务外包合同 / 执行额). */
  contractRecords: ContractRecordConnection;
  /** Contract statistics (服务外包合同 / 执行额) summed and grouped, in USD and CNY, with growth and offshore share. With a researcher key: any grouping and filter, over the live records. Without one: the published tables of the statistical releases only (`statisticsReleases`; other groupings are FORBIDDEN), with cells withheld by the disclosure rules left out (`suppressedRowCount`). */
  contractStats: ContractStats;
  /** Designations (认定) granted to parks, enterprises and training bases. */
  designations: DesignationConnection;
  /** Service-outsourcing enterprises. */
  enterprises: EnterpriseConnection;
  /** Import batches, newest first. Admins only. */
  importBatches: ImportBatchConnection;
  /** Refetches any record by its global ID; null if it no longer exists. */
  node?: Maybe<Node>;
  /** Refetches up to 100 records by global ID, in the order given. */
  nodes: Array<Maybe<Node>>;
  /** Compare the clusters of several parks, or of every park in a region. */
  parkClusters: Array<ParkCluster>;
  /** Demonstration parks, bases, incubators and other parks. */
  parks: ParkConnection;
  /** University–enterprise partnerships (校企合作). */
  partnerships: PartnershipConnection;
  /** Zones and national programmes the policies build on (开放平台): a short list, in name order. */
  platforms: Array<Platform>;
  /** Policy documents (政策文件). */
  policies: PolicyConnection;
  /** A policy by its document code, e.g. 郑政〔2017〕29号. */
  policy: Policy;
  /** A region by its code (GB/T 2260 or project code). */
  region: Region;
  /** Regions of the tree, filtered. */
  regions: RegionConnection;
  /** Who has reported for a period (数据直报): key enterprises (holding a designation the programme grants) and key parks (demonstration parks, provincial bases) of a region, filed, late or not filed. Researchers and admins; a park administrator sees its own park and its enterprises. */
  reportingStatus: ReportingStatus;
  /** Finds parks, enterprises, universities, training bases and regions by Chinese or English name, part of a name, pinyin or pinyin initials (e.g. "zhengzhou", "zzgx", "高新"), best first. */
  search: Array<SearchHit>;
  /** A domain by its catalog number (1–24). */
  serviceDomain: ServiceDomain;
  /** The 24-domain catalog (服务外包产业重点发展领域指导目录), in catalog order. */
  serviceDomains: Array<ServiceDomain>;
  /** The statistical releases made so far (released on or before today, China time), by year: what public contract statistics are computed from. */
  statisticsReleases: Array<StatisticsRelease>;
  /** Submissions (数据直报), newest first: admins all, a park administrator those of an enterprise of its park, an enterprise its own. */
  submissions: SubmissionConnection;
  /** University → partnership → training base → cohort → placement → enterprise → park, with counts per stage, conversion rates and flows. Ask from any end. */
  talentPipeline: TalentPipeline;
  /** Talent-cultivation bases, practical-training bases and training institutions. */
  trainingBases: TrainingBaseConnection;
  /** Universities and colleges (高等院校). */
  universities: UniversityConnection;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyId?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  recordId?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryContractRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContractRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ContractRecordOrder>;
};


export type QueryContractStatsArgs = {
  filter?: InputMaybe<ContractStatsFilter>;
  first?: Scalars['Int']['input'];
  groupBy: Array<ContractDimension>;
  regionLevel?: InputMaybe<RegionKind>;
};


export type QueryDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DesignationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DesignationOrder>;
};


export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EnterpriseOrder>;
};


export type QueryImportBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryParkClustersArgs = {
  filter: ParkComparisonFilter;
  options?: InputMaybe<ClusterOptions>;
};


export type QueryParksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ParkOrder>;
};


export type QueryPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnershipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartnershipOrder>;
};


export type QueryPlatformsArgs = {
  kind?: InputMaybe<PlatformKind>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPolicyArgs = {
  code: Scalars['String']['input'];
};


export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RegionOrder>;
};


export type QueryReportingStatusArgs = {
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  period: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  first?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType>>;
};


export type QueryServiceDomainArgs = {
  number: Scalars['Int']['input'];
};


export type QueryServiceDomainsArgs = {
  category?: InputMaybe<ServiceCategory>;
};


export type QuerySubmissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SubmissionStatus>;
};


export type QueryTalentPipelineArgs = {
  filter?: InputMaybe<PipelineFilter>;
};


export type QueryTrainingBasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingBaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TrainingBaseOrder>;
};


export type QueryUniversitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UniversityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<UniversityOrder>;
};

/** 行政区 / 区域: a division of China (country, province, city, district, zone or new area), or a macro-region grouping some by membership. */
export type Region = Node & {
  /** The regions directly below this one in the division (GB/T 2260): a macro-region has none, see members. */
  children: Array<Region>;
  /** Natural key: the GB/T 2260 code where one exists, else a project code. */
  code: Scalars['String']['output'];
  /** Administrative division code (GB/T 2260), where one exists. */
  divisionCode?: Maybe<Scalars['String']['output']>;
  /** Enterprises registered in this region or below it. */
  enterprises: EnterpriseConnection;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  kind: RegionKind;
  /** The macro-region it belongs to (关中, 陕南, 陕北, 中西部地区), if any; its provenance.note says whether the document places it there or general geography does. */
  macroRegion?: Maybe<Region>;
  /** For a macro-region, the regions it groups; a report or target scoped to it covers them and everything below them. */
  members: Array<Region>;
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  /** What the policy documents say of this region. */
  note?: Maybe<Scalars['String']['output']>;
  /** The administrative parent (for a macro-region, its province or the country). */
  parent?: Maybe<Region>;
  /** Parks in this region or below it. */
  parks: ParkConnection;
  provenance: Provenance;
  /** Universities in this region or below it. */
  universities: UniversityConnection;
};


/** 行政区 / 区域: a division of China (country, province, city, district, zone or new area), or a macro-region grouping some by membership. */
export type RegionEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 行政区 / 区域: a division of China (country, province, city, district, zone or new area), or a macro-region grouping some by membership. */
export type RegionParksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 行政区 / 区域: a division of China (country, province, city, district, zone or new area), or a macro-region grouping some by membership. */
export type RegionUniversitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Region records. */
export type RegionConnection = {
  edges: Array<RegionEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Region>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RegionEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: Region;
};

/** Which regions to list. */
export type RegionFilter = {
  kind?: InputMaybe<RegionKind>;
  /** Only regions inside this region (its code), at any depth. */
  withinCode?: InputMaybe<Scalars['String']['input']>;
};

export type RegionKind =
  /** 市 prefecture-level city */
  | 'CITY'
  /** 国家 the country: where national documents apply */
  | 'COUNTRY'
  /** 开发区 development zone (high-tech, economic-technological, airport economy) */
  | 'DEVELOPMENT_ZONE'
  /** 区/县 district or county */
  | 'DISTRICT'
  /** 区域 macro-region of a province, e.g. 关中 Guanzhong; not an administrative level */
  | 'MACRO_REGION'
  /** 地区 a group of provinces by national convention, e.g. 中西部地区 central and western China; not an administrative level */
  | 'NATIONAL_REGION'
  /** 新区 new area */
  | 'NEW_AREA'
  /** 省 province */
  | 'PROVINCE';

export type RegionOrder = {
  direction?: OrderDirection;
  field?: RegionOrderField;
};

/** What Region lists can be ordered by. */
export type RegionOrderField =
  | 'CODE'
  | 'NAME_EN'
  | 'NAME_ZH';

/** Who has reported for a period (数据直报): key parks and key enterprises, filed, late or not filed. */
export type ReportingStatus = {
  /** When figures are due: `dueOn` if given, else 30 days after the period's end (the platform's default; the texts set no date). */
  dueOn: Scalars['LocalDate']['output'];
  /** The key enterprises, those not filed first, then late, then filed; each once. */
  enterprises: Array<EnterpriseFiling>;
  /** The key parks, by how many of their enterprises have not filed, most first. */
  parks: Array<ParkFiling>;
  /** The period as asked, e.g. 2024 or 2024Q3. */
  period: Scalars['String']['output'];
  periodEnd: Scalars['LocalDate']['output'];
  periodStart: Scalars['LocalDate']['output'];
  quarter?: Maybe<Scalars['Int']['output']>;
  region?: Maybe<Region>;
  year: Scalars['Int']['output'];
};


/** Who has reported for a period (数据直报): key parks and key enterprises, filed, late or not filed. */
export type ReportingStatusEnterprisesArgs = {
  first?: Scalars['Int']['input'];
};


/** Who has reported for a period (数据直报): key parks and key enterprises, filed, late or not filed. */
export type ReportingStatusParksArgs = {
  first?: Scalars['Int']['input'];
};

/** A body the text makes responsible for a measure, and for what. */
export type ResponsibleBody = {
  dutyEn: Scalars['String']['output'];
  /** Its duty, in the document’s words. */
  dutyZh: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  /** As the document names it, e.g. 市服务外包工作领导小组. */
  nameZh: Scalars['String']['output'];
};

export type Role =
  /** Everything. */
  | 'ADMIN'
  /** No key: public facts and aggregates above the minimum group size. */
  | 'ANONYMOUS'
  /** Public facts; files and submits its own statistics (重点企业数据直报). */
  | 'ENTERPRISE'
  /** Public facts; writes to its own park and its enterprises. */
  | 'PARK_ADMIN'
  /** Per-enterprise contract figures, cohort figures, reports and CSV exports. */
  | 'RESEARCHER'
  /** Public facts plus the non-public fields of its own partnerships, bases, cohorts and placements. */
  | 'UNIVERSITY';

/** What rolling back a batch did. */
export type RollbackImportBatchPayload = {
  batch: ImportBatch;
  /** Rows the batch had inserted, deleted. */
  deleted: Scalars['Int']['output'];
  /** Rows changed since the batch (by an edit or a later batch), left as they are. */
  keptChangedSince: Scalars['Int']['output'];
  /** Rows the batch had updated, given their earlier values back. */
  restored: Scalars['Int']['output'];
};

/** A record whose names match a search, with its rank. */
export type SearchHit = {
  node: SearchResult;
  /** Higher is better: exact names first, then Chinese-name matches, then English, pinyin and initials. */
  score: Scalars['Float']['output'];
  type: SearchType;
};

export type SearchResult = Enterprise | Park | Region | TrainingBase | University;

/** What `search` can find. */
export type SearchType =
  | 'ENTERPRISE'
  | 'PARK'
  | 'REGION'
  | 'TRAINING_BASE'
  | 'UNIVERSITY';

export type ServiceCategory =
  /** 业务流程外包 business-process outsourcing */
  | 'BPO'
  /** 信息技术外包 information-technology outsourcing */
  | 'ITO'
  /** 知识流程外包 knowledge-process outsourcing */
  | 'KPO';

/** 服务外包重点发展领域: a domain of the 24-domain catalog. */
export type ServiceDomain = Node & {
  /** 主要业务类型 */
  businessTypes: Array<BusinessType>;
  /** 领域范畴 */
  category: ServiceCategory;
  /** Enterprises working in this domain. */
  enterprises: EnterpriseConnection;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  /** Row number (序号) in the catalog. */
  number: Scalars['Int']['output'];
  /** Parks that focus on this domain. */
  parks: ParkConnection;
  provenance: Provenance;
  /** 支持业务类型 (our reading of merged table cells: see provenance.note); null where the annex has no cell for the row (22–24). */
  supportScope?: Maybe<SupportScope>;
  /** The support scope as the catalog words it; null where it does not. */
  supportScopeZh?: Maybe<Scalars['String']['output']>;
};


/** 服务外包重点发展领域: a domain of the 24-domain catalog. */
export type ServiceDomainEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 服务外包重点发展领域: a domain of the 24-domain catalog. */
export type ServiceDomainParksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a fact came from. */
export type SourceKind =
  /** A bulk import batch. */
  | 'IMPORT'
  /** Read off a policy document in the sources. */
  | 'POLICY_DOCUMENT'
  /** Public reference data (e.g. GB/T 2260 division codes) needed to place a document fact. */
  | 'REFERENCE_DATA'
  /** A direct report (数据直报) by a park or an enterprise. */
  | 'SUBMISSION'
  /** Made by the deterministic synthetic generator: demo and test data, not real. */
  | 'SYNTHETIC';

/** A statistical release: the published tables of one year’s contract statistics, computed once and final since. */
export type StatisticsRelease = {
  /** Cells of all published tables (every table and variant). */
  cellCount: Scalars['Int']['output'];
  /** Cells withheld so that no withheld figure can be worked out from the published ones (complementary suppression). */
  complementaryCellCount: Scalars['Int']['output'];
  /** Cells withheld because one enterprise dominates them (p%-rule). */
  dominantEnterpriseCellCount: Scalars['Int']['output'];
  /** Cells withheld because they cover fewer than `minEnterprises` enterprises. */
  fewEnterprisesCellCount: Scalars['Int']['output'];
  /** The minimum number of enterprises of a published cell. */
  minEnterprises: Scalars['Int']['output'];
  /** p of the p%-rule: a cell is withheld when the enterprises other than its two largest add up to less than p% of the largest. */
  pPercent: Scalars['Float']['output'];
  /** Cells published. */
  publishedCellCount: Scalars['Int']['output'];
  /** When it was released: the only dates on which public figures change. */
  releasedOn: Scalars['LocalDate']['output'];
  /** Records of the year no exchange rate converted, left out of every table. */
  unconvertedRecordCount: Scalars['Int']['output'];
  /** Yuan per US dollar used for the year’s USD figures. */
  usdRate: Scalars['Float']['output'];
  /** The year the figures are for. */
  year: Scalars['Int']['output'];
};

/** 数据直报: a statistics submission for an enterprise and a period. */
export type Submission = Node & {
  /** Plausibility checks for whoever verifies it: against the same period a year earlier, and against the revision it corrects. */
  checks: Array<SubmissionCheck>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  enterprise: Enterprise;
  /** The contract figures as filed. */
  figures: Scalars['JSON']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  quarter?: Maybe<Scalars['Int']['output']>;
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** 1 for the first filing of the period, then one more per correction. */
  revision: Scalars['Int']['output'];
  status: SubmissionStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A plausibility check of a submission, for whoever verifies it: computed, never typed in. */
export type SubmissionCheck = {
  /** EXECUTED_ABOVE_SIGNED, LARGE_CHANGE_FROM_LAST_YEAR (×2 or ÷2, a drop to zero included), CURRENCY_CHANGED, MISSING_SINCE_LAST_YEAR, REVISES_PUBLISHED, DROPS_PUBLISHED, SAME_AS_PUBLISHED. */
  code: Scalars['String']['output'];
  /** Index of the figure it concerns in `figures`, if one. */
  figure?: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
  severity: CheckSeverity;
};

/** A page of Submission records. */
export type SubmissionConnection = {
  edges: Array<SubmissionEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Submission>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SubmissionEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: Submission;
};

/** One contract figure of a submission. */
export type SubmissionFigureInput = {
  /** CN for onshore business. */
  clientMarket: Scalars['CountryCode']['input'];
  currency?: Scalars['Currency']['input'];
  direction: ContractDirection;
  domainNumber: Scalars['Int']['input'];
  executedAmount: Scalars['NonNegativeFloat']['input'];
  signedAmount: Scalars['NonNegativeFloat']['input'];
};

export type SubmissionPayload = {
  clientMutationId?: Maybe<Scalars['String']['output']>;
  submission: Submission;
};

export type SubmissionStatus =
  /** Filed, not yet submitted; not counted. */
  | 'DRAFT'
  /** Rejected by an admin, with a reason; not counted. */
  | 'REJECTED'
  /** Submitted for verification; no longer editable; not counted yet. */
  | 'SUBMITTED'
  /** Verified by an admin: its figures are the enterprise’s figures for the period. */
  | 'VERIFIED';

/** Which business of a domain the Zhengzhou catalog supports (支持业务类型). */
export type SupportScope =
  /** 支持离岸与在岸所有业务: all offshore and onshore business */
  | 'ALL_OFFSHORE_AND_ONSHORE'
  /** 支持离岸及与河南省外企业(机构)发生的在岸业务: offshore, and onshore business with enterprises or institutions outside Henan */
  | 'OFFSHORE_AND_ONSHORE_OUTSIDE_HENAN';

/** Graduates placed in the enterprises of a region. */
export type TalentDestination = {
  placed: Scalars['Int']['output'];
  region: Region;
  /** Share of all placed of the same figures (own, or peers’). */
  share?: Maybe<Scalars['Float']['output']>;
};

/** Cohort figures: enrolled, completed, placed (hires from these cohorts, whenever placed) and the conversion. */
export type TalentFigures = {
  completed: Scalars['Int']['output'];
  /** placed / completed; null when none completed. */
  conversion?: Maybe<Scalars['Float']['output']>;
  enrolled: Scalars['Int']['output'];
  placed: Scalars['Int']['output'];
};

/** The talent pipeline (人才培养 → 就业) for a filter. */
export type TalentPipeline = {
  /** Cohorts whose figures broke the expectation that stages never grow (at most 100). */
  anomalies: Array<PipelineAnomaly>;
  /** How the figures were computed. */
  basis: Scalars['String']['output'];
  conversion: PipelineConversion;
  /** Placed counts per path, biggest first; pages of up to 1000 (forwards only). */
  flows: PipelineFlowConnection;
  stages: PipelineStages;
};


/** The talent pipeline (人才培养 → 就业) for a filter. */
export type TalentPipelineFlowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A figure behind a target’s progress. */
export type TargetFigure = {
  label: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type TargetMetric =
  /** Average annual growth of all contract execution (compound). */
  | 'CONTRACT_GROWTH_RATE'
  /** Number of holders of a designation in the scope region, as of a date. */
  | 'DESIGNATION_COUNT'
  /** Average annual growth of offshore (international) contract execution. */
  | 'INTERNATIONAL_CONTRACT_GROWTH_RATE'
  /** International execution total and growth relative to other central-western cities (a standing, not a number). */
  | 'INTERNATIONAL_EXECUTION_STANDING';

/** A target’s progress, computed from live data as of a date. */
export type TargetProgress = {
  /** The date the figures stand at (ISO). */
  asOf: Scalars['String']['output'];
  /** How `current` was computed: metric, scope and period. */
  computation: Scalars['String']['output'];
  /** The current value of the metric, in the target’s unit; null when not measured. */
  current?: Maybe<Scalars['Float']['output']>;
  /** The figures the computation used. */
  figures: Array<TargetFigure>;
  /** Met, or (for counts) at least as far along as the time elapsed between base year and deadline, or (for growth) growing at the target rate; past the deadline, whether it was met. Null when not measured. */
  onTrack?: Maybe<Scalars['Boolean']['output']>;
  /** current ÷ minimum (1 = target reached). */
  ratio?: Maybe<Scalars['Float']['output']>;
  status: TargetStatus;
};

export type TargetStatus =
  /** The value is above the upper bound of a ranged target (on the deadline, once past). */
  | 'EXCEEDED'
  /** The deadline has not passed and the value is below the target. */
  | 'IN_PROGRESS'
  /** The value reaches the target (and stays within its range, if it has one); past the deadline, it did on the deadline. */
  | 'MET'
  /** Past the deadline: not reached on the deadline, reached since. */
  | 'MET_LATE'
  /** Past the deadline: not reached on the deadline, nor since. */
  | 'MISSED'
  /** The data cannot answer this target (yet): no records of what it counts, or too few years; see `computation` and `figures`. */
  | 'NOT_MEASURED';

/** 人才培养基地 / 实训基地 / 人才培训机构: a training base. */
export type TrainingBase = Node & {
  /** Its intakes (培训批次). */
  cohorts: CohortConnection;
  /** Designations it holds or held, newest first. */
  designations: Array<Designation>;
  /** Domains it trains for. */
  domains: Array<ServiceDomain>;
  /** The operating enterprise, if an enterprise runs it. */
  enterprise?: Maybe<Enterprise>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  kind: TrainingBaseKind;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  operatorKind: OperatorKind;
  /** Name of the operating training organisation, when neither a university nor an enterprise. */
  operatorName?: Maybe<Scalars['String']['output']>;
  /** The park it is located in, if any. */
  park?: Maybe<Park>;
  /** Partnerships run through this base. */
  partnerships: PartnershipConnection;
  provenance: Provenance;
  region: Region;
  /** The operating university, if a university runs it. */
  university?: Maybe<University>;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. */
  version: Scalars['Int']['output'];
  /** Trainees it can take a year. Researchers, the operating university and the base’s park administrator only. */
  yearlyCapacity?: Maybe<Scalars['NonNegativeInt']['output']>;
};


/** 人才培养基地 / 实训基地 / 人才培训机构: a training base. */
export type TrainingBaseCohortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 人才培养基地 / 实训基地 / 人才培训机构: a training base. */
export type TrainingBasePartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of TrainingBase records. */
export type TrainingBaseConnection = {
  edges: Array<TrainingBaseEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<TrainingBase>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TrainingBaseEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: TrainingBase;
};

/** Which training bases to list; all conditions must hold. */
export type TrainingBaseFilter = {
  kind?: InputMaybe<TrainingBaseKind>;
  operatorKind?: InputMaybe<OperatorKind>;
  /** Located in this park. */
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** In this region (its code) or below it. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Operated by this university. */
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

export type TrainingBaseKind =
  /** 实训基地 practical-training base */
  | 'PRACTICAL_TRAINING_BASE'
  /** 人才培养基地 talent-cultivation base */
  | 'TALENT_CULTIVATION_BASE'
  /** 人才培训机构 training institution */
  | 'TRAINING_INSTITUTION';

export type TrainingBaseOrder = {
  direction?: OrderDirection;
  field?: TrainingBaseOrderField;
};

/** What TrainingBase lists can be ordered by. */
export type TrainingBaseOrderField =
  | 'CAPACITY'
  | 'CREATED'
  | 'NAME_ZH';

export type TrainingBasePayload = {
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The ID of a deleted record. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The record as it is now; null after a deletion. */
  trainingBase?: Maybe<TrainingBase>;
};

/** 高等院校: a university or college. */
export type University = Node & {
  /** Cohorts of the training bases it operates. */
  cohorts: CohortConnection;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  nameZh: Scalars['String']['output'];
  /** Whether it offers a service-outsourcing major (增设服务外包专业). */
  offersOutsourcingMajor: Scalars['Boolean']['output'];
  /** Its outcomes beside anonymised peers (the other universities of its province, pooled), year by released year: placements, conversion and where its graduates went. That university’s key, researchers and admins. */
  outcomes?: Maybe<UniversityOutcomes>;
  /** Its partnerships with enterprises (校企合作). */
  partnerships: PartnershipConnection;
  /** Where its students went: placements from the cohorts of its training bases. */
  placements: PlacementConnection;
  provenance: Provenance;
  region: Region;
  /** Training bases it operates. */
  trainingBases: TrainingBaseConnection;
  /** Official website. */
  website?: Maybe<Scalars['URL']['output']>;
};


/** 高等院校: a university or college. */
export type UniversityCohortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 高等院校: a university or college. */
export type UniversityOutcomesArgs = {
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};


/** 高等院校: a university or college. */
export type UniversityPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 高等院校: a university or college. */
export type UniversityPlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 高等院校: a university or college. */
export type UniversityTrainingBasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of University records. */
export type UniversityConnection = {
  edges: Array<UniversityEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<University>;
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type UniversityEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: University;
};

/** Which universities to list; all conditions must hold. */
export type UniversityFilter = {
  /** Offers a service-outsourcing major. */
  offersOutsourcingMajor?: InputMaybe<Scalars['Boolean']['input']>;
  /** In this region (its code) or below it. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

export type UniversityOrder = {
  direction?: OrderDirection;
  field?: UniversityOrderField;
};

/** What University lists can be ordered by. */
export type UniversityOrderField =
  | 'CREATED'
  | 'NAME_ZH';

/** A university’s cohorts of one year beside those of the other universities of its province, as released. */
export type UniversityOutcomeYear = {
  /** The university’s own cohorts, as released. */
  own: TalentFigures;
  /** Where its graduates were placed, by the enterprise’s province and city. */
  ownDestinations: Array<TalentDestination>;
  /** How many other universities of the province had cohorts that year; null when the cell is withheld. */
  peerCount?: Maybe<Scalars['Int']['output']>;
  /** Where the peers’ graduates were placed, by province and city: only destinations whose released cell is published. */
  peerDestinations: Array<TalentDestination>;
  /** The other universities of its province together (the released province cell less its own); null when the cell is withheld. */
  peers?: Maybe<TalentFigures>;
  /** When the year was released: the figures are as of then. */
  releasedOn: Scalars['LocalDate']['output'];
  /** The cohorts’ year. */
  year: Scalars['Int']['output'];
};

/** A university’s outcomes beside anonymised peers: the other universities of its province, pooled, from the statistical releases. */
export type UniversityOutcomes = {
  /** How the figures were computed. */
  basis: Scalars['String']['output'];
  /** The province whose universities are the peers. */
  province: Region;
  years: Array<UniversityOutcomeYear>;
};

export type UpdateCohortInput = {
  certified?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  completed?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  enrolled?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateContractRecordInput = {
  /** CN for onshore business. */
  clientMarket?: InputMaybe<Scalars['CountryCode']['input']>;
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['Currency']['input']>;
  direction?: InputMaybe<ContractDirection>;
  /** Catalog number of the domain. */
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  executedAmount?: InputMaybe<Scalars['NonNegativeFloat']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** 1–4, or null for a whole-year figure. A year of an enterprise is reported whole or by quarter, never both: a quarter of a year with whole-year records is refused, and the other way round. */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  signedAmount?: InputMaybe<Scalars['NonNegativeFloat']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateDesignationInput = {
  authority?: InputMaybe<Scalars['String']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Set to end (or withdraw) the designation. */
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type UpdateEnterpriseInput = {
  clientMarkets?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码: 18 characters, the last a GB 32100 check character. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Catalog numbers of its domains (replaces the list). */
  domainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  foundedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  headcount?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  id: Scalars['ID']['input'];
  listingBoard?: InputMaybe<ListingBoard>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  ownership?: InputMaybe<Ownership>;
  /** The parks it is in (replaces the list). */
  parkIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Region of registration (its code). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['URL']['input']>;
};

export type UpdateParkInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  designationYear?: InputMaybe<Scalars['Int']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  focusCategory?: InputMaybe<ServiceCategory>;
  /** Catalog numbers of its focus domains (replaces the list). */
  focusDomainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<ParkKind>;
  latitude?: InputMaybe<Scalars['Latitude']['input']>;
  level?: InputMaybe<ParkLevel>;
  longitude?: InputMaybe<Scalars['Longitude']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Region (its code). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ParkStatus>;
  website?: InputMaybe<Scalars['URL']['input']>;
};

export type UpdatePartnershipInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  endedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  kind?: InputMaybe<PartnershipKind>;
  startedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<PartnershipStatus>;
  studentsPerYear?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  trainingBaseId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdatePlacementInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  hired?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  id: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateTrainingBaseInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  domainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The operating enterprise (operatorKind ENTERPRISE). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  kind?: InputMaybe<TrainingBaseKind>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  operatorKind?: InputMaybe<OperatorKind>;
  /** The operating organisation (operatorKind TRAINING_ORGANISATION). */
  operatorName?: InputMaybe<Scalars['String']['input']>;
  parkId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The operating university (operatorKind UNIVERSITY). */
  universityId?: InputMaybe<Scalars['ID']['input']>;
  yearlyCapacity?: InputMaybe<Scalars['NonNegativeInt']['input']>;
};

export type ContractAmountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractAmountsQuery = { contractRecords: { nodes: Array<{ id: string, year: number, executedAmount?: number | null, signedAmount?: number | null }> } };

export type CohortFiguresQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CohortFiguresQuery = { node?: { id: string, year: number, enrolled?: number | null, completed?: number | null, certified?: number | null } | {} | null };

export type UniversityCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type UniversityCohortsQuery = { universities: { nodes: Array<{ id: string, trainingBases: { nodes: Array<{ yearlyCapacity?: number | null, cohorts: { nodes: Array<{ id: string, enrolled?: number | null }> } }> } }> } };

export type EnterprisePlacementFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterprisePlacementFiguresQuery = { enterprises: { nodes: Array<{ placements: { nodes: Array<{ id: string, hired?: number | null, cohort: { trainingBase: { university?: { id: string } | null } } }> } }> } };

export type PublicFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicFactsQuery = { serviceDomains: Array<{ number: number }>, parks: { totalCount: number, nodes: Array<{ nameZh: string, designations: Array<{ kind: DesignationKind }> }> }, policies: { nodes: Array<{ targets: Array<{ code: string, progress: { current?: number | null, status: TargetStatus } }> }> }, designations: { totalCount: number } };

export type PublicContractStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicContractStatsQuery = { contractStats: { suppressedRowCount: number, rows: Array<{ year?: number | null, enterpriseCount: number, executedUsd: number, executedGrowth?: number | null, region?: { code: string } | null, domain?: { number: number } | null }>, total?: { enterpriseCount: number } | null } };

export type CatalogQueryVariables = Exact<{
  category?: InputMaybe<ServiceCategory>;
}>;


export type CatalogQuery = { serviceDomains: Array<{ id: string, number: number, nameZh: string, nameEn: string, category: ServiceCategory, supportScope?: SupportScope | null, supportScopeZh?: string | null, businessTypes: Array<{ nameZh: string, nameEn: string }>, provenance: { source: SourceKind, document?: string | null, locator?: string | null, note?: string | null } }> };

export type DomainNavigationQueryVariables = Exact<{
  number: Scalars['Int']['input'];
}>;


export type DomainNavigationQuery = { serviceDomain: { id: string, number: number, parks: { totalCount: number, nodes: Array<{ id: string, focusDomains: Array<{ number: number }> }> }, enterprises: { totalCount: number, nodes: Array<{ id: string, domains: Array<{ number: number }> }> } } };

export type ContractStatsQueryVariables = Exact<{
  groupBy: Array<ContractDimension> | ContractDimension;
  filter?: InputMaybe<ContractStatsFilter>;
  regionLevel?: InputMaybe<RegionKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ContractStatsQuery = { contractStats: { groupBy: Array<ContractDimension>, regionLevel?: RegionKind | null, unconvertedRecordCount: number, truncated: boolean, basis: string, rows: Array<{ year?: number | null, quarter?: number | null, category?: ServiceCategory | null, direction?: ContractDirection | null, clientMarket?: string | null, signedUsd: number, executedUsd: number, signedCny: number, executedCny: number, offshoreExecutedUsd?: number | null, offshoreShare?: number | null, recordCount: number, enterpriseCount: number, executedGrowth?: number | null, domain?: { number: number } | null, region?: { code: string, kind: RegionKind } | null, park?: { id: string } | null }>, total?: { signedUsd: number, executedUsd: number, executedCny: number, offshoreShare?: number | null, recordCount: number, enterpriseCount: number } | null, rates: Array<{ currency: string, year: number, cnyPerUnit: number, provenance: { source: SourceKind, document?: string | null } }> } };

export type PolicyDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyDocumentsQuery = { policies: { nodes: Array<{ code?: string | null, titleZh: string, provenance: { source: SourceKind, document?: string | null, note?: string | null }, measures: Array<{ section: string, headingZh: string, quoteZh?: string | null, summaryEn: string, instrument: MeasureInstrument, scheduleZh?: string | null, scheduleEn?: string | null, responsibleBodies: Array<{ nameZh: string, nameEn: string, dutyZh: string, dutyEn: string }>, fundingSources: Array<{ nameZh: string, nameEn: string }>, cites: Array<{ code?: string | null, titleZh: string }>, provenance: { locator?: string | null, note?: string | null } }>, cites: Array<{ code?: string | null, titleZh: string }>, citedBy: Array<{ code?: string | null, titleZh: string }>, targets: Array<{ code: string, descriptionZh: string, descriptionEn: string, provenance: { note?: string | null } }>, incentives: Array<{ code: string, nameEn: string, textZh: string, commitment: IncentiveCommitment, commitmentZh: string, basis: Array<{ code?: string | null, titleZh: string }>, provenance: { note?: string | null } }> }> } };

export type FeaturedEnterprisesQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type FeaturedEnterprisesQuery = { policies: { nodes: Array<{ targets: Array<{ code: string, current?: number | null }> }> } };

export type PlatformsQueryVariables = Exact<{
  regionCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<PlatformKind>;
}>;


export type PlatformsQuery = { platforms: Array<{ id: string, nameZh: string, nameEn: string, kind: PlatformKind, level?: ParkLevel | null, status: ParkStatus, note?: string | null, region: { code: string }, provenance: { source: SourceKind, document?: string | null, locator?: string | null, note?: string | null } }> };

export type StandingPeersQueryVariables = Exact<{ [key: string]: never; }>;


export type StandingPeersQuery = { policy: { targets: Array<{ code: string, peerRegion?: { code: string, nameZh: string, members: Array<{ code: string }> } | null, progress: { status: TargetStatus, computation: string } }> } };

export type ImportBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportBatchesQuery = { importBatches: { totalCount: number, nodes: Array<{ id: number, entity: string, fileName: string, checksum: string, rowCount: number, inserted: number, updated: number, unchanged: number, rolledBackAt?: any | null }> } };

export type RollbackImportBatchMutationVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type RollbackImportBatchMutation = { rollbackImportBatch: { deleted: number, restored: number, keptChangedSince: number, batch: { id: number, rolledBackAt?: any | null } } };

export type ContractRecordProvenanceQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractRecordProvenanceQuery = { contractRecords: { nodes: Array<{ id: string, year: number, executedAmount?: number | null, provenance?: { source: SourceKind, document?: string | null, locator?: string | null, recordedAt?: any | null, importedAt?: any | null, batch?: { id: number, fileName: string, createdAt: any } | null } | null }> } };

export type IncentiveEligibilityQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type IncentiveEligibilityQuery = { policies: { nodes: Array<{ code?: string | null, region: { code: string }, incentives: Array<{ code: string, kind: IncentiveKind, rate?: number | null, eligibleDesignation?: DesignationKind | null, eligibilityBasis: string, eligibility: { totalCount: number, nodes: Array<{ kind: DesignationKind, validFrom: string, validUntil?: string | null, holder: { __typename: 'Enterprise', id: string, region: { code: string } } | { __typename: 'Park' } | { __typename: 'TrainingBase' } }> } }> }> } };

export type CreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;


export type CreateEnterpriseMutation = { createEnterprise: { clientMutationId?: string | null, enterprise?: { id: string, nameZh: string, creditCode: string, version: number, headcount?: number | null, region: { code: string }, parks: Array<{ id: string }>, domains: Array<{ number: number }>, provenance: { source: SourceKind } } | null } };

export type UpdateEnterpriseMutationVariables = Exact<{
  input: UpdateEnterpriseInput;
}>;


export type UpdateEnterpriseMutation = { updateEnterprise: { enterprise?: { id: string, nameZh: string, headcount?: number | null, version: number } | null } };

export type DeleteEnterpriseMutationVariables = Exact<{
  input: DeleteEnterpriseInput;
}>;


export type DeleteEnterpriseMutation = { deleteEnterprise: { deletedId?: string | null } };

export type AuditLogQueryVariables = Exact<{
  recordId?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ action: AuditAction, role: Role, keyId?: number | null, entityType: string, recordId: number, before?: any | null, after?: any | null, requestId: string }> } };

export type CreateContractRecordMutationVariables = Exact<{
  input: CreateContractRecordInput;
}>;


export type CreateContractRecordMutation = { createContractRecord: { contractRecord?: { id: string, year: number, quarter?: number | null, direction: ContractDirection, clientMarket: string, executedAmount?: number | null, currency: string, version?: number | null, enterprise: { id: string }, domain: { number: number } } | null } };

export type UpdateContractRecordMutationVariables = Exact<{
  input: UpdateContractRecordInput;
}>;


export type UpdateContractRecordMutation = { updateContractRecord: { contractRecord?: { id: string, executedAmount?: number | null, version?: number | null } | null } };

export type DeleteContractRecordMutationVariables = Exact<{
  input: DeleteContractRecordInput;
}>;


export type DeleteContractRecordMutation = { deleteContractRecord: { deletedId?: string | null } };

export type UpdateParkMutationVariables = Exact<{
  input: UpdateParkInput;
}>;


export type UpdateParkMutation = { updatePark: { park?: { id: string, nameEn: string, version: number, website?: any | null, location?: { latitude: any, longitude: any } | null, focusDomains: Array<{ number: number }> } | null } };

export type CreateDesignationMutationVariables = Exact<{
  input: CreateDesignationInput;
}>;


export type CreateDesignationMutation = { createDesignation: { designation?: { id: string, kind: DesignationKind, validFrom: string, validUntil?: string | null, version: number, holder: { __typename: 'Enterprise' } | { __typename: 'Park' } | { __typename: 'TrainingBase' }, policy?: { code?: string | null } | null } | null } };

export type UpdateDesignationMutationVariables = Exact<{
  input: UpdateDesignationInput;
}>;


export type UpdateDesignationMutation = { updateDesignation: { designation?: { id: string, validUntil?: string | null, version: number } | null } };

export type DemonstrationParkTargetQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type DemonstrationParkTargetQuery = { policy: { targets: Array<{ code: string, current?: number | null }> } };

export type CreateTrainingBaseMutationVariables = Exact<{
  input: CreateTrainingBaseInput;
}>;


export type CreateTrainingBaseMutation = { createTrainingBase: { trainingBase?: { id: string, nameZh: string, operatorKind: OperatorKind, version: number, park?: { id: string } | null, university?: { id: string } | null, domains: Array<{ number: number }> } | null } };

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CreateCohortMutation = { createCohort: { cohort?: { id: string, year: number, enrolled?: number | null, completed?: number | null, certified?: number | null, version: number } | null } };

export type UpdateCohortMutationVariables = Exact<{
  input: UpdateCohortInput;
}>;


export type UpdateCohortMutation = { updateCohort: { cohort?: { id: string, enrolled?: number | null, version: number } | null } };

export type CreatePlacementMutationVariables = Exact<{
  input: CreatePlacementInput;
}>;


export type CreatePlacementMutation = { createPlacement: { placement?: { id: string, year: number, hired?: number | null, enterprise: { id: string }, cohort: { id: string } } | null } };

export type CreatePartnershipMutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;


export type CreatePartnershipMutation = { createPartnership: { partnership?: { id: string, kind: PartnershipKind, status: PartnershipStatus, startedOn: string, trainingBase?: { id: string } | null } | null } };

export type NestedGraphQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type NestedGraphQuery = { universities: { totalCount: number, nodes: Array<{ nameZh: string, region: { nameZh: string, parent?: { nameZh: string } | null }, partnerships: { totalCount: number, nodes: Array<{ kind: PartnershipKind, enterprise: { nameZh: string }, trainingBase?: { nameZh: string } | null }> }, trainingBases: { nodes: Array<{ nameZh: string, domains: Array<{ number: number }>, cohorts: { nodes: Array<{ year: number, domain: { number: number }, placements: { nodes: Array<{ hired?: number | null, enterprise: { nameZh: string, region: { code: string }, domains: Array<{ number: number }>, parks: Array<{ nameZh: string }>, designations: Array<{ kind: DesignationKind, holder: { __typename: 'Enterprise' } | { __typename: 'Park' } | { __typename: 'TrainingBase' } }>, contractRecords: { nodes: Array<{ year: number, executedAmount?: number | null, domain: { number: number } }> } } }> } }> } }> } }> }, parks: { totalCount: number, nodes: Array<{ nameZh: string, region: { code: string }, focusDomains: Array<{ number: number }>, designations: Array<{ kind: DesignationKind }>, enterprises: { totalCount: number, nodes: Array<{ nameZh: string }> } }> } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { node?: { __typename: 'Cohort', id: string } | { __typename: 'ContractRecord', id: string } | { __typename: 'Designation', id: string } | { __typename: 'Enterprise', id: string } | { __typename: 'ExchangeRate', id: string } | { __typename: 'Incentive', id: string } | { __typename: 'Park', id: string } | { __typename: 'Partnership', id: string } | { __typename: 'Placement', id: string } | { __typename: 'Platform', id: string } | { __typename: 'Policy', id: string } | { __typename: 'PolicyMeasure', id: string } | { __typename: 'PolicyTarget', id: string } | { __typename: 'Region', id: string } | { __typename: 'ServiceDomain', id: string } | { __typename: 'Submission', id: string } | { __typename: 'TrainingBase', id: string } | { __typename: 'University', id: string } | null };

export type NodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesQuery = { nodes: Array<{ __typename: 'Cohort', id: string } | { __typename: 'ContractRecord', id: string } | { __typename: 'Designation', id: string } | { __typename: 'Enterprise', id: string } | { __typename: 'ExchangeRate', id: string } | { __typename: 'Incentive', id: string } | { __typename: 'Park', id: string } | { __typename: 'Partnership', id: string } | { __typename: 'Placement', id: string } | { __typename: 'Platform', id: string } | { __typename: 'Policy', id: string } | { __typename: 'PolicyMeasure', id: string } | { __typename: 'PolicyTarget', id: string } | { __typename: 'Region', id: string } | { __typename: 'ServiceDomain', id: string } | { __typename: 'Submission', id: string } | { __typename: 'TrainingBase', id: string } | { __typename: 'University', id: string } | null> };

export type OneOfEachTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type OneOfEachTypeQuery = { regions: { nodes: Array<{ id: string }> }, serviceDomains: Array<{ id: string }>, parks: { nodes: Array<{ id: string }> }, enterprises: { nodes: Array<{ id: string }> }, designations: { nodes: Array<{ id: string }> }, universities: { nodes: Array<{ id: string }> }, trainingBases: { nodes: Array<{ id: string }> }, partnerships: { nodes: Array<{ id: string }> }, contractRecords: { nodes: Array<{ id: string }> }, policies: { nodes: Array<{ id: string, targets: Array<{ id: string }>, incentives: Array<{ id: string }> }> }, cohortsWithPlacements: { nodes: Array<{ cohorts: { nodes: Array<{ id: string }> }, placements: { nodes: Array<{ id: string }> } }> } };

export type EnterprisePageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<EnterpriseOrder>;
  filter?: InputMaybe<EnterpriseFilter>;
}>;


export type EnterprisePageQuery = { enterprises: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, nameZh: string, headcount?: number | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type ParkPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParkFilter>;
}>;


export type ParkPageQuery = { parks: { totalCount: number, nodes: Array<{ id: string, nameZh: string, kind: ParkKind, focusCategory?: ServiceCategory | null, region: { code: string } }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type ParkLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ParkLocationsQuery = { parks: { nodes: Array<{ nameZh: string, website?: any | null, location?: { latitude: any, longitude: any } | null, provenance: { source: SourceKind } }> } };

export type PartnershipPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<PartnershipOrder>;
}>;


export type PartnershipPageQuery = { partnerships: { totalCount: number, nodes: Array<{ id: string, startedOn: string }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type ParkClustersQueryVariables = Exact<{
  filter: ParkComparisonFilter;
  options?: InputMaybe<ClusterOptions>;
}>;


export type ParkClustersQuery = { parkClusters: Array<{ enterpriseCount: number, headcount: number, basis: string, park: { id: string, nameZh: string }, contracts?: { signedUsd: number, executedUsd: number, offshoreExecutedUsd?: number | null, onshoreExecutedUsd?: number | null } | null, byDomain: Array<{ category: ServiceCategory, enterpriseCount: number, headcount: number, domain?: { number: number } | null, contracts?: { executedUsd: number } | null }>, byCategory: Array<{ category: ServiceCategory, enterpriseCount: number, headcount: number, contracts?: { executedUsd: number, offshoreExecutedUsd?: number | null } | null }>, designations: Array<{ kind: DesignationKind, enterpriseCount: number }>, feeders: Array<{ placed?: number | null, trainingBase: { id: string }, university?: { id: string } | null }>, leadingEnterprises: { totalCount: number, nodes: Array<{ id: string, designations: Array<{ kind: DesignationKind, validFrom: string, validUntil?: string | null }> }> } }> };

export type ParkClusterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  options?: InputMaybe<ClusterOptions>;
}>;


export type ParkClusterQuery = { node?: { nameZh: string, cluster: { enterpriseCount: number, byCategory: Array<{ category: ServiceCategory, enterpriseCount: number }> } } | {} | null };

export type PolicyProgressQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type PolicyProgressQuery = { policies: { totalCount: number, nodes: Array<{ id: string, code?: string | null, titleZh: string, signedOn?: string | null, region: { code: string }, provenance: { source: SourceKind, document?: string | null, note?: string | null }, targets: Array<{ id: string, code: string, metric: TargetMetric, designationKind?: DesignationKind | null, minimum?: number | null, maximum?: number | null, unit: string, baseYear?: number | null, deadline?: string | null, deadlineNote?: string | null, current?: number | null, scopeRegion?: { code: string } | null, policy: { id: string }, progress: { current?: number | null, ratio?: number | null, status: TargetStatus, onTrack?: boolean | null, computation: string, asOf: string, figures: Array<{ label: string, value?: number | null, unit: string }> }, provenance: { source: SourceKind, document?: string | null, locator?: string | null } }>, incentives: Array<{ id: string, code: string, kind: IncentiveKind, rate?: number | null, eligibleDesignation?: DesignationKind | null, policy: { id: string } }> }> } };

export type TargetProgressAsPublishedQueryVariables = Exact<{
  publishedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  excludeSynthetic?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type TargetProgressAsPublishedQuery = { policies: { nodes: Array<{ targets: Array<{ code: string, metric: TargetMetric, progress: { current?: number | null, status: TargetStatus, computation: string, figures: Array<{ label: string, value?: number | null }> } }> }> } };

export type EnterprisesByPlacedQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  orderBy?: InputMaybe<EnterpriseOrder>;
}>;


export type EnterprisesByPlacedQuery = { enterprises: { totalCount: number, nodes: Array<{ id: string, placements: { nodes: Array<{ hired?: number | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type ParksByFiguresQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParkFilter>;
  orderBy?: InputMaybe<ParkOrder>;
}>;


export type ParksByFiguresQuery = { parks: { totalCount: number, nodes: Array<{ id: string, nameZh: string }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type ParksWithEnterprisesQueryVariables = Exact<{ [key: string]: never; }>;


export type ParksWithEnterprisesQuery = { parks: { nodes: Array<{ id: string, nameZh: string, region: { code: string }, enterprises: { totalCount: number, nodes: Array<{ id: string, parks: Array<{ id: string }> }> } }> } };

export type UniversityPipelineQueryVariables = Exact<{ [key: string]: never; }>;


export type UniversityPipelineQuery = { universities: { nodes: Array<{ id: string, partnerships: { totalCount: number, nodes: Array<{ id: string, university: { id: string }, enterprise: { id: string }, trainingBase?: { id: string } | null }> }, trainingBases: { nodes: Array<{ id: string, university?: { id: string } | null, cohorts: { nodes: Array<{ id: string, trainingBase: { id: string }, placements: { nodes: Array<{ id: string, hired?: number | null, cohort: { id: string }, enterprise: { id: string } }> } }> } }> }, placements: { totalCount: number } }> } };

export type EnterprisePlacementsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterprisePlacementsQuery = { enterprises: { nodes: Array<{ id: string, placements: { nodes: Array<{ id: string }> } }> } };

export type RegionTreeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RegionTreeQuery = { region: { id: string, code: string, nameZh: string, kind: RegionKind, parent?: { code: string } | null, macroRegion?: { code: string } | null, children: Array<{ code: string, kind: RegionKind, parent?: { code: string } | null, macroRegion?: { code: string } | null, members: Array<{ code: string }>, children: Array<{ code: string }> }>, parks: { totalCount: number, nodes: Array<{ id: string, region: { code: string } }> }, enterprises: { totalCount: number }, universities: { totalCount: number } } };

export type DesignationHoldersQueryVariables = Exact<{ [key: string]: never; }>;


export type DesignationHoldersQuery = { designations: { totalCount: number, nodes: Array<{ id: string, kind: DesignationKind, validFrom: string, validUntil?: string | null, holder: { __typename: 'Enterprise', id: string, designations: Array<{ id: string }> } | { __typename: 'Park', id: string, designations: Array<{ id: string }> } | { __typename: 'TrainingBase', id: string, designations: Array<{ id: string }> } }> } };

export type SearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType> | SearchType>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { search: Array<{ type: SearchType, score: number, node: { __typename: 'Enterprise', id: string, nameZh: string, englishName?: string | null } | { __typename: 'Park', id: string, nameZh: string, nameEn: string } | { __typename: 'Region', id: string, code: string, nameZh: string, nameEn: string } | { __typename: 'TrainingBase', id: string, nameZh: string, englishName?: string | null } | { __typename: 'University', id: string, nameZh: string, englishName?: string | null } }> };

export type FileSubmissionMutationVariables = Exact<{
  input: FileSubmissionInput;
}>;


export type FileSubmissionMutation = { fileSubmission: { submission: { id: string, revision: number, status: SubmissionStatus, version: number, year: number, quarter?: number | null, figures: any } } };

export type SubmitSubmissionMutationVariables = Exact<{
  input: DecideSubmissionInput;
}>;


export type SubmitSubmissionMutation = { submitSubmission: { submission: { id: string, status: SubmissionStatus, version: number, submittedAt?: any | null } } };

export type VerifySubmissionMutationVariables = Exact<{
  input: DecideSubmissionInput;
}>;


export type VerifySubmissionMutation = { verifySubmission: { submission: { id: string, status: SubmissionStatus, version: number, decidedAt?: any | null } } };

export type RejectSubmissionMutationVariables = Exact<{
  input: DecideSubmissionInput;
}>;


export type RejectSubmissionMutation = { rejectSubmission: { submission: { id: string, status: SubmissionStatus, rejectionReason?: string | null } } };

export type SubmissionsQueryVariables = Exact<{
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SubmissionsQuery = { submissions: { totalCount: number, nodes: Array<{ id: string, year: number, quarter?: number | null, revision: number, status: SubmissionStatus, enterprise: { id: string }, checks: Array<{ code: string, severity: CheckSeverity, figure?: number | null, message: string }> }> } };

export type SubmissionNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmissionNodeQuery = { node?: { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { year: number, status: SubmissionStatus, figures: any, rejectionReason?: string | null, id: string, enterprise: { id: string }, checks: Array<{ message: string }> } | { id: string } | { id: string } | null };

export type RecordsFromSubmissionsQueryVariables = Exact<{
  enterpriseId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type RecordsFromSubmissionsQuery = { contractRecords: { nodes: Array<{ quarter?: number | null, executedAmount?: number | null, provenance?: { source: SourceKind, document?: string | null, importedAt?: any | null, submission?: { id: string, revision: number } | null } | null }> } };

export type ReportingStatusQueryVariables = Exact<{
  period: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type ReportingStatusQuery = { reportingStatus: { period: string, year: number, quarter?: number | null, periodStart: string, periodEnd: string, dueOn: string, parks: Array<{ keyDesignations: Array<DesignationKind>, status: FilingStatus, enterpriseCount: number, filedCount: number, lateCount: number, notFiledCount: number, park: { id: string, nameZh: string } }>, enterprises: Array<{ keyDesignations: Array<DesignationKind>, status: FilingStatus, filedAt?: any | null, enterprise: { id: string, nameZh: string } }> } };

export type TalentPipelineQueryVariables = Exact<{
  filter?: InputMaybe<PipelineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TalentPipelineQuery = { talentPipeline: { basis: string, stages: { partnerships: number, enrolled: number, completed: number, certified: number, placed: number }, conversion: { enrolledToCompleted?: number | null, completedToCertified?: number | null, certifiedToPlaced?: number | null, enrolledToPlaced?: number | null }, anomalies: Array<{ kind: PipelineAnomalyKind, expectedAtMost: number, actual: number, cohort: { id: string, year: number, enrolled?: number | null, completed?: number | null } }>, flows: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ placed?: number | null, university?: { id: string } | null, trainingBase: { id: string, university?: { id: string } | null }, enterprise: { id: string, parks: Array<{ id: string }> }, park?: { id: string } | null }> } } };


export const ContractAmountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractAmounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"signedAmount"}}]}}]}}]}}]} as unknown as DocumentNode<ContractAmountsQuery, ContractAmountsQueryVariables>;
export const CohortFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}}]}}]}}]}}]} as unknown as DocumentNode<CohortFiguresQuery, CohortFiguresQueryVariables>;
export const UniversityCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UniversityCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"universities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearlyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UniversityCohortsQuery, UniversityCohortsQueryVariables>;
export const EnterprisePlacementFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisePlacementFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hired"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"university"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisePlacementFiguresQuery, EnterprisePlacementFiguresQueryVariables>;
export const PublicFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PublicFactsQuery, PublicFactsQueryVariables>;
export const PublicContractStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicContractStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"},{"kind":"EnumValue","value":"YEAR"},{"kind":"EnumValue","value":"DOMAIN"}]}},{"kind":"Argument","name":{"kind":"Name","value":"regionLevel"},"value":{"kind":"EnumValue","value":"CITY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}},{"kind":"Field","name":{"kind":"Name","value":"executedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"executedGrowth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressedRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}}]}}]}}]}}]} as unknown as DocumentNode<PublicContractStatsQuery, PublicContractStatsQueryVariables>;
export const CatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDomains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"businessTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportScope"}},{"kind":"Field","name":{"kind":"Name","value":"supportScopeZh"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const DomainNavigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainNavigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"focusDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DomainNavigationQuery, DomainNavigationQueryVariables>;
export const ContractStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractStatsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionLevel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionLevel"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"regionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"clientMarket"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"executedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signedCny"}},{"kind":"Field","name":{"kind":"Name","value":"executedCny"}},{"kind":"Field","name":{"kind":"Name","value":"offshoreExecutedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"offshoreShare"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}},{"kind":"Field","name":{"kind":"Name","value":"executedGrowth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"executedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"executedCny"}},{"kind":"Field","name":{"kind":"Name","value":"offshoreShare"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cnyPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unconvertedRecordCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode<ContractStatsQuery, ContractStatsQueryVariables>;
export const PolicyDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"headingZh"}},{"kind":"Field","name":{"kind":"Name","value":"quoteZh"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleZh"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleEn"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"dutyZh"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incentives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentZh"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyDocumentsQuery, PolicyDocumentsQueryVariables>;
export const FeaturedEnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeaturedEnterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"StringValue","value":"610000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<FeaturedEnterprisesQuery, FeaturedEnterprisesQueryVariables>;
export const PlatformsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Platforms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platforms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformsQuery, PlatformsQueryVariables>;
export const StandingPeersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandingPeers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"郑政〔2017〕29号","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"peerRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"computation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StandingPeersQuery, StandingPeersQueryVariables>;
export const ImportBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBackAt"}}]}}]}}]}}]} as unknown as DocumentNode<ImportBatchesQuery, ImportBatchesQueryVariables>;
export const RollbackImportBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackImportBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackImportBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"restored"}},{"kind":"Field","name":{"kind":"Name","value":"keptChangedSince"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBackAt"}}]}}]}}]}}]} as unknown as DocumentNode<RollbackImportBatchMutation, RollbackImportBatchMutationVariables>;
export const ContractRecordProvenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractRecordProvenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractRecordProvenanceQuery, ContractRecordProvenanceQueryVariables>;
export const IncentiveEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncentiveEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incentives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleDesignation"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityBasis"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncentiveEligibilityQuery, IncentiveEligibilityQueryVariables>;
export const CreateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>;
export const UpdateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const DeleteEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteEnterpriseMutation, DeleteEnterpriseMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"StringValue","value":"Enterprise","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const CreateContractRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContractRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContractRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"clientMarket"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateContractRecordMutation, CreateContractRecordMutationVariables>;
export const UpdateContractRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContractRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContractRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContractRecordMutation, UpdateContractRecordMutationVariables>;
export const DeleteContractRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteContractRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteContractRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContractRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteContractRecordMutation, DeleteContractRecordMutationVariables>;
export const UpdateParkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateParkMutation, UpdateParkMutationVariables>;
export const CreateDesignationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDesignation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDesignationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDesignation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateDesignationMutation, CreateDesignationMutationVariables>;
export const UpdateDesignationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDesignation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDesignationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDesignation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDesignationMutation, UpdateDesignationMutationVariables>;
export const DemonstrationParkTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemonstrationParkTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"郑政〔2017〕29号","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]}}]}}]} as unknown as DocumentNode<DemonstrationParkTargetQuery, DemonstrationParkTargetQueryVariables>;
export const CreateTrainingBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"operatorKind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"university"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateTrainingBaseMutation, CreateTrainingBaseMutationVariables>;
export const CreateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCohortMutation, CreateCohortMutationVariables>;
export const UpdateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCohortMutation, UpdateCohortMutationVariables>;
export const CreatePlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hired"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlacementMutation, CreatePlacementMutationVariables>;
export const CreatePartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatePartnershipMutation, CreatePartnershipMutationVariables>;
export const NestedGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"universities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hired"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedGraphQuery, NestedGraphQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const OneOfEachTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneOfEachType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"universities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incentives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"cohortsWithPlacements"},"name":{"kind":"Name","value":"universities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OneOfEachTypeQuery, OneOfEachTypeQueryVariables>;
export const EnterprisePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisePageQuery, EnterprisePageQueryVariables>;
export const ParkPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"focusCategory"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ParkPageQuery, ParkPageQueryVariables>;
export const ParkLocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParkLocationsQuery, ParkLocationsQueryVariables>;
export const PartnershipPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnershipPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnershipPageQuery, PartnershipPageQueryVariables>;
export const ParkClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkClusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkComparisonFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterOptions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkClusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"executedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"offshoreExecutedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"onshoreExecutedUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDomain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executedUsd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"offshoreExecutedUsd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"university"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadingEnterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode<ParkClustersQuery, ParkClustersQueryVariables>;
export const ParkClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterOptions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Park"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParkClusterQuery, ParkClusterQueryVariables>;
export const PolicyProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"designationKind"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineNote"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"computation"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incentives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleDesignation"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyProgressQuery, PolicyProgressQueryVariables>;
export const TargetProgressAsPublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetProgressAsPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publishedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-12-31","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"publishedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publishedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeSynthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"computation"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetProgressAsPublishedQuery, TargetProgressAsPublishedQueryVariables>;
export const EnterprisesByPlacedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisesByPlaced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hired"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisesByPlacedQuery, EnterprisesByPlacedQueryVariables>;
export const ParksByFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParksByFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ParksByFiguresQuery, ParksByFiguresQueryVariables>;
export const ParksWithEnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParksWithEnterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParksWithEnterprisesQuery, ParksWithEnterprisesQueryVariables>;
export const UniversityPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UniversityPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"universities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"university"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"university"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hired"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UniversityPipelineQuery, UniversityPipelineQueryVariables>;
export const EnterprisePlacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisePlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisePlacementsQuery, EnterprisePlacementsQueryVariables>;
export const RegionTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"macroRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"macroRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"universities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<RegionTreeQuery, RegionTreeQueryVariables>;
export const DesignationHoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DesignationHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Park"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DesignationHoldersQuery, DesignationHoldersQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Park"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","alias":{"kind":"Name","value":"englishName"},"name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"University"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","alias":{"kind":"Name","value":"englishName"},"name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","alias":{"kind":"Name","value":"englishName"},"name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const FileSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"figures"}}]}}]}}]}}]} as unknown as DocumentNode<FileSubmissionMutation, FileSubmissionMutationVariables>;
export const SubmitSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitSubmissionMutation, SubmitSubmissionMutationVariables>;
export const VerifySubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifySubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<VerifySubmissionMutation, VerifySubmissionMutationVariables>;
export const RejectSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]}}]} as unknown as DocumentNode<RejectSubmissionMutation, RejectSubmissionMutationVariables>;
export const SubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Submissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmissionsQuery, SubmissionsQueryVariables>;
export const SubmissionNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmissionNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Submission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"figures"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmissionNodeQuery, SubmissionNodeQueryVariables>;
export const RecordsFromSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsFromSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"yearFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"yearTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordsFromSubmissionsQuery, RecordsFromSubmissionsQueryVariables>;
export const ReportingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyDesignations"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}},{"kind":"Field","name":{"kind":"Name","value":"filedCount"}},{"kind":"Field","name":{"kind":"Name","value":"lateCount"}},{"kind":"Field","name":{"kind":"Name","value":"notFiledCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyDesignations"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReportingStatusQuery, ReportingStatusQueryVariables>;
export const TalentPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolledToCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completedToCertified"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedToPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledToPlaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAtMost"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"university"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"university"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TalentPipelineQuery, TalentPipelineQueryVariables>;