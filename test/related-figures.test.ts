import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnterprisesByPlacedDocument, ParksByFiguresDocument, type ParkOrder, type ParksByFiguresQuery } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

async function walkParks(orderBy: ParkOrder, pageSize: number): Promise<number[]> {
  const ids: number[] = [];
  let after: string | null = null;
  do {
    const page: ParksByFiguresQuery = await server.data(ParksByFiguresDocument, { first: pageSize, after, orderBy });
    ids.push(...page.parks.nodes.map((p) => idOf(p.id)));
    after = page.parks.pageInfo.hasNextPage ? page.parks.pageInfo.endCursor! : null;
  } while (after);
  return ids;
}

describe('lists filtered and ordered by related counts and sums', () => {
  it('lists enterprises with at least N placements', async () => {
    const { enterprises } = await server.data(EnterprisesByPlacedDocument, { first: 100, filter: { minPlaced: 10 } });
    const [{ n }] = await server.sql<{ n: string }>(
      'select count(*) as n from (select enterprise_id from placement group by 1 having sum(hired) >= 10) x',
    );
    expect(enterprises.totalCount).toBe(Number(n));
    for (const e of enterprises.nodes) expect(e.placements.nodes.reduce((a, p) => a + p.hired!, 0)).toBeGreaterThanOrEqual(10);
  });

  it('orders enterprises by graduates placed, most first', async () => {
    const { enterprises } = await server.data(EnterprisesByPlacedDocument, { first: 10, orderBy: { field: 'PLACED', direction: 'DESC' } });
    const expected = await server.sql<{ id: number }>(
      'select e.id from enterprise e left join placement p on p.enterprise_id = e.id group by e.id order by coalesce(sum(p.hired), 0) desc, e.id desc limit 10',
    );
    expect(enterprises.nodes.map((e) => idOf(e.id))).toEqual(expected.map((r) => r.id));
  });

  it('orders parks by offshore executed value (USD), paging through float cursors without gaps', async () => {
    const ids = await walkParks({ field: 'OFFSHORE_EXECUTED_USD', direction: 'DESC' }, 4);
    const expected = await server.sql<{ id: number }>(
      `select p.id from park p order by (select coalesce(sum(c.executed_amount * (case when c.currency = 'CNY' then 1 else fx.cny_per_unit end) / usd.cny_per_unit), 0)
          from enterprise_park ep join contract_record c on c.enterprise_id = ep.enterprise_id
          left join exchange_rate fx on fx.currency = c.currency and fx.year = c.year
          left join exchange_rate usd on usd.currency = 'USD' and usd.year = c.year
         where ep.park_id = p.id and c.direction = 'OFFSHORE') desc, p.id desc`,
    );
    expect(ids).toEqual(expected.map((r) => r.id));
    expect(await walkParks({ field: 'ENTERPRISE_COUNT', direction: 'ASC' }, 5)).toHaveLength(expected.length);
  });

  it('answers as of a date: parks designated and enterprises certified then', async () => {
    for (const asOf of ['2019-12-31', '2024-12-31']) {
      const { parks } = await server.data(ParksByFiguresDocument, { first: 100, filter: { designation: 'DEMONSTRATION_PARK', asOf } });
      const [{ n }] = await server.sql<{ n: string }>(
        `select count(distinct park_id) as n from designation where kind = 'DEMONSTRATION_PARK' and valid_from <= $1 and (valid_until is null or valid_until >= $1)`,
        [asOf],
      );
      expect(parks.totalCount, asOf).toBe(Number(n));
      const { enterprises } = await server.data(EnterprisesByPlacedDocument, { first: 1, filter: { designation: 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE', asOf } });
      const [{ m }] = await server.sql<{ m: string }>(
        `select count(distinct enterprise_id) as m from designation where kind = 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE' and valid_from <= $1 and (valid_until is null or valid_until >= $1)`,
        [asOf],
      );
      expect(enterprises.totalCount, asOf).toBe(Number(m));
    }
  });

  it('rejects asOf without a designation to check', async () => {
    const result = await server.query(ParksByFiguresDocument, { filter: { asOf: '2020-01-01' } });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.asOf' });
  });
});
