import type { EntityManager } from '@mikro-orm/postgresql';
import { Provenance, SourceKind } from '../src/core/provenance';
import { Park } from '../src/park/park.entity';
import { Incentive } from '../src/policy/incentive.entity';
import { PolicyTarget } from '../src/policy/policy-target.entity';
import { Policy } from '../src/policy/policy.entity';
import { Region } from '../src/region/region.entity';
import { ServiceDomain } from '../src/service-domain/service-domain.entity';
import * as facts from './real-facts';

/**
 * Loads the real facts of both documents. Idempotent: every record is found
 * by its natural key and updated, or created, so it can run on every start.
 */
export async function loadRealFacts(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    const regionByCode = new Map<string, Region>();
    for (const fact of facts.regions) {
      const parent = fact.parent ? regionByCode.get(fact.parent)! : null;
      const note = fact.divisionCode ? `Division code from ${facts.DIVISION_CODE_SOURCE}.` : null;
      const region = await upsert(tx, Region, { code: fact.code }, {
        divisionCode: fact.divisionCode ?? null,
        nameZh: fact.nameZh,
        nameEn: fact.nameEn,
        kind: fact.kind,
        parent,
        path: `${parent?.path ?? '/'}${fact.code}/`,
        note: fact.note ?? null,
        provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, fact.document, fact.locator, note),
      });
      regionByCode.set(fact.code, region);
    }

    const domainByNumber = new Map<number, ServiceDomain>();
    for (const fact of facts.domains) {
      const scope = facts.supportScopeOf(fact.number);
      const note = [fact.note, facts.SUPPORT_SCOPE_NOTE].filter(Boolean).join(' ');
      domainByNumber.set(fact.number, await upsert(tx, ServiceDomain, { number: fact.number }, {
        nameZh: fact.nameZh,
        nameEn: fact.nameEn,
        category: fact.category,
        businessTypes: fact.businessTypes.map(([nameZh, nameEn]) => ({ nameZh, nameEn })),
        supportScope: scope.scope,
        supportScopeZh: scope.zh,
        provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, facts.ZHENGZHOU_DOC, `附件 row ${fact.number}`, note),
      }));
    }

    for (const fact of facts.parks) {
      const park = await upsert(tx, Park, { nameZh: fact.nameZh }, {
        nameEn: fact.nameEn,
        kind: fact.kind,
        level: fact.level ?? null,
        region: regionByCode.get(fact.region)!,
        focusCategory: fact.focusCategory,
        status: fact.status,
        note: fact.note,
        provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, facts.ZHENGZHOU_DOC, '（五）'),
      });
      await park.focusDomains.init();
      park.focusDomains.set(fact.focusDomains.map((n) => domainByNumber.get(n)!));
    }

    for (const fact of facts.policies) {
      const document = fact.code ?? fact.titleZh;
      const policy = await upsert(tx, Policy, fact.code ? { code: fact.code } : { titleZh: fact.titleZh }, {
        code: fact.code,
        titleZh: fact.titleZh,
        titleEn: fact.titleEn,
        issuerZh: fact.issuerZh,
        issuerEn: fact.issuerEn,
        region: regionByCode.get(fact.region)!,
        signedOn: fact.signedOn,
        publishedOn: fact.publishedOn,
        measures: fact.measures,
        provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, fact.file, null, fact.note),
      });
      for (const [position, t] of fact.targets.entries()) {
        await upsert(tx, PolicyTarget, { code: t.code }, {
          policy,
          descriptionZh: t.descriptionZh,
          descriptionEn: t.descriptionEn,
          metric: t.metric,
          designationKind: t.designationKind ?? null,
          scopeRegion: t.scopeRegion ? regionByCode.get(t.scopeRegion)! : null,
          minimum: t.minimum ?? null,
          maximum: t.maximum ?? null,
          unit: t.unit,
          baseYear: t.baseYear ?? null,
          deadline: t.deadline ?? null,
          deadlineNote: t.deadlineNote ?? null,
          position,
          provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, document, t.locator),
        });
      }
      for (const i of fact.incentives) {
        await upsert(tx, Incentive, { code: i.code }, {
          policy,
          kind: i.kind,
          nameZh: i.nameZh,
          nameEn: i.nameEn,
          rate: i.rate ?? null,
          eligibleDesignation: i.eligibleDesignation ?? null,
          textZh: i.textZh,
          provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, document, i.locator),
        });
      }
    }
  });
}

/** Finds the record by its natural key and updates it, or creates it. */
async function upsert<T extends object>(em: EntityManager, entity: new () => T, key: Record<string, unknown>, data: Record<string, unknown>): Promise<T> {
  const existing = await em.findOne(entity, key as never);
  const record = existing ?? em.create(entity, { ...key, ...data } as never);
  if (existing) em.assign(existing, data as never);
  await em.flush();
  return record as T;
}
