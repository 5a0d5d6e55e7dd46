import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../core/pagination';

export enum ChangeOperation {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(ChangeOperation, {
  name: 'ChangeOperation',
  description: 'What a change did to a record.',
  valuesConfig: {
    CREATE: { description: 'The record was created.' },
    UPDATE: { description: 'The record was changed (a write that left every value as it was is no change).' },
    DELETE: { description: 'The record was deleted; `node(id:)` now answers null for it.' },
  },
});

/** The record types the feed follows, each with its GraphQL type name (what `ChangeEvent.type` says). */
export enum ChangeRecordType {
  PARK = 'PARK',
  ENTERPRISE = 'ENTERPRISE',
  DESIGNATION = 'DESIGNATION',
  UNIVERSITY = 'UNIVERSITY',
  TRAINING_BASE = 'TRAINING_BASE',
  PARTNERSHIP = 'PARTNERSHIP',
  COHORT = 'COHORT',
  PLACEMENT = 'PLACEMENT',
  CONTRACT_RECORD = 'CONTRACT_RECORD',
  EXCHANGE_RATE = 'EXCHANGE_RATE',
}

export const RECORD_TYPE_NAMES: Record<ChangeRecordType, string> = {
  PARK: 'Park',
  ENTERPRISE: 'Enterprise',
  DESIGNATION: 'Designation',
  UNIVERSITY: 'University',
  TRAINING_BASE: 'TrainingBase',
  PARTNERSHIP: 'Partnership',
  COHORT: 'Cohort',
  PLACEMENT: 'Placement',
  CONTRACT_RECORD: 'ContractRecord',
  EXCHANGE_RATE: 'ExchangeRate',
};

registerEnumType(ChangeRecordType, {
  name: 'ChangeRecordType',
  description: 'The record types whose changes the feed (`changes`) carries.',
  valuesConfig: {
    PARK: { description: '园区: demonstration parks, development bases, incubators and other parks.' },
    ENTERPRISE: { description: '企业: enterprises (a change to their parks or domains changes the enterprise).' },
    DESIGNATION: { description: '认定: statuses granted to parks, enterprises and training bases.' },
    UNIVERSITY: { description: '高等院校: universities and colleges (they keep no version: `version` is null).' },
    TRAINING_BASE: { description: '人才培养基地: training bases and training institutions.' },
    PARTNERSHIP: { description: '校企合作: university–enterprise partnerships.' },
    COHORT: { description: '培训批次: the intakes of training bases.' },
    PLACEMENT: { description: '就业去向: graduates of cohorts hired by enterprises.' },
    CONTRACT_RECORD: { description: '服务外包合同: enterprises’ contract figures. When and how often an enterprise’s figures change is theirs, so only researchers, admins and the administrator of the enterprise’s park see these changes.' },
    EXCHANGE_RATE: { description: '汇率: yearly exchange rates (they keep no version: `version` is null).' },
  },
});

/** One change to one record, as the change feed reports it. */
@ObjectType({ description: 'A change to a record: which record, what happened to it, at which version, when and by which kind of writer.' })
export class ChangeEvent {
  @Field(() => String, { description: 'GraphQL type name of the record (e.g. `Park`).' }) type!: string;
  @Field(() => ID, { description: 'Global ID of the record (refetch it with `node(id:)`, unless it was deleted).' }) recordId!: string;
  @Field(() => ChangeOperation, { description: 'Created, changed or deleted.' }) operation!: ChangeOperation;
  @Field(() => Int, { nullable: true, description: 'The record’s edit version after the change; null for a deletion and for types that keep no version. A copy that holds a higher version already can skip the event.' })
  version!: number | null;

  @Field(() => Date, { description: 'When the writing transaction started (UTC); events of one transaction share it.' }) changedAt!: Date;
  @Field(() => String, {
    description: 'Who wrote it, by kind: `api` (a mutation), `import` (a file import), `submission` (a verified 数据直报 submission), `rollback` (an import rolled back) or `sql` (anything else). Admins see which one: `api:key:<key id>`, `import:batch:<batch number>`, `submission:<id>`, `rollback:batch:<batch number>`.',
  })
  source!: string;
}

@ObjectType({ description: 'One change in a page of the feed, with its cursor.' })
export class ChangeEdge {
  @Field(() => ChangeEvent, { description: 'The change at this edge.' }) node!: ChangeEvent;
  @Field(() => String, { description: 'Opaque cursor of this change: pass it as `after` to read on from here.' }) cursor!: string;
}

@ObjectType({ description: 'A page of the change feed, oldest first.' })
export class ChangeConnection {
  @Field(() => [ChangeEdge], { description: 'The changes of this page in feed order, each with its cursor.' }) edges!: ChangeEdge[];
  @Field(() => [ChangeEvent], { description: 'The changes of `edges`, for clients that need no cursors.' }) nodes!: ChangeEvent[];
  @Field(() => PageInfo, {
    description: 'Whether more changes can be read now (`hasNextPage`) and where to read on (`endCursor`). On an empty page `endCursor` is the `after` given, so a client polls with it unchanged; `hasPreviousPage` is whether `after` was given.',
  })
  pageInfo!: PageInfo;

  @Field(() => String, {
    description: 'The feed’s end as this page was read: every change readable now comes before it, every later one after it. To build a copy: read `headCursor` and `readPosition` first (`changes(first: 0)`), then read the records (with `readPosition` as the `x-og-position` header), then follow `changes(after:)` from it (changes made during the read come again; `version` tells which are newer).',
  })
  headCursor!: string;

  @Field({
    description: 'The database position this page was read at (the WAL position of the server that answered). After reading `headCursor` for a re-sync, send it as the `x-og-position` header with the full read of the records, so that read, on whichever instance or replica, sees at least what this page saw.',
  })
  readPosition!: string;
}
