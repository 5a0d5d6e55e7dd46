import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PolicyByKeyDocument, PolicyKeysDocument, PublicFiguresBesidePipelineDocument, RegionAndParksDocument, ServiceDomainLookupDocument,
} from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('looking things up by code or key', () => {
  it('answers null with NOT_FOUND naming the argument for a code that matches nothing, and keeps the rest of the response', async () => {
    const result = await server.query(RegionAndParksDocument, { code: '999999' }, null);
    expect(result.data!.region).toBeNull();
    expect(result.data!.parks.nodes).toHaveLength(2);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['region'], extensions: { code: 'NOT_FOUND', argumentName: 'code' } });
    const domain = await server.query(ServiceDomainLookupDocument, { number: 99 }, null);
    expect(domain.data!.serviceDomain).toBeNull();
    expect(domain.data!.parks.nodes).toHaveLength(1);
    expect(domain.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'number' });
    expect((await server.query(RegionAndParksDocument, { code: '410100' }, null)).data!.region).toMatchObject({ code: '410100', nameZh: '郑州市' });
  });

  it('answers HTTP 200 when the response carries data beside a NOT_FOUND', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ region(code: "nowhere") { code } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { region: null }, errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('reaches every policy by a stable key, the Shaanxi document without a 文号 too', async () => {
    const { policies } = await server.data(PolicyKeysDocument, {});
    const keys = policies.nodes.map((p) => p.key);
    expect(keys.every((key) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(key))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    const shaanxi = policies.nodes.find((p) => p.titleZh.startsWith('陕西省人民政府'))!;
    expect(shaanxi.code).toBeNull();
    const byKey = await server.query(PolicyByKeyDocument, { key: shaanxi.key }, null);
    expect(byKey.errors).toBeUndefined();
    expect(byKey.data!.policy).toMatchObject({ key: 'shaanxi-service-outsourcing-2015', code: null });
    expect(byKey.data!.policy!.targets.length).toBeGreaterThan(0);
    // By its 文号 as before, and the same record by key.
    const byCode = await server.query(PolicyByKeyDocument, { code: '郑政〔2017〕29号' }, null);
    expect(byCode.data!.policy!.key).toBe('zhengzhou-2017-29');
  });

  it('asks for exactly one of key and code, and names the key that matched nothing', async () => {
    const both = await server.query(PolicyByKeyDocument, { key: 'zhengzhou-2017-29', code: '郑政〔2017〕29号' }, null);
    expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const neither = await server.query(PolicyByKeyDocument, {}, null);
    expect(neither.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'key' });
    const missing = await server.query(PolicyByKeyDocument, { key: 'no-such-policy' }, null);
    expect(missing.data!.policy).toBeNull();
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'key' });
  });

  it('keeps the public figures when the talent pipeline is refused to a caller without a key', async () => {
    const anonymous = await server.query(PublicFiguresBesidePipelineDocument, {}, null);
    expect(anonymous.data!.parks.nodes).toHaveLength(2);
    expect(anonymous.data!.talentPipeline).toBeNull();
    expect(anonymous.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([[['talentPipeline'], 'UNAUTHENTICATED']]);
    const researcher = await server.query(PublicFiguresBesidePipelineDocument, {}, server.keys.researcher);
    expect(researcher.errors).toBeUndefined();
    expect(researcher.data!.talentPipeline!.stages.enrolled).toBeGreaterThan(0);
  });
});
