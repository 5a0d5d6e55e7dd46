import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { Cohort } from '../cohort/cohort.entity';
import type { Context } from '../core/context';
import { intArray, runSql, sql } from '../core/sql';
import { TrainingBase } from '../training-base/training-base.entity';
import { unauthenticated } from './api-keys';
import { Access } from './access-rules';
import { Role, seesEverything, type Viewer } from './viewer';

/**
 * Who may read what, in one place. Fields that are not public carry
 * `@Authorized(Access.X)`; this checker decides for every one of them, for
 * every path that reaches the field (lists, nested fields, node(id), exports),
 * and resolvers call `requireAccess` for arguments that would reveal the same.
 */
export const authChecker: AuthChecker<Context> = async ({ root, context, info }, rules) => {
  const viewer = context.viewer;
  if (rules.includes(Access.WRITER)) {
    // Scope (which park) is checked by the mutation itself.
    if (viewer.role === Role.ADMIN || viewer.role === Role.PARK_ADMIN) return true;
    throw denied(viewer, info.fieldName, 'an admin or park_admin key', true);
  }
  if (rules.includes(Access.REPORTER)) {
    // A mutation (no parent record) checks which enterprise itself; a submission's fields are checked here.
    if (viewer.role === Role.ADMIN) return true;
    const isMutation = info.parentType.name === 'Mutation';
    if (isMutation && (viewer.role === Role.PARK_ADMIN || viewer.role === Role.ENTERPRISE)) return true;
    if (!isMutation && (await maySeeSubmission(context, root as Record<string, unknown>))) return true;
    throw denied(viewer, isMutation ? info.fieldName : `${info.parentType.name}.${info.fieldName}`, 'an admin key, the key of the enterprise’s park, or the enterprise’s own key', isMutation);
  }
  if (seesEverything(viewer)) return true;
  if (rules.includes(Access.OWN_UNIVERSITY) && viewer.role === Role.UNIVERSITY) {
    const owner = await universityOf(context, info.parentType.name, root as Record<string, unknown>);
    if (owner != null && owner === viewer.universityId) return true;
  }
  if (rules.includes(Access.OWN_PARK) && viewer.role === Role.PARK_ADMIN && viewer.parkId != null) {
    const parks = await parksOf(context, info.parentType.name, root as Record<string, unknown>);
    if (parks.includes(viewer.parkId)) return true;
  }
  throw denied(viewer, `${info.parentType.name}.${info.fieldName}`, needsFor(rules));
};

/** Whether the viewer may see a submission (数据直报): admins, the administrators of the enterprise's parks, the enterprise itself. */
export async function maySeeSubmission(ctx: Context, submission: Record<string, unknown>): Promise<boolean> {
  const { viewer } = ctx;
  if (viewer.role === Role.ADMIN) return true;
  const enterpriseId = (submission as { enterprise?: { id: number } }).enterprise?.id ?? null;
  if (enterpriseId == null) return false;
  if (viewer.role === Role.ENTERPRISE) return viewer.enterpriseId === enterpriseId;
  if (viewer.role === Role.PARK_ADMIN && viewer.parkId != null) return (await parksOf(ctx, 'Submission', submission)).includes(viewer.parkId);
  return false;
}

/** Which keys a field with these rules needs, as a denial says it. */
export function needsFor(rules: readonly string[]): string {
  return [
    'a researcher key',
    ...(rules.includes(Access.OWN_UNIVERSITY) ? ['the owning university’s key'] : []),
    ...(rules.includes(Access.OWN_PARK) ? ['the key of its park'] : []),
  ].join(' or ');
}

/** The parks a record belongs to: its enterprise's parks, or its training base's park (batched per request). */
async function parksOf(ctx: Context, type: string, root: Record<string, unknown>): Promise<number[]> {
  const ref = (value: unknown) => (value as { id: number } | null | undefined)?.id ?? null;
  const enterpriseParks = (enterpriseId: number | null) =>
    enterpriseId == null ? Promise.resolve([]) : ctx.loaders
      .get('auth:parksOfEnterprise', async (ids: readonly number[]) => {
        const rows = await runSql<{ enterprise_id: number; park_id: number }>(ctx.em, sql`select enterprise_id, park_id from enterprise_park where enterprise_id = any(${intArray(ids)}::int[])`);
        return ids.map((id) => rows.filter((r) => r.enterprise_id === id).map((r) => r.park_id));
      })
      .load(enterpriseId);
  const baseParks = async (baseId: number | null) => {
    const park = baseId == null ? null : ref((await ctx.loaders.byId(TrainingBase).load(baseId))?.park);
    return park == null ? [] : [park];
  };
  switch (type) {
    case 'ContractRecord':
    case 'Partnership':
    case 'Placement':
    case 'Submission':
      return enterpriseParks(ref(root.enterprise));
    case 'Enterprise':
      return enterpriseParks(root.id as number);
    case 'TrainingBase':
      return baseParks(root.id as number);
    case 'Cohort':
      return baseParks(ref(root.trainingBase));
    default:
      return [];
  }
}

/** For arguments and whole operations: throws unless the viewer has one of the roles. */
export function requireAccess(viewer: Viewer, what: string, roles: Role[]): void {
  if (seesEverything(viewer) || roles.includes(viewer.role)) return;
  throw denied(viewer, what, 'a researcher key', true);
}

/**
 * UNAUTHENTICATED without a key, FORBIDDEN with one. A denied field leaves the
 * rest of the response (status 200, the field null); a denied operation or
 * argument (`whole`) answers 401 or 403.
 */
export function denied(viewer: Viewer, what: string, needs: string, whole = false): GraphQLError {
  if (viewer.role === Role.ANONYMOUS) return unauthenticated(`${what} is not public: it needs ${needs}.`, whole ? 401 : undefined);
  const role = viewer.role.toLowerCase();
  return new GraphQLError(`${/^(enterprise|admin)/.test(role) ? 'An' : 'A'} ${role} key may not use ${what}; it needs ${needs}.`, {
    extensions: { code: 'FORBIDDEN', field: what, ...(whole ? { http: { status: 403 } } : {}) },
  });
}

/** The university a record belongs to, through its training base where it has one. */
async function universityOf(ctx: Context, type: string, root: Record<string, unknown>): Promise<number | null> {
  const id = (ref: unknown) => (ref as { id: number } | null | undefined)?.id ?? null;
  const baseUniversity = async (baseId: number | null) =>
    baseId == null ? null : id((await ctx.loaders.byId(TrainingBase).load(baseId))?.university);
  switch (type) {
    case 'University':
      return (root.id as number | undefined) ?? null;
    case 'TrainingBase':
      return id(root.university);
    case 'Partnership':
      return id(root.university);
    case 'Cohort':
      return baseUniversity(id(root.trainingBase));
    case 'Placement': {
      const cohort = await ctx.loaders.byId(Cohort).load(id(root.cohort)!);
      return baseUniversity(id(cohort?.trainingBase));
    }
    case 'PipelineFlow':
    case 'ClusterFeeder':
      return (root.universityId as number | null) ?? null;
    default:
      return null;
  }
}
