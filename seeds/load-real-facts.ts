import type { EntityManager } from '@mikro-orm/postgresql';
import { Provenance, SourceKind } from '../src/core/provenance';
import { Park } from '../src/park/park.entity';
import { Platform } from '../src/platform/platform.entity';
import { Incentive } from '../src/policy/incentive.entity';
import { PolicyCitation } from '../src/policy/policy-citation.entity';
import { PolicyMeasure } from '../src/policy/policy-measure.entity';
import { PolicyTarget } from '../src/policy/policy-target.entity';
import { Policy } from '../src/policy/policy.entity';
import { ServiceDomain } from '../src/service-domain/service-domain.entity';
import { loadRegions } from './load-regions';
import * as documents from './policy-facts';
import * as facts from './real-facts';

/**
 * Loads the real facts of both documents. Idempotent: every record is found
 * by its natural key and updated, or created, so it can run on every start.
 */
export async function loadRealFacts(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    const regionByCode = await loadRegions(tx as EntityManager);

    const domainByNumber = new Map<number, ServiceDomain>();
    for (const fact of facts.domains) {
      const scope = facts.supportScopeOf(fact.number);
      const note = [fact.note, scope.note].filter(Boolean).join(' ');
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
        provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, facts.ZHENGZHOU_DOC, '（五）', fact.reading),
      });
      await park.focusDomains.init();
      park.focusDomains.set(fact.focusDomains.map((n) => domainByNumber.get(n)!));
    }

    for (const fact of documents.platforms) {
      await upsert(tx, Platform, { nameZh: fact.nameZh }, {
        nameEn: fact.nameEn, kind: fact.kind, level: fact.level ?? null, status: fact.status, region: regionByCode.get(fact.region)!, note: fact.note,
        provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, fact.document, fact.locator, fact.reading),
      });
    }

    const policyByRef = new Map<string, Policy>();
    for (const fact of documents.policies) {
      const document = fact.code ?? fact.titleZh;
      const policy = await upsert(tx, Policy, fact.code ? { code: fact.code } : { titleZh: fact.titleZh }, {
        key: fact.key,
        code: fact.code,
        titleZh: fact.titleZh,
        titleEn: fact.titleEn,
        issuerZh: fact.issuerZh,
        issuerEn: fact.issuerEn,
        region: regionByCode.get(fact.region)!,
        signedOn: fact.signedOn,
        publishedOn: fact.publishedOn,
        provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, fact.file, null, fact.reading),
      });
      policyByRef.set(document, policy);
      for (const [position, m] of fact.measures.entries()) {
        await upsert(tx, PolicyMeasure, { policy, section: m.section }, {
          position,
          headingZh: m.headingZh,
          quoteZh: m.quoteZh ?? null,
          summaryEn: m.summaryEn,
          instrument: m.instrument,
          responsibleBodies: m.responsibleBodies ?? [],
          scheduleZh: m.scheduleZh ?? null,
          scheduleEn: m.scheduleEn ?? null,
          fundingSources: m.fundingSources ?? [],
          provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, document, m.section, m.reading),
        });
      }
      for (const [position, t] of fact.targets.entries()) {
        await upsert(tx, PolicyTarget, { code: t.code }, {
          policy,
          descriptionZh: t.descriptionZh,
          descriptionEn: t.descriptionEn,
          metric: t.metric,
          designationKind: t.designationKind ?? null,
          scopeRegion: t.scopeRegion ? regionByCode.get(t.scopeRegion)! : null,
          peerRegion: t.peerRegion ? regionByCode.get(t.peerRegion)! : null,
          minimum: t.minimum ?? null,
          maximum: t.maximum ?? null,
          unit: t.unit,
          baseYear: t.baseYear ?? null,
          deadline: t.deadline ?? null,
          deadlineNote: t.deadlineNote ?? null,
          position,
          provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, document, t.locator, t.reading),
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
          commitment: i.commitment,
          commitmentZh: i.commitmentZh,
          provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, document, i.locator, i.reading),
        });
      }
    }
    // The documents the two cite: known from the citation, their text not in the sources.
    for (const fact of documents.citedPolicies) {
      const citing = documents.policies.filter((p) => p.citations.some((c) => c.cited === (fact.code ?? fact.titleZh)));
      policyByRef.set(fact.code ?? fact.titleZh, await upsert(tx, Policy, fact.code ? { code: fact.code } : { titleZh: fact.titleZh }, {
        key: fact.key, code: fact.code, titleZh: fact.titleZh, titleEn: fact.titleEn, issuerZh: fact.issuerZh, issuerEn: fact.issuerEn,
        region: regionByCode.get(fact.region)!, signedOn: null, publishedOn: null,
        provenance: Provenance.of(SourceKind.POLICY_DOCUMENT, citing.map((p) => p.code ?? p.titleZh).join('; '), null,
          'Known from the citation only: its text is not in the sources, so its dates and content are not recorded.'),
      }));
    }

    for (const fact of documents.policies) {
      const policy = policyByRef.get(fact.code ?? fact.titleZh)!;
      await tx.nativeDelete(PolicyCitation, { policy });
      for (const c of fact.citations) tx.create(PolicyCitation, { policy, cited: policyByRef.get(c.cited)!, section: c.section });
    }
    await tx.flush();
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
