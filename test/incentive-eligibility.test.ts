import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncentiveEligibilityDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

async function expectedHolders(regionPath: string, asOf: string | null): Promise<number> {
  const [{ n }] = await server.sql<{ n: string }>(
    `select count(*) as n from designation d join enterprise e on e.id = d.enterprise_id join region r on r.id = e.region_id
      where d.kind = 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE' and r.path like $1
        and ($2::date is null or (d.valid_from <= $2::date and (d.valid_until is null or d.valid_until >= $2::date)))`,
    [`${regionPath}%`, asOf],
  );
  return Number(n);
}

describe('incentive eligibility', () => {
  for (const asOf of [null, '2019-12-31']) {
    it(`lists the technology-advanced enterprises of each policy’s region, with their dates${asOf ? `, as of ${asOf}` : ''}`, async () => {
      const { policies } = await server.data(IncentiveEligibilityDocument, { asOf });
      // The documents with incentives of their own (those they cite are known from the citation only).
      for (const policy of policies.nodes.filter((p) => p.incentives.length > 0)) {
        const [{ path }] = await server.sql<{ path: string }>('select path from region where code = $1', [policy.region.code]);
        const tax = policy.incentives.find((i) => i.kind === 'REDUCED_INCOME_TAX_RATE')!;
        expect(tax).toMatchObject({ rate: 0.15, eligibleDesignation: 'TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE' });
        expect(tax.eligibility.totalCount).toBe(await expectedHolders(path, asOf));
        for (const d of tax.eligibility.nodes) {
          expect(d.kind).toBe('TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE');
          expect(d.holder.__typename).toBe('Enterprise');
          if (asOf) {
            expect(d.validFrom <= asOf).toBe(true);
            expect(d.validUntil == null || d.validUntil >= asOf).toBe(true);
          }
        }
        const education = policy.incentives.find((i) => i.kind === 'STAFF_EDUCATION_DEDUCTION')!;
        expect(education.eligibility.totalCount).toBe(tax.eligibility.totalCount);
      }
    });
  }

  it('says how the VAT incentive is decided instead of listing designations', async () => {
    const { policies } = await server.data(IncentiveEligibilityDocument, {});
    for (const vat of policies.nodes.flatMap((p) => p.incentives).filter((i) => i.kind === 'VAT_ZERO_RATE_OR_EXEMPTION')) {
      expect(vat.eligibility.totalCount).toBe(0);
      expect(vat.eligibilityBasis).toContain('offshore');
    }
  });

  it('answers for all incentives of all policies in a constant number of statements', async () => {
    const result = await server.query(IncentiveEligibilityDocument, {});
    expect(result.extensions!.sql!.count).toBeLessThanOrEqual(8);
  });
});
