import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnterprisePageDocument, NodeDocument, NodesDocument, ParkPageDocument } from './generated/operations';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

/** The response is one BAD_USER_INPUT error naming `argument`, with no internals in it. */
function expectBadInput(result: GraphQLResponse<unknown>, argument: string | RegExp) {
  expect(result.errors, JSON.stringify(result)).toHaveLength(1);
  const [error] = result.errors!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.message).toMatch(argument);
  expectNoInternals(result);
}

function expectNoInternals(result: GraphQLResponse<unknown>) {
  const text = JSON.stringify(result.errors);
  expect(text).not.toMatch(/stacktrace|\bat .+\.(ts|js):\d+|select |from "|node_modules|\/work\//i);
}

describe('bad input gets a clear error naming the argument', () => {
  it('rejects a malformed global ID', async () => {
    for (const id of ['not-an-id!', 'UGFyazo', Buffer.from('Park:abc').toString('base64url'), Buffer.from('Park:-1').toString('base64url'), '']) {
      expectBadInput(await server.query(NodeDocument, { id }), /"id"/);
    }
  });

  it('rejects an ID of an unknown type, and names the position in a list', async () => {
    expectBadInput(await server.query(NodeDocument, { id: Buffer.from('Secret:1').toString('base64url') }), /"id".*not the ID of a known type/);
    const good = Buffer.from('Park:1').toString('base64url');
    expectBadInput(await server.query(NodesDocument, { ids: [good, 'nope!'] }), /"ids\[1\]"/);
  });

  it('rejects an ID of the wrong type in a filter', async () => {
    const regionId = Buffer.from('Region:1').toString('base64url');
    expectBadInput(await server.query(EnterprisePageDocument, { filter: { parkId: regionId } }), /"filter\.parkId".*expected an ID of a Park/);
  });

  it('rejects page sizes over 100 or below 0, and first with last', async () => {
    expectBadInput(await server.query(EnterprisePageDocument, { first: 101 }), /"first".*between 0 and 100/);
    expectBadInput(await server.query(EnterprisePageDocument, { first: -1 }), /"first"/);
    expectBadInput(await server.query(EnterprisePageDocument, { last: 1000 }), /"last"/);
    expectBadInput(await server.query(EnterprisePageDocument, { first: 2, last: 2 }), /"last".*cannot be combined/);
  });

  it('rejects malformed cursors, and cursors made for another order', async () => {
    expectBadInput(await server.query(EnterprisePageDocument, { after: 'garbage' }), /"after".*not a valid cursor/);
    expectBadInput(await server.query(EnterprisePageDocument, { before: Buffer.from('[1,2]').toString('base64url') }), /"before"/);
    const { enterprises } = await server.data(EnterprisePageDocument, { first: 1 });
    const cursor = enterprises.pageInfo.endCursor!;
    expectBadInput(await server.query(EnterprisePageDocument, { after: cursor, orderBy: { field: 'HEADCOUNT', direction: 'ASC' } }), /"after".*made for order NAME_ZH/);
  });

  it('rejects forged cursors whose value does not fit the order, with 400 not 500', async () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(['HEADCOUNT', value, 5])).toString('base64url');
    const result = await server.query(EnterprisePageDocument, { after: forged('twelve'), orderBy: { field: 'HEADCOUNT', direction: 'ASC' } });
    expect(result.status).toBe(400);
    expectBadInput(result, /"after"/);
  });

  it('rejects an unknown region code', async () => {
    expectBadInput(await server.query(ParkPageDocument, { filter: { regionCode: '999999' } }), /"filter\.regionCode".*no region has code "999999"/);
  });

  it('rejects unknown enum values in variables as BAD_USER_INPUT', async () => {
    const result = await server.query(ParkPageDocument, { filter: { kind: 'SPACEPORT' as never } });
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('SPACEPORT');
    expectNoInternals(result);
  });

  it('treats SQL-shaped text as plain data', async () => {
    expectBadInput(await server.query(ParkPageDocument, { filter: { regionCode: "410100' or '1'='1" } }), /"filter\.regionCode"/);
    const [{ count }] = await server.sql<{ count: string }>('select count(*) from park');
    expect(Number(count)).toBeGreaterThan(0);
  });

  it('answers a missing record in a lookup with NOT_FOUND, not an internal error', async () => {
    const result = await server.query('{ region(code: "nowhere") { code } }');
    expect(result.errors![0].extensions?.code).toBe('NOT_FOUND');
  });
});
