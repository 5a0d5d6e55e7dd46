import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnterprisePageDocument, ParkLocationsDocument, ParkPageDocument, PartnershipPageDocument, type PartnershipPageQuery, type EnterpriseOrder, type EnterprisePageQueryVariables } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

/** Walks a list page by page, forwards or backwards, and returns the ids in list order. */
async function walk(direction: 'forward' | 'backward', pageSize: number, orderBy?: EnterpriseOrder) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const vars: Record<string, unknown> = direction === 'forward' ? { first: pageSize, after: cursor, orderBy } : { last: pageSize, before: cursor, orderBy };
    const { enterprises } = await server.data(EnterprisePageDocument, vars as EnterprisePageQueryVariables);
    expect(enterprises.edges.length).toBeLessThanOrEqual(pageSize);
    const pageIds = enterprises.edges.map((e) => e.node.id);
    if (direction === 'forward') {
      ids.push(...pageIds);
      if (!enterprises.pageInfo.hasNextPage) return ids;
      cursor = enterprises.pageInfo.endCursor!;
    } else {
      ids.unshift(...pageIds);
      if (!enterprises.pageInfo.hasPreviousPage) return ids;
      cursor = enterprises.pageInfo.startCursor!;
    }
  }
  throw new Error('pagination did not end');
}

describe('cursor pagination', () => {
  it('walks every enterprise forwards with no gap and no repeat', async () => {
    const [{ count }] = await server.sql<{ count: string }>('select count(*) from enterprise');
    const ids = await walk('forward', 7);
    expect(ids.length).toBe(Number(count));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('walks backwards to the same list in the same order', async () => {
    expect(await walk('backward', 6)).toEqual(await walk('forward', 9));
  });

  it('orders by headcount descending, ties broken stably, in both directions', async () => {
    const orderBy: EnterpriseOrder = { field: 'HEADCOUNT', direction: 'DESC' };
    const forward = await walk('forward', 5, orderBy);
    expect(await walk('backward', 8, orderBy)).toEqual(forward);
    const rows = await server.sql<{ headcount: number }>('select coalesce(headcount, 0) as headcount from enterprise order by 1 desc');
    const { enterprises } = await server.data(EnterprisePageDocument, { first: 100, orderBy });
    expect(enterprises.edges.map((e) => e.node.headcount ?? 0)).toEqual(rows.slice(0, 100).map((r) => r.headcount));
  });

  it('reports the total count independent of the page, and the page info of the first and last pages', async () => {
    const first = await server.data(EnterprisePageDocument, { first: 3 });
    expect(first.enterprises.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const last = await server.data(EnterprisePageDocument, { last: 3 });
    expect(last.enterprises.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(first.enterprises.totalCount).toBe(last.enterprises.totalCount);
  });

  it('defaults to 20 per page and accepts an empty page', async () => {
    const { enterprises } = await server.data(EnterprisePageDocument, {});
    expect(enterprises.edges).toHaveLength(20);
    const empty = await server.data(EnterprisePageDocument, { first: 0 });
    expect(empty.enterprises.edges).toHaveLength(0);
    expect(empty.enterprises.pageInfo.hasNextPage).toBe(true);
  });

  it('filters and counts what the filter matches', async () => {
    const { parks } = await server.data(ParkPageDocument, { first: 100, filter: { regionCode: '410105' } });
    expect(parks.nodes.map((p) => p.nameZh)).toEqual(expect.arrayContaining(['清华启迪科技园', '北大国际创业孵化中心', '中国创意谷']));
    const [{ count }] = await server.sql<{ count: string }>(
      "select count(*) from park p join region r on r.id = p.region_id where r.code = '410105'",
    );
    expect(parks.totalCount).toBe(Number(count));
    const kpo = await server.data(ParkPageDocument, { first: 100, filter: { category: 'KPO', regionCode: '410000' } });
    expect(kpo.parks.nodes.map((p) => p.nameZh)).toContain('郑东新区龙子湖大数据产业基地');
  });

  it('orders by creation, newest first, and gives a location only where a source has one', async () => {
    const { parks } = await server.data(ParkLocationsDocument, {});
    for (const park of parks.nodes) {
      if (park.provenance.source === 'SYNTHETIC') {
        expect(park.location?.latitude).toBeGreaterThan(30);
        expect(park.website).toMatch(/^https:\/\/synthetic\.example\//);
      } else {
        expect(park.location).toBeNull();
        expect(park.website).toBeNull();
      }
    }
    expect(parks.nodes.at(-1)!.nameZh).toBe('863软件孵化器');
  });

  it('pages through dates: partnerships by start date, newest first, match the database order', async () => {
    const seen: Array<{ id: string; startedOn: string }> = [];
    let after: string | null = null;
    do {
      const page: PartnershipPageQuery = await server.data(PartnershipPageDocument, { first: 7, after, orderBy: { field: 'STARTED_ON', direction: 'DESC' } });
      const { partnerships } = page;
      seen.push(...partnerships.nodes);
      after = partnerships.pageInfo.hasNextPage ? partnerships.pageInfo.endCursor! : null;
    } while (after);
    const rows = await server.sql<{ started_on: string }>("select to_char(started_on, 'YYYY-MM-DD') as started_on from partnership order by started_on desc, id desc");
    expect(seen.map((p) => p.startedOn)).toEqual(rows.map((r) => r.started_on));
    expect(new Set(seen.map((p) => p.id)).size).toBe(rows.length);
  });
});
