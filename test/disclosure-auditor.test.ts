import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadSynthetic } from '../seeds/synthetic';
import { releaseSyntheticYears, loadContributions } from '../src/disclosure/release';
import { indicator, Span } from '../src/disclosure/linear-span';
import { primaryStatus, sensitiveSums } from '../src/disclosure/suppression';
import { buildContractCells, PUBLISHED_TABLES, type Contribution } from '../src/disclosure/tables';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * The auditor: an attacker without a researcher key asks every allowed
 * combination of grouping, filter, year range, variant and release date,
 * writes each figure it gets as a linear equation over the atoms of the
 * records (which it knows: the public list of contract records names each
 * enterprise's year, domain and direction), and solves the system. No
 * quantity the rules protect may come out: no cell of fewer than 3
 * enterprises or dominated by one (of any table, withheld or not asked),
 * no sensitive atom, no enterprise's own figure.
 */
type Filter = { yearFrom?: number; yearTo?: number; direction?: string; category?: string; domainNumbers?: number[]; regionCode?: string; parkId?: string; excludeSynthetic?: boolean; publishedOn?: string };
interface Ask { groupBy: string[]; regionLevel?: string; filter: Filter }
interface Row { year: number | null; category: string | null; direction: string | null; domain: { number: number } | null; region: { code: string } | null; park: { id: string } | null; executedCny: number }

const ROW = 'year category direction domain { number } region { code } park { id } executedCny';

interface World {
  years: number[];
  releasedOn: Map<number, string>;
  /** Per year: contributions and the atom index of each. */
  byYear: Map<number, { contributions: Contribution[]; atomOf: Map<Contribution, number> }>;
  domains: Map<number, { id: number; category: string }>;
  regions: Array<{ id: number; code: string; kind: string }>;
  parks: number[];
  /** Unknowns: (year, atom) → column. */
  column: (year: number, atom: number) => number;
}

async function worldOf(server: TestServer): Promise<World> {
  const em = server.orm.em.fork() as EntityManager;
  const releases = await server.sql<{ year: number; on: string }>(`select year, to_char(released_on, 'YYYY-MM-DD') as on from statistics_release order by year`);
  const byYear = new Map<number, { contributions: Contribution[]; atomOf: Map<Contribution, number> }>();
  const columns = new Map<string, number>();
  for (const { year } of releases) {
    const { contributions } = await loadContributions(em, year);
    byYear.set(year, { contributions, atomOf: buildContractCells(contributions).atomIndex });
  }
  const domains = new Map((await server.sql<{ number: number; id: number; category: string }>('select number, id, category from service_domain')).map((d) => [d.number, d]));
  return {
    years: releases.map((r) => r.year),
    releasedOn: new Map(releases.map((r) => [r.year, r.on])),
    byYear,
    domains,
    // The regions that cover an enterprise: asked about any other (thousands of districts with no one in them), a report is empty.
    regions: await server.sql(`select distinct r.id, r.code, r.kind, r.path from region r join region er on er.path like r.path || '%'
      where er.id in (select region_id from enterprise) order by r.path`),
    parks: (await server.sql<{ park_id: number }>('select distinct park_id from enterprise_park order by 1')).map((r) => r.park_id),
    column: (year, atom) => {
      const key = `${year}:${atom}`;
      if (!columns.has(key)) columns.set(key, columns.size);
      return columns.get(key)!;
    },
  };
}

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** Every question a caller without a researcher key may ask. */
function everyAsk(world: World): Ask[] {
  const asks: Ask[] = [];
  const { years } = world;
  const ranges: Array<[number | undefined, number | undefined]> = [[undefined, undefined]];
  for (const a of years) for (const b of years) if (a <= b && b - a <= 2) ranges.push([a, b]);
  for (const variant of [false, true]) {
    for (const table of PUBLISHED_TABLES) {
      const groupBys = [['YEAR', ...table.dims], [...table.dims]];
      const filters: Filter[] = [{}];
      for (const d of table.dims) {
        if (d === 'DIRECTION') filters.push({ direction: 'OFFSHORE' }, { direction: 'ONSHORE' });
        if (d === 'CATEGORY') filters.push(...['ITO', 'BPO', 'KPO'].map((category) => ({ category })));
        if (d === 'DOMAIN') filters.push(...[...world.domains.keys()].map((n) => ({ domainNumbers: [n] })), { domainNumbers: [1, 2, 3] }, { category: 'KPO' });
        if (d === 'REGION') filters.push(...world.regions.map((r) => ({ regionCode: r.code })));
        if (d === 'PARK') filters.push(...world.parks.map((p) => ({ parkId: gid('Park', p) })));
      }
      for (const groupBy of groupBys) {
        const levels = table.dims.includes('REGION') && groupBy.includes('REGION') ? [undefined, 'NATIONAL_REGION', 'PROVINCE', 'MACRO_REGION', 'CITY', 'DISTRICT'] : [undefined];
        for (const regionLevel of levels) {
          for (const f of filters) {
            const yearRanges = groupBy.includes('YEAR') && Object.keys(f).length > 0 ? [[undefined, undefined] as [undefined, undefined]] : ranges;
            for (const [yearFrom, yearTo] of yearRanges) {
              asks.push({ groupBy, regionLevel, filter: { ...f, yearFrom, yearTo, excludeSynthetic: variant } });
            }
          }
        }
      }
    }
  }
  // Release dates: what the public saw on each (years released by then).
  for (const on of new Set(world.releasedOn.values())) asks.push({ groupBy: [], filter: { publishedOn: on } }, { groupBy: ['DIRECTION'], filter: { publishedOn: on } });
  return asks;
}

/** The atoms (as columns) a row of an answer sums. */
function columnsOf(world: World, ask: Ask, row: Row | null): number[] {
  const cols: number[] = [];
  const f = ask.filter;
  const regionOf = (code: string) => world.regions.find((r) => r.code === code)!.id;
  for (const year of world.years) {
    if (f.yearFrom != null && year < f.yearFrom) continue;
    if (f.yearTo != null && year > f.yearTo) continue;
    if (f.publishedOn && world.releasedOn.get(year)! > f.publishedOn) continue;
    if (row?.year != null && row.year !== year) continue;
    const { contributions, atomOf: atoms } = world.byYear.get(year)!;
    for (const c of contributions) {
      if (f.excludeSynthetic && c.synthetic) continue;
      if (f.direction && c.direction !== f.direction) continue;
      if (f.category && c.category !== f.category) continue;
      if (f.domainNumbers && !f.domainNumbers.some((n) => world.domains.get(n)!.id === c.domainId)) continue;
      if (f.regionCode && !c.regionIds.includes(regionOf(f.regionCode))) continue;
      if (f.parkId && !c.parkIds.includes(idOf(f.parkId))) continue;
      if (row) {
        if (row.direction && c.direction !== row.direction) continue;
        if (row.category && c.category !== row.category) continue;
        if (row.domain && world.domains.get(row.domain.number)!.id !== c.domainId) continue;
        if (row.region && !c.regionIds.includes(regionOf(row.region.code))) continue;
        if (row.park && !c.parkIds.includes(idOf(row.park.id))) continue;
      }
      cols.push(world.column(year, atoms.get(c)!));
    }
  }
  return cols;
}

interface Protected {
  columns: number[];
  /** The enterprises whose figures it holds. */
  owners: Set<number>;
}

/**
 * What must not be determined: per year, every cell of every grouping that
 * fails the primary rule, every sensitive atom, every enterprise's own
 * figure. And the insiders: every enterprise (an enterprise key knows its
 * own figures) and every park's enterprises together (a park
 * administrator reads them): each knows the atoms that are all its own,
 * and must not work out any of the above that is not all its own, nor what
 * it leaves of an atom or of a cell of any grouping when that is one other
 * enterprise's.
 */
function protectedSums(world: World) {
  const sums: Protected[] = [];
  const cellsOfAny: Protected[] = [];
  const atomsOfAny: Protected[] = [];
  const insiders: Array<Set<number>> = [];
  for (const year of world.years) {
    const { cells, atoms, coalitions } = buildContractCells(world.byYear.get(year)!.contributions);
    const owners = (list: Iterable<number>) => new Set([...list].flatMap((a) => [...atoms[a].keys()]));
    const columns = (list: Iterable<number>) => [...list].map((a) => world.column(year, a));
    for (const cell of cells) {
      const p = { columns: columns(cell.atoms), owners: owners(cell.atoms) };
      cellsOfAny.push(p);
      if (primaryStatus(cell.byContributor) !== 'PUBLISHED') sums.push(p);
    }
    for (const s of sensitiveSums(atoms)) sums.push({ columns: columns(s.atoms), owners: owners(s.atoms) });
    atoms.forEach((figures, atom) => atomsOfAny.push({ columns: columns([atom]), owners: new Set(figures.keys()) }));
    for (const figures of atoms) for (const e of figures.keys()) if (!insiders.some((g) => g.size === 1 && g.has(e))) insiders.push(new Set([e]));
    for (const park of coalitions) if (park.length > 1 && !insiders.some((g) => g.size === park.length && park.every((e) => g.has(e)))) insiders.push(new Set(park));
  }
  return { sums, cellsOfAny, atomsOfAny, insiders };
}

/** What each insider can work out, counted over all insiders. */
function insiderAudit(span: Span, protectedOnes: ReturnType<typeof protectedSums>): number {
  const { sums, cellsOfAny, atomsOfAny, insiders } = protectedOnes;
  const inside = (owners: Set<number>, g: Set<number>) => [...owners].every((o) => g.has(o));
  const oneOutside = (owners: Set<number>, g: Set<number>) => [...owners].filter((o) => !g.has(o)).length === 1 && [...owners].some((o) => g.has(o));
  let found = 0;
  for (const g of insiders) {
    const theirs = span.clone();
    for (const a of atomsOfAny) if (inside(a.owners, g)) theirs.add(indicator(a.columns), -1);
    const targets = [
      ...sums.filter((s) => !inside(s.owners, g)),
      ...atomsOfAny.filter((a) => oneOutside(a.owners, g)),
      ...cellsOfAny.filter((c) => oneOutside(c.owners, g)),
    ];
    found += targets.filter((t) => theirs.contains(indicator(t.columns))).length;
  }
  return found;
}

async function askAll(server: TestServer, asks: Ask[]): Promise<Array<{ rows: Row[]; total: Row | null }>> {
  const answers: Array<{ rows: Row[]; total: Row | null }> = [];
  for (let i = 0; i < asks.length; i += 15) {
    const batch = asks.slice(i, i + 15);
    const fields = batch.map((a, j) => `a${j}: contractStats(groupBy: [${a.groupBy.join(', ')}], ${a.regionLevel ? `regionLevel: ${a.regionLevel}, ` : ''}filter: ${JSON.stringify(a.filter).replace(/"(\w+)":/g, '$1:').replace(/"(OFFSHORE|ONSHORE|ITO|BPO|KPO)"/g, '$1')}, first: 10000) { rows { ${ROW} } total { ${ROW} } }`);
    const result = await server.query<Record<string, { rows: Row[]; total: Row | null }>, unknown>(`{ ${fields.join('\n')} }`, undefined, null);
    expect(result.errors, JSON.stringify(result.errors?.[0])).toBeUndefined();
    batch.forEach((_, j) => answers.push(result.data![`a${j}`]));
  }
  return answers;
}

async function audit(server: TestServer, only: (ask: Ask) => boolean = () => true, insiders = true) {
  const world = await worldOf(server);
  const asks = everyAsk(world).filter(only);
  const answers = await askAll(server, asks);
  const span = new Span();
  let figures = 0;
  answers.forEach((answer, i) => {
    for (const row of answer.rows) {
      const cols = columnsOf(world, asks[i], row);
      if (cols.length) span.add(indicator(cols), figures++);
    }
    // Grouped by nothing, the total is the one figure; otherwise it is the sum of the rows (shown only when none is withheld).
    if (answer.total && asks[i].groupBy.length === 0) {
      const cols = columnsOf(world, asks[i], null);
      if (cols.length) span.add(indicator(cols), figures++);
    } else if (answer.total) expect(answer.total.executedCny).toBeCloseTo(answer.rows.reduce((s, r) => s + r.executedCny, 0), 0);
  });
  const protectedOnes = protectedSums(world);
  const { sums } = protectedOnes;
  const determined = sums.filter((s) => span.contains(indicator(s.columns)));
  // Each enterprise and each park administrator as an insider: what it saw, plus its own figures.
  const insiderDetermined = insiders ? insiderAudit(span, protectedOnes) : 0;
  if (process.env.AUDIT_REPORT) console.log({ asks: asks.length, figures, rank: span.rank, protected: sums.length, insiders: protectedOnes.insiders.length, determined: determined.length, insiderDetermined });
  return { asks: asks.length, figures, rank: span.rank, protectedCount: sums.length, determined: determined.length, insiderDetermined };
}

describe('the disclosure auditor', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rateLimits: { anonymous: 1e12, key: 1e12, windowSeconds: 60 }, budgets: { anonymous: { pointsPerRequest: 10_000_000, maxResponseBytes: 64_000_000 } } });
  });
  afterAll(() => server?.close());

  it('finds no protected figure an anonymous caller can work out from every allowed question, at synthetic scale 1', async () => {
    const result = await audit(server);
    expect(result.asks).toBeGreaterThan(20_000);
    expect(result.figures).toBeGreaterThan(1000);
    expect(result.protectedCount).toBeGreaterThan(100);
    expect(result.determined).toBe(0);
    expect(result.insiderDetermined).toBe(0);
  }, 600_000);

  it('finds none at synthetic scale 3 either', async () => {
    await loadSynthetic(server.orm.em.fork(), { scale: 3, seed: 7 });
    await releaseSyntheticYears(server.orm.em.fork() as EntityManager);
    const result = await audit(server);
    expect(result.determined).toBe(0);
    expect(result.insiderDetermined).toBe(0);
  }, 600_000);

  it('would find what insiders can work out if the releases protected only from outsiders', async () => {
    await server.sql('delete from statistics_release');
    await releaseSyntheticYears(server.orm.em.fork() as EntityManager, { protectFromInsiders: false });
    const result = await audit(server, (a) => a.filter.publishedOn == null && a.filter.excludeSynthetic === false && (a.filter.yearFrom == null || a.filter.yearFrom === a.filter.yearTo));
    expect(result.determined).toBe(0);
    expect(result.insiderDetermined).toBeGreaterThan(0);
  }, 600_000);

  it('would find them if the tables were published without complementary suppression', async () => {
    // The auditor can fail: publish every cell that passes the primary rule alone, and it finds withheld ones determined.
    await server.sql(`update published_cell c set status = 'PUBLISHED', signed_cny = 0, executed_cny = 0 where status = 'COMPLEMENTARY'`);
    // The tables by year alone, unfiltered, are enough to show it.
    const result = await audit(server, (a) => a.groupBy.includes('YEAR') && a.filter.yearFrom == null && Object.values(a.filter).filter((v) => v != null && v !== false).length === 0, false);
    expect(result.determined).toBeGreaterThan(0);
  }, 600_000);
});
