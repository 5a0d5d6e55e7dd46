import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateDesignationDocument, FeaturedEnterprisesDocument, PlatformsDocument, PolicyDocumentsDocument, StandingPeersDocument, type PolicyDocumentsQuery } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

// Issue 11, items 6–10: what the platform says a document says is in the document. Quotes are
// checked against the source texts (seeds/sources/, copies of ../shared/sources/); summaries and
// readings are kept apart from them.

let server: TestServer;
let policies: PolicyDocumentsQuery['policies']['nodes'];
beforeAll(async () => {
  server = await startTestServer();
  policies = (await server.data(PolicyDocumentsDocument)).policies.nodes;
});
afterAll(() => server?.close());

/** A source text without its whitespace: the files break lines, and pages, inside sentences. */
const source = (file: string) => fs.readFileSync(path.join(__dirname, '../seeds', file), 'utf8').replace(/\s/g, '');
const squeezed = (text: string) => text.replace(/\s/g, '');
const zhengzhou = () => policies.find((p) => p.code === '郑政〔2017〕29号')!;
const shaanxi = () => policies.find((p) => p.titleZh === '陕西省人民政府关于促进服务外包产业加快发展的实施意见')!;

describe('the documents, whole and right', () => {
  it('quotes every measure, target and incentive in words that are in its source text', () => {
    const documents = policies.filter((p) => p.measures.length > 0);
    expect(documents).toHaveLength(2);
    let quotes = 0;
    for (const policy of documents) {
      const text = source(policy!.provenance.document!);
      const quoted = [
        ...policy!.measures.flatMap((m) => [m.headingZh, m.quoteZh, m.scheduleZh, ...m.responsibleBodies.flatMap((b) => [b.nameZh, b.dutyZh]), ...m.fundingSources.map((f) => f.nameZh)]),
        ...policy!.targets.map((t) => t.descriptionZh),
        ...policy!.incentives.flatMap((i) => [i.textZh, i.commitmentZh]),
      ].filter((q): q is string => q != null);
      for (const quote of quoted) expect(text, `${policy!.titleZh}: ${quote}`).toContain(squeezed(quote));
      quotes += quoted.length;
    }
    expect(quotes).toBeGreaterThan(100);
  });

  it('names the parks and the catalog as the text does, except where a typo was corrected and says so', async () => {
    const text = source('sources/000_3fea1e028223117a.txt');
    const parks = await server.sql<{ name_zh: string }>(`select name_zh from park where provenance_source = 'POLICY_DOCUMENT'`);
    expect(parks).toHaveLength(7);
    for (const { name_zh } of parks) expect(text).toContain(name_zh);
    const domains = await server.sql<{ name_zh: string; business_types: Array<{ nameZh: string }>; provenance_note: string }>(
      'select name_zh, business_types, provenance_note from service_domain order by number');
    for (const d of domains) {
      const names = [d.name_zh, ...d.business_types.map((b) => b.nameZh)];
      const missing = names.filter((n) => !text.includes(n));
      if (missing.length) expect(d.provenance_note, missing.join()).toMatch(/Source typo corrected: .* it is (软件即服务|信息系统运营和维护服务)/);
    }
  });

  it('splits “陕南、陕北各1个” into two targets that quote it whole, not words the text never uses', () => {
    const split = shaanxi().targets.filter((t) => t.code.endsWith('-south') || t.code.endsWith('-north'));
    expect(split.map((t) => t.descriptionZh)).toEqual(['陕南、陕北各1个', '陕南、陕北各1个']);
    expect(split.map((t) => t.provenance.note)).toEqual([expect.stringContaining('split into one target for each'), expect.stringContaining('split into one target for each')]);
  });

  it('gives Shaanxi its own incentive words, a commitment to widen their scope, and calls none of them the document’s own offer', () => {
    const incentives = shaanxi().incentives;
    const staff = incentives.find((i) => i.code === 'SN5251/staff-education-8')!;
    expect(staff.textZh).toBe('职工教育经费不超过工资薪金总额8%部分税前扣除');
    expect(staff.nameEn).not.toMatch(/carried forward/);
    expect(staff.commitment).toBe('WIDEN_SCOPE');
    expect(staff.commitmentZh).toMatch(/^从区域和领域上扩大对/);
    expect(incentives.find((i) => i.code === 'SN5251/vat-zero-rate')!.commitment).toBe('APPLY');
    expect(incentives.every((i) => i.basis.length === 0)).toBe(true);
    const zz = zhengzhou().incentives;
    expect(zz.every((i) => i.commitment === 'APPLY')).toBe(true);
    expect(zz[0].basis.map((b) => b.code)).toEqual(['国发〔2014〕67号', '商服贸函〔2016〕208']);
  });

  it('loads every numbered section of both documents as a structured measure, with bodies, schedules, funds and cited documents', () => {
    const numbered = (p: typeof policies[number]) => p.measures.filter((m) => /^（[一二三四五六七八九十]+）$/.test(m.section)).map((m) => m.section);
    expect(numbered(zhengzhou())).toHaveLength(17);
    expect(numbered(shaanxi())).toHaveLength(15);
    for (const m of [...zhengzhou().measures, ...shaanxi().measures]) expect(m.summaryEn.length).toBeGreaterThan(10);

    const lead = zhengzhou().measures.find((m) => m.section === '（十六）')!;
    expect(lead.instrument).toBe('ORGANISATION');
    expect(lead.responsibleBodies.map((b) => b.nameZh)).toEqual(['市服务外包工作领导小组', '领导小组办公室（设在市商务局）', '各县（市、区）、开发区']);
    expect(lead.scheduleZh).toBe('年度工作目标');
    const closing = shaanxi().measures.find((m) => m.section === '结语')!;
    expect(closing.responsibleBodies[0].nameZh).toBe('省商务厅');
    expect(closing.scheduleEn).toMatch(/every half year/);
    expect(zhengzhou().measures.find((m) => m.section === '（十二）')!.fundingSources.map((f) => f.nameZh)).toEqual(['中央、省外经贸和市对外开放等专项资金']);
    expect(zhengzhou().measures.find((m) => m.section === '（十三）')!).toMatchObject({ instrument: 'TAX', cites: [{ code: '国发〔2014〕67号' }, { code: '商服贸函〔2016〕208' }] });

    expect(zhengzhou().cites.map((c) => c.code ?? c.titleZh).sort()).toEqual(
      ['国发〔2014〕67号', '豫政〔2016〕39号', '商服贸函〔2016〕208', '商务部、财政部、海关总署2016年第29号公告', '服务外包产业重点发展领域指导目录'].sort());
    const guofa = policies.find((p) => p.code === '国发〔2014〕67号')!;
    expect(guofa.citedBy).toHaveLength(2);
    expect(guofa.measures).toEqual([]);
    expect(guofa.provenance.note).toMatch(/Known from the citation only/);
  });

  it('keeps every reading in provenance.note: parks, targets, incentives and macro-regions', async () => {
    for (const p of [zhengzhou(), shaanxi()]) {
      for (const t of p.targets) expect(t.provenance.note, t.code).toBeTruthy();
      for (const i of p.incentives) expect(i.provenance.note, i.code).toBeTruthy();
    }
    const unread = await server.sql(`select name_zh from park where provenance_source = 'POLICY_DOCUMENT' and coalesce(provenance_note, '') = ''
      union all select name_zh from region where kind in ('MACRO_REGION', 'NATIONAL_REGION') and coalesce(provenance_note, '') = ''`);
    expect(unread).toEqual([]);
    const growth = shaanxi().targets.find((t) => t.code === 'SN5251/growth')!;
    expect(growth.provenance.note).toMatch(/executed .* USD/);
    expect(growth.provenance.note).toMatch(/written before 十三五 began/);
    expect(zhengzhou().targets[0].provenance.note).toMatch(/“十三五”期间 .* 2020-12-31/);
    const [longzihu] = await server.sql<{ status: string }>(`select status from park where name_zh = '郑东新区龙子湖大数据产业基地'`);
    expect(longzihu.status).toBe('UNDER_CONSTRUCTION');
    const south = await server.sql<{ provenance_note: string }>(`select provenance_note from region where code in ('610700', '610900', '610600', '610800')`);
    for (const r of south) expect(r.provenance_note).toMatch(/general geography/);
  });

  it('counts only Shaanxi’s featured enterprises toward its 50, not a 专精特新 SME', async () => {
    const featured = async () => (await server.data(FeaturedEnterprisesDocument, { asOf: '2026-06-30' })).policies.nodes
      .flatMap((p) => p.targets).find((t) => t.code === 'SN5251/featured-enterprises')!.current;
    const before = await featured();
    const [{ id }] = await server.sql<{ id: number }>(`select e.id from enterprise e join region r on r.id = e.region_id where r.path like (select path from region where code = '610000') || '%' order by e.id limit 1`);
    const holderId = Buffer.from(`Enterprise:${id}`).toString('base64url');
    const sme = await server.query(CreateDesignationDocument, { input: { kind: 'SPECIALISED_SME', holderId, authority: '陕西省工业和信息化厅', validFrom: '2026-01-01' } }, server.keys.admin);
    expect(sme.errors).toBeUndefined();
    expect(await featured()).toBe(before);
    await server.query(CreateDesignationDocument, { input: { kind: 'FEATURED_ENTERPRISE', holderId, authority: '陕西省商务厅', validFrom: '2026-01-01' } }, server.keys.admin);
    expect(await featured()).toBe(before! + 1);
  });

  it('keeps the zones and programmes the texts build on as records, named as the texts name them', async () => {
    const { platforms } = await server.data(PlatformsDocument, {});
    expect(platforms.map((p) => p.kind).sort()).toEqual(['CROSS_BORDER_ECOMMERCE_ZONE', 'CULTURAL_BONDED_PARK', 'DEMONSTRATION_CITY', 'DEMONSTRATION_CITY', 'FREE_TRADE_ZONE', 'INNOVATION_DEMONSTRATION_ZONE']);
    for (const p of platforms) {
      const file = p.provenance.document === '郑政〔2017〕29号' ? 'sources/000_3fea1e028223117a.txt' : 'sources/004_0844ca12ba9231d7.txt';
      expect(source(file), p.nameZh).toContain(p.nameZh);
      expect(p.provenance.note, p.nameZh).toBeTruthy();
    }
    const inZhengzhou = await server.data(PlatformsDocument, { regionCode: '410100' });
    expect(inZhengzhou.platforms.map((p) => p.nameZh).sort()).toEqual(['中国服务外包示范城市', '中国（郑州）跨境电子商务综合试验区', '国家自主创新示范区'].sort());
    const bonded = await server.data(PlatformsDocument, { kind: 'CULTURAL_BONDED_PARK' });
    expect(bonded.platforms).toMatchObject([{ status: 'UNDER_CONSTRUCTION', region: { code: '610000' } }]);
  });

  it('gives “leading central-western China” a peer set of its own, marked as a reading', async () => {
    const { policy } = await server.data(StandingPeersDocument, {});
    const standing = policy!.targets.find((t) => t.code === 'ZZ2017-29/international-execution')!;
    expect(standing.peerRegion).toMatchObject({ code: 'CN-CENTRAL-WESTERN', nameZh: '中西部地区' });
    expect(standing.peerRegion!.members.map((m) => m.code)).toHaveLength(18);
    expect(standing.peerRegion!.members.map((m) => m.code)).toEqual(expect.arrayContaining(['410000', '610000', '500000']));
    expect(standing.progress.status).toBe('NOT_MEASURED');
    expect(standing.progress.computation).toMatch(/peer set \(peerRegion: 中西部地区/);
    const [peers] = await server.sql<{ provenance_note: string }>(`select provenance_note from region where code = 'CN-CENTRAL-WESTERN'`);
    expect(peers.provenance_note).toMatch(/national convention, not the document/);
  });
});
