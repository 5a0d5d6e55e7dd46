import { LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Access } from '../auth/access-rules';
import { connectionTypes } from '../core/pagination';
import { ServiceCategory } from '../service-domain/service-domain.entity';

@InputType({ description: 'Which part of the talent pipeline to follow; ask from any end. All conditions must hold.' })
export class PipelineFilter {
  @Field(() => ID, { nullable: true, description: 'Cohorts of the training bases this university operates.' }) universityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Cohorts of this training base.' }) trainingBaseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only placements into this enterprise (and the cohorts that placed there).' }) enterpriseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only placements into enterprises of this park (and the cohorts that placed there).' }) parkId?: string | null;
  @Field(() => String, { nullable: true, description: 'Training bases in this region (its code) or below it.' }) regionCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'Cohorts of this year or later.' }) yearFrom?: number | null;
  @Field(() => Int, { nullable: true, description: 'Cohorts of this year or earlier.' }) yearTo?: number | null;
  @Field(() => [Int], { nullable: true, description: 'Cohorts in these domains (catalog numbers).' }) domainNumbers?: number[] | null;
  @Field(() => ServiceCategory, { nullable: true, description: 'Cohorts in domains of this category.' }) category?: ServiceCategory | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'As things stood on this date: cohorts and placements of its year or before, partnerships started by then.' }) asOf?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Leave out records made by the synthetic generator.' }) excludeSynthetic?: boolean | null;
}

@ObjectType({ description: 'How many people reached each stage of the pipeline.' })
export class PipelineStages {
  @Field(() => Int, { description: 'University–enterprise partnerships around these cohorts, active in the year range.' }) partnerships!: number;
  @Field(() => Int, { description: 'Trainees enrolled in the cohorts, in persons.' }) enrolled!: number;
  @Field(() => Int, { description: 'Trainees who completed (结业), in persons.' }) completed!: number;
  @Field(() => Int, { description: 'Trainees who gained a certificate, in persons.' }) certified!: number;
  @Field(() => Int, { description: 'Hired, per the placements (就业去向).' }) placed!: number;
}

@ObjectType({ description: 'Conversion between consecutive stages; null where the earlier stage is zero.' })
export class PipelineConversion {
  @Field(() => Float, { nullable: true, description: 'Share of the enrolled who completed (completed ÷ enrolled, 1 = all; may exceed 1).' }) enrolledToCompleted!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of those who completed who were certified (certified ÷ completed).' }) completedToCertified!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of the certified who were hired (placed ÷ certified).' }) certifiedToPlaced!: number | null;
  @Field(() => Float, { nullable: true, description: 'End to end: share of the enrolled who were hired (placed ÷ enrolled).' }) enrolledToPlaced!: number | null;
}

export enum PipelineAnomalyKind {
  COMPLETED_EXCEEDS_ENROLLED = 'COMPLETED_EXCEEDS_ENROLLED',
  CERTIFIED_EXCEEDS_COMPLETED = 'CERTIFIED_EXCEEDS_COMPLETED',
  PLACED_EXCEEDS_CERTIFIED = 'PLACED_EXCEEDS_CERTIFIED',
}
registerEnumType(PipelineAnomalyKind, {
  name: 'PipelineAnomalyKind',
  description: 'A later stage larger than the one before it.',
  valuesConfig: {
    COMPLETED_EXCEEDS_ENROLLED: { description: 'More completed than enrolled.' },
    CERTIFIED_EXCEEDS_COMPLETED: { description: 'More certified than completed.' },
    PLACED_EXCEEDS_CERTIFIED: { description: 'More hired (placements) than certified.' },
  },
});

@ObjectType({ description: 'A cohort whose figures grow along the pipeline, as real reports sometimes do (late transfers, external candidates).' })
export class PipelineAnomaly {
  cohortId!: number;
  @Field(() => PipelineAnomalyKind, { description: 'Which stage outgrew the one before it.' }) kind!: PipelineAnomalyKind;
  @Field(() => Int, { description: 'The earlier stage’s figure.' }) expectedAtMost!: number;
  @Field(() => Int, { description: 'The later stage’s figure.' }) actual!: number;
}

@ObjectType({ description: 'People placed along one path: university → training base → enterprise → park.' })
export class PipelineFlow {
  universityId!: number | null;
  trainingBaseId!: number;
  enterpriseId!: number;
  parkId!: number | null;
  @Authorized(Access.OWN_UNIVERSITY)
  @Field(() => Int, { nullable: true, description: 'Placed. Researchers and the university of the path only.' }) placed!: number;
}

export const PipelineFlowConnection = connectionTypes(PipelineFlow, 'PipelineFlow');

@ObjectType({ description: 'The talent pipeline (人才培养 → 就业) for a filter.' })
export class TalentPipeline {
  filter!: PipelineFilter | null;
  @Field(() => PipelineStages, { description: 'People at each stage, summed over the matching cohorts.' }) stages!: PipelineStages;
  @Field(() => PipelineConversion, { description: 'Conversion rates between the stages (fractions, 0.5 = 50%).' }) conversion!: PipelineConversion;
  @Field(() => [PipelineAnomaly], { description: 'Cohorts whose figures broke the expectation that stages never grow (at most 100).' }) anomalies!: PipelineAnomaly[];
  @Field({ description: 'How the figures were computed.' }) basis!: string;
}
