import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeFor } from '../seeds/synthetic';
import {
  AuditLogDocument, AuditLogOfRecordDocument, SearchDocument, CreateContractRecordDocument, CreateEnterpriseDocument, DeleteContractRecordDocument, DeleteEnterpriseDocument,
  UpdateContractRecordDocument, UpdateEnterpriseDocument,
} from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const OWN_PARK = gid('Park', 1);
const OTHER_PARK = gid('Park', 2);
let serial = 900_000;
const newEnterprise = (parkId = OWN_PARK) => ({
  nameZh: `测试直报企业${serial}`, creditCode: creditCodeFor('410172', serial++), ownership: 'PRIVATE' as const,
  regionCode: '410172', parkIds: [parkId], domainNumbers: [17, 18], headcount: 120, clientMutationId: 'm1',
});
const count = async () => Number((await server.sql<{ n: string }>('select count(*) as n from enterprise'))[0].n);

describe('editing enterprises', () => {
  it('lets a park administrator register an enterprise in their park, recorded in the audit log', async () => {
    const result = await server.query(CreateEnterpriseDocument, { input: newEnterprise() }, server.keys.parkAdmin);
    expect(result.errors).toBeUndefined();
    const { enterprise, clientMutationId } = result.data!.createEnterprise;
    expect(clientMutationId).toBe('m1');
    expect(enterprise).toMatchObject({ version: 1, headcount: 120, region: { code: '410172' }, parks: [{ id: OWN_PARK }], domains: [{ number: 17 }, { number: 18 }], provenance: { source: 'SUBMISSION' } });
    const log = await server.query(AuditLogDocument, { recordId: idOf(enterprise!.id) }, server.keys.admin);
    expect(log.data!.auditLog.nodes).toHaveLength(1);
    expect(log.data!.auditLog.nodes[0]).toMatchObject({ action: 'CREATE', role: 'PARK_ADMIN', before: null, after: expect.objectContaining({ creditCode: enterprise!.creditCode }) });
    // Its name is searchable at once.
    const found = await server.data(SearchDocument, { text: enterprise!.nameZh, types: ['ENTERPRISE'] });
    expect(found.search.map((r) => r.node.__typename === 'Enterprise' && r.node.id)).toContain(enterprise!.id);
  });

  it('refuses writes outside the park administrator’s park, and to other roles', async () => {
    const before = await count();
    const other = await server.query(CreateEnterpriseDocument, { input: newEnterprise(OTHER_PARK) }, server.keys.parkAdmin);
    expect(other.errors![0].extensions?.code).toBe('FORBIDDEN');
    for (const key of [server.keys.researcher, server.keys.university]) {
      expect((await server.query(CreateEnterpriseDocument, { input: newEnterprise() }, key)).errors![0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await server.query(CreateEnterpriseDocument, { input: newEnterprise() }, null)).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(before);
    // An admin may register anywhere.
    expect((await server.query(CreateEnterpriseDocument, { input: newEnterprise(OTHER_PARK) }, server.keys.admin)).errors).toBeUndefined();
  });

  it('checks the credit code’s check character, required fields and references, writing nothing on error', async () => {
    const before = await count();
    const bad = { ...newEnterprise(), creditCode: '91410172000000000A' };
    const result = await server.query(CreateEnterpriseDocument, { input: bad }, server.keys.admin);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.creditCode' });
    const noName = await server.query(CreateEnterpriseDocument, { input: { ...newEnterprise(), nameZh: '  ' } }, server.keys.admin);
    expect(noName.errors![0].extensions).toMatchObject({ argumentName: 'input.nameZh' });
    const region = await server.query(CreateEnterpriseDocument, { input: { ...newEnterprise(), regionCode: 'nowhere' } }, server.keys.admin);
    expect(region.errors![0].extensions).toMatchObject({ argumentName: 'input.regionCode' });
    const domain = await server.query(CreateEnterpriseDocument, { input: { ...newEnterprise(), domainNumbers: [17, 99] } }, server.keys.admin);
    expect(domain.errors![0].extensions).toMatchObject({ argumentName: 'input.domainNumbers[1]' });
    const first = newEnterprise();
    expect((await server.query(CreateEnterpriseDocument, { input: first }, server.keys.admin)).errors).toBeUndefined();
    const duplicate = await server.query(CreateEnterpriseDocument, { input: { ...newEnterprise(), creditCode: first.creditCode } }, server.keys.admin);
    expect(duplicate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await count()).toBe(before + 1);
  });

  it('refuses to overwrite a change made since the editor read the record', async () => {
    const created = await server.query(CreateEnterpriseDocument, { input: newEnterprise() }, server.keys.parkAdmin);
    const id = created.data!.createEnterprise.enterprise!.id;
    const first = await server.query(UpdateEnterpriseDocument, { input: { id, expectedVersion: 1, headcount: 150 } }, server.keys.parkAdmin);
    expect(first.data!.updateEnterprise.enterprise).toMatchObject({ headcount: 150, version: 2 });
    const stale = await server.query(UpdateEnterpriseDocument, { input: { id, expectedVersion: 1, headcount: 999 } }, server.keys.admin);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.expectedVersion' });
    const [{ headcount }] = await server.sql<{ headcount: number }>('select headcount from enterprise where id = $1', [idOf(id)]);
    expect(headcount).toBe(150);
    const log = await server.query(AuditLogDocument, { recordId: idOf(id) }, server.keys.admin);
    const update = log.data!.auditLog.nodes.find((n) => n.action === 'UPDATE')!;
    expect(update.before).toMatchObject({ headcount: 120, version: 1 });
    expect(update.after).toMatchObject({ headcount: 150 });
  });

  it('keeps a park administrator’s enterprise in their park, its other parks untouched, and answers null names with 400', async () => {
    const created = await server.query(CreateEnterpriseDocument, { input: newEnterprise() }, server.keys.parkAdmin);
    const id = created.data!.createEnterprise.enterprise!.id;
    const orphan = await server.query(UpdateEnterpriseDocument, { input: { id, expectedVersion: 1, parkIds: [] } }, server.keys.parkAdmin);
    expect(orphan.errors![0].extensions?.code).toBe('FORBIDDEN');
    const steal = await server.query(UpdateEnterpriseDocument, { input: { id, expectedVersion: 1, parkIds: [OWN_PARK, OTHER_PARK] } }, server.keys.parkAdmin);
    expect(steal.errors![0].extensions?.code).toBe('FORBIDDEN');
    const nullName = await server.query(UpdateEnterpriseDocument, { input: { id, expectedVersion: 1, nameZh: null as never } }, server.keys.parkAdmin);
    expect(nullName.status).toBe(400);
    expect(nullName.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.nameZh' });
  });

  it('names the key that entered a record to admins only', async () => {
    const created = await server.query(CreateEnterpriseDocument, { input: newEnterprise() }, server.keys.parkAdmin);
    const query = `{ node(id: "${created.data!.createEnterprise.enterprise!.id}") { ... on Enterprise { provenance { source document } } } }`;
    const seen = async (key: string | null) => ((await server.query(query, undefined, key)).data as { node: { provenance: { document: string } } }).node.provenance.document;
    expect(await seen(server.keys.admin)).toMatch(/^api key \d+$/);
    expect(await seen(server.keys.researcher)).toBe('api key');
    expect(await seen(null)).toBe('api key');
  });

  it('deletes at the expected version, and not another park’s enterprise', async () => {
    const created = await server.query(CreateEnterpriseDocument, { input: newEnterprise() }, server.keys.parkAdmin);
    const id = created.data!.createEnterprise.enterprise!.id;
    const [{ other }] = await server.sql<{ other: number }>('select min(enterprise_id) as other from enterprise_park where park_id <> 1 and enterprise_id not in (select enterprise_id from enterprise_park where park_id = 1)');
    const foreign = await server.query(DeleteEnterpriseDocument, { input: { id: gid('Enterprise', other), expectedVersion: 1 } }, server.keys.parkAdmin);
    expect(foreign.errors![0].extensions?.code).toBe('FORBIDDEN');
    // One that is also another park's goes only by an admin's hand: its contract records go with it.
    const shared = await server.query(CreateEnterpriseDocument, { input: newEnterprise() }, server.keys.admin);
    const sharedId = shared.data!.createEnterprise.enterprise!.id;
    await server.sql('insert into enterprise_park (enterprise_id, park_id) values ($1, 2)', [idOf(sharedId)]);
    const [{ version }] = await server.sql<{ version: number }>('select version from enterprise where id = $1', [idOf(sharedId)]);
    const sharedDelete = await server.query(DeleteEnterpriseDocument, { input: { id: sharedId, expectedVersion: version } }, server.keys.parkAdmin);
    expect(sharedDelete.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(sharedDelete.errors![0].message).toContain('other parks');
    expect(await server.sql('select 1 from enterprise where id = $1', [idOf(sharedId)])).toHaveLength(1);
    const deleted = await server.query(DeleteEnterpriseDocument, { input: { id, expectedVersion: 1 } }, server.keys.parkAdmin);
    expect(deleted.data!.deleteEnterprise.deletedId).toBe(id);
    expect(await server.sql('select 1 from enterprise where id = $1', [idOf(id)])).toHaveLength(0);
    const log = await server.query(AuditLogDocument, { recordId: idOf(id) }, server.keys.admin);
    expect(log.data!.auditLog.nodes[0]).toMatchObject({ action: 'DELETE', after: null, before: expect.objectContaining({ id: idOf(id) }) });
    // By the record's global ID, which outlives the record: its whole history, newest first, each entry a node of its own.
    const history = await server.query(AuditLogOfRecordDocument, { record: id }, server.keys.admin);
    expect(history.data!.auditLog!.nodes.map((n) => [n.action, n.recordGlobalId])).toEqual([['DELETE', id], ['CREATE', id]]);
    expect(new Set(history.data!.auditLog!.nodes.map((n) => n.id)).size).toBe(2);
    expect(history.data!.auditLog!.nodes[0].at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  });

  it('shows the audit log to admins only, and refuses mutations over GET', async () => {
    expect((await server.query(AuditLogDocument, {}, server.keys.researcher)).errors![0].extensions?.code).toBe('FORBIDDEN');
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { deleteEnterprise(input: { id: "x", expectedVersion: 1 }) { deletedId } }')}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${server.keys.admin}` },
    });
    expect(get.status).toBe(405);
  });
});

describe('direct reporting of contract figures', () => {
  it('lets a park administrator report, correct and withdraw figures of an enterprise in their park', async () => {
    const created = await server.query(CreateEnterpriseDocument, { input: newEnterprise() }, server.keys.parkAdmin);
    const enterpriseId = created.data!.createEnterprise.enterprise!.id;
    const figures = { enterpriseId, year: 2024, quarter: 2, domainNumber: 17, direction: 'OFFSHORE' as const, clientMarket: 'JP', signedAmount: 120000, executedAmount: 90000.5, currency: 'USD' };
    const reported = await server.query(CreateContractRecordDocument, { input: figures }, server.keys.parkAdmin);
    expect(reported.errors).toBeUndefined();
    const record = reported.data!.createContractRecord.contractRecord!;
    expect(record).toMatchObject({ year: 2024, quarter: 2, clientMarket: 'JP', executedAmount: 90000.5, version: 1, enterprise: { id: enterpriseId }, domain: { number: 17 } });
    const corrected = await server.query(UpdateContractRecordDocument, { input: { id: record.id, expectedVersion: 1, executedAmount: 95000 } }, server.keys.parkAdmin);
    expect(corrected.data!.updateContractRecord.contractRecord).toMatchObject({ executedAmount: 95000, version: 2 });
    const twice = await server.query(CreateContractRecordDocument, { input: figures }, server.keys.parkAdmin);
    expect(twice.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const withdrawn = await server.query(DeleteContractRecordDocument, { input: { id: record.id, expectedVersion: 2 } }, server.keys.parkAdmin);
    expect(withdrawn.data!.deleteContractRecord.deletedId).toBe(record.id);
  });

  it('checks the figures, and keeps other parks’ enterprises out of reach', async () => {
    const created = await server.query(CreateEnterpriseDocument, { input: newEnterprise() }, server.keys.parkAdmin);
    const enterpriseId = created.data!.createEnterprise.enterprise!.id;
    const base = { enterpriseId, year: 2023, domainNumber: 18, direction: 'ONSHORE' as const, clientMarket: 'CN', signedAmount: 1, executedAmount: 1 };
    const market = await server.query(CreateContractRecordDocument, { input: { ...base, clientMarket: 'US' } }, server.keys.parkAdmin);
    expect(market.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.clientMarket' });
    const year = await server.query(CreateContractRecordDocument, { input: { ...base, year: 2999 } }, server.keys.parkAdmin);
    expect(year.errors![0].extensions).toMatchObject({ argumentName: 'input.year' });
    const negative = await server.query(CreateContractRecordDocument, { input: { ...base, executedAmount: -5 } }, server.keys.parkAdmin);
    expect(negative.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const [{ other }] = await server.sql<{ other: number }>('select min(enterprise_id) as other from enterprise_park where enterprise_id not in (select enterprise_id from enterprise_park where park_id = 1)');
    const foreign = await server.query(CreateContractRecordDocument, { input: { ...base, enterpriseId: gid('Enterprise', other) } }, server.keys.parkAdmin);
    expect(foreign.errors![0].extensions?.code).toBe('FORBIDDEN');
  });
});
