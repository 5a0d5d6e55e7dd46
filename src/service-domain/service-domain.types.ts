import type { ListSource } from '../core/pagination';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { intArray, raw, runSql, sql } from '../core/sql';
import type { ParentLink } from '../core/pagination';
import { ServiceDomain } from './service-domain.entity';

export const serviceDomainSource: ListSource<ServiceDomain> = {
  entity: ServiceDomain,
  table: 'service_domain',
  orderColumns: { NUMBER: 't.number' },
};

/** The domains of a parent through a join table `<table>(<parentColumn>, service_domain_id)`. */
export function domainsThrough(table: string, parentColumn: string): ParentLink {
  return { join: sql`join ${raw(table)} j on j.service_domain_id = t.id`, parentColumn: `j.${parentColumn}` };
}

/** Ids of the domains with these catalog numbers, in order; BAD_USER_INPUT naming `argument[i]` for a number no domain has. */
export function domainIdsByNumber(ctx: Context, numbers: readonly number[], argument: string): Promise<number[]> {
  return lookUpDomains(ctx, numbers, (i) => `${argument}[${i}]`);
}

/** The id of the domain with this catalog number; BAD_USER_INPUT naming `argument` if there is none. */
export async function domainIdByNumber(ctx: Context, number: number, argument: string): Promise<number> {
  return (await lookUpDomains(ctx, [number], () => argument))[0];
}

async function lookUpDomains(ctx: Context, numbers: readonly number[], argument: (index: number) => string): Promise<number[]> {
  const rows = await runSql<{ id: number; number: number }>(ctx.em, sql`select id, number from service_domain where number = any(${intArray(numbers)}::int[])`);
  return numbers.map((n, i) => {
    const row = rows.find((r) => r.number === n);
    if (!row) throw badInput(argument(i), `no domain has number ${n}`);
    return row.id;
  });
}
