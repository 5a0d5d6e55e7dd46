import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogDocument, DomainNavigationDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

describe('the 24-domain catalog', () => {
  it('has 24 domains in catalog order: 8 KPO, 6 BPO and 10 ITO', async () => {
    const { serviceDomains } = await server.data(CatalogDocument, {});
    expect(serviceDomains.map((d) => d.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    const count = (c: string) => serviceDomains.filter((d) => d.category === c).length;
    expect([count('KPO'), count('BPO'), count('ITO')]).toEqual([8, 6, 10]);
  });

  it('filters by category', async () => {
    const { serviceDomains } = await server.data(CatalogDocument, { category: 'BPO' });
    expect(serviceDomains.map((d) => d.number)).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it('keeps Chinese names with English beside them, and the business types of each domain', async () => {
    const { serviceDomains } = await server.data(CatalogDocument, {});
    const design = serviceDomains[0];
    expect(design).toMatchObject({ nameZh: '工业设计服务', nameEn: 'Industrial design', category: 'KPO' });
    expect(design.businessTypes.map((b) => b.nameZh)).toEqual(['外观设计', '结构设计', '试验认证', '环境设计', '工业生产线设计']);
    for (const domain of serviceDomains) expect(domain.businessTypes.length).toBeGreaterThan(0);
  });

  it('corrects the two source typos and says so', async () => {
    const { serviceDomains } = await server.data(CatalogDocument, {});
    const cloud = serviceDomains.find((d) => d.number === 15)!;
    expect(cloud.businessTypes[0].nameZh).toBe('软件即服务');
    expect(cloud.provenance.note).toContain('软件既服务');
    const is = serviceDomains.find((d) => d.number === 19)!;
    expect(is.nameZh).toBe('信息系统运营和维护服务');
    expect(is.provenance.note).toContain('信部系统运营和维护服务');
  });

  it('gives rows 1–11 and 12–21 their support scope, marked as our reading, and leaves 22–24, which have no cell, unstated', async () => {
    const { serviceDomains } = await server.data(CatalogDocument, {});
    for (const d of serviceDomains) {
      expect(d.provenance).toMatchObject({ source: 'POLICY_DOCUMENT', document: '郑政〔2017〕29号', locator: `附件 row ${d.number}` });
      if (d.number <= 21) {
        expect(d.supportScope).toBe(d.number <= 11 ? 'OFFSHORE_AND_ONSHORE_OUTSIDE_HENAN' : 'ALL_OFFSHORE_AND_ONSHORE');
        expect(d.provenance.note).toContain('Reading');
      } else {
        expect(d).toMatchObject({ supportScope: null, supportScopeZh: null });
        expect(d.provenance.note).toMatch(/^Unstated: the annex’s last page \(rows 22–24\) has no 支持业务类型 cell/);
      }
    }
  });

  it('links a domain to the parks and enterprises working in it, both ways', async () => {
    const { serviceDomain } = await server.data(DomainNavigationDocument, { number: 4 });
    expect(serviceDomain!.parks.nodes.length).toBeGreaterThan(0);
    for (const park of serviceDomain!.parks.nodes) expect(park.focusDomains.map((d) => d.number)).toContain(4);
    for (const e of serviceDomain!.enterprises.nodes) expect(e.domains.map((d) => d.number)).toContain(4);
    const [{ count }] = await server.sql<{ count: string }>(
      'select count(*) from enterprise_domain j join service_domain d on d.id = j.service_domain_id where d.number = 4',
    );
    expect(serviceDomain!.enterprises.totalCount).toBe(Number(count));
  });
});
