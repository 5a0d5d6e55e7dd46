import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvHeader, csvLines, plainNumber } from '../src/export/csv';
import { CONTRACT_STATS_LIMIT, csvReports } from '../src/export/reports';
import { ContractStatsDocument, ExactContractStatsDocument, ParkClustersDocument, PolicyProgressDocument, TalentPipelineDocument } from './generated/operations';
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
/** The text of a cell as a spreadsheet shows it: an identifier written as ="…" is the text between the quotes. */
const cellText = (cell: string) => /^="(.*)"$/s.exec(cell)?.[1].replaceAll('""', '"') ?? cell;

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
      expect(cellText(row[col('region_code')])).toBe(g.region?.code ?? '');
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
    expect(rows).toHaveLength(talentPipeline!.flows.totalCount);
    const placed = rows.reduce((a, r) => a + Number(r[header.indexOf('placed')]), 0);
    expect(placed).toBe(talentPipeline!.stages.placed);
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
    // A misspelt parameter would give a whole export of another question; a cursor would give part of one.
    const misspelt = await download('contract-stats', { groupBy: ['YEAR'], filtre: { yearFrom: 2020 } });
    expect(misspelt.response.status).toBe(400);
    expect(JSON.parse(misspelt.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filtre' });
    const cursor = await download('pipeline-flows', { after: 'YXJyYXljb25uZWN0aW9uOjk5OQ' });
    expect(JSON.parse(cursor.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });

  it('keeps text cells from running as spreadsheet formulas', async () => {
    expect(csvLines([['=1+1', 'a,b', 'say "hi"', 3, null]])).toBe(`'=1+1,"a,b","say ""hi""",3,\r\n`);
    // Full-width ＝ ＋ － ＠ too (Apple Numbers reads them as formulas); a negative number stays a number;
    // a lone LF or CR is quoted; a non-finite number is an empty cell; the header carries the BOM.
    expect(csvLines([['＝1+1', '－2', -2, '-2', '\tx', 'line\nbreak', 'cr\rhere', NaN, true]])).toBe(`'＝1+1,'－2,-2,'-2,'\tx,"line\nbreak","cr\rhere",,true\r\n`);
    expect(csvHeader(['year', '年份'])).toBe('\uFEFFyear,年份\r\n');
  });
});

/** GET a path of `on` (default: the shared server), as a researcher unless `key` says otherwise (null: anonymous). */
async function get(url: string, key: string | null = server.keys.researcher, on = server) {
  const response = await fetch(`${on.url}${url}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  return { response, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()) };
}
const search = (params: Record<string, unknown>) =>
  `?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]))}`;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** LibreOffice's command, if this machine has it (Debian: libreoffice-calc-nogui). */
const soffice = ['soffice', 'libreoffice'].find((command) => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/** The cells of the first sheet of a flat OpenDocument spreadsheet: type and shown text. */
function fodsCells(xml: string): Array<Array<{ type: string; text: string }>> {
  const unescape = (t: string) => t.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const table = xml.slice(xml.indexOf('<table:table '));
  return [...table.matchAll(/<table:table-row[^>]*>(.*?)<\/table:table-row>/gs)].map(([, row]) =>
    [...row.matchAll(/<table:table-cell([^>]*?)(?:\/>|>(.*?)<\/table:table-cell>)/gs)].flatMap(([, attributes, body]) => {
      const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? 1);
      const cell = { type: /office:value-type="(\w+)"/.exec(attributes)?.[1] ?? 'empty', text: unescape((body ?? '').trim()) };
      return Array.from({ length: Math.min(repeated, 100) }, () => cell);
    }));
}

describe('CSV for spreadsheets and for citing', () => {
  it('Do 18-digit credit codes and region codes stay text when a spreadsheet opens the file?', async () => {
    const { text } = await download('pipeline-flows');
    const [header, ...rows] = parseCsv(text.slice(1));
    const codes = rows.map((r) => r[header.indexOf('enterprise_credit_code')]);
    // Each code is written as ="…", a formula whose value is the text: a spreadsheet shows 914101058170000008, not 9.14E+17.
    for (const code of codes) expect(code).toMatch(/^="[0-9A-Z]{18}"$/);
    expect(codes.some((code) => /^="\d{18}"$/.test(code)), 'some codes are all digits').toBe(true);
    const known = new Set((await server.sql<{ credit_code: string }>('select credit_code from enterprise')).map((r) => r.credit_code));
    for (const code of codes) expect(known.has(cellText(code))).toBe(true);
    // Global ids are text to any spreadsheet already: written bare.
    for (const row of rows) expect(row[header.indexOf('enterprise_id')]).toMatch(/^[A-Za-z0-9]+$/);

    // For programs: form=plain writes every identifier as it is, and nothing else changes.
    const plain = parseCsv((await download('pipeline-flows', { form: 'plain' })).text.slice(1));
    expect(plain[0]).toEqual(header);
    expect(plain.slice(1)).toEqual(rows.map((row) => row.map(cellText)));
    expect(plain.slice(1).map((r) => r[header.indexOf('enterprise_credit_code')])).toEqual(codes.map(cellText));

    // Region codes (six digits; a code starting with 0 would lose it as a number) likewise.
    const stats = parseCsv((await download('contract-stats', { groupBy: ['REGION'], regionLevel: 'CITY' })).text.slice(1));
    const regions = stats.slice(1).map((r) => r[stats[0].indexOf('region_code')]).filter(Boolean);
    expect(regions.length).toBeGreaterThan(0);
    for (const code of regions) expect(code).toMatch(/^="\d{6}"$/);
    expect((await download('contract-stats', { groupBy: ['YEAR'], form: 'xlsx' })).response.status).toBe(400);
    // `form` is the export's own parameter: no report may have a variable of that name.
    for (const report of Object.values(csvReports)) expect(report.query).not.toMatch(/\$form\b/);
  });

  it.skipIf(!soffice)('Does LibreOffice read the codes as text and the Chinese names as written?', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-csv-lo-'));
    try {
      const { text } = await download('pipeline-flows');
      fs.writeFileSync(path.join(dir, 'flows.csv'), `\uFEFF${text.slice(1)}`);
      // CSV:44,34,76,1 = comma, double quote, UTF-8, from line 1: LibreOffice's import dialog preselects UTF-8 by the BOM;
      // its command line (7.4) reads Windows-1252 unless told.
      execFileSync(soffice!, ['--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'fods', '--outdir', dir, path.join(dir, 'flows.csv')],
        { stdio: 'ignore', timeout: 60_000 });
      const [header, ...sheet] = fodsCells(fs.readFileSync(path.join(dir, 'flows.fods'), 'utf8'));
      const [, ...rows] = parseCsv(text.slice(1));
      const code = header.findIndex((c) => c.text === 'enterprise_credit_code');
      const name = header.findIndex((c) => c.text === 'enterprise_zh');
      expect(sheet.length).toBe(rows.length);
      sheet.forEach((cells, i) => {
        expect(cells[code]).toEqual({ type: 'string', text: cellText(rows[i][code]) });
        expect(cells[name]).toEqual({ type: 'string', text: rows[i][name] });
      });
      expect(sheet.some((cells) => /^\d{18}$/.test(cells[code].text))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it('Are amounts written as they are: no exponent, a decimal string unchanged?', async () => {
    // The writer: numbers in their shortest exact form without an exponent; decimal strings (the API's money) as given.
    expect(csvLines([['-24582145.4676', '0.10', 24582145.467600003, 1e-7, 1e21, -2.5e-10, '=1', null]],
      ['decimal', 'decimal', 'decimal', 'number', 'number', 'number', 'decimal', 'decimal']))
      .toBe(`-24582145.4676,0.10,24582145.467600003,0.0000001,1000000000000000000000,-0.00000000025,'=1,\r\n`);
    for (const x of [1e-7, 1.5e-7, 123e-20, 1e21, 1.7976931348623157e308, 5e-324, -0.1, 0.1 + 0.2, 24582145.467600003, 2 ** 53 + 2]) {
      expect(plainNumber(x)).not.toMatch(/e/i);
      expect(Number(plainNumber(x))).toBe(x);
    }
    // Over HTTP: every amount a plain decimal, the same number GraphQL gives.
    const args = { groupBy: ['YEAR', 'CLIENT_MARKET'] };
    const [header, ...rows] = parseCsv((await download('contract-stats', args)).text.slice(1));
    const { contractStats } = await server.data(ContractStatsDocument, { groupBy: ['YEAR', 'CLIENT_MARKET'] as never, first: 10000 });
    expect(rows).toHaveLength(contractStats.rows.length);
    for (const column of ['signed_usd', 'executed_usd', 'signed_cny', 'executed_cny', 'offshore_executed_usd', 'offshore_share', 'executed_growth']) {
      for (const row of rows) expect(row[header.indexOf(column)], column).toMatch(/^(-?\d+(\.\d+)?)?$/);
    }
    rows.forEach((row, i) => expect(num(row[header.indexOf('executed_usd')])).toBe(Number(contractStats.rows[i].executedUsd)));
    // Character for character the exact decimals GraphQL's Money gives: no float between the database and the file.
    const exact = await server.data(ExactContractStatsDocument, { groupBy: ['YEAR', 'CLIENT_MARKET'] });
    rows.forEach((row, i) => {
      expect(row[header.indexOf('executed_usd')]).toBe(exact.contractStats.rows[i].executed.amount);
      expect(row[header.indexOf('signed_cny')]).toBe(exact.contractStats.rows[i].signedYuan.amount);
    });
  });

  it('Does the CSV say which query, which data and when, in a metadata file it links to?', async () => {
    // As published today (China time): every record written so far, as it stands at the end of the day.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const args = { groupBy: ['YEAR', 'REGION'], regionLevel: 'PROVINCE', filter: { yearFrom: 2018, publishedOn: today } };
    const csv = await download('contract-stats', args);
    expect(csv.response.status).toBe(200);
    const link = csv.response.headers.get('link')!;
    expect(link).toMatch(/^<contract-stats\.csv-metadata\.json\?[^>]+>; rel="describedby"; type="application\/csvm\+json"$/);
    const generatedAt = csv.response.headers.get('x-generated-at')!;
    expect(Math.abs(Date.parse(generatedAt) - Date.now())).toBeLessThan(60_000);
    expect(csv.response.headers.get('x-truncated')).toBe('false');

    // A reference relative to the CSV's URL, as Link headers resolve.
    const metaUrl = new URL(/^<([^>]+)>/.exec(link)![1], csv.response.url);
    expect(metaUrl.pathname).toBe('/export/contract-stats.csv-metadata.json');
    const { response, text } = await get(metaUrl.pathname + metaUrl.search);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/csvm+json; charset=utf-8');
    const meta = JSON.parse(text);
    expect(meta['@context']).toBe('http://www.w3.org/ns/csvw');
    // Its url, relative to the metadata, is the CSV's: the same report with the same parameters.
    const csvUrl = new URL(meta.url, metaUrl);
    expect(csvUrl.pathname).toBe('/export/contract-stats.csv');
    expect(Object.fromEntries(csvUrl.searchParams)).toEqual(Object.fromEntries(new URLSearchParams(search(args))));
    expect(meta['dc:title']).toMatch(/Contract statistics/);
    expect(Date.parse(meta['prov:generatedAtTime']['@value'])).toBeGreaterThanOrEqual(Date.parse(generatedAt));
    expect(meta['dc:issued']).toBe(today);
    expect(meta['schema:creativeWorkStatus']).toBe('Complete');
    expect(meta['dc:description'].join(' ')).toContain(`As published on ${today}`);

    // The operation, with its variables as read (defaults filled in): the same rows again from /graphql.
    const { query, variables } = meta['prov:wasGeneratedBy']['rdf:value']['@value'];
    expect(variables).toMatchObject({ ...args, first: CONTRACT_STATS_LIMIT });
    const again = await server.query<{ contractStats: { rows: unknown[] } }, unknown>(query, variables);
    expect(again.errors).toBeUndefined();
    const [, ...rows] = parseCsv(csv.text.slice(1));
    expect(again.data!.contractStats.rows).toHaveLength(rows.length);
    expect(meta['schema:numberOfItems']).toBe(rows.length);

    // Columns and their datatypes: identifiers are text, amounts decimals.
    const columns = Object.fromEntries(meta.tableSchema.columns.map((c: { name: string; datatype: string }) => [c.name, c.datatype]));
    expect(Object.keys(columns)).toEqual(parseCsv(csv.text.slice(1))[0]);
    expect(columns).toMatchObject({ year: 'integer', region_code: 'string', client_market: 'string', signed_usd: 'decimal', offshore_share: 'double', record_count: 'integer' });

    // Sources: the records behind the figures by their provenance, and the exchange rates'.
    const sources: Array<Record<string, unknown>> = meta['dc:source'];
    const records = sources.filter((s) => s['schema:about'] === 'contract records');
    expect(records.map((s) => s['dc:type'])).toContain('SYNTHETIC');
    const { contractStats } = await server.data(ContractStatsDocument, { groupBy: [], filter: args.filter });
    expect(records.reduce((a, s) => a + (s['schema:numberOfItems'] as number), 0)).toBe(contractStats.total!.recordCount);
    expect(sources.some((s) => s['schema:about'] === 'rates')).toBe(true);
    expect(meta['rdfs:comment'].join(' ')).toMatch(/synthetic generator/);

    // Target progress names the documents and where in them each target is; asOf is the table's date.
    const targets = JSON.parse((await get(`/export/target-progress.csv-metadata.json${search({ asOf: '2020-12-31' })}`)).text);
    expect(targets['dc:temporal']).toBe('2020-12-31');
    expect(targets['dc:source']).toContainEqual(expect.objectContaining({ 'schema:about': 'targets', 'dc:type': 'POLICY_DOCUMENT', 'dc:title': '郑政〔2017〕29号' }));
    // The pipeline names its placements and cohorts.
    const flows = JSON.parse((await get('/export/pipeline-flows.csv-metadata.json')).text);
    expect(flows['dc:source'].map((s: Record<string, unknown>) => s['schema:about'])).toEqual(expect.arrayContaining(['placements', 'cohorts']));
    expect(flows.tableSchema.columns.find((c: { name: string }) => c.name === 'enterprise_credit_code').datatype).toBe('string');
  });

  it('Is the metadata kept from those who may not download the CSV?', async () => {
    const flows = `/export/pipeline-flows.csv${search({ filter: { regionCode: '610000' } })}`;
    const meta = flows.replace('.csv?', '.csv-metadata.json?');
    const filings = `/export/reporting-status.csv-metadata.json${search({ period: '2024' })}`;
    for (const url of [flows, meta]) {
      expect((await get(url, null)).response.status, url).toBe(401);
      expect((await get(url, server.keys.enterprise)).response.status, url).toBe(403);
      expect((await get(url, server.keys.parkAdmin)).response.status, url).toBe(403);
    }
    expect((await get(filings, null)).response.status).toBe(401);
    const park = await get(filings, server.keys.parkAdmin);
    expect(park.response.status).toBe(200);
    expect(JSON.parse(park.text).tableSchema.columns.find((c: { name: string }) => c.name === 'key_designations')).toMatchObject({ datatype: 'string', separator: ';' });
  });

  it('Can anyone download the public figures, and only as GraphQL gives them to the same caller?', async () => {
    const stats = `/export/contract-stats.csv${search({ groupBy: ['YEAR', 'DOMAIN'] })}`;
    const anonymous = await get(stats, null);
    expect(anonymous.response.status).toBe(200);
    const [header, ...rows] = parseCsv(anonymous.text.slice(1));
    // Without a key: the published tables, withheld cells left out, exactly as GraphQL answers an anonymous caller.
    const published = await server.query(ExactContractStatsDocument, { groupBy: ['YEAR', 'DOMAIN'] }, null);
    expect(published.errors).toBeUndefined();
    expect(rows.map((row) => row[header.indexOf('executed_usd')])).toEqual(published.data!.contractStats.rows.map((r) => r.executed.amount));
    const researcher = parseCsv((await get(stats, server.keys.researcher)).text.slice(1));
    expect(researcher.length).toBeGreaterThan(rows.length + 1); // the live records: no cell withheld
    const meta = await get(stats.replace('.csv?', '.csv-metadata.json?'), null);
    expect(meta.response.status).toBe(200);
    expect(JSON.stringify(JSON.parse(meta.text)['dc:source'])).not.toMatch(/contract records/i);
    for (const url of [`/export/park-clusters.csv${search({ filter: { regionCode: '410000' } })}`, '/export/target-progress.csv']) {
      const answer = await get(url, null);
      expect(answer.response.status, `${url}: ${answer.text.slice(0, 300)}`).toBe(200);
    }
  });
});

describe('CSV over the row limit', () => {
  let big: TestServer;
  const groupBy = ['YEAR', 'QUARTER', 'DOMAIN', 'CLIENT_MARKET'];
  beforeAll(async () => {
    big = await startTestServer();
    // 10 years × 4 quarters × 24 domains × 12 markets of one enterprise: over 10,000 groups.
    await big.sql(`insert into contract_record (enterprise_id, year, quarter, domain_id, direction, client_market, signed_amount, executed_amount, currency, provenance_source, provenance_document)
      select (select min(id) from enterprise), y, q, d.id, 'OFFSHORE', m, 1000.5, 1000.25, 'USD', 'IMPORT', 'test: over the limit'
      from generate_series(2016, 2025) y, generate_series(1, 4) q, service_domain d,
        unnest(array['US','JP','KR','DE','FR','GB','SG','HK','VN','IN','AU','CA']) m
      on conflict do nothing`);
    // One market whose offshore share is tiny: 0.01 offshore of ten trillion.
    await big.sql(`insert into contract_record (enterprise_id, year, quarter, domain_id, direction, client_market, signed_amount, executed_amount, currency, provenance_source)
      select (select min(id) from enterprise), 2016, null, (select min(id) from service_domain), dir, 'NZ', amount, amount, 'USD', 'IMPORT'
      from (values ('ONSHORE', 9999999999999.99), ('OFFSHORE', 0.01)) v(dir, amount)`);
  });
  afterAll(() => big?.close());

  it('Will an export that stops at the limit tell me, rather than look whole?', async () => {
    // Asked for everything: refused with a 4xx (curl -f fails, saves nothing), naming what to narrow.
    const refused = await get(`/export/contract-stats.csv${search({ groupBy })}`, big.keys.researcher, big);
    expect(refused.response.status).toBe(400);
    expect(JSON.parse(refused.text).errors[0]).toMatchObject({
      message: expect.stringMatching(/stop at 10000 rows/),
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter', rowLimit: CONTRACT_STATS_LIMIT, truncated: true },
    });
    const refusedMeta = await get(`/export/contract-stats.csv-metadata.json${search({ groupBy })}`, big.keys.researcher, big);
    expect(refusedMeta.response.status).toBe(400);

    // Asked for at most 10,000 rows: sent, and marked as cut in the headers and the metadata.
    const partial = await get(`/export/contract-stats.csv${search({ groupBy, first: CONTRACT_STATS_LIMIT })}`, big.keys.researcher, big);
    expect(partial.response.status).toBe(200);
    expect(partial.response.headers.get('x-truncated')).toBe('true');
    expect(partial.response.headers.get('x-row-limit')).toBe(String(CONTRACT_STATS_LIMIT));
    expect(parseCsv(partial.text.slice(1))).toHaveLength(CONTRACT_STATS_LIMIT + 1);
    const meta = JSON.parse((await get(`/export/contract-stats.csv-metadata.json${search({ groupBy, first: CONTRACT_STATS_LIMIT })}`, big.keys.researcher, big)).text);
    expect(meta['schema:creativeWorkStatus']).toBe('Incomplete');
    expect(meta['schema:numberOfItems']).toBe(CONTRACT_STATS_LIMIT);
    expect(meta['rdfs:comment'][0]).toMatch(/^Truncated: the first 10000 rows only/);
    expect(meta['dc:source']).toContainEqual(expect.objectContaining({ 'dc:type': 'IMPORT', 'dc:title': 'test: over the limit', 'schema:numberOfItems': expect.any(Number) }));

    // Narrowed to fit: whole.
    const narrowed = await get(`/export/contract-stats.csv${search({ groupBy, filter: { yearFrom: 2025 } })}`, big.keys.researcher, big);
    expect(narrowed.response.status).toBe(200);
    expect(narrowed.response.headers.get('x-truncated')).toBe('false');
  });

  it('Is a share of 1e-15 written as a decimal a spreadsheet reads as written?', async () => {
    const { text } = await get(`/export/contract-stats.csv${search({ groupBy: ['CLIENT_MARKET'], filter: { clientMarket: 'NZ' } })}`, big.keys.researcher, big);
    const [header, row] = parseCsv(text.slice(1));
    expect(row[header.indexOf('offshore_share')]).toMatch(/^0\.0000000000000\d+$/);
    expect(row[header.indexOf('offshore_executed_usd')]).toMatch(/^0\.01(0*)$/);
    expect(row[header.indexOf('executed_usd')]).toMatch(DECIMAL);
  });
});
