import { Arg, createUnionType, Ctx, Field, Float, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { runSql, sql } from '../core/sql';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import { Region } from '../region/region.entity';
import { TrainingBase } from '../training-base/training-base.entity';
import { University } from '../university/university.entity';
import { SEARCHABLE, type SearchKind } from './search-index';
import { searchQuery } from './search-tokens';

export enum SearchType {
  PARK = 'PARK',
  ENTERPRISE = 'ENTERPRISE',
  UNIVERSITY = 'UNIVERSITY',
  TRAINING_BASE = 'TRAINING_BASE',
  REGION = 'REGION',
}
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'What `search` can find.',
  valuesConfig: {
    PARK: { description: 'Parks, bases and incubators (`Park`).' },
    ENTERPRISE: { description: 'Service-outsourcing enterprises (`Enterprise`).' },
    UNIVERSITY: { description: 'Universities and colleges (`University`).' },
    TRAINING_BASE: { description: 'Training bases and institutions (`TrainingBase`).' },
    REGION: { description: 'Regions: provinces, cities, districts, zones, macro-regions (`Region`).' },
  },
});

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A record `search` found: a park, enterprise, university, training base or region.',
  types: () => [Park, Enterprise, University, TrainingBase, Region] as const,
});

@ObjectType({ description: 'A record whose names match a search, with its rank.' })
export class SearchHit {
  @Field(() => SearchType, { description: 'What kind of record it is.' }) type!: SearchType;
  @Field(() => SearchResult, { description: 'The record found.' }) node!: Park | Enterprise | University | TrainingBase | Region;
  @Field(() => Float, { description: 'Higher is better: exact names first, then Chinese-name matches, then English, pinyin and initials.' })
  score!: number;
}

const ENTITY = { PARK: Park, ENTERPRISE: Enterprise, UNIVERSITY: University, TRAINING_BASE: TrainingBase, REGION: Region };
const MAX_HITS = 50;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Finds parks, enterprises, universities, training bases and regions by Chinese or English name, part of a name, pinyin or pinyin initials (e.g. "zhengzhou", "zzgx", "高新"), best first.',
  })
  async search(
    @Arg('text', { description: 'What to look for: a name, part of one, pinyin or pinyin initials; at most 100 characters.' }) text: string,
    @Arg('types', () => [SearchType], { nullable: true, description: 'Only these kinds (default: all).' }) types: SearchType[] | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `At most this many hits (1–${MAX_HITS}).` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    if (text.length > 100) throw badInput('text', 'at most 100 characters');
    if (first < 1 || first > MAX_HITS) throw badInput('first', `must be between 1 and ${MAX_HITS}, got ${first}`);
    const query = searchQuery(text);
    if (!query) throw badInput('text', 'has no letters, digits or Chinese characters to search for');
    const kinds = types?.length ? types : (Object.keys(SEARCHABLE) as SearchKind[]);
    const q = sql`select kind, record_id as "recordId",
        (ts_rank(document, q, 1) + case when name_zh = ${text} or lower(coalesce(name_en, '')) = lower(${text}) then 1 else 0 end)::float8 as score
      from search_entry, cast(${query} as tsquery) q
      where document @@ q and kind = any(${`{${kinds.join(',')}}`}::text[])
      order by score desc, length(name_zh), kind, record_id
      limit ${first}`;
    const rows = await runSql<{ kind: SearchKind; recordId: number; score: number }>(ctx.em, q);
    const nodes = await Promise.all(rows.map((r) => ctx.loaders.byId(ENTITY[r.kind] as never).load(r.recordId)));
    return rows.flatMap((r, i) => (nodes[i] ? [{ type: r.kind as SearchType, node: nodes[i] as never, score: r.score }] : []));
  }
}

