import type { ListSource } from '../core/pagination';
import { raw, sql } from '../core/sql';
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
