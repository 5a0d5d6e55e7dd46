import type { EntityManager } from '@mikro-orm/postgresql';
import { Provenance, SourceKind } from '../src/core/provenance';
import { ExchangeRate } from '../src/exchange-rate/exchange-rate.entity';

/**
 * Public reference data the reports need beside the documents: the yearly
 * average exchange rate of the yuan to the US dollar, as the National Bureau
 * of Statistics' annual statistical communiqués state it ("全年人民币平均汇率为
 * 1美元兑…元人民币"). Years not yet published are absent; the synthetic
 * generator adds a placeholder for them, marked synthetic.
 */
export const RATE_SOURCE = '国家统计局《国民经济和社会发展统计公报》全年人民币平均汇率 (NBS annual statistical communiqué)';

export const usdCnyAnnualAverage: Record<number, number> = {
  2015: 6.2284,
  2016: 6.6423,
  2017: 6.7518,
  2018: 6.6174,
  2019: 6.8985,
  2020: 6.8976,
  2021: 6.4515,
  2022: 6.7261,
  2023: 7.0467,
  2024: 7.1217,
};

export async function loadReferenceData(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const [year, rate] of Object.entries(usdCnyAnnualAverage)) {
      const existing = await tx.findOne(ExchangeRate, { currency: 'USD', year: Number(year) });
      const data = {
        cnyPerUnit: rate,
        provenance: Provenance.of(SourceKind.REFERENCE_DATA, RATE_SOURCE, `${year}`),
      };
      if (existing) tx.assign(existing, data);
      else tx.create(ExchangeRate, { currency: 'USD', year: Number(year), ...data } as never);
    }
    await tx.flush();
  });
}
