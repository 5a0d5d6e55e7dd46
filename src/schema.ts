import 'reflect-metadata';
import { DateTimeResolver } from 'graphql-scalars';
import { lexicographicSortSchema, printSchema, type GraphQLInterfaceType, type GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AuditResolver } from './audit/audit.resolver';
import { authChecker } from './auth/auth-checker';
import { ChangesResolver } from './change-feed/changes.resolver';
import { ChangesSubscription } from './change-feed/changes.subscription';
import { resolvePlainFieldsDirectly } from './auth/field-access';
import { CohortMutations } from './cohort/cohort.mutations';
import { CohortResolver } from './cohort/cohort.resolver';
import { ContractRecordMutations } from './contract-record/contract-record.mutations';
import { ContractRecordResolver } from './contract-record/contract-record.resolver';
import { ContractStatsResolver } from './contract-stats/contract-stats.resolver';
import { boundDateYears } from './core/input-checks';
import { NodeResolver } from './core/node.resolver';
import { DesignationMutations } from './designation/designation.mutations';
import { DesignationResolver } from './designation/designation.resolver';
import { StatisticsReleaseResolver } from './disclosure/release.resolver';
import { EnterpriseMutations } from './enterprise/enterprise.mutations';
import { EnterpriseResolver } from './enterprise/enterprise.resolver';
import { ImportBatchResolver, ProvenanceResolver } from './import/import.resolver';
import { ClusterFeederResolver, ClusterGroupResolver, ParkClusterFieldResolver, ParkClusterResolver } from './park-cluster/park-cluster.resolver';
import { ParkMutations } from './park/park.mutations';
import { ParkResolver } from './park/park.resolver';
import { PartnershipMutations } from './partnership/partnership.mutations';
import { PartnershipResolver } from './partnership/partnership.resolver';
import { PlacementMutations } from './placement/placement.mutations';
import { PlacementResolver } from './placement/placement.resolver';
import { PlatformResolver } from './platform/platform.resolver';
import { EnterpriseFilingResolver, ParkFilingResolver, ReportingStatusResolver } from './submission/reporting-status';
import { IncentiveResolver, PolicyMeasureResolver, PolicyResolver, PolicyTargetResolver } from './policy/policy.resolver';
import { RegionResolver } from './region/region.resolver';
import { SearchResolver } from './search/search.resolver';
import { ServiceDomainResolver } from './service-domain/service-domain.resolver';
import { SubmissionMutations } from './submission/submission.mutations';
import { SubmissionProvenanceResolver, SubmissionResolver } from './submission/submission.resolver';
import { PipelineAnomalyResolver, PipelineFlowResolver, TalentPipelineResolver } from './talent-pipeline/talent-pipeline.resolver';
import { TrainingBaseMutations } from './training-base/training-base.mutations';
import { TrainingBaseResolver } from './training-base/training-base.resolver';
import { TalentDestinationResolver, UniversityOutcomesResolver, UniversityResolver } from './university/university.resolver';

let schema: GraphQLSchema | undefined;

/** The GraphQL schema, built once from the resolvers and entity classes. */
export function graphqlSchema(): GraphQLSchema {
  if (schema) return schema;
  schema = buildSchemaSync({
    resolvers: [
      NodeResolver,
      RegionResolver,
      ServiceDomainResolver,
      ParkResolver,
      ParkMutations,
      ParkClusterFieldResolver,
      StatisticsReleaseResolver,
      ParkClusterResolver,
      ClusterGroupResolver,
      ClusterFeederResolver,
      EnterpriseResolver,
      EnterpriseMutations,
      DesignationResolver,
      DesignationMutations,
      UniversityResolver,
      UniversityOutcomesResolver,
      TalentDestinationResolver,
      TrainingBaseResolver,
      TrainingBaseMutations,
      PartnershipResolver,
      PartnershipMutations,
      CohortResolver,
      CohortMutations,
      PlacementResolver,
      PlacementMutations,
      ContractRecordResolver,
      ContractRecordMutations,
      ContractStatsResolver,
      PolicyResolver,
      PolicyTargetResolver,
      PolicyMeasureResolver,
      PlatformResolver,
      ReportingStatusResolver,
      EnterpriseFilingResolver,
      ParkFilingResolver,
      IncentiveResolver,
      TalentPipelineResolver,
      SearchResolver,
      SubmissionMutations,
      SubmissionResolver,
      SubmissionProvenanceResolver,
      AuditResolver,
      ImportBatchResolver,
      ProvenanceResolver,
      PipelineFlowResolver,
      PipelineAnomalyResolver,
      ChangesResolver,
      ChangesSubscription,
    ],
    orphanedTypes: [],
    // Subscriptions read the change feed from PostgreSQL (changes.subscription.ts); type-graphql wants a pub/sub all the same, for topics, which none uses.
    pubSub: {
      publish: () => {
        throw new Error('no topics: subscriptions read the change feed');
      },
      subscribe: () => {
        throw new Error('no topics: subscriptions read the change feed');
      },
    },
    // One date-time scalar: graphql-scalars' DateTime (RFC 3339, UTC), for `Date` fields too (type-graphql's default is DateTimeISO).
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // Inputs are checked by the resolvers and the database, not class-validator.
    validate: false,
    authChecker,
    authMode: 'error',
    emitSchemaFile: false,
  });
  // type-graphql has no option for the root types' descriptions.
  schema.getQueryType()!.description = 'Reads. Public facts need no key; per-enterprise figures, non-public fields and reports say who may read them.';
  schema.getMutationType()!.description = 'Writes, each in one transaction (nothing is half-written). Each says who may call it; updates and deletions of a record carry its `expectedVersion` (optimistic concurrency).';
  schema.getSubscriptionType()!.description = 'Live results over WebSocket at /graphql (the graphql-ws protocol, `graphql-transport-ws`), with an API key in `connectionParams.authorization`. Over HTTP a subscription is refused (400).';
  resolvePlainFieldsDirectly(schema);
  boundDateYears(schema.getType('LocalDate') as GraphQLScalarType);
  // type-graphql wraps `resolveType` in an async function; compiled execution (core/executor.ts) needs the type name at once.
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = (value) => (value as object).constructor.name;
  return schema;
}

/** The SDL committed as schema/schema.graphql, sorted so diffs stay small. */
export function printedSchema(): string {
  return printSchema(lexicographicSortSchema(graphqlSchema())) + '\n';
}
