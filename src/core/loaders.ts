import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hydrate } from './hydrate';
import { fetchPages, selectsTotalCount, type ListQuery, type ListSource, type Page, type ParentLink } from './pagination';
import { and, intArray, raw, runSql, sql, type Sql } from './sql';

/**
 * The request's DataLoaders, made on first use and keyed by what they load
 * and with which arguments: a loader batches the keys of one tick into one
 * statement, so a nested field costs one statement per level, not per parent.
 * A new `Loaders` is made per request; nothing is cached across requests.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly em: EntityManager) {}

  /** A loader by key; `batch` must answer in the order of its keys. */
  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Records by primary key; `null` for ids that do not exist. One `= any(...)` statement per batch. */
  byId<T extends object>(entity: EntityClass<T>): DataLoader<number, T | null> {
    return this.get(`byId:${entity.name}`, async (ids: readonly number[]) => {
      const table = this.em.getMetadata().get(entity.name).tableName;
      const rows = await runSql<Record<string, unknown>>(this.em, sql`select t.* from ${raw(table)} t where t.id = any(${intArray(ids)}::int[])`);
      const map = new Map(rows.map((row) => [Number(row.id), hydrate(this.em, entity, row)]));
      return ids.map((id) => map.get(id) ?? null);
    });
  }

  /** One connection page per parent id (see `fetchPages`), per distinct argument set. */
  pages<T extends object>(name: string, source: ListSource<T>, link: ParentLink, query: ListQuery): DataLoader<number, Page<T>> {
    const key = `pages:${name}:${JSON.stringify([query.args, query.order, query.where, selectsTotalCount(query.info)])}`;
    return this.get(key, (ids: readonly number[]) => fetchPages(this.em, source, link, ids, query));
  }

  /** Every child of each parent id, for short lists (a park's focus domains, a policy's targets). */
  all<T extends object>(name: string, source: ListSource<T>, link: ParentLink, orderBy: string, where: Sql[] = []): DataLoader<number, T[]> {
    return this.get(`all:${name}:${JSON.stringify(where)}`, async (ids: readonly number[]) => {
      const rows = await runSql<Record<string, unknown>>(
        this.em,
        sql`select ${raw(link.parentColumn)} as "__parent", t.* from ${raw(source.table)} t ${link.join ?? raw('')}
          where ${raw(link.parentColumn)} = any(${intArray(ids)}::int[]) and ${and(where)} order by ${raw(orderBy)}, t.id`,
      );
      const byParent = new Map<number, T[]>();
      for (const row of rows) {
        const parent = Number(row.__parent);
        const list = byParent.get(parent) ?? [];
        list.push(hydrate(this.em, source.entity, row));
        byParent.set(parent, list);
      }
      return ids.map((id) => byParent.get(id) ?? []);
    });
  }
}
