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
  DateTime: { input: string; output: string; }
  /** An exact decimal number, as a string (e.g. "24582145.47"): no binary floating point on the way, so it reads back as written. US-dollar figures, converted by division, are rounded to the cent; yuan figures are exact. As input, a string or a number literal. */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: { [key: string]: unknown } | unknown[] | string | number | boolean | null; output: { [key: string]: unknown } | unknown[] | string | number | boolean | null; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: { [key: string]: unknown }; output: { [key: string]: unknown }; }
  /** A field whose value is a valid decimal degrees latitude number (53.471): https://en.wikipedia.org/wiki/Latitude */
  Latitude: { input: number; output: number; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** A field whose value is a valid decimal degrees longitude number (53.471): https://en.wikipedia.org/wiki/Longitude */
  Longitude: { input: number; output: number; }
  /** Floats that will have a value of 0 or more. */
  NonNegativeFloat: { input: number; output: number; }
  /** Integers that will have a value of 0 or more. */
  NonNegativeInt: { input: number; output: number; }
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: string; output: string; }
};

/** What a change did to a record. */
export type AuditAction =
  /** Created it (`before` is null). */
  | 'CREATE'
  /** Deleted it (`after` is null). */
  | 'DELETE'
  /** Changed it (`before` and `after` both given). */
  | 'UPDATE';

/** A change to a record, as the audit log keeps it. */
export type AuditEntry = Node & {
  /** Create, update or delete. */
  action: AuditAction;
  /** The record’s own values after the change (relations as ids); null for a deletion. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** When (UTC). */
  at: Scalars['DateTime']['output'];
  /** The record’s own values before the change (relations as ids); null for a creation. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** GraphQL type of the record. */
  entityType: Scalars['String']['output'];
  /** Opaque global ID (`node(id:)` refetches it, for admins). */
  id: Scalars['ID']['output'];
  /** The API key that made it. */
  keyId?: Maybe<Scalars['Int']['output']>;
  /** Global ID of the record changed (refetch it with `node(id:)`, unless it was deleted). */
  recordGlobalId: Scalars['ID']['output'];
  /**
   * Database key of the record changed.
   * @deprecated Use recordGlobalId: global IDs everywhere.
   */
  recordId: Scalars['Int']['output'];
  /** The `x-request-id` of the request that made it, as in the server log. */
  requestId: Scalars['String']['output'];
  /** The role of the key that made it. */
  role: Role;
};

/** A page of AuditEntry records. */
export type AuditEntryConnection = {
  /** The records of this page in order, each with its cursor. */
  edges: Array<AuditEntryEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<AuditEntry>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEntry in a page, with its cursor. */
export type AuditEntryEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: AuditEntry;
};

/** A business type (主要业务类型) of a service domain. */
export type BusinessType = {
  /** English name, e.g. Data mining. */
  nameEn: Scalars['String']['output'];
  /** Chinese name as the catalog writes it, e.g. 数据挖掘. */
  nameZh: Scalars['String']['output'];
};

/** A page of the change feed, oldest first. */
export type ChangeConnection = {
  /** The changes of this page in feed order, each with its cursor. */
  edges: Array<ChangeEdge>;
  /** The feed’s end as this page was read: every change readable now comes before it, every later one after it. To build a copy: read `headCursor` and `readPosition` first (`changes(first: 0)`), then read the records (with `readPosition` as the `x-og-position` header), then follow `changes(after:)` from it (changes made during the read come again; `version` tells which are newer). */
  headCursor: Scalars['String']['output'];
  /** The changes of `edges`, for clients that need no cursors. */
  nodes: Array<ChangeEvent>;
  /** Whether more changes can be read now (`hasNextPage`) and where to read on (`endCursor`). On an empty page `endCursor` is the `after` given, so a client polls with it unchanged; `hasPreviousPage` is whether `after` was given. */
  pageInfo: PageInfo;
  /** The database position this page was read at (the WAL position of the server that answered). After reading `headCursor` for a re-sync, send it as the `x-og-position` header with the full read of the records, so that read, on whichever instance or replica, sees at least what this page saw. */
  readPosition: Scalars['String']['output'];
};

/** One change in a page of the feed, with its cursor. */
export type ChangeEdge = {
  /** Opaque cursor of this change: pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The change at this edge. */
  node: ChangeEvent;
};

/** A change to a record: which record, what happened to it, at which version, when and by which kind of writer. */
export type ChangeEvent = {
  /** When the writing transaction started (UTC); events of one transaction share it. */
  changedAt: Scalars['DateTime']['output'];
  /** Created, changed or deleted. */
  operation: ChangeOperation;
  /** Global ID of the record (refetch it with `node(id:)`, unless it was deleted). */
  recordId: Scalars['ID']['output'];
  /** Who wrote it, by kind: `api` (a mutation), `import` (a file import), `submission` (a verified 数据直报 submission), `rollback` (an import rolled back) or `sql` (anything else). Admins see which one: `api:key:<key id>`, `import:batch:<batch number>`, `submission:<id>`, `rollback:batch:<batch number>`. */
  source: Scalars['String']['output'];
  /** GraphQL type name of the record (e.g. `Park`). */
  type: Scalars['String']['output'];
  /** The record’s edit version after the change; null for a deletion and for types that keep no version. A copy that holds a higher version already can skip the event. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** What a change did to a record. */
export type ChangeOperation =
  /** The record was created. */
  | 'CREATE'
  /** The record was deleted; `node(id:)` now answers null for it. */
  | 'DELETE'
  /** The record was changed (a write that left every value as it was is no change). */
  | 'UPDATE';

/** The record types whose changes the feed (`changes`) carries. */
export type ChangeRecordType =
  /** 培训批次: the intakes of training bases. */
  | 'COHORT'
  /** 服务外包合同: enterprises’ contract figures. When and how often an enterprise’s figures change is theirs, so only researchers, admins and the administrator of the enterprise’s park see these changes. */
  | 'CONTRACT_RECORD'
  /** 认定: statuses granted to parks, enterprises and training bases. */
  | 'DESIGNATION'
  /** 企业: enterprises (a change to their parks or domains changes the enterprise). */
  | 'ENTERPRISE'
  /** 汇率: yearly exchange rates (they keep no version: `version` is null). */
  | 'EXCHANGE_RATE'
  /** 园区: demonstration parks, development bases, incubators and other parks. */
  | 'PARK'
  /** 校企合作: university–enterprise partnerships. */
  | 'PARTNERSHIP'
  /** 就业去向: graduates of cohorts hired by enterprises. */
  | 'PLACEMENT'
  /** 人才培养基地: training bases and training institutions. */
  | 'TRAINING_BASE'
  /** 高等院校: universities and colleges (they keep no version: `version` is null). */
  | 'UNIVERSITY';

/** How much a plausibility check should worry whoever verifies the submission. */
export type CheckSeverity =
  /** Worth a look; often explained (a contract signed in an earlier period, a correction). */
  | 'NOTICE'
  /** Unusual enough to ask the enterprise before verifying. */
  | 'WARNING';

/** How many of a park’s enterprises hold a designation. */
export type ClusterDesignationCount = {
  /** Enterprises of the park holding it on `asOf`. */
  enterpriseCount: Scalars['Int']['output'];
  /** The designation counted. */
  kind: DesignationKind;
};

/** A training base (and its university, if one runs it) whose cohorts were placed in the park’s enterprises. */
export type ClusterFeeder = {
  /** People placed in the park’s enterprises from its bases’ cohorts. Researchers and that university only. */
  placed?: Maybe<Scalars['Int']['output']>;
  /** The training base whose cohorts were placed in the park. */
  trainingBase: TrainingBase;
  /** The university that runs the base; null when a university does not. */
  university?: Maybe<University>;
};

/** The enterprises of a park in one domain or category. */
export type ClusterGroup = {
  /** The group’s category (ITO, BPO or KPO); in by-domain groups, the domain’s. */
  category: ServiceCategory;
  /** Contract records of the park’s enterprises in the group’s domains, in the period. Without a researcher key: from the released park tables, null when a year of it is withheld. */
  contracts?: Maybe<ClusterMoney>;
  /** The domain, in by-domain groups. */
  domain?: Maybe<ServiceDomain>;
  /** Enterprises working in the group (an enterprise in two domains counts in both). */
  enterpriseCount: Scalars['Int']['output'];
  /** Their staff, in persons (unknown headcounts count as 0). */
  headcount: Scalars['Int']['output'];
};

/** Contract value of a cluster group, in US dollars (converted with yearly rates). */
export type ClusterMoney = {
  /** 执行额 contract value executed, in US dollars, exact. */
  executed: Money;
  /**
   * 执行额 executed, as a float.
   * @deprecated A float rounds money: use executed { amount currency }, an exact decimal.
   */
  executedUsd: Scalars['Float']['output'];
  /** Offshore (离岸) part of the executed value; null where the published tables withhold it. */
  offshoreExecuted?: Maybe<Money>;
  /**
   * Offshore (离岸) part, as a float; null where the published tables withhold it.
   * @deprecated A float rounds money: use offshoreExecuted { amount currency }, an exact decimal.
   */
  offshoreExecutedUsd?: Maybe<Scalars['Float']['output']>;
  /** Onshore (在岸) part of the executed value; null where the published tables withhold it. */
  onshoreExecuted?: Maybe<Money>;
  /**
   * Onshore (在岸) part, as a float; null where the published tables withhold it.
   * @deprecated A float rounds money: use onshoreExecuted { amount currency }, an exact decimal.
   */
  onshoreExecutedUsd?: Maybe<Scalars['Float']['output']>;
  /** 签约额 contract value signed, in US dollars, exact. */
  signed: Money;
  /**
   * 签约额 signed, as a float.
   * @deprecated A float rounds money: use signed { amount currency }, an exact decimal.
   */
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
  /** Trainees who gained a certificate, in persons; may exceed completed. Researchers, the operating university and the base’s park administrator only. */
  certified?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Trainees who completed the course (结业), in persons; may exceed enrolled (late transfers). Researchers, the operating university and the base’s park administrator only. */
  completed?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The service domain the cohort trains for. */
  domain: ServiceDomain;
  /** Trainees enrolled, in persons. Researchers, the operating university and the base’s park administrator only. */
  enrolled?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Where the cohort’s graduates were hired (就业去向). */
  placements: PlacementConnection;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
  provenance: Provenance;
  /** The training base whose intake this is. */
  trainingBase: TrainingBase;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. */
  version: Scalars['Int']['output'];
  /** The intake year. */
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
  /** The records of this page in order, each with its cursor. */
  edges: Array<CohortEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Cohort>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Cohort in a page, with its cursor. */
export type CohortEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: Cohort;
};

/** What a create, update or delete of a Cohort returns. */
export type CohortPayload = {
  /** The `clientMutationId` of the input, echoed back (Relay); null when none was sent. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The record as it is now; null after a deletion. */
  cohort?: Maybe<Cohort>;
  /** Global id of the record a deletion removed; null after a create or update. */
  deletedId?: Maybe<Scalars['ID']['output']>;
};

/** What contract statistics can be grouped by. */
export type ContractDimension =
  /** The domain’s category: ITO, BPO or KPO. */
  | 'CATEGORY'
  /** The client’s country (ISO 3166-1 alpha-2); CN for onshore. */
  | 'CLIENT_MARKET'
  /** Offshore (离岸) or onshore (在岸). */
  | 'DIRECTION'
  /** The service domain of the catalog (1–24). */
  | 'DOMAIN'
  /** The enterprise’s park; an enterprise in two parks counts in both, one in none under null. */
  | 'PARK'
  /** The quarter of quarterly records; whole-year records group under null. */
  | 'QUARTER'
  /** The enterprise’s region, rolled up to `regionLevel` when given (sub-regions summed into their ancestor). */
  | 'REGION'
  /** The year the figures are for. */
  | 'YEAR';

/** Whether the client is abroad (离岸 offshore) or in China (在岸 onshore). */
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
  /** Offshore (离岸, client abroad) or onshore (在岸, client in China). */
  direction: ContractDirection;
  /** The service domain the business is in. */
  domain: ServiceDomain;
  /** The enterprise whose figures these are. */
  enterprise: Enterprise;
  /** 执行额 contract value executed, exact, in its reported currency. Researchers, and the administrator of the enterprise’s park. */
  executed?: Maybe<Money>;
  /** 执行额 contract value executed, in `currency`. Researchers, and the administrator of the enterprise’s park. */
  executedAmount?: Maybe<Scalars['NonNegativeFloat']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Where the figures came from. Researchers, and the administrator of the enterprise’s park. */
  provenance?: Maybe<Provenance>;
  /** 1–4, or null for a whole-year record. An enterprise reports a year whole or by quarter, never both. */
  quarter?: Maybe<Scalars['Int']['output']>;
  /** 签约额 contract value signed, exact, in its reported currency. Researchers, and the administrator of the enterprise’s park. */
  signed?: Maybe<Money>;
  /** 签约额 contract value signed, in `currency`. Researchers, and the administrator of the enterprise’s park. */
  signedAmount?: Maybe<Scalars['NonNegativeFloat']['output']>;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. Researchers, and the administrator of the enterprise’s park. */
  version?: Maybe<Scalars['Int']['output']>;
  /** The year the figures are for. */
  year: Scalars['Int']['output'];
};

/** A page of ContractRecord records. */
export type ContractRecordConnection = {
  /** The records of this page in order, each with its cursor. */
  edges: Array<ContractRecordEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<ContractRecord>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ContractRecord in a page, with its cursor. */
export type ContractRecordEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: ContractRecord;
};

/** Which contract records to list; all conditions must hold. */
export type ContractRecordFilter = {
  /** Only offshore (离岸) or only onshore (在岸) records. */
  direction?: InputMaybe<ContractDirection>;
  /** Catalog number of the domain. */
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Only records of this enterprise (its global id). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records of this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only records of this year or earlier; not before yearFrom. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** How to order ContractRecord lists: a field and a direction; ties are broken by record id. */
export type ContractRecordOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field?: ContractRecordOrderField;
};

/** What ContractRecord lists can be ordered by. */
export type ContractRecordOrderField =
  /** Executed amount (执行额) in the record’s own currency, not converted. */
  | 'EXECUTED_AMOUNT'
  /** Reporting year. */
  | 'YEAR';

/** What a create, update or delete of a ContractRecord returns. */
export type ContractRecordPayload = {
  /** The `clientMutationId` of the input, echoed back (Relay); null when none was sent. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The record as it is now; null after a deletion. */
  contractRecord?: Maybe<ContractRecord>;
  /** Global id of the record a deletion removed; null after a create or update. */
  deletedId?: Maybe<Scalars['ID']['output']>;
};

/** A contract-statistics report: its rows, the total, and the exchange rates it used. */
export type ContractStats = {
  /** How the figures were computed. */
  basis: Scalars['String']['output'];
  /** The dimensions the rows are grouped by, as asked. */
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
  /** Only domains of this category (ITO, BPO or KPO). */
  category?: InputMaybe<ServiceCategory>;
  /** Only business with clients in this country (ISO 3166-1 alpha-2; CN is onshore). */
  clientMarket?: InputMaybe<Scalars['CountryCode']['input']>;
  /** Only offshore (离岸) or only onshore (在岸) business. */
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
  /** Only records of this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only records of this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One group of contract statistics: the keys it is grouped by (null for those not grouped by), and its figures. */
export type ContractStatsRow = {
  /** The group’s category (ITO, BPO or KPO); null unless grouped by CATEGORY. */
  category?: Maybe<ServiceCategory>;
  /** The client market (ISO 3166-1 alpha-2); null unless grouped by CLIENT_MARKET. */
  clientMarket?: Maybe<Scalars['CountryCode']['output']>;
  /** Offshore (离岸) or onshore (在岸); null unless grouped by DIRECTION. */
  direction?: Maybe<ContractDirection>;
  /** The group’s service domain; null unless grouped by DOMAIN. */
  domain?: Maybe<ServiceDomain>;
  /** Distinct enterprises with records in the group. */
  enterpriseCount: Scalars['Int']['output'];
  /** 执行额 contract value executed, exact: in US dollars (default) or yuan, converted with each record’s yearly rate. */
  executed: Money;
  /**
   * 执行额 executed, in yuan, as a float.
   * @deprecated A float rounds money (24582145.4676 came out as 24582145.467600003): use executed(currency: CNY) { amount currency }, an exact decimal.
   */
  executedCny: Scalars['Float']['output'];
  /** Growth of executed value (USD) over the same group a year earlier; null without a year, or without figures for the year before. */
  executedGrowth?: Maybe<Scalars['Float']['output']>;
  /**
   * 执行额 executed, in US dollars, as a float.
   * @deprecated A float rounds money (24582145.4676 came out as 24582145.467600003): use executed { amount currency }, an exact decimal.
   */
  executedUsd: Scalars['Float']['output'];
  /** Offshore (离岸) part of the executed value, exact; null where the published tables withhold it. */
  offshoreExecuted?: Maybe<Money>;
  /**
   * Offshore (离岸) executed, in US dollars, as a float; null where the published tables withhold the offshore part.
   * @deprecated A float rounds money (24582145.4676 came out as 24582145.467600003): use offshoreExecuted { amount currency }, an exact decimal.
   */
  offshoreExecutedUsd?: Maybe<Scalars['Float']['output']>;
  /** Offshore share of executed value (USD basis); null when nothing was executed or the offshore part is withheld. */
  offshoreShare?: Maybe<Scalars['Float']['output']>;
  /** The enterprises’ park; null unless grouped by PARK, and for enterprises in no park. */
  park?: Maybe<Park>;
  /** The group’s quarter (1–4); null unless grouped by QUARTER, and for whole-year records. */
  quarter?: Maybe<Scalars['Int']['output']>;
  /** Contract records summed in the group. */
  recordCount: Scalars['Int']['output'];
  /** The enterprises’ region (rolled up to `regionLevel`); null unless grouped by REGION. */
  region?: Maybe<Region>;
  /** 签约额 contract value signed, exact: in US dollars (default) or yuan, converted with each record’s yearly rate. */
  signed: Money;
  /**
   * 签约额 signed, in yuan, as a float.
   * @deprecated A float rounds money (24582145.4676 came out as 24582145.467600003): use signed(currency: CNY) { amount currency }, an exact decimal.
   */
  signedCny: Scalars['Float']['output'];
  /**
   * 签约额 signed, in US dollars, as a float.
   * @deprecated A float rounds money (24582145.4676 came out as 24582145.467600003): use signed { amount currency }, an exact decimal.
   */
  signedUsd: Scalars['Float']['output'];
  /** The group’s year; null unless grouped by YEAR. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** One group of contract statistics: the keys it is grouped by (null for those not grouped by), and its figures. */
export type ContractStatsRowExecutedArgs = {
  currency?: ReportCurrency;
};


/** One group of contract statistics: the keys it is grouped by (null for those not grouped by), and its figures. */
export type ContractStatsRowOffshoreExecutedArgs = {
  currency?: ReportCurrency;
};


/** One group of contract statistics: the keys it is grouped by (null for those not grouped by), and its figures. */
export type ContractStatsRowSignedArgs = {
  currency?: ReportCurrency;
};

/** A new cohort of a training base: one per base, domain and year; every figure is required. */
export type CreateCohortInput = {
  /** Trainees certified, in persons. Required to create. */
  certified?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Trainees who completed, in persons; not below the graduates its placements hired. Required to create. */
  completed?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Catalog number (1–24) of the domain it trains for. Required to create. */
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Trainees enrolled, in persons. Required to create. */
  enrolled?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** The training base whose intake it is (its global id). */
  trainingBaseId: Scalars['ID']['input'];
  /** The intake year, 2000 to this year. Required to create. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** New contract figures of an enterprise: year, domainNumber, direction, clientMarket and both amounts are required. */
export type CreateContractRecordInput = {
  /** Client market (ISO 3166-1 alpha-2): CN for onshore business, another country for offshore. Required to create. */
  clientMarket?: InputMaybe<Scalars['CountryCode']['input']>;
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 currency of the amounts; USD when created without one. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Offshore (离岸) or onshore (在岸). Required to create. */
  direction?: InputMaybe<ContractDirection>;
  /** Catalog number of the domain. */
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  /** The reporting enterprise (its global id); a park administrator may only name an enterprise of their park. */
  enterpriseId: Scalars['ID']['input'];
  /** 执行额 contract value executed in the period, in `currency` (stored to the cent). Required to create. */
  executedAmount?: InputMaybe<Scalars['NonNegativeFloat']['input']>;
  /** 1–4, or null for a whole-year figure. A year of an enterprise is reported whole or by quarter, never both: a quarter of a year with whole-year records is refused, and the other way round. */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  /** 签约额 contract value signed in the period, in `currency` (stored to the cent). Required to create. */
  signedAmount?: InputMaybe<Scalars['NonNegativeFloat']['input']>;
  /** The year the figures are for, 2000 to this year. Required to create. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A new designation, granted to one park, enterprise or training base (as its kind requires). */
export type CreateDesignationInput = {
  /** The granting authority, e.g. 郑州市商务局. */
  authority: Scalars['String']['input'];
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The park, enterprise or training base it is granted to. */
  holderId: Scalars['ID']['input'];
  /** The status granted; it decides whether holderId must be a park, an enterprise or a training base. */
  kind: DesignationKind;
  /** Code of the policy it is granted under. */
  policyCode?: InputMaybe<Scalars['String']['input']>;
  /** First day it holds. */
  validFrom: Scalars['LocalDate']['input'];
  /** Last day it holds, not before validFrom; null or omitted for open-ended. */
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A new enterprise: nameZh, creditCode, ownership and regionCode are required; a park administrator must put it in their own park (parkIds). */
export type CreateEnterpriseInput = {
  /** Client markets it serves, ISO 3166-1 alpha-2 codes (replaces the list). */
  clientMarkets?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码: 18 characters, the last a GB 32100 check character. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Catalog numbers of its domains (replaces the list). */
  domainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Date of founding, not in the future; null clears it. */
  foundedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Staff headcount in persons; null clears it. */
  headcount?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Board it is listed on; null for not listed. */
  listingBoard?: InputMaybe<ListingBoard>;
  /** English name, at most 300 characters; null clears it. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Registered Chinese name, at most 200 characters. Required to create. */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** Ownership type (所有制). Required to create. */
  ownership?: InputMaybe<Ownership>;
  /** The parks it is in (replaces the list). */
  parkIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Region of registration (its code, see `Region.code`). Required to create. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Official website; null clears it. */
  website?: InputMaybe<Scalars['URL']['input']>;
};

/** A new park: nameZh, nameEn, kind and regionCode are required. */
export type CreateParkInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Year it was designated or set up, 1990 to this year; null for unknown. */
  designationYear?: InputMaybe<Scalars['Int']['input']>;
  /** The outsourcing category (ITO/BPO/KPO) it is laid out for; null for none. */
  focusCategory?: InputMaybe<ServiceCategory>;
  /** Catalog numbers of its focus domains (replaces the list). */
  focusDomainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** What sort of park it is. Required to create. */
  kind?: InputMaybe<ParkKind>;
  /** WGS 84 latitude in degrees; set together with `longitude`, both null to clear. */
  latitude?: InputMaybe<Scalars['Latitude']['input']>;
  /** Level of the authority that set it up; null for unknown. */
  level?: InputMaybe<ParkLevel>;
  /** WGS 84 longitude in degrees; set together with `latitude`, both null to clear. */
  longitude?: InputMaybe<Scalars['Longitude']['input']>;
  /** English name, at most 300 characters. Required to create. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Chinese name, at most 200 characters. Required to create. */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** What the policy documents say of it, at most 2,000 characters; null clears it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Code of the region it lies in (see `Region.code`). Required to create. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Planned, being built, operating or closed; ACTIVE when created without one. */
  status?: InputMaybe<ParkStatus>;
  /** Official website; null clears it. */
  website?: InputMaybe<Scalars['URL']['input']>;
};

/** A new partnership between a university and an enterprise: kind, status and startedOn are required. */
export type CreatePartnershipInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The date it ended, not before startedOn; null clears it. */
  endedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The partner enterprise (its global id); a park administrator may only name an enterprise of their park. */
  enterpriseId: Scalars['ID']['input'];
  /** The form of the partnership. Required to create. */
  kind?: InputMaybe<PartnershipKind>;
  /** The date it started. Required to create. */
  startedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Planned, active or ended. Required to create. */
  status?: InputMaybe<PartnershipStatus>;
  /** Students a year, in persons (not public); null clears it. */
  studentsPerYear?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** The training base it runs through; null for none. */
  trainingBaseId?: InputMaybe<Scalars['ID']['input']>;
  /** The partner university (its global id). */
  universityId: Scalars['ID']['input'];
};

/** Graduates of a cohort hired by an enterprise in a year: one record per cohort, enterprise and year. */
export type CreatePlacementInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The cohort the graduates come from (its global id). */
  cohortId: Scalars['ID']['input'];
  /** The hiring enterprise. */
  enterpriseId: Scalars['ID']['input'];
  /** Graduates hired, in persons; the cohort’s placements together may not exceed its completed. */
  hired: Scalars['NonNegativeInt']['input'];
  /** Year of hiring: the cohort’s year to this year. */
  year: Scalars['Int']['input'];
};

/** A new training base: nameZh, kind, operatorKind (with its operator) and regionCode are required. */
export type CreateTrainingBaseInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Catalog numbers (1–24) of the domains it trains for (replaces the list). */
  domainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The operating enterprise (operatorKind ENTERPRISE). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of base it is. Required to create. */
  kind?: InputMaybe<TrainingBaseKind>;
  /** English name, at most 300 characters; null clears it. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Chinese name, at most 200 characters. Required to create. */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** Who runs it; needs universityId, enterpriseId or operatorName to match. Required to create. */
  operatorKind?: InputMaybe<OperatorKind>;
  /** The operating organisation (operatorKind TRAINING_ORGANISATION). */
  operatorName?: InputMaybe<Scalars['String']['input']>;
  /** The park it is located in; null for none. A park administrator may only use their own park. */
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** Code of the region it lies in (see `Region.code`). Required to create. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The operating university (operatorKind UNIVERSITY). */
  universityId?: InputMaybe<Scalars['ID']['input']>;
  /** Trainees it can take a year, in persons; null clears it. */
  yearlyCapacity?: InputMaybe<Scalars['NonNegativeInt']['input']>;
};

/** Which submission to move on (submit, verify or reject), at which version. */
export type DecideSubmissionInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the decision was made on. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the submission. */
  id: Scalars['ID']['input'];
  /** Why it is rejected (required to reject). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Which Cohort to delete, at which version. */
export type DeleteCohortInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the Cohort to delete. */
  id: Scalars['ID']['input'];
};

/** Which ContractRecord to delete, at which version. */
export type DeleteContractRecordInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the ContractRecord to delete. */
  id: Scalars['ID']['input'];
};

/** Which Designation to delete, at which version. */
export type DeleteDesignationInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the Designation to delete. */
  id: Scalars['ID']['input'];
};

/** Which Enterprise to delete, at which version. */
export type DeleteEnterpriseInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the Enterprise to delete. */
  id: Scalars['ID']['input'];
};

/** Which Park to delete, at which version. */
export type DeleteParkInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the Park to delete. */
  id: Scalars['ID']['input'];
};

/** Which Partnership to delete, at which version. */
export type DeletePartnershipInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the Partnership to delete. */
  id: Scalars['ID']['input'];
};

/** Which Placement to delete, at which version. */
export type DeletePlacementInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the Placement to delete. */
  id: Scalars['ID']['input'];
};

/** Which TrainingBase to delete, at which version. */
export type DeleteTrainingBaseInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the deletion was decided on. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the TrainingBase to delete. */
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
  /** The status granted, e.g. 技术先进型服务企业. */
  kind: DesignationKind;
  /** The policy it was granted under, where known. */
  policy?: Maybe<Policy>;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
  provenance: Provenance;
  /** First day it holds. */
  validFrom: Scalars['LocalDate']['output'];
  /** Last day it holds; null while open-ended. */
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. */
  version: Scalars['Int']['output'];
};

/** A page of Designation records. */
export type DesignationConnection = {
  /** The records of this page in order, each with its cursor. */
  edges: Array<DesignationEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Designation>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Designation in a page, with its cursor. */
export type DesignationEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: Designation;
};

/** Which designations to list; all conditions must hold. */
export type DesignationFilter = {
  /** Only designations in force on this date. */
  activeOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only designations of this kind. */
  kind?: InputMaybe<DesignationKind>;
};

/** What a designation is granted to. */
export type DesignationHolder = Enterprise | Park | TrainingBase;

/** The status a designation (认定) grants, and so who may hold it: a park, an enterprise or a training base. */
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

/** How to order Designation lists: a field and a direction; ties are broken by record id. */
export type DesignationOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field?: DesignationOrderField;
};

/** What Designation lists can be ordered by. */
export type DesignationOrderField =
  /** Order of entry into the platform. */
  | 'CREATED'
  /** The date the designation took effect. */
  | 'VALID_FROM';

/** What a create, update or delete of a Designation returns. */
export type DesignationPayload = {
  /** The `clientMutationId` of the input, echoed back (Relay); null when none was sent. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Global id of the record a deletion removed; null after a create or update. */
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
  /** 成立日期: date of founding (registration); null where not known. */
  foundedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Staff headcount (从业人员), in persons; null where not known. */
  headcount?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Board it is listed on; null when not listed or not known. */
  listingBoard?: Maybe<ListingBoard>;
  /** English name; null where the enterprise has none on record. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Registered Chinese name (中文名称). */
  nameZh: Scalars['String']['output'];
  /** Ownership type (所有制): state, private, foreign-invested or joint venture. */
  ownership: Ownership;
  /** Parks the enterprise is located in. */
  parks: Array<Park>;
  /** Partnerships with universities. */
  partnerships: PartnershipConnection;
  /** Graduates of training cohorts the enterprise hired. */
  placements: PlacementConnection;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
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
  /** The records of this page in order, each with its cursor. */
  edges: Array<EnterpriseEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Enterprise>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Enterprise in a page, with its cursor. */
export type EnterpriseEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: Enterprise;
};

/** An enterprise expected to report for the period, and whether it has. */
export type EnterpriseFiling = {
  /** The key enterprise. */
  enterprise: Enterprise;
  /** When its figures for the period first came in: a submission submitted, or records written (import, API); for a year reported by quarter, when the last quarter came in. */
  filedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The designations that make it a key enterprise in the period. */
  keyDesignations: Array<DesignationKind>;
  /** Filed in time, late, or not filed. */
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
  /** At least this many graduates placed in it (sum of placements). Researchers and admins only. */
  minPlaced?: InputMaybe<Scalars['Int']['input']>;
  /** Only enterprises of this ownership type. */
  ownership?: InputMaybe<Ownership>;
  /** In this park. */
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** Registered in this region (its code) or below it. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** How to order Enterprise lists: a field and a direction; ties are broken by record id. */
export type EnterpriseOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field?: EnterpriseOrderField;
};

/** What Enterprise lists can be ordered by. */
export type EnterpriseOrderField =
  /** Order of entry into the platform. */
  | 'CREATED'
  /** Unified social credit code (统一社会信用代码). */
  | 'CREDIT_CODE'
  /** Executed contract value (执行额) over all years, in USD at each year’s rate. Researchers and admins only. */
  | 'EXECUTED_USD'
  /** Staff headcount; unknown counts as 0. */
  | 'HEADCOUNT'
  /** Chinese name (中文名称). */
  | 'NAME_ZH'
  /** Graduates placed in the enterprise over all years. Researchers and admins only. */
  | 'PLACED';

/** What a create, update or delete of a Enterprise returns. */
export type EnterprisePayload = {
  /** The `clientMutationId` of the input, echoed back (Relay); null when none was sent. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Global id of the record a deletion removed; null after a create or update. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The record as it is now; null after a deletion. */
  enterprise?: Maybe<Enterprise>;
};

/** 汇率: yearly exchange rate, yuan (CNY) per unit of a currency. */
export type ExchangeRate = Node & {
  /** Yuan per unit of `currency` (annual average). */
  cnyPerUnit: Scalars['Float']['output'];
  /** The currency converted (ISO 4217), e.g. USD. */
  currency: Scalars['Currency']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
  provenance: Provenance;
  /** The year whose contract records the rate converts. */
  year: Scalars['Int']['output'];
};

/** An enterprise’s contract figures for a period, filed as a new draft revision. */
export type FileSubmissionInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The enterprise the figures are of (its global id). */
  enterpriseId: Scalars['ID']['input'];
  /** The figures, at least one; they replace the period’s records once verified. */
  figures: Array<SubmissionFigureInput>;
  /** Retrying with the same key and payload returns the first filing; another payload is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1–4, or null for the whole year. A year of an enterprise is reported whole or by quarter, never both. */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  /** The year the figures are for, 2000 to this year. */
  year: Scalars['Int']['input'];
};

/** Whether figures for a period came in, and in time. */
export type FilingStatus =
  /** Filed by the due date. */
  | 'FILED'
  /** Filed, after the due date. */
  | 'LATE'
  /** Nothing filed for the period yet. */
  | 'NOT_FILED';

/** A source of money the text names for a measure (no amounts are given in either document). */
export type FundingSource = {
  /** The fund’s name in English (our translation). */
  nameEn: Scalars['String']['output'];
  /** In the document’s words, e.g. 中央、省外经贸和市对外开放等专项资金. */
  nameZh: Scalars['String']['output'];
};

/** A point on the earth (WGS 84). */
export type GeoPoint = {
  /** Degrees north (negative: south), WGS 84. */
  latitude: Scalars['Latitude']['output'];
  /** Degrees east (negative: west), WGS 84. */
  longitude: Scalars['Longitude']['output'];
};

/** An import batch: one file brought in by `npm run cli -- import`. */
export type ImportBatch = Node & {
  /** SHA-256 of the file. */
  checksum: Scalars['String']['output'];
  /** When it was imported. */
  createdAt: Scalars['DateTime']['output'];
  /** Text encoding of the file: utf8 or gb18030. */
  encoding: Scalars['String']['output'];
  /** What was imported: enterprises, contract-records, … */
  entity: Scalars['String']['output'];
  /** Name of the imported file, as given to the command. */
  fileName: Scalars['String']['output'];
  /** File format: csv or jsonl. */
  format: Scalars['String']['output'];
  /** Opaque global ID (`node(id:)` refetches it, for admins). */
  id: Scalars['ID']['output'];
  /** Rows that created a record. */
  inserted: Scalars['Int']['output'];
  /** The batch number the import command prints and `npm run cli -- rollback` takes. */
  number: Scalars['Int']['output'];
  /** When it was rolled back; null while it stands. */
  rolledBackAt?: Maybe<Scalars['DateTime']['output']>;
  /** Data rows read from the file. */
  rowCount: Scalars['Int']['output'];
  /** Rows that changed nothing: neither inserted nor updated. */
  unchanged: Scalars['Int']['output'];
  /** Rows that changed an existing record. */
  updated: Scalars['Int']['output'];
};

/** A page of ImportBatch records. */
export type ImportBatchConnection = {
  /** The records of this page in order, each with its cursor. */
  edges: Array<ImportBatchEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<ImportBatch>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ImportBatch in a page, with its cursor. */
export type ImportBatchEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
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
  /** Which national tax incentive: reduced income-tax rate, staff-education deduction, or VAT zero rate / exemption. */
  kind: IncentiveKind;
  /** English name of the incentive (our translation). */
  nameEn: Scalars['String']['output'];
  /** Chinese name of the incentive, e.g. 技术先进型服务企业减按15%税率缴纳企业所得税. */
  nameZh: Scalars['String']['output'];
  /** The local policy that undertakes to apply or widen the incentive. */
  policy: Policy;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
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

/** The national tax incentive (扶持政策) concerned. */
export type IncentiveKind =
  /** 减按15%税率缴纳企业所得税 enterprise income tax at a reduced rate */
  | 'REDUCED_INCOME_TAX_RATE'
  /** 职工教育经费税前扣除 staff-education spending deductible up to a share of wages, excess carried forward */
  | 'STAFF_EDUCATION_DEDUCTION'
  /** 增值税零税率和免税 VAT zero rate and exemption for international service outsourcing */
  | 'VAT_ZERO_RATE_OR_EXEMPTION';

/** The stock-exchange board an enterprise is listed on (上市板块). */
export type ListingBoard =
  /** 北交所 Beijing Stock Exchange */
  | 'BSE'
  /** 创业板 ChiNext */
  | 'CHINEXT'
  /** 港交所 Hong Kong */
  | 'HKEX'
  /** 新三板 NEEQ */
  | 'NEEQ'
  /** 境外上市: listed on an exchange outside China */
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

/** An amount of money and its currency, exact. */
export type Money = {
  /** The amount as a decimal string: exact, or to the cent where a conversion divided. */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code: USD (US dollars) or CNY (yuan) in reports; as reported in records. */
  currency: Scalars['Currency']['output'];
};

/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type Mutation = {
  /** Records a training base’s intake (培训批次). Admins, and the administrator of the park the base is in. */
  createCohort: CohortPayload;
  /** Reports contract figures of an enterprise for a period. Admins, and the administrator of a park the enterprise is in. */
  createContractRecord: ContractRecordPayload;
  /** Records a designation (认定). Admins only. */
  createDesignation: DesignationPayload;
  /** Registers an enterprise. A park administrator registers it in their own park. */
  createEnterprise: EnterprisePayload;
  /** Adds a park. Admins only. */
  createPark: ParkPayload;
  /** Records a university–enterprise partnership (校企合作). Admins, and the administrator of a park the enterprise is in. */
  createPartnership: PartnershipPayload;
  /** Reports graduates of a cohort hired by an enterprise (就业去向). Admins, and a park’s administrator when both the enterprise and the cohort’s base are in the park. */
  createPlacement: PlacementPayload;
  /** Adds a training base. Admins, and a park’s administrator for a base in their park. */
  createTrainingBase: TrainingBasePayload;
  /** Deletes a cohort and its placements. Admins, and the administrator of the park its base is in. */
  deleteCohort: CohortPayload;
  /** Withdraws reported figures, if the record is still at `expectedVersion`. Admins, and the administrator of a park the enterprise is in. */
  deleteContractRecord: ContractRecordPayload;
  /** Deletes a designation recorded in error. Admins only (to end one, set validUntil). */
  deleteDesignation: DesignationPayload;
  /** Deletes an enterprise and its contract records, if it is still at `expectedVersion` and nothing else refers to it. */
  deleteEnterprise: EnterprisePayload;
  /** Deletes a park and its designations. Admins only. */
  deletePark: ParkPayload;
  /** Deletes a partnership, if it is still at `expectedVersion`. Admins, and the administrator of a park its enterprise is in. */
  deletePartnership: PartnershipPayload;
  /** Deletes a placement, if it is still at `expectedVersion`. Admins, and the park administrator who could report it. */
  deletePlacement: PlacementPayload;
  /** Deletes a training base and its cohorts. Admins, and the administrator of the park it is in. */
  deleteTrainingBase: TrainingBasePayload;
  /** Files a new revision of an enterprise’s figures for a period, as a draft. Admins, the administrators of the enterprise’s parks, and the enterprise. */
  fileSubmission: SubmissionPayload;
  /** Rejects a submitted revision, with a reason. Admins only. */
  rejectSubmission: SubmissionPayload;
  /** Undoes an import batch as a whole. Admins only. */
  rollbackImportBatch: RollbackImportBatchPayload;
  /** Submits a draft for verification; it can no longer change. Admins, the administrators of the enterprise’s parks, and the enterprise. */
  submitSubmission: SubmissionPayload;
  /** Changes a cohort’s figures, if it is still at `expectedVersion`. Admins, and the administrator of the park its base is in. */
  updateCohort: CohortPayload;
  /** Corrects reported figures, if the record is still at `expectedVersion`. Admins, and the administrator of a park the enterprise is in. */
  updateContractRecord: ContractRecordPayload;
  /** Changes a designation’s dates or authority, e.g. ends it. Admins only. */
  updateDesignation: DesignationPayload;
  /** Changes an enterprise, if it is still at `expectedVersion`. */
  updateEnterprise: EnterprisePayload;
  /** Changes a park, if it is still at `expectedVersion`. Admins, and the park’s administrator. */
  updatePark: ParkPayload;
  /** Changes a partnership, if it is still at `expectedVersion`. Admins, and the administrator of a park its enterprise is in. */
  updatePartnership: PartnershipPayload;
  /** Changes a placement’s year or number hired, if it is still at `expectedVersion`. Admins, and the park administrator who could report it. */
  updatePlacement: PlacementPayload;
  /** Changes a training base, if it is still at `expectedVersion`. Admins, and the administrator of the park it is in (it must stay there). */
  updateTrainingBase: TrainingBasePayload;
  /** Verifies a submitted revision: its figures become the enterprise’s contract records for the period. Admins only. */
  verifySubmission: SubmissionPayload;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationCreateCohortArgs = {
  input: CreateCohortInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationCreateContractRecordArgs = {
  input: CreateContractRecordInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationCreateDesignationArgs = {
  input: CreateDesignationInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationCreateEnterpriseArgs = {
  input: CreateEnterpriseInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationCreateParkArgs = {
  input: CreateParkInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationCreatePartnershipArgs = {
  input: CreatePartnershipInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationCreatePlacementArgs = {
  input: CreatePlacementInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationCreateTrainingBaseArgs = {
  input: CreateTrainingBaseInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationDeleteCohortArgs = {
  input: DeleteCohortInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationDeleteContractRecordArgs = {
  input: DeleteContractRecordInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationDeleteDesignationArgs = {
  input: DeleteDesignationInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationDeleteEnterpriseArgs = {
  input: DeleteEnterpriseInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationDeleteParkArgs = {
  input: DeleteParkInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationDeletePartnershipArgs = {
  input: DeletePartnershipInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationDeletePlacementArgs = {
  input: DeletePlacementInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationDeleteTrainingBaseArgs = {
  input: DeleteTrainingBaseInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationFileSubmissionArgs = {
  input: FileSubmissionInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationRejectSubmissionArgs = {
  input: DecideSubmissionInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationRollbackImportBatchArgs = {
  id?: InputMaybe<Scalars['Int']['input']>;
  input?: InputMaybe<RollbackImportBatchInput>;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationSubmitSubmissionArgs = {
  input: DecideSubmissionInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationUpdateCohortArgs = {
  input: UpdateCohortInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationUpdateContractRecordArgs = {
  input: UpdateContractRecordInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationUpdateDesignationArgs = {
  input: UpdateDesignationInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationUpdateEnterpriseArgs = {
  input: UpdateEnterpriseInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationUpdateParkArgs = {
  input: UpdateParkInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationUpdatePartnershipArgs = {
  input: UpdatePartnershipInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationUpdatePlacementArgs = {
  input: UpdatePlacementInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
export type MutationUpdateTrainingBaseArgs = {
  input: UpdateTrainingBaseInput;
};


/** Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency). */
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
  /** 企业: an enterprise (see `enterprise`) */
  | 'ENTERPRISE'
  /** 培训机构: a training organisation not in the platform (see `operatorName`) */
  | 'TRAINING_ORGANISATION'
  /** 高等院校: a university or college (see `university`) */
  | 'UNIVERSITY';

/** Sort direction. */
export type OrderDirection =
  /** Ascending: smallest first (A–Z, oldest, lowest); ties broken by record id. */
  | 'ASC'
  /** Descending: largest first (Z–A, newest, highest); ties broken by record id. */
  | 'DESC';

/** Ownership type of an enterprise (所有制). */
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
  /** Cursor of the last edge; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more records follow this page (page on with `after: endCursor`). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether records precede this page (page back with `before: startCursor`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge; null when the page is empty. */
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
  /** What sort of park it is. */
  kind: ParkKind;
  /** Level of the authority that set it up or designated it; null where no source says. */
  level?: Maybe<ParkLevel>;
  /** Where the park is, where a source gives it. */
  location?: Maybe<GeoPoint>;
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** Chinese name (中文名称), e.g. 863软件孵化器. */
  nameZh: Scalars['String']['output'];
  /** What the policy documents say of the park. */
  note?: Maybe<Scalars['String']['output']>;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
  provenance: Provenance;
  /** The region (city, district or zone) the park lies in. */
  region: Region;
  /** Planned, being built, operating or closed. */
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
  /** Enterprises in the park. */
  enterpriseCount: Scalars['Int']['output'];
  /** Training bases and universities feeding the park (at most 100): most placed first for researchers and admins, who see `placed`; by training base for everyone else, so the order does not rank what they may not see. */
  feeders: Array<ClusterFeeder>;
  /** Their staff together, in persons (unknown headcounts count as 0). */
  headcount: Scalars['Int']['output'];
  /** Its leading and key enterprises (行业领军 / 龙头 / 市级重点), holding such a designation on asOf. */
  leadingEnterprises: EnterpriseConnection;
  /** The park the cluster is of. */
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
  /** The records of this page in order, each with its cursor. */
  edges: Array<ParkEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Park>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Park in a page, with its cursor. */
export type ParkEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: Park;
};

/** A key park, and how many of its enterprises have reported for the period. */
export type ParkFiling = {
  /** Enterprises recorded in the park. */
  enterpriseCount: Scalars['Int']['output'];
  /** Of them, those that filed by the due date. */
  filedCount: Scalars['Int']['output'];
  /** The designations that make it a key park (demonstration park, provincial development base) in the period. */
  keyDesignations: Array<DesignationKind>;
  /** Of them, those that filed after the due date. */
  lateCount: Scalars['Int']['output'];
  /** Of them, those with nothing filed for the period yet. */
  notFiledCount: Scalars['Int']['output'];
  /** The key park. */
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
  /** Only parks of this kind. */
  kind?: InputMaybe<ParkKind>;
  /** Only parks at this level. */
  level?: InputMaybe<ParkLevel>;
  /** At least this many enterprises. */
  minEnterprises?: InputMaybe<Scalars['Int']['input']>;
  /** In this region (its code) or below it. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only parks in this status. */
  status?: InputMaybe<ParkStatus>;
};

/** What sort of park it is, by the names the policy documents use. */
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
  /** 区/县级: district or county */
  | 'DISTRICT'
  /** 市级: municipal (prefecture-level city) */
  | 'MUNICIPAL'
  /** 国家级: national, by the State Council or a ministry */
  | 'NATIONAL'
  /** 省级: provincial */
  | 'PROVINCIAL';

/** How to order Park lists: a field and a direction; ties are broken by record id. */
export type ParkOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field?: ParkOrderField;
};

/** What Park lists can be ordered by. */
export type ParkOrderField =
  /** Order of entry into the platform. */
  | 'CREATED'
  /** Number of enterprises in the park. */
  | 'ENTERPRISE_COUNT'
  /** English name. */
  | 'NAME_EN'
  /** Chinese name (中文名称). */
  | 'NAME_ZH'
  /** Offshore (离岸) executed contract value of its enterprises over all years, in USD at each year’s rate. */
  | 'OFFSHORE_EXECUTED_USD';

/** What a create, update or delete of a Park returns. */
export type ParkPayload = {
  /** The `clientMutationId` of the input, echoed back (Relay); null when none was sent. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Global id of the record a deletion removed; null after a create or update. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The record as it is now; null after a deletion. */
  park?: Maybe<Park>;
};

/** Where a park stands: planned, being built, operating or closed. */
export type ParkStatus =
  /** 运营: open and operating */
  | 'ACTIVE'
  /** 关闭 / 撤销: no longer operating, or its designation withdrawn */
  | 'CLOSED'
  /** 谋划 / 规划: planned, not yet built */
  | 'PLANNED'
  /** 在建: being built */
  | 'UNDER_CONSTRUCTION';

/** 校企合作: a university–enterprise partnership. */
export type Partnership = Node & {
  /** The date it ended, not before startedOn; null while it runs or where not known. */
  endedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The partner enterprise. */
  enterprise: Enterprise;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The form of the partnership: joint training, internship base, order class (订单班) and so on. */
  kind: PartnershipKind;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
  provenance: Provenance;
  /** The date it started (or is to start, when planned). */
  startedOn: Scalars['LocalDate']['output'];
  /** Planned, active or ended. */
  status: PartnershipStatus;
  /** Students a year. Researchers, the partner university and the enterprise’s park administrator only. */
  studentsPerYear?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The training base the partnership runs through, if any. */
  trainingBase?: Maybe<TrainingBase>;
  /** The partner university. */
  university: University;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. */
  version: Scalars['Int']['output'];
};

/** A page of Partnership records. */
export type PartnershipConnection = {
  /** The records of this page in order, each with its cursor. */
  edges: Array<PartnershipEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Partnership>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Partnership in a page, with its cursor. */
export type PartnershipEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: Partnership;
};

/** Which partnerships to list; all conditions must hold. */
export type PartnershipFilter = {
  /** Only those of this enterprise (its global id). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only partnerships of this kind. */
  kind?: InputMaybe<PartnershipKind>;
  /** Only partnerships in this status. */
  status?: InputMaybe<PartnershipStatus>;
  /** Only those of this university (its global id). */
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

/** The form a university–enterprise partnership (校企合作) takes. */
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

/** How to order Partnership lists: a field and a direction; ties are broken by record id. */
export type PartnershipOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field?: PartnershipOrderField;
};

/** What Partnership lists can be ordered by. */
export type PartnershipOrderField =
  /** Order of entry into the platform. */
  | 'CREATED'
  /** The date the partnership started. */
  | 'STARTED_ON';

/** What a create, update or delete of a Partnership returns. */
export type PartnershipPayload = {
  /** The `clientMutationId` of the input, echoed back (Relay); null when none was sent. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Global id of the record a deletion removed; null after a create or update. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The record as it is now; null after a deletion. */
  partnership?: Maybe<Partnership>;
};

/** Where a partnership stands. */
export type PartnershipStatus =
  /** Running. */
  | 'ACTIVE'
  /** Over; `endedOn` says when, where known. */
  | 'ENDED'
  /** Agreed or announced, not yet started. */
  | 'PLANNED';

/** A cohort whose figures grow along the pipeline, as real reports sometimes do (late transfers, external candidates). */
export type PipelineAnomaly = {
  /** The later stage’s figure. */
  actual: Scalars['Int']['output'];
  /** The cohort whose figures grow. */
  cohort: Cohort;
  /** The earlier stage’s figure. */
  expectedAtMost: Scalars['Int']['output'];
  /** Which stage outgrew the one before it. */
  kind: PipelineAnomalyKind;
};

/** A later stage larger than the one before it. */
export type PipelineAnomalyKind =
  /** More certified than completed. */
  | 'CERTIFIED_EXCEEDS_COMPLETED'
  /** More completed than enrolled. */
  | 'COMPLETED_EXCEEDS_ENROLLED'
  /** More hired (placements) than certified. */
  | 'PLACED_EXCEEDS_CERTIFIED';

/** Conversion between consecutive stages; null where the earlier stage is zero. */
export type PipelineConversion = {
  /** Share of the certified who were hired (placed ÷ certified). */
  certifiedToPlaced?: Maybe<Scalars['Float']['output']>;
  /** Share of those who completed who were certified (certified ÷ completed). */
  completedToCertified?: Maybe<Scalars['Float']['output']>;
  /** Share of the enrolled who completed (completed ÷ enrolled, 1 = all; may exceed 1). */
  enrolledToCompleted?: Maybe<Scalars['Float']['output']>;
  /** End to end: share of the enrolled who were hired (placed ÷ enrolled). */
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
  /** The hiring enterprise. */
  enterprise: Enterprise;
  /** The enterprise’s first park; null when it is in none. */
  park?: Maybe<Park>;
  /** Placed. Researchers and the university of the path only. */
  placed?: Maybe<Scalars['Int']['output']>;
  /** The training base of the cohorts. */
  trainingBase: TrainingBase;
  /** Null when the base is run by an enterprise or a training organisation. */
  university?: Maybe<University>;
};

/** A page of PipelineFlow records. */
export type PipelineFlowConnection = {
  /** The records of this page in order, each with its cursor. */
  edges: Array<PipelineFlowEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<PipelineFlow>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PipelineFlow in a page, with its cursor. */
export type PipelineFlowEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: PipelineFlow;
};

/** How many people reached each stage of the pipeline. */
export type PipelineStages = {
  /** Trainees who gained a certificate, in persons. */
  certified: Scalars['Int']['output'];
  /** Trainees who completed (结业), in persons. */
  completed: Scalars['Int']['output'];
  /** Trainees enrolled in the cohorts, in persons. */
  enrolled: Scalars['Int']['output'];
  /** University–enterprise partnerships around these cohorts, active in the year range. */
  partnerships: Scalars['Int']['output'];
  /** Hired, per the placements (就业去向). */
  placed: Scalars['Int']['output'];
};

/** 就业去向: graduates of a cohort hired by an enterprise. */
export type Placement = Node & {
  /** The cohort the graduates come from. */
  cohort: Cohort;
  /** The hiring enterprise. */
  enterprise: Enterprise;
  /** Graduates hired, in persons. Researchers, the university whose cohort it was and the hiring enterprise’s park administrator only. */
  hired?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
  provenance: Provenance;
  /** Edit version: give it back as expectedVersion when updating or deleting, so two editors cannot overwrite each other. */
  version: Scalars['Int']['output'];
  /** The year they were hired: the cohort’s year or later. */
  year: Scalars['Int']['output'];
};

/** A page of Placement records. */
export type PlacementConnection = {
  /** The records of this page in order, each with its cursor. */
  edges: Array<PlacementEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Placement>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Placement in a page, with its cursor. */
export type PlacementEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: Placement;
};

/** What a create, update or delete of a Placement returns. */
export type PlacementPayload = {
  /** The `clientMutationId` of the input, echoed back (Relay); null when none was sent. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Global id of the record a deletion removed; null after a create or update. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** The record as it is now; null after a deletion. */
  placement?: Maybe<Placement>;
};

/** 开放平台 / 功能区: a zone or national programme a policy builds on. */
export type Platform = Node & {
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Demonstration city, free-trade zone, cross-border e-commerce zone and so on. */
  kind: PlatformKind;
  /** NATIONAL for a state programme. */
  level?: Maybe<ParkLevel>;
  /** English name: a translation, the documents being in Chinese. */
  nameEn: Scalars['String']['output'];
  /** As the document names it (a quote). */
  nameZh: Scalars['String']['output'];
  /** What the document says of it. */
  note?: Maybe<Scalars['String']['output']>;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
  provenance: Provenance;
  /** The region the zone lies in, or the city or province a programme covers. */
  region: Region;
  /** As of the document; see provenance.note for the reading. */
  status: ParkStatus;
};

/** What sort of zone or national programme a platform (开放平台) is. */
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
  /** Issuing authority in English, e.g. Zhengzhou Municipal People’s Government. */
  issuerEn: Scalars['String']['output'];
  /** Issuing authority (发文机关), e.g. 郑州市人民政府. */
  issuerZh: Scalars['String']['output'];
  /** The platform’s stable key (ASCII, e.g. zhengzhou-2017-29): every policy has one, with or without a 文号; it never changes once published. */
  key: Scalars['String']['output'];
  /** Its measures (措施), section by section in document order; empty for a document known only from a citation. */
  measures: Array<PolicyMeasure>;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
  provenance: Provenance;
  /** Date printed and issued (印发日期). */
  publishedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The region the policy is issued for. */
  region: Region;
  /** Date signed (成文日期). */
  signedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Its development targets (发展目标), in document order. */
  targets: Array<PolicyTarget>;
  /** English title: our translation, the documents being in Chinese. */
  titleEn: Scalars['String']['output'];
  /** Title as the document gives it (标题). */
  titleZh: Scalars['String']['output'];
};

/** A page of Policy records. */
export type PolicyConnection = {
  /** The records of this page in order, each with its cursor. */
  edges: Array<PolicyEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Policy>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Policy in a page, with its cursor. */
export type PolicyEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
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
  /** What kind of lever the section pulls (our classification). */
  instrument: MeasureInstrument;
  /** The document the section belongs to. */
  policy: Policy;
  /** Order in the document. */
  position: Scalars['Int']['output'];
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
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
  /** The target in English, e.g. 3 of the bases in Guanzhong (关中). */
  descriptionEn: Scalars['String']['output'];
  /** The target in the document’s words, e.g. 其中关中3个. */
  descriptionZh: Scalars['String']['output'];
  /** For DESIGNATION_COUNT: the designation counted. */
  designationKind?: Maybe<DesignationKind>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Upper bound of a ranged target such as 10–15 parks. */
  maximum?: Maybe<Scalars['Float']['output']>;
  /** What the target measures: a count of designations, a growth rate or a standing. */
  metric: TargetMetric;
  /** Lower bound of the target (the target itself when there is no range). */
  minimum?: Maybe<Scalars['Float']['output']>;
  /** For a standing, the peer set it is measured against: 中西部地区 (CN-CENTRAL-WESTERN) for Zhengzhou’s “leading central-western China”; its members are a reading. */
  peerRegion?: Maybe<Region>;
  /** The policy that sets the target. */
  policy: Policy;
  /** Live progress, computed from the data, never typed in. */
  progress: TargetProgress;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
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
  importedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where in the document, e.g. a section or annex row. */
  locator?: Maybe<Scalars['String']['output']>;
  /** Our reading of an ambiguous text, or a correction made to it. */
  note?: Maybe<Scalars['String']['output']>;
  /** When the record was last written (its import, verified submission, edit or seeding); see `batch` for the import batch. */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The kind of source: policy document, import, submission, reference data or synthetic. */
  source: SourceKind;
  /** The verified submission (数据直报) the record came from; its fields are for admins, the enterprise’s park and the enterprise. */
  submission?: Maybe<Submission>;
};

/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type Query = {
  /** Every change made through the API, newest first. Admins only. */
  auditLog: AuditEntryConnection;
  /** The change feed: every creation, change and deletion of a record (edits through the API, imports, verified submissions, rollbacks), oldest first, each once. Resume from any cursor, on any server and after restarts: a page holds only changes of transactions that have ended, so nothing can later appear before a cursor already given out. Each caller sees the changes of the records it may read. Changes are kept about 90 days; an older cursor answers CURSOR_EXPIRED. */
  changes: ChangeConnection;
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
  /** A policy by its stable key (e.g. zhengzhou-2017-29) or by its document code (文号, e.g. 郑政〔2017〕29号): give exactly one. Null, with a NOT_FOUND error naming the argument, when none matches. */
  policy?: Maybe<Policy>;
  /** A region by its code (GB/T 2260 or project code). Null, with a NOT_FOUND error naming `code`, when none has it. */
  region?: Maybe<Region>;
  /** Regions of the tree, filtered. */
  regions: RegionConnection;
  /** Who has reported for a period (数据直报): key enterprises (holding a designation the programme grants) and key parks (demonstration parks, provincial bases) of a region, filed, late or not filed. Researchers and admins; a park administrator sees its own park and its enterprises. */
  reportingStatus: ReportingStatus;
  /** Finds parks, enterprises, universities, training bases and regions by Chinese or English name, part of a name, pinyin or pinyin initials (e.g. "zhengzhou", "zzgx", "高新"), best first. */
  search: Array<SearchHit>;
  /** A domain by its catalog number (1–24). Null, with a NOT_FOUND error naming `number`, when none has it. */
  serviceDomain?: Maybe<ServiceDomain>;
  /** The 24-domain catalog (服务外包产业重点发展领域指导目录), in catalog order. */
  serviceDomains: Array<ServiceDomain>;
  /** The statistical releases made so far (released on or before today, China time), by year: what public contract statistics are computed from. */
  statisticsReleases: Array<StatisticsRelease>;
  /** Submissions (数据直报), newest first: admins all, a park administrator those of an enterprise of its park, an enterprise its own. */
  submissions: SubmissionConnection;
  /** University → partnership → training base → cohort → placement → enterprise → park, with counts per stage, conversion rates and flows. Ask from any end. Researchers see any pipeline; a university key, its own (filter.universityId). Null with a FORBIDDEN error for anyone else, so the rest of the response stands. */
  talentPipeline?: Maybe<TalentPipeline>;
  /** Talent-cultivation bases, practical-training bases and training institutions. */
  trainingBases: TrainingBaseConnection;
  /** Universities and colleges (高等院校). */
  universities: UniversityConnection;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyId?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  record?: InputMaybe<Scalars['ID']['input']>;
  recordId?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<ChangeRecordType>>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryContractRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContractRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ContractRecordOrder>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryContractStatsArgs = {
  filter?: InputMaybe<ContractStatsFilter>;
  first?: Scalars['Int']['input'];
  groupBy: Array<ContractDimension>;
  regionLevel?: InputMaybe<RegionKind>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DesignationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DesignationOrder>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EnterpriseOrder>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryImportBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryParkClustersArgs = {
  filter: ParkComparisonFilter;
  options?: InputMaybe<ClusterOptions>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryParksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ParkOrder>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnershipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PartnershipOrder>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryPlatformsArgs = {
  kind?: InputMaybe<PlatformKind>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryPolicyArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RegionOrder>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryReportingStatusArgs = {
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  period: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QuerySearchArgs = {
  first?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType>>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryServiceDomainArgs = {
  number: Scalars['Int']['input'];
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryServiceDomainsArgs = {
  category?: InputMaybe<ServiceCategory>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QuerySubmissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SubmissionStatus>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryTalentPipelineArgs = {
  filter?: InputMaybe<PipelineFilter>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
export type QueryTrainingBasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingBaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TrainingBaseOrder>;
};


/** Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them. */
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
  /** Province, city, district, zone, new area, or a macro-region grouping. */
  kind: RegionKind;
  /** The macro-region it belongs to (关中, 陕南, 陕北, 中西部地区), if any; its provenance.note says whether the document places it there or general geography does. */
  macroRegion?: Maybe<Region>;
  /** For a macro-region, the regions it groups; a report or target scoped to it covers them and everything below them. */
  members: Array<Region>;
  /** English name, e.g. Zhengzhou, Guanzhong. */
  nameEn: Scalars['String']['output'];
  /** Chinese name, e.g. 郑州市, 关中. */
  nameZh: Scalars['String']['output'];
  /** What the policy documents say of this region. */
  note?: Maybe<Scalars['String']['output']>;
  /** The administrative parent (for a macro-region, its province or the country). */
  parent?: Maybe<Region>;
  /** Parks in this region or below it. */
  parks: ParkConnection;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
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
  /** The records of this page in order, each with its cursor. */
  edges: Array<RegionEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Region>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Region in a page, with its cursor. */
export type RegionEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: Region;
};

/** Which regions to list. */
export type RegionFilter = {
  /** Only regions of this kind. */
  kind?: InputMaybe<RegionKind>;
  /** Only regions inside this region (its code), at any depth. */
  withinCode?: InputMaybe<Scalars['String']['input']>;
};

/** The level of a region in the division tree, or a grouping (macro-region, national region) outside it. */
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

/** How to order Region lists: a field and a direction; ties are broken by record id. */
export type RegionOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field?: RegionOrderField;
};

/** What Region lists can be ordered by. */
export type RegionOrderField =
  /** The region’s code: GB/T 2260 where one exists, else a project code (e.g. SN-GUANZHONG). */
  | 'CODE'
  /** English name. */
  | 'NAME_EN'
  /** Chinese name (中文名称). */
  | 'NAME_ZH';

/** The currency a report’s money is given in. */
export type ReportCurrency =
  /** Yuan (人民币): each record’s currency at its year’s rate. */
  | 'CNY'
  /** US dollars: yuan divided by the year’s USD rate. */
  | 'USD';

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
  /** Last day of the period. */
  periodEnd: Scalars['LocalDate']['output'];
  /** First day of the period. */
  periodStart: Scalars['LocalDate']['output'];
  /** The period’s quarter (1–4); null for a whole year. */
  quarter?: Maybe<Scalars['Int']['output']>;
  /** The region asked for (`regionCode`); null when all regions. */
  region?: Maybe<Region>;
  /** The period’s year. */
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
  /** Its duty in English (our translation). */
  dutyEn: Scalars['String']['output'];
  /** Its duty, in the document’s words. */
  dutyZh: Scalars['String']['output'];
  /** The body’s name in English (our translation). */
  nameEn: Scalars['String']['output'];
  /** As the document names it, e.g. 市服务外包工作领导小组. */
  nameZh: Scalars['String']['output'];
};

/** What an API key may read and write; a request without a key is ANONYMOUS. */
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

/** Which batch to roll back. */
export type RollbackImportBatchInput = {
  /** Global ID of the batch (`ImportBatch.id`). */
  batchId: Scalars['ID']['input'];
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

/** What rolling back a batch did. */
export type RollbackImportBatchPayload = {
  /** The batch, now marked rolled back. */
  batch: ImportBatch;
  /** Echoed back from the input (Relay). */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Rows the batch had inserted, deleted. */
  deleted: Scalars['Int']['output'];
  /** Rows changed since the batch (by an edit or a later batch), left as they are. */
  keptChangedSince: Scalars['Int']['output'];
  /** Rows the batch had updated, given their earlier values back. */
  restored: Scalars['Int']['output'];
};

/** A record whose names match a search, with its rank. */
export type SearchHit = {
  /** The record found. */
  node: SearchResult;
  /** Higher is better: exact names first, then Chinese-name matches, then English, pinyin and initials. */
  score: Scalars['Float']['output'];
  /** What kind of record it is. */
  type: SearchType;
};

/** A record `search` found: a park, enterprise, university, training base or region. */
export type SearchResult = Enterprise | Park | Region | TrainingBase | University;

/** What `search` can find. */
export type SearchType =
  /** Service-outsourcing enterprises (`Enterprise`). */
  | 'ENTERPRISE'
  /** Parks, bases and incubators (`Park`). */
  | 'PARK'
  /** Regions: provinces, cities, districts, zones, macro-regions (`Region`). */
  | 'REGION'
  /** Training bases and institutions (`TrainingBase`). */
  | 'TRAINING_BASE'
  /** Universities and colleges (`University`). */
  | 'UNIVERSITY';

/** The three categories of service outsourcing (领域范畴): ITO, BPO and KPO. */
export type ServiceCategory =
  /** 业务流程外包 business-process outsourcing */
  | 'BPO'
  /** 信息技术外包 information-technology outsourcing */
  | 'ITO'
  /** 知识流程外包 knowledge-process outsourcing */
  | 'KPO';

/** 服务外包重点发展领域: a domain of the 24-domain catalog. */
export type ServiceDomain = Node & {
  /** 主要业务类型: the business types the catalog lists for the domain, in its order. */
  businessTypes: Array<BusinessType>;
  /** 领域范畴: ITO, BPO or KPO. */
  category: ServiceCategory;
  /** Enterprises working in this domain. */
  enterprises: EnterpriseConnection;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** English name, e.g. Data analysis. */
  nameEn: Scalars['String']['output'];
  /** Chinese name as the catalog writes it (typos corrected, see provenance.note), e.g. 数据分析服务. */
  nameZh: Scalars['String']['output'];
  /** Row number (序号) in the catalog. */
  number: Scalars['Int']['output'];
  /** Parks that focus on this domain. */
  parks: ParkConnection;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
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
  /** Of `cellCount`, the cells whose figures are public (not withheld). */
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

/** 数据直报: a statistics submission for an enterprise and a period. Its fields: admins, the administrators of the enterprise’s parks, and the enterprise itself (not researchers). */
export type Submission = Node & {
  /** Plausibility checks for whoever verifies it: against the same period a year earlier, and against the revision it corrects. */
  checks: Array<SubmissionCheck>;
  /** When an admin verified or rejected it; null until then. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The enterprise the figures are of. */
  enterprise: Enterprise;
  /** The contract figures as filed. */
  figures: Scalars['JSON']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The quarter (1–4) the figures are for; null for the whole year. */
  quarter?: Maybe<Scalars['Int']['output']>;
  /** Why an admin rejected it; null unless REJECTED. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** 1 for the first filing of the period, then one more per correction. */
  revision: Scalars['Int']['output'];
  /** Draft, submitted, verified or rejected. */
  status: SubmissionStatus;
  /** When it was submitted for verification; null while a draft. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Edit version: give it back as expectedVersion to submit, verify or reject it. */
  version: Scalars['Int']['output'];
  /** The year the figures are for. */
  year: Scalars['Int']['output'];
};

/** A plausibility check of a submission, for whoever verifies it: computed, never typed in. */
export type SubmissionCheck = {
  /** EXECUTED_ABOVE_SIGNED, LARGE_CHANGE_FROM_LAST_YEAR (×2 or ÷2, a drop to zero included), CURRENCY_CHANGED, MISSING_SINCE_LAST_YEAR, REVISES_PUBLISHED, DROPS_PUBLISHED, SAME_AS_PUBLISHED. */
  code: Scalars['String']['output'];
  /** Index of the figure it concerns in `figures`, if one. */
  figure?: Maybe<Scalars['Int']['output']>;
  /** What was found, in English, with the figures compared. */
  message: Scalars['String']['output'];
  /** Notice or warning. */
  severity: CheckSeverity;
};

/** A page of Submission records. */
export type SubmissionConnection = {
  /** The records of this page in order, each with its cursor. */
  edges: Array<SubmissionEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Submission>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Submission in a page, with its cursor. */
export type SubmissionEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: Submission;
};

/** One contract figure of a submission. */
export type SubmissionFigureInput = {
  /** CN for onshore business. */
  clientMarket: Scalars['CountryCode']['input'];
  /** ISO 4217 currency of the amounts. */
  currency?: Scalars['Currency']['input'];
  /** Offshore (离岸) or onshore (在岸); one figure per domain, direction and market. */
  direction: ContractDirection;
  /** Catalog number (1–24) of the domain. */
  domainNumber: Scalars['Int']['input'];
  /** 执行额 contract value executed in the period, in `currency`. */
  executedAmount: Scalars['NonNegativeFloat']['input'];
  /** 签约额 contract value signed in the period, in `currency`. */
  signedAmount: Scalars['NonNegativeFloat']['input'];
};

/** What a submission mutation returns. */
export type SubmissionPayload = {
  /** The `clientMutationId` of the input, echoed back (Relay); null when none was sent. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The submission as it is now. */
  submission: Submission;
};

/** Where a submission revision stands: draft → submitted → verified or rejected. */
export type SubmissionStatus =
  /** Filed, not yet submitted; not counted. */
  | 'DRAFT'
  /** Rejected by an admin, with a reason; not counted. */
  | 'REJECTED'
  /** Submitted for verification; no longer editable; not counted yet. */
  | 'SUBMITTED'
  /** Verified by an admin: its figures are the enterprise’s figures for the period. */
  | 'VERIFIED';

/** Live results over WebSocket at /graphql (the graphql-ws protocol, `graphql-transport-ws`), with an API key in `connectionParams.authorization`. Over HTTP a subscription is refused (400). */
export type Subscription = {
  /** The change feed, live, over WebSocket (graphql-ws): first every change after `after`, then each new one as its transaction commits, in the order of `changes`, each once, with its cursor. After a disconnect, subscribe again with the last cursor received: nothing is lost or repeated. Needs an API key (connectionParams.authorization); each caller sees the changes of the records it may read. */
  changes: ChangeEdge;
};


/** Live results over WebSocket at /graphql (the graphql-ws protocol, `graphql-transport-ws`), with an API key in `connectionParams.authorization`. Over HTTP a subscription is refused (400). */
export type SubscriptionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<ChangeRecordType>>;
};

/** Which business of a domain the Zhengzhou catalog supports (支持业务类型). */
export type SupportScope =
  /** 支持离岸与在岸所有业务: all offshore and onshore business */
  | 'ALL_OFFSHORE_AND_ONSHORE'
  /** 支持离岸及与河南省外企业(机构)发生的在岸业务: offshore, and onshore business with enterprises or institutions outside Henan */
  | 'OFFSHORE_AND_ONSHORE_OUTSIDE_HENAN';

/** Graduates placed in the enterprises of a region. */
export type TalentDestination = {
  /** Graduates placed in its enterprises, in persons. */
  placed: Scalars['Int']['output'];
  /** The province or city of the hiring enterprises. */
  region: Region;
  /** Share of all placed of the same figures (own, or peers’). */
  share?: Maybe<Scalars['Float']['output']>;
};

/** Cohort figures: enrolled, completed, placed (hires from these cohorts, whenever placed) and the conversion. */
export type TalentFigures = {
  /** Trainees who completed the course (结业), in persons. */
  completed: Scalars['Int']['output'];
  /** placed / completed; null when none completed. */
  conversion?: Maybe<Scalars['Float']['output']>;
  /** Trainees enrolled, in persons. */
  enrolled: Scalars['Int']['output'];
  /** Graduates of these cohorts hired by enterprises (就业), in persons, whatever the year of hiring. */
  placed: Scalars['Int']['output'];
};

/** The talent pipeline (人才培养 → 就业) for a filter. */
export type TalentPipeline = {
  /** Cohorts whose figures broke the expectation that stages never grow (at most 100). */
  anomalies: Array<PipelineAnomaly>;
  /** How the figures were computed. */
  basis: Scalars['String']['output'];
  /** Conversion rates between the stages (fractions, 0.5 = 50%). */
  conversion: PipelineConversion;
  /** Placed counts per path, biggest first; pages of up to 1000 (forwards only). */
  flows: PipelineFlowConnection;
  /** People at each stage, summed over the matching cohorts. */
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
  /** What the figure is, e.g. holders, compound annual growth, or a year. */
  label: Scalars['String']['output'];
  /** Unit of `value`, e.g. parks, enterprises, percent a year, USD. */
  unit: Scalars['String']['output'];
  /** The figure, in `unit`; null where it is withheld (too few enterprises to publish). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** What a policy target measures, and so how its progress is computed. */
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
  /** Met, exceeded, in progress, missed, met late, or not measured. */
  status: TargetStatus;
};

/** Where a target stands against its value and deadline. */
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
  /** Talent-cultivation base, practical-training base or training institution. */
  kind: TrainingBaseKind;
  /** English name; null where it has none on record. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Chinese name (中文名称). */
  nameZh: Scalars['String']['output'];
  /** Who runs it: a university, an enterprise or a training organisation. */
  operatorKind: OperatorKind;
  /** Name of the operating training organisation, when neither a university nor an enterprise. */
  operatorName?: Maybe<Scalars['String']['output']>;
  /** The park it is located in, if any. */
  park?: Maybe<Park>;
  /** Partnerships run through this base. */
  partnerships: PartnershipConnection;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
  provenance: Provenance;
  /** The region it lies in. */
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
  /** The records of this page in order, each with its cursor. */
  edges: Array<TrainingBaseEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<TrainingBase>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One TrainingBase in a page, with its cursor. */
export type TrainingBaseEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: TrainingBase;
};

/** Which training bases to list; all conditions must hold. */
export type TrainingBaseFilter = {
  /** Only bases of this kind. */
  kind?: InputMaybe<TrainingBaseKind>;
  /** Only bases run by this kind of operator. */
  operatorKind?: InputMaybe<OperatorKind>;
  /** Located in this park. */
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** In this region (its code) or below it. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Operated by this university. */
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

/** What sort of training base: talent-cultivation base, practical-training base or training institution. */
export type TrainingBaseKind =
  /** 实训基地 practical-training base */
  | 'PRACTICAL_TRAINING_BASE'
  /** 人才培养基地 talent-cultivation base */
  | 'TALENT_CULTIVATION_BASE'
  /** 人才培训机构 training institution */
  | 'TRAINING_INSTITUTION';

/** How to order TrainingBase lists: a field and a direction; ties are broken by record id. */
export type TrainingBaseOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field?: TrainingBaseOrderField;
};

/** What TrainingBase lists can be ordered by. */
export type TrainingBaseOrderField =
  /** Yearly training capacity in persons; unknown counts as 0. */
  | 'CAPACITY'
  /** Order of entry into the platform. */
  | 'CREATED'
  /** Chinese name (中文名称). */
  | 'NAME_ZH';

/** What a create, update or delete of a TrainingBase returns. */
export type TrainingBasePayload = {
  /** The `clientMutationId` of the input, echoed back (Relay); null when none was sent. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Global id of the record a deletion removed; null after a create or update. */
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
  /** English name; null where it has none on record. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Chinese name (中文名称); unique. */
  nameZh: Scalars['String']['output'];
  /** Whether it offers a service-outsourcing major (增设服务外包专业). */
  offersOutsourcingMajor: Scalars['Boolean']['output'];
  /** Its outcomes beside anonymised peers (the other universities of its province, pooled), year by released year: placements, conversion and where its graduates went. That university’s key, researchers and admins. */
  outcomes?: Maybe<UniversityOutcomes>;
  /** Its partnerships with enterprises (校企合作). */
  partnerships: PartnershipConnection;
  /** Where its students went: placements from the cohorts of its training bases. */
  placements: PlacementConnection;
  /** Where this record came from: a policy document, an import batch, a submission (数据直报) or the synthetic generator. */
  provenance: Provenance;
  /** The region it is located in. */
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
  /** The records of this page in order, each with its cursor. */
  edges: Array<UniversityEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<University>;
  /** Whether there are more pages, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** Number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One University in a page, with its cursor. */
export type UniversityEdge = {
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record at this edge. */
  node: University;
};

/** Which universities to list; all conditions must hold. */
export type UniversityFilter = {
  /** Offers a service-outsourcing major. */
  offersOutsourcingMajor?: InputMaybe<Scalars['Boolean']['input']>;
  /** In this region (its code) or below it. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** How to order University lists: a field and a direction; ties are broken by record id. */
export type UniversityOrder = {
  /** Ascending or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field?: UniversityOrderField;
};

/** What University lists can be ordered by. */
export type UniversityOrderField =
  /** Order of entry into the platform. */
  | 'CREATED'
  /** Chinese name (中文名称). */
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
  /** One entry per released cohort year in the range, oldest first. */
  years: Array<UniversityOutcomeYear>;
};

/** Changes to a Cohort: fields left out stay as they are; a field set to null is cleared where it may be empty. */
export type UpdateCohortInput = {
  /** Trainees certified, in persons. Required to create. */
  certified?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Trainees who completed, in persons; not below the graduates its placements hired. Required to create. */
  completed?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Catalog number (1–24) of the domain it trains for. Required to create. */
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Trainees enrolled, in persons. Required to create. */
  enrolled?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the Cohort to change. */
  id: Scalars['ID']['input'];
  /** The intake year, 2000 to this year. Required to create. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a ContractRecord: fields left out stay as they are; a field set to null is cleared where it may be empty. */
export type UpdateContractRecordInput = {
  /** Client market (ISO 3166-1 alpha-2): CN for onshore business, another country for offshore. Required to create. */
  clientMarket?: InputMaybe<Scalars['CountryCode']['input']>;
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 currency of the amounts; USD when created without one. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Offshore (离岸) or onshore (在岸). Required to create. */
  direction?: InputMaybe<ContractDirection>;
  /** Catalog number of the domain. */
  domainNumber?: InputMaybe<Scalars['Int']['input']>;
  /** 执行额 contract value executed in the period, in `currency` (stored to the cent). Required to create. */
  executedAmount?: InputMaybe<Scalars['NonNegativeFloat']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the ContractRecord to change. */
  id: Scalars['ID']['input'];
  /** 1–4, or null for a whole-year figure. A year of an enterprise is reported whole or by quarter, never both: a quarter of a year with whole-year records is refused, and the other way round. */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  /** 签约额 contract value signed in the period, in `currency` (stored to the cent). Required to create. */
  signedAmount?: InputMaybe<Scalars['NonNegativeFloat']['input']>;
  /** The year the figures are for, 2000 to this year. Required to create. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a designation’s authority or dates: fields left out stay as they are. */
export type UpdateDesignationInput = {
  /** The granting authority, at most 200 characters. */
  authority?: InputMaybe<Scalars['String']['input']>;
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the designation to change. */
  id: Scalars['ID']['input'];
  /** First day it holds. */
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Set to end (or withdraw) the designation; null makes it open-ended again. */
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Changes to a Enterprise: fields left out stay as they are; a field set to null is cleared where it may be empty. */
export type UpdateEnterpriseInput = {
  /** Client markets it serves, ISO 3166-1 alpha-2 codes (replaces the list). */
  clientMarkets?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码: 18 characters, the last a GB 32100 check character. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Catalog numbers of its domains (replaces the list). */
  domainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  /** Date of founding, not in the future; null clears it. */
  foundedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Staff headcount in persons; null clears it. */
  headcount?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Global id of the Enterprise to change. */
  id: Scalars['ID']['input'];
  /** Board it is listed on; null for not listed. */
  listingBoard?: InputMaybe<ListingBoard>;
  /** English name, at most 300 characters; null clears it. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Registered Chinese name, at most 200 characters. Required to create. */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** Ownership type (所有制). Required to create. */
  ownership?: InputMaybe<Ownership>;
  /** The parks it is in (replaces the list). */
  parkIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Region of registration (its code, see `Region.code`). Required to create. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Official website; null clears it. */
  website?: InputMaybe<Scalars['URL']['input']>;
};

/** Changes to a Park: fields left out stay as they are; a field set to null is cleared where it may be empty. */
export type UpdateParkInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Year it was designated or set up, 1990 to this year; null for unknown. */
  designationYear?: InputMaybe<Scalars['Int']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  /** The outsourcing category (ITO/BPO/KPO) it is laid out for; null for none. */
  focusCategory?: InputMaybe<ServiceCategory>;
  /** Catalog numbers of its focus domains (replaces the list). */
  focusDomainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Global id of the Park to change. */
  id: Scalars['ID']['input'];
  /** What sort of park it is. Required to create. */
  kind?: InputMaybe<ParkKind>;
  /** WGS 84 latitude in degrees; set together with `longitude`, both null to clear. */
  latitude?: InputMaybe<Scalars['Latitude']['input']>;
  /** Level of the authority that set it up; null for unknown. */
  level?: InputMaybe<ParkLevel>;
  /** WGS 84 longitude in degrees; set together with `latitude`, both null to clear. */
  longitude?: InputMaybe<Scalars['Longitude']['input']>;
  /** English name, at most 300 characters. Required to create. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Chinese name, at most 200 characters. Required to create. */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** What the policy documents say of it, at most 2,000 characters; null clears it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Code of the region it lies in (see `Region.code`). Required to create. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Planned, being built, operating or closed; ACTIVE when created without one. */
  status?: InputMaybe<ParkStatus>;
  /** Official website; null clears it. */
  website?: InputMaybe<Scalars['URL']['input']>;
};

/** Changes to a Partnership: fields left out stay as they are; a field set to null is cleared where it may be empty. */
export type UpdatePartnershipInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The date it ended, not before startedOn; null clears it. */
  endedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the Partnership to change. */
  id: Scalars['ID']['input'];
  /** The form of the partnership. Required to create. */
  kind?: InputMaybe<PartnershipKind>;
  /** The date it started. Required to create. */
  startedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Planned, active or ended. Required to create. */
  status?: InputMaybe<PartnershipStatus>;
  /** Students a year, in persons (not public); null clears it. */
  studentsPerYear?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** The training base it runs through; null for none. */
  trainingBaseId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a placement: fields left out stay as they are. */
export type UpdatePlacementInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  /** Graduates hired, in persons; the cohort’s placements together may not exceed its completed. */
  hired?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Global id of the placement to change. */
  id: Scalars['ID']['input'];
  /** Year of hiring: the cohort’s year to this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a TrainingBase: fields left out stay as they are; a field set to null is cleared where it may be empty. */
export type UpdateTrainingBaseInput = {
  /** Echoed back in the payload (Relay). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Catalog numbers (1–24) of the domains it trains for (replaces the list). */
  domainNumbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The operating enterprise (operatorKind ENTERPRISE). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** The version the change was made against. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the TrainingBase to change. */
  id: Scalars['ID']['input'];
  /** What sort of base it is. Required to create. */
  kind?: InputMaybe<TrainingBaseKind>;
  /** English name, at most 300 characters; null clears it. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Chinese name, at most 200 characters. Required to create. */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** Who runs it; needs universityId, enterpriseId or operatorName to match. Required to create. */
  operatorKind?: InputMaybe<OperatorKind>;
  /** The operating organisation (operatorKind TRAINING_ORGANISATION). */
  operatorName?: InputMaybe<Scalars['String']['input']>;
  /** The park it is located in; null for none. A park administrator may only use their own park. */
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** Code of the region it lies in (see `Region.code`). Required to create. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The operating university (operatorKind UNIVERSITY). */
  universityId?: InputMaybe<Scalars['ID']['input']>;
  /** Trainees it can take a year, in persons; null clears it. */
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


export type DomainNavigationQuery = { serviceDomain?: { id: string, number: number, parks: { totalCount: number, nodes: Array<{ id: string, focusDomains: Array<{ number: number }> }> }, enterprises: { totalCount: number, nodes: Array<{ id: string, domains: Array<{ number: number }> }> } } | null };

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


export type StandingPeersQuery = { policy?: { targets: Array<{ code: string, peerRegion?: { code: string, nameZh: string, members: Array<{ code: string }> } | null, progress: { status: TargetStatus, computation: string } }> } | null };

export type ImportBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportBatchesQuery = { importBatches: { totalCount: number, nodes: Array<{ id: string, number: number, entity: string, fileName: string, checksum: string, rowCount: number, inserted: number, updated: number, unchanged: number, rolledBackAt?: string | null }> } };

export type RollbackImportBatchMutationVariables = Exact<{
  batchId: Scalars['ID']['input'];
}>;


export type RollbackImportBatchMutation = { rollbackImportBatch: { deleted: number, restored: number, keptChangedSince: number, clientMutationId?: string | null, batch: { id: string, number: number, rolledBackAt?: string | null } } };

export type RollbackImportBatchByNumberMutationVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type RollbackImportBatchByNumberMutation = { rollbackImportBatch: { deleted: number, restored: number, keptChangedSince: number, batch: { number: number, rolledBackAt?: string | null } } };

export type ImportBatchNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportBatchNodeQuery = { node?: { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { number: number, fileName: string, id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | null };

export type ContractRecordProvenanceQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractRecordProvenanceQuery = { contractRecords: { nodes: Array<{ id: string, year: number, executedAmount?: number | null, provenance?: { source: SourceKind, document?: string | null, locator?: string | null, recordedAt?: string | null, importedAt?: string | null, batch?: { id: string, number: number, fileName: string, createdAt: string } | null } | null }> } };

export type IncentiveEligibilityQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type IncentiveEligibilityQuery = { policies: { nodes: Array<{ code?: string | null, region: { code: string }, incentives: Array<{ code: string, kind: IncentiveKind, rate?: number | null, eligibleDesignation?: DesignationKind | null, eligibilityBasis: string, eligibility: { totalCount: number, nodes: Array<{ kind: DesignationKind, validFrom: string, validUntil?: string | null, holder: { __typename: 'Enterprise', id: string, region: { code: string } } | { __typename: 'Park' } | { __typename: 'TrainingBase' } }> } }> }> } };

export type RegionAndParksQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RegionAndParksQuery = { region?: { code: string, nameZh: string } | null, parks: { nodes: Array<{ nameZh: string }> } };

export type PolicyByKeyQueryVariables = Exact<{
  key?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
}>;


export type PolicyByKeyQuery = { policy?: { key: string, code?: string | null, titleZh: string, targets: Array<{ code: string }> } | null };

export type PolicyKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyKeysQuery = { policies: { nodes: Array<{ key: string, code?: string | null, titleZh: string }> } };

export type ServiceDomainLookupQueryVariables = Exact<{
  number: Scalars['Int']['input'];
}>;


export type ServiceDomainLookupQuery = { serviceDomain?: { number: number, nameZh: string } | null, parks: { nodes: Array<{ nameZh: string }> } };

export type PublicFiguresBesidePipelineQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicFiguresBesidePipelineQuery = { parks: { nodes: Array<{ nameZh: string }> }, talentPipeline?: { stages: { enrolled: number, placed: number } } | null };

export type ExactContractStatsQueryVariables = Exact<{
  groupBy: Array<ContractDimension> | ContractDimension;
}>;


export type ExactContractStatsQuery = { contractStats: { rows: Array<{ year?: number | null, signedUsd: number, executedCny: number, signed: { amount: string, currency: string }, executed: { amount: string, currency: string }, signedYuan: { amount: string, currency: string }, executedYuan: { amount: string, currency: string }, offshoreExecuted?: { amount: string, currency: string } | null, offshoreExecutedYuan?: { amount: string, currency: string } | null }>, total?: { signed: { amount: string }, executed: { amount: string } } | null } };

export type ExactContractRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExactContractRecordsQuery = { contractRecords: { nodes: Array<{ id: string, currency: string, signedAmount?: number | null, signed?: { amount: string, currency: string } | null, executed?: { amount: string, currency: string } | null }> } };

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

export type AuditLogOfRecordQueryVariables = Exact<{
  record: Scalars['ID']['input'];
}>;


export type AuditLogOfRecordQuery = { auditLog: { nodes: Array<{ id: string, action: AuditAction, recordGlobalId: string, at: string }> } };

export type AuditLogQueryVariables = Exact<{
  recordId?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, action: AuditAction, role: Role, keyId?: number | null, entityType: string, recordId: number, recordGlobalId: string, before?: { [key: string]: unknown } | null, after?: { [key: string]: unknown } | null, requestId: string }> } };

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


export type UpdateParkMutation = { updatePark: { park?: { id: string, nameEn: string, version: number, website?: string | null, location?: { latitude: number, longitude: number } | null, focusDomains: Array<{ number: number }> } | null } };

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


export type DemonstrationParkTargetQuery = { policy?: { targets: Array<{ code: string, current?: number | null }> } | null };

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


export type NodeQuery = { node?: { __typename: 'AuditEntry', id: string } | { __typename: 'Cohort', id: string } | { __typename: 'ContractRecord', id: string } | { __typename: 'Designation', id: string } | { __typename: 'Enterprise', id: string } | { __typename: 'ExchangeRate', id: string } | { __typename: 'ImportBatch', id: string } | { __typename: 'Incentive', id: string } | { __typename: 'Park', id: string } | { __typename: 'Partnership', id: string } | { __typename: 'Placement', id: string } | { __typename: 'Platform', id: string } | { __typename: 'Policy', id: string } | { __typename: 'PolicyMeasure', id: string } | { __typename: 'PolicyTarget', id: string } | { __typename: 'Region', id: string } | { __typename: 'ServiceDomain', id: string } | { __typename: 'Submission', id: string } | { __typename: 'TrainingBase', id: string } | { __typename: 'University', id: string } | null };

export type NodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesQuery = { nodes: Array<{ __typename: 'AuditEntry', id: string } | { __typename: 'Cohort', id: string } | { __typename: 'ContractRecord', id: string } | { __typename: 'Designation', id: string } | { __typename: 'Enterprise', id: string } | { __typename: 'ExchangeRate', id: string } | { __typename: 'ImportBatch', id: string } | { __typename: 'Incentive', id: string } | { __typename: 'Park', id: string } | { __typename: 'Partnership', id: string } | { __typename: 'Placement', id: string } | { __typename: 'Platform', id: string } | { __typename: 'Policy', id: string } | { __typename: 'PolicyMeasure', id: string } | { __typename: 'PolicyTarget', id: string } | { __typename: 'Region', id: string } | { __typename: 'ServiceDomain', id: string } | { __typename: 'Submission', id: string } | { __typename: 'TrainingBase', id: string } | { __typename: 'University', id: string } | null> };

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


export type ParkLocationsQuery = { parks: { nodes: Array<{ nameZh: string, website?: string | null, location?: { latitude: number, longitude: number } | null, provenance: { source: SourceKind } }> } };

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


export type RegionTreeQuery = { region?: { id: string, code: string, nameZh: string, kind: RegionKind, parent?: { code: string } | null, macroRegion?: { code: string } | null, children: Array<{ code: string, kind: RegionKind, parent?: { code: string } | null, macroRegion?: { code: string } | null, members: Array<{ code: string }>, children: Array<{ code: string }> }>, parks: { totalCount: number, nodes: Array<{ id: string, region: { code: string } }> }, enterprises: { totalCount: number }, universities: { totalCount: number } } | null };

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


export type FileSubmissionMutation = { fileSubmission: { submission: { id: string, revision: number, status: SubmissionStatus, version: number, year: number, quarter?: number | null, figures: { [key: string]: unknown } | unknown[] | string | number | boolean | null } } };

export type SubmitSubmissionMutationVariables = Exact<{
  input: DecideSubmissionInput;
}>;


export type SubmitSubmissionMutation = { submitSubmission: { submission: { id: string, status: SubmissionStatus, version: number, submittedAt?: string | null } } };

export type VerifySubmissionMutationVariables = Exact<{
  input: DecideSubmissionInput;
}>;


export type VerifySubmissionMutation = { verifySubmission: { submission: { id: string, status: SubmissionStatus, version: number, decidedAt?: string | null } } };

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


export type SubmissionNodeQuery = { node?: { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { id: string } | { year: number, status: SubmissionStatus, figures: { [key: string]: unknown } | unknown[] | string | number | boolean | null, rejectionReason?: string | null, id: string, enterprise: { id: string }, checks: Array<{ message: string }> } | { id: string } | { id: string } | null };

export type RecordsFromSubmissionsQueryVariables = Exact<{
  enterpriseId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type RecordsFromSubmissionsQuery = { contractRecords: { nodes: Array<{ quarter?: number | null, executedAmount?: number | null, provenance?: { source: SourceKind, document?: string | null, importedAt?: string | null, submission?: { id: string, revision: number } | null } | null }> } };

export type ReportingStatusQueryVariables = Exact<{
  period: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type ReportingStatusQuery = { reportingStatus: { period: string, year: number, quarter?: number | null, periodStart: string, periodEnd: string, dueOn: string, parks: Array<{ keyDesignations: Array<DesignationKind>, status: FilingStatus, enterpriseCount: number, filedCount: number, lateCount: number, notFiledCount: number, park: { id: string, nameZh: string } }>, enterprises: Array<{ keyDesignations: Array<DesignationKind>, status: FilingStatus, filedAt?: string | null, enterprise: { id: string, nameZh: string } }> } };

export type TalentPipelineQueryVariables = Exact<{
  filter?: InputMaybe<PipelineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TalentPipelineQuery = { talentPipeline?: { basis: string, stages: { partnerships: number, enrolled: number, completed: number, certified: number, placed: number }, conversion: { enrolledToCompleted?: number | null, completedToCertified?: number | null, certifiedToPlaced?: number | null, enrolledToPlaced?: number | null }, anomalies: Array<{ kind: PipelineAnomalyKind, expectedAtMost: number, actual: number, cohort: { id: string, year: number, enrolled?: number | null, completed?: number | null } }>, flows: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ placed?: number | null, university?: { id: string } | null, trainingBase: { id: string, university?: { id: string } | null }, enterprise: { id: string, parks: Array<{ id: string }> }, park?: { id: string } | null }> } } | null };


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
export const ImportBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBackAt"}}]}}]}}]}}]} as unknown as DocumentNode<ImportBatchesQuery, ImportBatchesQueryVariables>;
export const RollbackImportBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackImportBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackImportBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"clientMutationId"},"value":{"kind":"StringValue","value":"undo","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"restored"}},{"kind":"Field","name":{"kind":"Name","value":"keptChangedSince"}},{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBackAt"}}]}}]}}]}}]} as unknown as DocumentNode<RollbackImportBatchMutation, RollbackImportBatchMutationVariables>;
export const RollbackImportBatchByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackImportBatchByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackImportBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"restored"}},{"kind":"Field","name":{"kind":"Name","value":"keptChangedSince"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBackAt"}}]}}]}}]}}]} as unknown as DocumentNode<RollbackImportBatchByNumberMutation, RollbackImportBatchByNumberMutationVariables>;
export const ImportBatchNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatchNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]} as unknown as DocumentNode<ImportBatchNodeQuery, ImportBatchNodeQueryVariables>;
export const ContractRecordProvenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractRecordProvenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractRecordProvenanceQuery, ContractRecordProvenanceQueryVariables>;
export const IncentiveEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncentiveEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incentives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleDesignation"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityBasis"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncentiveEligibilityQuery, IncentiveEligibilityQueryVariables>;
export const RegionAndParksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionAndParks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]} as unknown as DocumentNode<RegionAndParksQuery, RegionAndParksQueryVariables>;
export const PolicyByKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyByKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyByKeyQuery, PolicyByKeyQueryVariables>;
export const PolicyKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyKeysQuery, PolicyKeysQueryVariables>;
export const ServiceDomainLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceDomainLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceDomainLookupQuery, ServiceDomainLookupQueryVariables>;
export const PublicFiguresBesidePipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicFiguresBesidePipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"talentPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}}]}}]}}]}}]} as unknown as DocumentNode<PublicFiguresBesidePipelineQuery, PublicFiguresBesidePipelineQueryVariables>;
export const ExactContractStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExactContractStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractDimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"signed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"signedYuan"},"name":{"kind":"Name","value":"signed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"EnumValue","value":"CNY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"executedYuan"},"name":{"kind":"Name","value":"executed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"EnumValue","value":"CNY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offshoreExecuted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"offshoreExecutedYuan"},"name":{"kind":"Name","value":"offshoreExecuted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"EnumValue","value":"CNY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"executedCny"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"EnumValue","value":"CNY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExactContractStatsQuery, ExactContractStatsQueryVariables>;
export const ExactContractRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExactContractRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"signedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"signed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExactContractRecordsQuery, ExactContractRecordsQueryVariables>;
export const CreateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>;
export const UpdateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const DeleteEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteEnterpriseMutation, DeleteEnterpriseMutationVariables>;
export const AuditLogOfRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogOfRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"record"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"record"},"value":{"kind":"Variable","name":{"kind":"Name","value":"record"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recordGlobalId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogOfRecordQuery, AuditLogOfRecordQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"StringValue","value":"Enterprise","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordGlobalId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
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