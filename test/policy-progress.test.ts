import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyProgressDocument, TargetProgressAsPublishedDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

/**
 * The same count, written independently: holders of the designation in force
 * on the date whose region descends (by parent links, not paths) from the scope.
 */
async function expectedCount(kind: string, scopeCode: string, asOf: string): Promise<number> {
  const [{ count }] = await server.sql<{ count: string }>(
    `with recursive scope(id) as (
       select id from region where code = $2
       union all select r.id from region r join scope s on r.parent_id = s.id or r.macro_region_id = s.id)
     select count(distinct (d.park_id, d.enterprise_id, d.training_base_id)) from designation d
       left join park p on p.id = d.park_id
       left join enterprise e on e.id = d.enterprise_id
       left join training_base b on b.id = d.training_base_id
     where d.kind = $1 and d.valid_from <= $3::date and (d.valid_until is null or d.valid_until >= $3::date)
       and coalesce(p.region_id, e.region_id, b.region_id) in (select id from scope)`,
    [kind, scopeCode, asOf],
  );
  return Number(count);
}

describe('policies and the live progress of their targets', () => {
  it('has both documents, with code, dates and provenance as the texts give them, and the five they cite', async () => {
    const { policies } = await server.data(PolicyProgressDocument, {});
    expect(policies.totalCount).toBe(7);
    expect(policies.nodes.filter((p) => p.provenance.note?.startsWith('Known from the citation only'))).toHaveLength(5);
    const zz = policies.nodes.find((p) => p.code === '郑政〔2017〕29号')!;
    expect(zz).toMatchObject({ signedOn: '2017-08-17', region: { code: '410100' }, provenance: { source: 'POLICY_DOCUMENT' } });
    const sn = policies.nodes.find((p) => p.region.code === '610000')!;
    expect(sn.code).toBeNull();
    expect(sn.provenance.note).toContain('no title, document-code or date');
    expect(zz.incentives.map((i) => i.rate)).toEqual(expect.arrayContaining([0.15, 0.08]));
  });

  it('lists every target of both documents, in document order', async () => {
    const { policies } = await server.data(PolicyProgressDocument, {});
    const codes = policies.nodes.flatMap((p) => p.targets.map((t) => t.code));
    expect(codes).toEqual(expect.arrayContaining([
      'ZZ2017-29/demonstration-parks', 'ZZ2017-29/industry-leading-enterprises', 'ZZ2017-29/city-key-enterprises',
      'ZZ2017-29/international-execution', 'SN5251/provincial-bases', 'SN5251/provincial-bases-guanzhong',
      'SN5251/provincial-bases-south', 'SN5251/provincial-bases-north', 'SN5251/leading-enterprises',
      'SN5251/featured-enterprises', 'SN5251/key-training-institutions', 'SN5251/growth', 'SN5251/international-growth',
    ]));
    expect(codes).toHaveLength(13);
    const parks = policies.nodes.flatMap((p) => p.targets).find((t) => t.code === 'ZZ2017-29/demonstration-parks')!;
    expect(parks).toMatchObject({ minimum: 10, maximum: 15, unit: 'parks', deadline: '2022-08-17' });
    expect(parks.deadlineNote).toContain('3–5 years');
  });

  for (const asOf of ['2019-12-31', '2023-06-30', '2026-01-01']) {
    it(`computes every count target from the data as of ${asOf}`, async () => {
      const { policies } = await server.data(PolicyProgressDocument, { asOf });
      const countTargets = policies.nodes.flatMap((p) => p.targets).filter((t) => t.metric === 'DESIGNATION_COUNT');
      expect(countTargets).toHaveLength(10);
      for (const t of countTargets) {
        // Past the deadline a target is judged on the deadline; reached only later, it is MET_LATE; never, MISSED.
        const past = asOf > t.deadline!;
        const expected = await expectedCount(t.designationKind!, t.scopeRegion!.code, past ? t.deadline! : asOf);
        const later = await expectedCount(t.designationKind!, t.scopeRegion!.code, asOf);
        expect(t.current, t.code).toBe(later); // the live value on asOf; progress judges the deadline
        expect(t.progress).toMatchObject({ current: expected, ratio: expected / t.minimum!, asOf });
        const judged = expected < t.minimum! ? 'IN_PROGRESS' : t.maximum != null && expected > t.maximum ? 'EXCEEDED' : 'MET';
        const status = !past || judged !== 'IN_PROGRESS' ? judged : later >= t.minimum! ? 'MET_LATE' : 'MISSED';
        expect(t.progress.status, t.code).toBe(status);
        if (past) expect(t.progress.onTrack, t.code).toBe(status === 'MET' || status === 'EXCEEDED');
      }
    });
  }

  it('counts nothing before the first designation was granted, and is not yet on track or behind before the document set the target', async () => {
    const { policies } = await server.data(PolicyProgressDocument, { asOf: '2010-01-01' });
    for (const t of policies.nodes.flatMap((p) => p.targets).filter((t) => t.metric === 'DESIGNATION_COUNT')) {
      expect(t.current).toBe(0);
      expect(t.progress.onTrack, t.code).toBeNull();
    }
  });

  it('says NOT_MEASURED, not zero, when no designation of the kind is recorded at all', async () => {
    // Every designation of the test data is synthetic: without them, there are no records to count.
    const [{ real }] = await server.sql<{ real: number }>(`select count(*)::int as real from designation where provenance_source <> 'SYNTHETIC'`);
    expect(real).toBe(0);
    const { policies } = await server.data(TargetProgressAsPublishedDocument, { excludeSynthetic: true });
    const counts = policies.nodes.flatMap((p) => p.targets).filter((t) => t.metric === 'DESIGNATION_COUNT');
    expect(counts).toHaveLength(10);
    for (const t of counts) expect(t.progress, t.code).toMatchObject({ current: null, status: 'NOT_MEASURED' });
    expect(counts[0].progress.computation).toContain('not a count of zero');
  });

  it('judges a target reached only after its deadline MET_LATE, and one never reached MISSED', async () => {
    // 陕南 needs 1 provincial base by 2020-12-31: make its holders there hold none until 2023, and one more from 2022.
    const inSouth = `coalesce(p.region_id, e.region_id, b.region_id) in (select id from region where path like (select path from region where code = 'SN-SOUTH') || '%')`;
    await server.sql(`update designation set valid_from = '2023-01-01' where id in (select d.id from designation d
      left join park p on p.id = d.park_id left join enterprise e on e.id = d.enterprise_id left join training_base b on b.id = d.training_base_id
      where d.kind = 'PROVINCIAL_DEVELOPMENT_BASE' and ${inSouth})`);
    const [{ id: enterprise }] = await server.sql<{ id: number }>(
      `select e.id from enterprise e join region r on r.id = e.region_id where r.path like (select path from region where code = 'SN-SOUTH') || '%' order by e.id limit 1`);
    await server.sql(`insert into designation (kind, enterprise_id, authority, valid_from, provenance_source, version, created_at, updated_at)
      values ('PROVINCIAL_DEVELOPMENT_BASE', $1, '陕西省商务厅', '2022-03-01', 'SYNTHETIC', 1, now(), now())`, [enterprise]);
    const south = async (asOf: string) => (await server.data(PolicyProgressDocument, { asOf })).policies.nodes.flatMap((p) => p.targets)
      .find((t) => t.code === 'SN5251/provincial-bases-south')!.progress;
    expect(await south('2026-01-01')).toMatchObject({ current: 0, status: 'MET_LATE', onTrack: false });
    expect((await south('2026-01-01')).figures.map((f) => f.value)).toEqual([0, expect.any(Number)]);
    // Before 2022 nothing was reached: past the deadline, MISSED.
    expect(await south('2021-12-31')).toMatchObject({ current: 0, status: 'MISSED', onTrack: false });
    // Before the deadline: in progress.
    expect(await south('2020-06-30')).toMatchObject({ status: 'IN_PROGRESS' });
  });

  it('splits the five Shaanxi bases by macro-region: the parts add up to the whole', async () => {
    const { policies } = await server.data(PolicyProgressDocument, {});
    const targets = policies.nodes.flatMap((p) => p.targets);
    const get = (code: string) => targets.find((t) => t.code === code)!.current!;
    expect(get('SN5251/provincial-bases-guanzhong') + get('SN5251/provincial-bases-south') + get('SN5251/provincial-bases-north'))
      .toBe(get('SN5251/provincial-bases'));
  });

  it('computes the Shaanxi growth targets as compound annual growth of executed value in USD', async () => {
    const { policies } = await server.data(PolicyProgressDocument, {});
    const targets = policies.nodes.flatMap((p) => p.targets);
    for (const [code, direction] of [['SN5251/growth', null], ['SN5251/international-growth', 'OFFSHORE']] as const) {
      const t = targets.find((x) => x.code === code)!;
      // Independently: yearly sums converted with each year's rate, 2015 (base year) to 2020 (deadline).
      const years = await server.sql<{ year: number; usd: number }>(
        `select c.year, sum(c.executed_amount * (case when c.currency = 'CNY' then 1 else fx.cny_per_unit end) / usd.cny_per_unit)::float8 as usd
           from contract_record c join enterprise e on e.id = c.enterprise_id join region r on r.id = e.region_id
           left join exchange_rate fx on fx.currency = c.currency and fx.year = c.year
           join exchange_rate usd on usd.currency = 'USD' and usd.year = c.year
          where r.path like (select path from region where code = '610000') || '%' and c.year between 2015 and 2020 and ($1::text is null or c.direction = $1)
          group by c.year order by c.year`,
        [direction],
      );
      const first = years[0];
      const last = years.at(-1)!;
      const cagr = ((last.usd / first.usd) ** (1 / (last.year - first.year)) - 1) * 100;
      expect(t.current, code).toBeCloseTo(cagr, 6);
      expect(t.progress.figures.map((f) => Number(f.label))).toEqual(years.map((y) => y.year));
      // Today is past the deadline (2020-12-31): a rate below the target has missed it.
      expect(t.progress.status).toBe(cagr >= t.minimum! ? 'MET' : 'MISSED');
      expect(t.progress.onTrack).toBe(cagr >= t.minimum!);
      expect(t.progress.computation).toContain(`${first.year}–${last.year}`);
      expect(t.progress.computation).toContain('base year 2015 has no data');
    }
  });

  it('shows Zhengzhou’s international execution figures, and says the standing itself is not measurable here', async () => {
    const { policies } = await server.data(PolicyProgressDocument, { asOf: '2022-12-31' });
    const t = policies.nodes.flatMap((p) => p.targets).find((x) => x.code === 'ZZ2017-29/international-execution')!;
    expect(t.current).toBeNull();
    expect(t.progress.status).toBe('NOT_MEASURED');
    expect(t.progress.computation).toContain('central-western');
    const yearly = t.progress.figures.filter((f) => f.unit === 'USD');
    expect(yearly.map((f) => f.label)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022']);
    const [{ usd }] = await server.sql<{ usd: number }>(
      `select sum(c.executed_amount * (case when c.currency = 'CNY' then 1 else fx.cny_per_unit end) / usd.cny_per_unit)::float8 as usd
         from contract_record c join enterprise e on e.id = c.enterprise_id join region r on r.id = e.region_id
         left join exchange_rate fx on fx.currency = c.currency and fx.year = c.year
         join exchange_rate usd on usd.currency = 'USD' and usd.year = c.year
        where r.path like (select path from region where code = '410100') || '%' and c.year = 2022 and c.direction = 'OFFSHORE'`,
    );
    expect(yearly.at(-1)!.value).toBeCloseTo(usd, 4);
  });

  it('judges count targets on track by the time elapsed since the target was set (base year or signing, the later) to their deadline', async () => {
    const { policies } = await server.data(PolicyProgressDocument, { asOf: '2018-06-30' });
    for (const p of policies.nodes) {
      for (const t of p.targets.filter((x) => x.metric === 'DESIGNATION_COUNT')) {
        const start = Math.max(Date.parse(`${t.baseYear}-01-01`), p.signedOn ? Date.parse(p.signedOn) : -Infinity);
        const elapsed = (Date.parse('2018-06-30') - start) / (Date.parse(t.deadline!) - start);
        expect(t.progress.onTrack, t.code).toBe(t.current! >= t.minimum! || t.current! / t.minimum! >= elapsed);
      }
    }
    // On the day Zhengzhou's document was signed, its targets had just been set: no time has elapsed, nothing is behind.
    const signed = await server.data(PolicyProgressDocument, { asOf: '2017-08-17' });
    for (const t of signed.policies.nodes.find((p) => p.signedOn === '2017-08-17')!.targets.filter((x) => x.metric === 'DESIGNATION_COUNT')) {
      expect(t.progress.onTrack, t.code).toBe(true);
    }
  });

  it('shows callers without a researcher key the released cells of the target’s region, each year withheld where its cell is', async () => {
    const pub = await server.query(PolicyProgressDocument, { asOf: '2022-12-31' }, null);
    const target = pub.data!.policies.nodes.flatMap((p) => p.targets).find((x) => x.code === 'ZZ2017-29/international-execution')!;
    const cells = await server.sql<{ year: number; status: string; usd: number | null }>(
      `select r.year, c.status, c.executed_cny / r.usd_rate as usd from published_cell c join statistics_release r on r.id = c.release_id
        join region g on g.id = c.region_id
        where c.table_code = 'REGION×DIRECTION' and c.variant = 'ALL' and g.code = '410100' and c.direction = 'OFFSHORE' and r.year between 2017 and 2022`,
    );
    const figures = target.progress.figures.filter((f) => f.unit === 'USD');
    expect(figures.map((f) => Number(f.label))).toEqual(cells.map((c) => c.year).sort());
    for (const figure of figures) {
      const cell = cells.find((c) => String(c.year) === figure.label)!;
      if (cell.status === 'PUBLISHED') expect(figure.value!).toBeCloseTo(cell.usd!, 4);
      else expect(figure.value).toBeNull();
    }
    expect(cells.length).toBeGreaterThan(3);
  });
});
