import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvHeader, csvLines } from '../src/export/csv';
import { ContractStatsDocument, ParkClustersDocument, PolicyProgressDocument, TalentPipelineDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server?.close());

/** Parses RFC 4180 CSV (quoted cells may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += ch;
  }
  return rows;
}

async function download(report: string, params: Record<string, unknown> = {}) {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  const response = await fetch(`${server.url}/export/${report}.csv?${query}`, { headers: { authorization: `Bearer ${server.keys.researcher}` } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

const num = (cell: string) => (cell === '' ? null : Number(cell));

describe('CSV export', () => {
  it('downloads contract statistics as UTF-8 with a BOM and a header row, agreeing with GraphQL row for row', async () => {
    const args = { groupBy: ['YEAR', 'REGION'], regionLevel: 'CITY', filter: { yearFrom: 2019, yearTo: 2021 } } as const;
    const { response, bytes, text } = await download('contract-stats', args);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header.slice(0, 3)).toEqual(['year', 'quarter', 'domain_number']);
    const { contractStats } = await server.data(ContractStatsDocument, { ...args, groupBy: [...args.groupBy], first: 10000 });
    expect(rows).toHaveLength(contractStats.rows.length);
    const col = (name: string) => header.indexOf(name);
    rows.forEach((row, i) => {
      const g = contractStats.rows[i];
      expect(num(row[col('year')])).toBe(g.year);
      expect(row[col('region_code')]).toBe(g.region?.code ?? '');
      expect(num(row[col('executed_usd')])).toBe(g.executedUsd);
      expect(num(row[col('executed_growth')])).toBe(g.executedGrowth);
    });
    expect(text).toContain('郑州市');
  });

  it('downloads every pipeline flow, across pages', async () => {
    const filter = { category: 'ITO' };
    const { text } = await download('pipeline-flows', { filter });
    const [header, ...rows] = parseCsv(text.slice(1));
    const { talentPipeline } = await server.data(TalentPipelineDocument, { filter: { category: 'ITO' }, first: 1 });
    expect(rows).toHaveLength(talentPipeline.flows.totalCount);
    const placed = rows.reduce((a, r) => a + Number(r[header.indexOf('placed')]), 0);
    expect(placed).toBe(talentPipeline.stages.placed);
  });

  it('downloads park clusters and target progress', async () => {
    const clusters = parseCsv((await download('park-clusters', { filter: { regionCode: '410100' } })).text.slice(1));
    const { parkClusters } = await server.data(ParkClustersDocument, { filter: { regionCode: '410100' } });
    const expectedRows = parkClusters.reduce((a, c) => a + 1 + c.byCategory.length + c.byDomain.length, 0);
    expect(clusters.length - 1).toBe(expectedRows);
    const targets = parseCsv((await download('target-progress', { asOf: '2020-12-31' })).text.slice(1));
    const { policies } = await server.data(PolicyProgressDocument, { asOf: '2020-12-31' });
    const all = policies.nodes.flatMap((p) => p.targets);
    expect(targets.length - 1).toBe(all.length);
    const header = targets[0];
    for (const row of targets.slice(1)) {
      const t = all.find((x) => x.code === row[header.indexOf('target_code')])!;
      expect(num(row[header.indexOf('current')])).toBe(t.progress.current);
      expect(row[header.indexOf('status')]).toBe(t.progress.status);
      // How the deadline and the period were read off the text travel with the figures.
      expect(row[header.indexOf('base_year')]).toBe(t.baseYear == null ? '' : String(t.baseYear));
      expect(row[header.indexOf('deadline_note')]).toBe(t.deadlineNote ?? '');
    }
    expect(targets.slice(1).some((row) => row[header.indexOf('deadline_note')] !== '')).toBe(true);
  });

  it('answers bad arguments with 400 and the same error as GraphQL, and unknown reports with 404', async () => {
    const reversed = await download('contract-stats', { groupBy: ['YEAR'], filter: { yearFrom: 2022, yearTo: 2020 } });
    expect(reversed.response.status).toBe(400);
    expect(JSON.parse(reversed.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.yearTo' });
    const badEnum = await download('contract-stats', { groupBy: ['COLOUR'] });
    expect(badEnum.response.status).toBe(400);
    expect(JSON.parse(badEnum.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await download('secrets')).response.status).toBe(404);
    const nul = await download('contract-stats', { groupBy: ['YEAR'], filter: { clientMarket: 'U\u0000S' } });
    expect(nul.response.status).toBe(400);
    expect(JSON.parse(nul.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: '$filter.clientMarket' });
  });

  it('keeps text cells from running as spreadsheet formulas', async () => {
    expect(csvLines([['=1+1', 'a,b', 'say "hi"', 3, null]])).toBe(`'=1+1,"a,b","say ""hi""",3,\r\n`);
    // Full-width ＝ ＋ － ＠ too (Apple Numbers reads them as formulas); a negative number stays a number;
    // a lone LF or CR is quoted; a non-finite number is an empty cell; the header carries the BOM.
    expect(csvLines([['＝1+1', '－2', -2, '-2', '\tx', 'line\nbreak', 'cr\rhere', NaN, true]])).toBe(`'＝1+1,'－2,-2,'-2,'\tx,"line\nbreak","cr\rhere",,true\r\n`);
    expect(csvHeader(['year', '年份'])).toBe('\uFEFFyear,年份\r\n');
  });
});
