import { denied } from '../auth/auth-checker';
import { Role } from '../auth/viewer';
import type { Context } from '../core/context';
import { requireEditor } from '../core/mutations';
import { parksOfEnterprise } from '../enterprise/enterprise.types';

/**
 * Who may report an enterprise's figures (数据直报): the enterprise itself
 * (an enterprise key), the administrator of one of its parks, or an admin.
 */
export async function requireReporter(ctx: Context, enterpriseId: number, what: string): Promise<void> {
  if (ctx.viewer.role === Role.ENTERPRISE) {
    if (ctx.viewer.enterpriseId === enterpriseId) return;
    throw denied(ctx.viewer, what, 'the enterprise’s own key, the key of its park, or an admin key', true);
  }
  const parks = await parksOfEnterprise(ctx, enterpriseId);
  await requireEditor(ctx, what, (own) => parks.includes(own));
}
