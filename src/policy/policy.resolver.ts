import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Float, Info, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../core/context';
import { badInput, notFound } from '../core/errors';
import { readRecords } from '../core/hydrate';
import { ConnectionArgs, connectionTypes, fetchPage, type ListSource, type Page } from '../core/pagination';
import { sql, type Sql } from '../core/sql';
import { Designation } from '../designation/designation.entity';
import { activeOn, DesignationConnection, designationSource } from '../designation/designation.types';
import { Region } from '../region/region.entity';
import { inRegion, regionByCode } from '../region/region.types';
import { Incentive } from './incentive.entity';
import { PolicyMeasure } from './policy-measure.entity';
import { PolicyTarget } from './policy-target.entity';
import { Policy } from './policy.entity';
import { TargetProgress, targetProgress } from './target-progress';

export const policySource: ListSource<Policy> = { entity: Policy, table: 'policy', orderColumns: { CREATED: 't.id' } };
const targetSource: ListSource<PolicyTarget> = { entity: PolicyTarget, table: 'policy_target', orderColumns: { POSITION: 't.position' } };
const incentiveSource: ListSource<Incentive> = { entity: Incentive, table: 'incentive', orderColumns: { CODE: 't.code' } };
const measureSource: ListSource<PolicyMeasure> = { entity: PolicyMeasure, table: 'policy_measure', orderColumns: { POSITION: 't.position' } };
/** The documents a policy cites, once each however many sections cite them. */
const citedOnce = sql`join (select distinct policy_id, cited_id from policy_citation) c on c.cited_id = t.id`;
const PolicyConnection = connectionTypes(Policy, 'Policy');

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => PolicyConnection, { description: 'Policy documents (政策文件).' })
  async policies(
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('regionCode', () => String, { nullable: true, description: 'Issued for this region (its code) or one below it.' }) regionCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Policy>> {
    const where: Sql[] = regionCode ? [inRegion('t.region_id', await regionByCode(ctx, regionCode, 'regionCode'))] : [];
    return fetchPage(ctx.em, policySource, { where, args: page, info });
  }

  @Query(() => Policy, {
    nullable: true,
    description: 'A policy by its stable key (e.g. zhengzhou-2017-29) or by its document code (文号, e.g. 郑政〔2017〕29号): give exactly one. '
      + 'Null, with a NOT_FOUND error naming the argument, when none matches.',
  })
  async policy(
    @Arg('key', () => String, { nullable: true, description: 'The platform’s stable key (`Policy.key`); every policy has one.' }) key: string | null,
    @Arg('code', () => String, { nullable: true, description: 'The document code (文号); documents without one are reached by `key`.' }) code: string | null,
    @Ctx() ctx: Context,
  ): Promise<Policy> {
    if ((key == null) === (code == null)) throw badInput(key == null ? 'key' : 'code', 'Give exactly one of key and code.');
    const [policy] = await readRecords(ctx.em, Policy, key != null ? sql`t.key = ${key}` : sql`t.code = ${code}`);
    if (!policy) throw key != null ? notFound('key', `No policy has key "${key}".`) : notFound('code', `No policy has code "${code}".`);
    return policy;
  }

  @FieldResolver(() => Region, { description: 'The region the policy is issued for.' })
  region(@Root() policy: Policy, @Ctx() ctx: Context): Promise<Region | null> {
    return ctx.loaders.byId(Region).load(policy.region.id);
  }

  @FieldResolver(() => [PolicyTarget], { description: 'Its development targets (发展目标), in document order.' })
  targets(@Root() policy: Policy, @Ctx() ctx: Context): Promise<PolicyTarget[]> {
    return ctx.loaders.all('Policy.targets', targetSource, { parentColumn: 't.policy_id' }, 't.position').load(policy.id);
  }

  @FieldResolver(() => [Incentive], {
    description: 'The national incentives (扶持政策) the document undertakes to apply or to widen (see `commitment`): national tax policy, not the document’s own offer.',
  })
  incentives(@Root() policy: Policy, @Ctx() ctx: Context): Promise<Incentive[]> {
    return ctx.loaders.all('Policy.incentives', incentiveSource, { parentColumn: 't.policy_id' }, 't.code').load(policy.id);
  }

  @FieldResolver(() => [PolicyMeasure], { description: 'Its measures (措施), section by section in document order; empty for a document known only from a citation.' })
  measures(@Root() policy: Policy, @Ctx() ctx: Context): Promise<PolicyMeasure[]> {
    return ctx.loaders.all('Policy.measures', measureSource, { parentColumn: 't.policy_id' }, 't.position').load(policy.id);
  }

  @FieldResolver(() => [Policy], { description: 'The documents it cites (引用), each once; see `PolicyMeasure.cites` for where.' })
  cites(@Root() policy: Policy, @Ctx() ctx: Context): Promise<Policy[]> {
    return ctx.loaders.all('Policy.cites', policySource, { join: citedOnce, parentColumn: 'c.policy_id' }, 't.id').load(policy.id);
  }

  @FieldResolver(() => [Policy], { description: 'The documents that cite it.' })
  citedBy(@Root() policy: Policy, @Ctx() ctx: Context): Promise<Policy[]> {
    const citing = sql`join (select distinct policy_id, cited_id from policy_citation) c on c.policy_id = t.id`;
    return ctx.loaders.all('Policy.citedBy', policySource, { join: citing, parentColumn: 'c.cited_id' }, 't.id').load(policy.id);
  }
}

@Resolver(() => PolicyMeasure)
export class PolicyMeasureResolver {
  @FieldResolver(() => Policy, { description: 'The document the section belongs to.' })
  policy(@Root() measure: PolicyMeasure, @Ctx() ctx: Context): Promise<Policy | null> {
    return ctx.loaders.byId(Policy).load(measure.policy.id);
  }

  @FieldResolver(() => [Policy], { description: 'The documents this section cites, e.g. 国发〔2014〕67号 in Zhengzhou’s （十三）.' })
  cites(@Root() measure: PolicyMeasure, @Ctx() ctx: Context): Promise<Policy[]> {
    const join = sql`join policy_citation c on c.cited_id = t.id join policy_measure m on m.policy_id = c.policy_id and m.section = c.section`;
    return ctx.loaders.all('PolicyMeasure.cites', policySource, { join, parentColumn: 'm.id' }, 't.id').load(measure.id);
  }
}

const PUBLISHED_ON =
  'Read the figures as published on this date: contract records as they stood at the end of that day (China time), designations recorded by then. Default: as revised (the latest).';
const EXCLUDE_SYNTHETIC = 'Leave out records made by the synthetic generator.';

@Resolver(() => PolicyTarget)
export class PolicyTargetResolver {
  @FieldResolver(() => Policy, { description: 'The policy that sets the target.' })
  policy(@Root() target: PolicyTarget, @Ctx() ctx: Context): Promise<Policy | null> {
    return ctx.loaders.byId(Policy).load(target.policy.id);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region the target is scoped to, e.g. 关中 for "3 bases in Guanzhong".' })
  scopeRegion(@Root() target: PolicyTarget, @Ctx() ctx: Context): Promise<Region | null> | null {
    return target.scopeRegion ? ctx.loaders.byId(Region).load(target.scopeRegion.id) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'For a standing, the peer set it is measured against: 中西部地区 (CN-CENTRAL-WESTERN) for Zhengzhou’s “leading central-western China”; its members are a reading.' })
  peerRegion(@Root() target: PolicyTarget, @Ctx() ctx: Context): Promise<Region | null> | null {
    return target.peerRegion ? ctx.loaders.byId(Region).load(target.peerRegion.id) : null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'The live value of the metric on `asOf` (today unless given), even past the deadline, where `progress` judges the value on the deadline; null when not measured.' })
  async current(
    @Root() target: PolicyTarget,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The date to compute the value on (default: today).' }) asOf: string | null,
    @Arg('publishedOn', () => LocalDateResolver, { nullable: true, description: PUBLISHED_ON }) publishedOn: string | null,
    @Arg('excludeSynthetic', () => Boolean, { nullable: true, defaultValue: false, description: EXCLUDE_SYNTHETIC }) excludeSynthetic: boolean,
    @Ctx() ctx: Context,
  ): Promise<number | null> {
    const progress = await targetProgress(ctx, target, asOf ?? today(), { publishedOn, excludeSynthetic });
    return progress.valueOnAsOf !== undefined ? progress.valueOnAsOf : progress.current;
  }

  @FieldResolver(() => TargetProgress, { description: 'Live progress, computed from the data, never typed in.' })
  progress(
    @Root() target: PolicyTarget,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'Answer as things stood on this date (default: today).' }) asOf: string | null,
    @Arg('publishedOn', () => LocalDateResolver, { nullable: true, description: PUBLISHED_ON }) publishedOn: string | null,
    @Arg('excludeSynthetic', () => Boolean, { nullable: true, defaultValue: false, description: EXCLUDE_SYNTHETIC }) excludeSynthetic: boolean,
    @Ctx() ctx: Context,
  ): Promise<TargetProgress> {
    return targetProgress(ctx, target, asOf ?? today(), { publishedOn, excludeSynthetic });
  }
}

@Resolver(() => Incentive)
export class IncentiveResolver {
  @FieldResolver(() => DesignationConnection, {
    description:
      'Who qualifies and from when to when: the designations that make enterprises of the policy’s region eligible ' +
      '(holder = the enterprise, validFrom–validUntil = the period). Empty when eligibility does not follow from a designation; see eligibilityBasis.',
  })
  eligibility(
    @Root() incentive: Incentive,
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'Only those eligible on this date.' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Designation>> {
    const link = {
      join: sql`join enterprise e on e.id = t.enterprise_id join region er on er.id = e.region_id
        join incentive i on i.eligible_designation = t.kind join policy po on po.id = i.policy_id
        join region pr on pr.id = po.region_id and er.path like pr.path || '%'`,
      parentColumn: 'i.id',
    };
    const where = asOf ? [activeOn('t', asOf)] : [];
    return ctx.loaders.pages('Incentive.eligibility', designationSource, link, { args: page, info, where }).load(incentive.id);
  }

  @FieldResolver({ description: 'How eligibility is decided.' })
  eligibilityBasis(@Root() incentive: Incentive): string {
    return incentive.eligibleDesignation
      ? `Enterprises registered in the policy’s region holding a ${incentive.eligibleDesignation} designation, for as long as it is valid.`
      : 'Follows from the business, not a designation: international (offshore) service-outsourcing contracts qualify; see contractStats with direction OFFSHORE.';
  }

  @FieldResolver(() => Policy, { description: 'The local policy that undertakes to apply or widen the incentive.' })
  policy(@Root() incentive: Incentive, @Ctx() ctx: Context): Promise<Policy | null> {
    return ctx.loaders.byId(Policy).load(incentive.policy.id);
  }

  @FieldResolver(() => [Policy], {
    description: 'The national documents the section granting it cites as its basis (Zhengzhou （十三）: 国发〔2014〕67号, 商服贸函〔2016〕208); empty where the text cites none (Shaanxi （九）).',
  })
  basis(@Root() incentive: Incentive, @Ctx() ctx: Context): Promise<Policy[]> {
    const join = sql`join policy_citation c on c.cited_id = t.id join incentive i on i.policy_id = c.policy_id and i.provenance_locator = c.section`;
    return ctx.loaders.all('Incentive.basis', policySource, { join, parentColumn: 'i.id' }, 't.id').load(incentive.id);
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
