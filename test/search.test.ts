import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchDocument, type SearchQuery } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

const names = (hits: SearchQuery['search']) => hits.map((h) => h.node.nameZh);

describe('search across parks, enterprises, universities, training bases and regions', () => {
  it('finds 郑州高新区 by full pinyin, by pinyin initials and by part of its Chinese name', async () => {
    for (const text of ['zhengzhou gaoxin', 'zzgx', '郑州高新', '高新']) {
      const { search } = await server.data(SearchDocument, { text, types: ['REGION'] });
      expect(names(search), text).toContain('郑州高新技术产业开发区');
    }
    const { search } = await server.data(SearchDocument, { text: 'zhengzhou' });
    expect(names(search)).toEqual(expect.arrayContaining(['郑州市', '郑州高新技术产业开发区']));
  });

  it('finds parks by English words and partial words, and by Chinese characters', async () => {
    expect(names((await server.data(SearchDocument, { text: 'tus', types: ['PARK'] })).search)).toContain('清华启迪科技园');
    expect(names((await server.data(SearchDocument, { text: 'incubat', types: ['PARK'] })).search)).toEqual(expect.arrayContaining(['863软件孵化器', '北大国际创业孵化中心']));
    expect(names((await server.data(SearchDocument, { text: '863' })).search)).toContain('863软件孵化器');
    expect(names((await server.data(SearchDocument, { text: '龙子湖' })).search)).toContain('郑东新区龙子湖大数据产业基地');
    expect(names((await server.data(SearchDocument, { text: 'longzihu' })).search)).toContain('郑东新区龙子湖大数据产业基地');
  });

  it('ranks an exact name first', async () => {
    const { search } = await server.data(SearchDocument, { text: '西安市' });
    expect(search[0].node.nameZh).toBe('西安市');
    for (let i = 1; i < search.length; i++) expect(search[i].score).toBeLessThanOrEqual(search[i - 1].score);
  });

  it('finds every enterprise whose name holds a word, and only of the types asked for', async () => {
    const [{ n }] = await server.sql<{ n: string }>("select count(*) as n from enterprise where name_zh like '%软件%'");
    const { search } = await server.data(SearchDocument, { text: '软件', types: ['ENTERPRISE'], first: 50 });
    expect(search.every((h) => h.type === 'ENTERPRISE' && h.node.nameZh!.includes('软件'))).toBe(true);
    expect(search.length).toBe(Math.min(50, Number(n)));
  });

  it('uses the search index, not a scan of names', async () => {
    await server.sql('set enable_seqscan = off');
    const plan = await server.sql<{ 'QUERY PLAN': string }>(
      "explain select * from search_entry where document @@ cast('''高新''' as tsquery)",
    );
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/Bitmap Index Scan on search_entry_document_index/);
    const result = await server.query(SearchDocument, { text: 'zzgx' });
    expect(result.extensions!.sql!.count).toBeLessThanOrEqual(6);
  });

  it('rejects text with nothing to search for, over-long text and a page over 50', async () => {
    for (const [vars, argument] of [[{ text: '   !!' }, 'text'], [{ text: 'x'.repeat(101) }, 'text'], [{ text: 'park', first: 51 }, 'first']] as const) {
      const result = await server.query(SearchDocument, vars);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    }
  });
});
