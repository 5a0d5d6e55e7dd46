import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateDesignationDocument, DemonstrationParkTargetDocument, UpdateDesignationDocument, UpdateParkDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

async function demonstrationParks(asOf: string): Promise<number> {
  const { policy } = await server.data(DemonstrationParkTargetDocument, { asOf });
  return policy!.targets.find((t) => t.code === 'ZZ2017-29/demonstration-parks')!.current!;
}

describe('editing parks and designations', () => {
  it('lets a park’s administrator edit their park, and no other', async () => {
    const own = await server.query(UpdateParkDocument, {
      input: { id: gid('Park', 1), expectedVersion: 1, website: 'https://863.example.cn/', latitude: 34.81, longitude: 113.56, focusDomainNumbers: [17, 18, 22] },
    }, server.keys.parkAdmin);
    expect(own.errors).toBeUndefined();
    expect(own.data!.updatePark.park).toMatchObject({ version: 2, website: 'https://863.example.cn/', location: { latitude: 34.81 }, focusDomains: [{ number: 17 }, { number: 18 }, { number: 22 }] });
    const other = await server.query(UpdateParkDocument, { input: { id: gid('Park', 2), expectedVersion: 1, nameEn: 'x' } }, server.keys.parkAdmin);
    expect(other.errors![0].extensions?.code).toBe('FORBIDDEN');
    const half = await server.query(UpdateParkDocument, { input: { id: gid('Park', 1), expectedVersion: 2, latitude: 30 } }, server.keys.admin);
    expect(half.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.longitude' });
  });

  it('records designations (admins only), and the live targets count them from their dates', async () => {
    const park = gid('Park', 5); // 金水区国家知识产权创意产业试点园区, in 郑州
    const before = await demonstrationParks('2026-06-30');
    const input = { kind: 'DEMONSTRATION_PARK' as const, holderId: park, authority: '郑州市商务局', policyCode: '郑政〔2017〕29号', validFrom: '2026-01-01' };
    expect((await server.query(CreateDesignationDocument, { input }, server.keys.parkAdmin)).errors![0].extensions?.code).toBe('FORBIDDEN');
    const created = await server.query(CreateDesignationDocument, { input }, server.keys.admin);
    expect(created.data!.createDesignation.designation).toMatchObject({ kind: 'DEMONSTRATION_PARK', holder: { __typename: 'Park' }, policy: { code: '郑政〔2017〕29号' } });
    expect(await demonstrationParks('2026-06-30')).toBe(before + 1);
    expect(await demonstrationParks('2025-12-31')).toBe(await demonstrationParks('2025-12-31'));
    const id = created.data!.createDesignation.designation!.id;
    const ended = await server.query(UpdateDesignationDocument, { input: { id, expectedVersion: 1, validUntil: '2026-03-31' } }, server.keys.admin);
    expect(ended.data!.updateDesignation.designation).toMatchObject({ validUntil: '2026-03-31', version: 2 });
    expect(await demonstrationParks('2026-06-30')).toBe(before);
    expect(await demonstrationParks('2026-02-01')).toBeGreaterThanOrEqual(1);
  });

  it('refuses a holder of the wrong kind and dates in the wrong order', async () => {
    const wrongHolder = await server.query(CreateDesignationDocument, {
      input: { kind: 'DEMONSTRATION_PARK', holderId: gid('Enterprise', 1), authority: 'x', validFrom: '2020-01-01' },
    }, server.keys.admin);
    expect(wrongHolder.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.holderId' });
    const dates = await server.query(CreateDesignationDocument, {
      input: { kind: 'CITY_KEY_ENTERPRISE', holderId: gid('Enterprise', 1), authority: 'x', validFrom: '2020-01-01', validUntil: '2019-01-01' },
    }, server.keys.admin);
    expect(dates.errors![0].extensions).toMatchObject({ argumentName: 'input.validUntil' });
  });
});
