import { getIntrospectionQuery, parse, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CatalogDocument, ContractAmountsDocument, ContractStatsDocument, DesignationHoldersDocument, DomainNavigationDocument,
  EnterprisePageDocument, IncentiveEligibilityDocument, NestedGraphDocument, OneOfEachTypeDocument, ParkLocationsDocument,
  ParkPageDocument, PolicyProgressDocument, PublicContractStatsDocument, PublicFactsDocument, SearchDocument,
  TalentPipelineDocument, UniversityCohortsDocument, UniversityPipelineDocument,
} from './generated/operations';
import { QueryCompiler } from '../src/core/executor';
import { graphqlSchema } from '../src/schema';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';

/**
 * Operations run compiled by graphql-jit (core/executor.ts); graphql-js's
 * interpreter is the reference. Two servers on clones of the same database,
 * one of each, must answer every operation alike: data, errors (message,
 * path, code) and HTTP status, for a key and for anonymous callers.
 */
let compiled: TestServer;
let interpreted: TestServer;
beforeAll(async () => {
  [compiled, interpreted] = await Promise.all([startTestServer({ executor: 'compiled' }), startTestServer({ executor: 'graphql-js' })]);
});
afterAll(async () => {
  await Promise.all([compiled?.close(), interpreted?.close()]);
});

type Case = [name: string, document: DocumentNode | string, variables?: Record<string, unknown>];

const PARK_1 = Buffer.from('Park:1').toString('base64url');

const CASES: Case[] = [
  ['a seven-level nested graph', NestedGraphDocument, { first: 5 }],
  ['one record of each type through the Node interface', OneOfEachTypeDocument],
  ['a page of enterprises with cursors', EnterprisePageDocument, { first: 7, orderBy: { field: 'NAME', direction: 'DESC' } }],
  ['an unknown enum value in variables', ParkPageDocument, { first: 5, filter: { kind: 'SPACEPORT' } }],
  ['a forged cursor', EnterprisePageDocument, { first: 3, after: 'bm90IGEgY3Vyc29y' }],
  ['the catalog', CatalogDocument, {}],
  ['a domain and its neighbours', DomainNavigationDocument, { number: 3 }],
  ['contract statistics by year and direction', ContractStatsDocument, { groupBy: ['YEAR', 'DIRECTION'], first: 5 }],
  ['a reversed year range', ContractStatsDocument, { groupBy: ['YEAR'], filter: { yearFrom: 2020, yearTo: 2016 } }],
  ['public contract statistics', PublicContractStatsDocument],
  ['contract amounts (protected fields)', ContractAmountsDocument],
  ['public facts', PublicFactsDocument],
  ['university cohorts', UniversityCohortsDocument],
  ['incentive eligibility', IncentiveEligibilityDocument, {}],
  ['policy progress', PolicyProgressDocument, {}],
  ['park locations', ParkLocationsDocument],
  ['designation holders (a union)', DesignationHoldersDocument],
  ['search results (a union)', SearchDocument, { text: '软件', first: 10 }],
  ['the talent pipeline', TalentPipelineDocument, { first: 5 }],
  ['university pipelines', UniversityPipelineDocument],
  ['skip and include, aliases and fragments', `query ($withCount: Boolean!, $id: ID!) {
    first: parks(first: 2) { totalCount @include(if: $withCount) nodes { ...P } }
    second: parks(first: 3, orderBy: { field: CREATED, direction: DESC }) { totalCount @skip(if: $withCount) nodes { ...P __typename } }
    node(id: $id) { __typename id ... on Park { nameZh } ... on Enterprise { creditCode } }
  } fragment P on Park { id nameZh region { code nameZh } }`, { withCount: true, id: PARK_1 }],
  ['introspection', getIntrospectionQuery()],
];

function comparable(response: GraphQLResponse<unknown>) {
  return {
    status: response.status,
    data: response.data,
    // Request ids differ by design; statement counts may differ by a batch's timing (see n-plus-one.test.ts).
    errors: response.errors?.map(({ message, path, extensions }) => ({ message, path, code: extensions?.code, argument: extensions?.argument })),
  };
}

describe('compiled execution answers as graphql-js does', () => {
  it.each(CASES)('for %s', async (_name, document, variables) => {
    // Documents are compiled on their second run: the first one warms the compiled server.
    await compiled.query(document, variables as never);
    for (const who of ['researcher', null] as const) {
      const [a, b] = await Promise.all([
        compiled.query(document, variables as never, who && compiled.keys[who]),
        interpreted.query(document, variables as never, who && interpreted.keys[who]),
      ]);
      expect(comparable(a), who ?? 'anonymous').toEqual(comparable(b));
    }
  });

  it('runs the same statements for a nested graph', async () => {
    const [a, b] = await Promise.all([compiled.query(NestedGraphDocument, { first: 3 }), interpreted.query(NestedGraphDocument, { first: 3 })]);
    expect(new Set(a.extensions!.sql!.statements)).toEqual(new Set(b.extensions!.sql!.statements));
  });
});

describe('what gets compiled', () => {
  const schema = graphqlSchema();
  const documents = Array.from({ length: 6 }, (_, i) => parse(`{ parks(first: ${i + 1}) { nodes { id nameZh } } }`));

  it('compiles a document on its second run, once', () => {
    const compiler = new QueryCompiler(schema);
    expect(compiler.compiled(documents[0], undefined)).toBeNull();
    const query = compiler.compiled(documents[0], undefined);
    expect(query).not.toBeNull();
    expect(compiler.compiled(documents[0], undefined)).toBe(query);
  });

  it('stops compiling for the rest of the minute once compiling has taken its budget', () => {
    let clock = 0;
    // Every reading of the clock moves it 300 ms on: each compilation "takes" 300 ms.
    const compiler = new QueryCompiler(schema, 1_000, 60_000, () => (clock += 300));
    const compiledAfterTwoRuns = (document: DocumentNode) => {
      compiler.compiled(document, undefined);
      return compiler.compiled(document, undefined) !== null;
    };
    expect(documents.slice(0, 5).map(compiledAfterTwoRuns)).toEqual([true, true, true, true, false]);
    clock += 60_000;
    expect(compiledAfterTwoRuns(documents[5])).toBe(true);
    expect(compiledAfterTwoRuns(documents[4])).toBe(true);
  });
});
