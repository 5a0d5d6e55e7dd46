import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Cohort } from '../cohort/cohort.entity';
import type { Context } from '../core/context';
import { requireAccess } from '../auth/auth-checker';
import { Role } from '../auth/viewer';
import { fromGlobalId } from '../core/ids';
import { ConnectionArgs, fetchReportPage, type Page } from '../core/pagination';
import { runSql } from '../core/sql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import { TrainingBase } from '../training-base/training-base.entity';
import { University } from '../university/university.entity';
import { anomaliesSql, flowsSql, pipelineScope, stagesSql } from './talent-pipeline.query';
import {
  PipelineAnomaly, PipelineFilter, PipelineFlow, PipelineFlowConnection, PipelineStages, TalentPipeline,
} from './talent-pipeline.types';

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

@Resolver(() => TalentPipeline)
export class TalentPipelineResolver {
  @Query(() => TalentPipeline, { nullable: true, description: 'University → partnership → training base → cohort → placement → enterprise → park, with counts per stage, conversion rates and flows. Ask from any end. Researchers see any pipeline; a university key, its own (filter.universityId). Null with a FORBIDDEN error for anyone else, so the rest of the response stands.' })
  async talentPipeline(
    @Arg('filter', () => PipelineFilter, { nullable: true, description: 'Which cohorts and placements; the whole pipeline when omitted (researchers).' }) filter: PipelineFilter | null,
    @Ctx() ctx: Context,
  ): Promise<TalentPipeline> {
    // Cohort figures: researchers see all; a university sees the pipeline of its own bases.
    const own = ctx.viewer.role === Role.UNIVERSITY && filter?.universityId != null &&
      fromGlobalId(filter.universityId, 'filter.universityId', 'University').id === ctx.viewer.universityId;
    if (!own) requireAccess(ctx.viewer, 'talentPipeline (for a university key: with filter.universityId set to its own university)', []);
    const scope = await pipelineScope(ctx, filter);
    const [stages] = await runSql<PipelineStages>(ctx.em, stagesSql(scope, filter));
    const anomalies = await runSql<PipelineAnomaly>(ctx.em, anomaliesSql(scope));
    return {
      filter,
      stages,
      conversion: {
        enrolledToCompleted: ratio(stages.completed, stages.enrolled),
        completedToCertified: ratio(stages.certified, stages.completed),
        certifiedToPlaced: ratio(stages.placed, stages.certified),
        enrolledToPlaced: ratio(stages.placed, stages.enrolled),
      },
      anomalies,
      basis:
        'Cohorts (培训批次) in scope by year, domain, training base, operating university and the base’s region; placements are theirs ' +
        '(into the enterprise or park asked about, if any — then only cohorts that placed there count). A placement’s park is its ' +
        'enterprise’s first park, so flows add up to the placed total; an enterprise in no park flows to null. Partnerships: those ' +
        'through the scope’s training bases or with its universities, active in the year range.',
    };
  }

  @FieldResolver(() => PipelineFlowConnection, { description: 'Placed counts per path, biggest first; pages of up to 1000 (forwards only).' })
  async flows(@Root() pipeline: TalentPipeline, @Args() page: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<PipelineFlow>> {
    const scope = await pipelineScope(ctx, pipeline.filter);
    return fetchReportPage(ctx.em, flowsSql(scope), page, (row) => Object.assign(new PipelineFlow(), row));
  }
}

@Resolver(() => PipelineFlow)
export class PipelineFlowResolver {
  @FieldResolver(() => University, { nullable: true, description: 'Null when the base is run by an enterprise or a training organisation.' })
  university(@Root() flow: PipelineFlow, @Ctx() ctx: Context) {
    return flow.universityId == null ? null : ctx.loaders.byId(University).load(flow.universityId);
  }

  @FieldResolver(() => TrainingBase, { description: 'The training base of the cohorts.' })
  trainingBase(@Root() flow: PipelineFlow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(TrainingBase).load(flow.trainingBaseId);
  }

  @FieldResolver(() => Enterprise, { description: 'The hiring enterprise.' })
  enterprise(@Root() flow: PipelineFlow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Enterprise).load(flow.enterpriseId);
  }

  @FieldResolver(() => Park, { nullable: true, description: 'The enterprise’s first park; null when it is in none.' })
  park(@Root() flow: PipelineFlow, @Ctx() ctx: Context) {
    return flow.parkId == null ? null : ctx.loaders.byId(Park).load(flow.parkId);
  }
}

@Resolver(() => PipelineAnomaly)
export class PipelineAnomalyResolver {
  @FieldResolver(() => Cohort, { description: 'The cohort whose figures grow.' })
  cohort(@Root() anomaly: PipelineAnomaly, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Cohort).load(anomaly.cohortId);
  }
}
