import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../auth/access-rules';
import type { Context } from '../core/context';
import { fromGlobalId } from '../core/ids';
import { Role } from '../auth/viewer';
import { requireAdmin } from '../core/mutations';
import { Provenance } from '../core/provenance';
import { ConnectionArgs, connectionTypes, fetchPage, OrderDirection, type ListSource, type Page } from '../core/pagination';
import { sql, type Sql } from '../core/sql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { requireReporter } from './reporters';
import { SubmissionCheck, submissionChecks } from './submission-checks';
import { Submission, SubmissionStatus } from './submission.entity';

const submissionSource: ListSource<Submission> = { entity: Submission, table: 'submission', orderColumns: { CREATED: 't.id' } };
const SubmissionConnection = connectionTypes(Submission, 'Submission');

/** A contract record's provenance names the verified submission it came from. */
@Resolver(() => Provenance)
export class SubmissionProvenanceResolver {
  @FieldResolver(() => Submission, {
    nullable: true,
    description: 'The verified submission (数据直报) the record came from; its fields are for admins, the enterprise’s park and the enterprise.',
  })
  submission(@Root() provenance: Provenance, @Ctx() ctx: Context): Promise<Submission | null> | null {
    return provenance.submissionId ? ctx.loaders.byId(Submission).load(provenance.submissionId) : null;
  }
}

@Resolver(() => Submission)
export class SubmissionResolver {
  @Query(() => SubmissionConnection, { description: 'Submissions (数据直报), newest first: admins all, a park administrator those of an enterprise of its park, an enterprise its own.' })
  async submissions(
    @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo,
    @Arg('enterpriseId', () => ID, { nullable: true, description: 'That enterprise’s submissions (its global id); required except for admins and enterprise keys (which default to their own).' }) enterpriseId: string | null,
    @Arg('status', () => SubmissionStatus, { nullable: true, description: 'Only submissions in this status.' }) status: SubmissionStatus | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Submission>> {
    const where: Sql[] = [];
    // An enterprise key sees its own; a park administrator names an enterprise of its park; an admin sees all.
    const id = enterpriseId ? fromGlobalId(enterpriseId, 'enterpriseId', 'Enterprise').id : ctx.viewer.role === Role.ENTERPRISE ? ctx.viewer.enterpriseId : null;
    if (id == null) requireAdmin(ctx, 'submissions of every enterprise (give enterpriseId)');
    else await requireReporter(ctx, id, 'submissions');
    if (id != null) where.push(sql`t.enterprise_id = ${id}`);
    if (status) where.push(sql`t.status = ${status}`);
    return fetchPage(ctx.em, submissionSource, { where, args: page, info, order: { field: 'CREATED', direction: OrderDirection.DESC } });
  }

  @Authorized(Access.REPORTER)
  @FieldResolver(() => Enterprise, { description: 'The enterprise the figures are of.' })
  enterprise(@Root() submission: Submission, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Enterprise).load(submission.enterprise.id);
  }

  @Authorized(Access.REPORTER)
  @FieldResolver(() => [SubmissionCheck], {
    description: 'Plausibility checks for whoever verifies it: against the same period a year earlier, and against the revision it corrects.',
  })
  checks(@Root() submission: Submission, @Ctx() ctx: Context): Promise<SubmissionCheck[]> {
    return submissionChecks(ctx, submission);
  }
}
