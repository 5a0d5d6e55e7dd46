import { createHash } from 'node:crypto';
import { CountryCodeResolver, CurrencyResolver, NonNegativeFloatResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Access } from '../auth/access-rules';
import { ContractDirection } from '../contract-record/contract-record.entity';
import { checkPeriodKind, onePeriodKind } from '../contract-record/reporting-period';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { fromGlobalId } from '../core/ids';
import { conflict, requireAdmin, text, write } from '../core/mutations';
import { requireReporter } from './reporters';
import { runSql, sql } from '../core/sql';
import { Submission, SubmissionStatus } from './submission.entity';

/** The namespace of the per-enterprise advisory locks filings take (any 32-bit number no other lock uses). */
const SUBMISSION_LOCKS = 0x5355424d;

@InputType({ description: 'One contract figure of a submission.' })
class SubmissionFigureInput {
  @Field(() => Int, { description: 'Catalog number (1–24) of the domain.' }) domainNumber!: number;
  @Field(() => ContractDirection, { description: 'Offshore (离岸) or onshore (在岸); one figure per domain, direction and market.' }) direction!: ContractDirection;
  @Field(() => CountryCodeResolver, { description: 'CN for onshore business.' }) clientMarket!: string;
  @Field(() => NonNegativeFloatResolver, { description: '签约额 contract value signed in the period, in `currency`.' }) signedAmount!: number;
  @Field(() => NonNegativeFloatResolver, { description: '执行额 contract value executed in the period, in `currency`.' }) executedAmount!: number;
  @Field(() => CurrencyResolver, { defaultValue: 'USD', description: 'ISO 4217 currency of the amounts.' }) currency!: string;
}

@InputType({ description: 'An enterprise’s contract figures for a period, filed as a new draft revision.' })
class FileSubmissionInput {
  @Field(() => ID, { description: 'The enterprise the figures are of (its global id).' }) enterpriseId!: string;
  @Field(() => Int, { description: 'The year the figures are for, 2000 to this year.' }) year!: number;
  @Field(() => Int, { nullable: true, description: '1–4, or null for the whole year. A year of an enterprise is reported whole or by quarter, never both.' }) quarter?: number | null;
  @Field(() => [SubmissionFigureInput], { description: 'The figures, at least one; they replace the period’s records once verified.' }) figures!: SubmissionFigureInput[];
  @Field(() => String, { nullable: true, description: 'Retrying with the same key and payload returns the first filing; another payload is refused.' })
  idempotencyKey?: string | null;
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

@InputType({ description: 'Which submission to move on (submit, verify or reject), at which version.' })
class DecideSubmissionInput {
  @Field(() => ID, { description: 'Global id of the submission.' }) id!: string;
  @Field(() => Int, { description: 'The version the decision was made on.' }) expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'Why it is rejected (required to reject).' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: 'Echoed back in the payload (Relay).' }) clientMutationId?: string | null;
}

@ObjectType({ description: 'What a submission mutation returns.' })
class SubmissionPayload {
  @Field(() => Submission, { description: 'The submission as it is now.' }) submission!: Submission;
  @Field(() => String, { nullable: true, description: 'The `clientMutationId` of the input, echoed back (Relay); null when none was sent.' }) clientMutationId!: string | null;
}

/**
 * 数据直报 workflow: an enterprise, or the administrator of its park, files its
 * figures for a period (a DRAFT revision) and submits them; an admin verifies or rejects. Only
 * a verified revision becomes the enterprise's contract records for the period,
 * replacing the ones of earlier revisions; every revision is kept.
 */
@Resolver()
export class SubmissionMutations {
  @Authorized(Access.REPORTER)
  @Mutation(() => SubmissionPayload, { description: 'Files a new revision of an enterprise’s figures for a period, as a draft. Admins, the administrators of the enterprise’s parks, and the enterprise.' })
  async fileSubmission(@Arg('input', () => FileSubmissionInput, { description: 'The enterprise, period and figures.' }) input: FileSubmissionInput, @Ctx() ctx: Context): Promise<SubmissionPayload> {
    const enterpriseId = fromGlobalId(input.enterpriseId, 'input.enterpriseId', 'Enterprise').id;
    await requireReporter(ctx, enterpriseId, 'fileSubmission');
    const thisYear = new Date().getUTCFullYear();
    if (input.year < 2000 || input.year > thisYear) throw badInput('input.year', `must be between 2000 and ${thisYear}`);
    if (input.quarter != null && (input.quarter < 1 || input.quarter > 4)) throw badInput('input.quarter', 'must be 1–4, or null for the whole year');
    if (!input.figures.length) throw badInput('input.figures', 'must hold at least one figure');
    const keys = new Set<string>();
    input.figures.forEach((f, i) => {
      if (f.domainNumber < 1 || f.domainNumber > 24) throw badInput(`input.figures[${i}].domainNumber`, 'must be a catalog number 1–24');
      if ((f.direction === ContractDirection.ONSHORE) !== (f.clientMarket === 'CN')) throw badInput(`input.figures[${i}].clientMarket`, 'onshore business is CN, offshore business is not');
      const key = `${f.domainNumber}|${f.direction}|${f.clientMarket}`;
      if (keys.has(key)) throw badInput(`input.figures[${i}]`, 'repeats another figure’s domain, direction and market');
      keys.add(key);
    });
    await checkPeriodKind(ctx.em, enterpriseId, input.year, input.quarter, 'input.quarter');
    const figures = input.figures.map((f) => ({ ...f, currency: String(f.currency) }));
    const payloadHash = createHash('sha256').update(JSON.stringify([enterpriseId, input.year, input.quarter ?? null, figures])).digest('hex');
    const idempotencyKey = input.idempotencyKey == null ? null : text('input.idempotencyKey', input.idempotencyKey, 200);
    const id = await write(ctx, async (tx) => {
      // Filings wait for each other: one per idempotency key (so a retry finds the first filing
      // committed), then one per enterprise (so each gets the next revision). Always in this order.
      if (idempotencyKey) await runSql(tx, sql`select pg_advisory_xact_lock(hashtextextended(${`submission key ${ctx.viewer.keyId} ${idempotencyKey}`}, 0))`);
      await runSql(tx, sql`select pg_advisory_xact_lock(${SUBMISSION_LOCKS}, ${enterpriseId})`);
      if (idempotencyKey) {
        const [earlier] = await runSql<{ id: number; payload_hash: string }>(tx, sql`select id, payload_hash from submission where filed_by_key_id = ${ctx.viewer.keyId} and idempotency_key = ${idempotencyKey}`);
        if (earlier && earlier.payload_hash !== payloadHash) throw conflict('input.idempotencyKey', 'This idempotency key was already used for a different submission; use a new key for new figures.');
        if (earlier) return earlier.id;
      }
      const [{ next }] = await runSql<{ next: number }>(tx, sql`select coalesce(max(revision), 0) + 1 as next from submission
        where enterprise_id = ${enterpriseId} and year = ${input.year} and coalesce(quarter, 0) = ${input.quarter ?? 0}`);
      const [row] = await runSql<{ id: number }>(tx, sql`insert into submission (enterprise_id, year, quarter, revision, status, figures, filed_by_key_id, idempotency_key, payload_hash)
        values (${enterpriseId}, ${input.year}, ${input.quarter ?? null}, ${next}, 'DRAFT', ${JSON.stringify(figures)}::jsonb, ${ctx.viewer.keyId}, ${idempotencyKey}, ${payloadHash}) returning id`);
      return row.id;
    });
    return { submission: (await ctx.loaders.byId(Submission).load(id))!, clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.REPORTER)
  @Mutation(() => SubmissionPayload, { description: 'Submits a draft for verification; it can no longer change. Admins, the administrators of the enterprise’s parks, and the enterprise.' })
  async submitSubmission(@Arg('input', () => DecideSubmissionInput, { description: 'The draft and its version.' }) input: DecideSubmissionInput, @Ctx() ctx: Context): Promise<SubmissionPayload> {
    const { id } = fromGlobalId(input.id, 'input.id', 'Submission');
    const enterpriseId = await enterpriseOf(ctx, id);
    await requireReporter(ctx, enterpriseId, 'submitSubmission');
    await transition(ctx, id, input.expectedVersion, SubmissionStatus.DRAFT, sql`status = 'SUBMITTED', submitted_at = now()`);
    return { submission: (await ctx.loaders.byId(Submission).load(id))!, clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => SubmissionPayload, { description: 'Verifies a submitted revision: its figures become the enterprise’s contract records for the period. Admins only.' })
  async verifySubmission(@Arg('input', () => DecideSubmissionInput, { description: 'The submitted revision and its version.' }) input: DecideSubmissionInput, @Ctx() ctx: Context): Promise<SubmissionPayload> {
    requireAdmin(ctx, 'verifySubmission');
    const { id } = fromGlobalId(input.id, 'input.id', 'Submission');
    await transition(ctx, id, input.expectedVersion, SubmissionStatus.SUBMITTED, sql`status = 'VERIFIED', decided_at = now(), decided_by_key_id = ${ctx.viewer.keyId}`, async (tx) => {
      // The period's figures are now this revision's: earlier revisions' records go, these come in.
      await runSql(tx, sql`delete from contract_record c using submission s
        where c.submission_id = s.id and s.enterprise_id = (select enterprise_id from submission where id = ${id})
          and s.year = (select year from submission where id = ${id}) and coalesce(s.quarter, 0) = (select coalesce(quarter, 0) from submission where id = ${id})`);
      await runSql(tx, sql`insert into contract_record as t (enterprise_id, year, quarter, domain_id, direction, client_market, signed_amount, executed_amount, currency,
          submission_id, provenance_source, provenance_document, provenance_locator)
        select s.enterprise_id, s.year, s.quarter, d.id, f->>'direction', f->>'clientMarket', (f->>'signedAmount')::numeric, (f->>'executedAmount')::numeric,
          f->>'currency', s.id, 'SUBMISSION', 'submission ' || s.id || ' revision ' || s.revision, 'figure ' || n
        from submission s, jsonb_array_elements(s.figures) with ordinality as x(f, n) join service_domain d on d.number = (f->>'domainNumber')::int
        where s.id = ${id}
        on conflict (enterprise_id, year, coalesce(quarter, 0), domain_id, direction, client_market) do update set
          signed_amount = excluded.signed_amount, executed_amount = excluded.executed_amount, currency = excluded.currency,
          submission_id = excluded.submission_id, provenance_source = excluded.provenance_source, provenance_document = excluded.provenance_document,
          provenance_locator = excluded.provenance_locator, provenance_batch_id = null, version = t.version + 1, updated_at = now()`);
      const [period] = await runSql<{ enterprise_id: number; year: number; quarter: number | null }>(tx, sql`select enterprise_id, year, quarter from submission where id = ${id}`);
      await onePeriodKind(period.enterprise_id, period.year, period.quarter, 'input.id')(tx);
    }, `submission:${id}`);
    return { submission: (await ctx.loaders.byId(Submission).load(id))!, clientMutationId: input.clientMutationId ?? null };
  }

  @Authorized(Access.WRITER)
  @Mutation(() => SubmissionPayload, { description: 'Rejects a submitted revision, with a reason. Admins only.' })
  async rejectSubmission(@Arg('input', () => DecideSubmissionInput, { description: 'The submitted revision, its version and the reason.' }) input: DecideSubmissionInput, @Ctx() ctx: Context): Promise<SubmissionPayload> {
    requireAdmin(ctx, 'rejectSubmission');
    const { id } = fromGlobalId(input.id, 'input.id', 'Submission');
    const reason = text('input.reason', input.reason, 2000);
    await transition(ctx, id, input.expectedVersion, SubmissionStatus.SUBMITTED,
      sql`status = 'REJECTED', decided_at = now(), decided_by_key_id = ${ctx.viewer.keyId}, rejection_reason = ${reason}`);
    return { submission: (await ctx.loaders.byId(Submission).load(id))!, clientMutationId: input.clientMutationId ?? null };
  }
}

async function enterpriseOf(ctx: Context, submissionId: number): Promise<number> {
  const [row] = await runSql<{ enterprise_id: number }>(ctx.em, sql`select enterprise_id from submission where id = ${submissionId}`);
  if (!row) throw badInput('input.id', 'no such submission');
  return row.enterprise_id;
}

/**
 * Moves a submission from `from` to the state `set` describes, if it is still at `expectedVersion`; `then` runs in the
 * same transaction. `source` names the writer in the change feed (a verification: the submission; else the API key).
 */
async function transition(
  ctx: Context, id: number, expectedVersion: number, from: SubmissionStatus, set: ReturnType<typeof sql>,
  then?: (tx: Parameters<Parameters<typeof write>[1]>[0]) => Promise<void>, source?: string,
): Promise<void> {
  await write(ctx, async (tx) => {
    const [row] = await runSql<{ status: SubmissionStatus; version: number }>(tx, sql`select status, version from submission where id = ${id} for update`);
    if (!row) throw badInput('input.id', 'no such submission');
    if (row.version !== expectedVersion) throw conflict('input.expectedVersion', `The submission changed since version ${expectedVersion}; it is at version ${row.version}.`);
    if (row.status !== from) throw badInput('input.id', `the submission is ${row.status}; this step needs it ${from}`);
    await runSql(tx, sql`update submission set ${set}, version = version + 1, updated_at = now() where id = ${id}`);
    await then?.(tx);
  }, source);
}
