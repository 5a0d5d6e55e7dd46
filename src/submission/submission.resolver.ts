import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { fromGlobalId } from '../core/ids';
import { requireEditor } from '../core/mutations';
import { ConnectionArgs, connectionTypes, fetchPage, OrderDirection, type ListSource, type Page } from '../core/pagination';
import { sql, type Sql } from '../core/sql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { parksOfEnterprise } from '../enterprise/enterprise.types';
import { Submission, SubmissionStatus } from './submission.entity';

const submissionSource: ListSource<Submission> = { entity: Submission, table: 'submission', orderColumns: { CREATED: 't.id' } };
const SubmissionConnection = connectionTypes(Submission, 'Submission');

@Resolver(() => Submission)
export class SubmissionResolver {
  @Query(() => SubmissionConnection, { description: 'Submissions (数据直报), newest first: admins all, a park administrator those of an enterprise of its park.' })
  async submissions(
    @Args() page: ConnectionArgs,
    @Arg('enterpriseId', () => ID, { nullable: true }) enterpriseId: string | null,
    @Arg('status', () => SubmissionStatus, { nullable: true }) status: SubmissionStatus | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Submission>> {
    const where: Sql[] = [];
    const id = enterpriseId ? fromGlobalId(enterpriseId, 'enterpriseId', 'Enterprise').id : null;
    const parks = id == null ? [] : await parksOfEnterprise(ctx, id);
    await requireEditor(ctx, 'submissions (a park administrator gives the enterpriseId of an enterprise of its park)', (own) => parks.includes(own));
    if (id != null) where.push(sql`t.enterprise_id = ${id}`);
    if (status) where.push(sql`t.status = ${status}`);
    return fetchPage(ctx.em, submissionSource, { where, args: page, order: { field: 'CREATED', direction: OrderDirection.DESC } });
  }

  @FieldResolver(() => Enterprise)
  enterprise(@Root() submission: Submission, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Enterprise).load(submission.enterprise.id);
  }
}
