import type { ColumnType, CsvForm } from './csv';
import type { CsvReport, Cut, RecordSource } from './reports';

/**
 * The metadata of a CSV export, after the W3C's CSV on the Web (CSVW,
 * https://www.w3.org/TR/tabular-metadata/): the table's columns and their
 * datatypes, and, in Dublin Core and PROV terms, what it is, where its
 * figures came from, when it was made and by which GraphQL operation, so a
 * researcher can cite it and run the same operation again. Served at
 * `/export/<report>.csv-metadata.json?<the CSV's parameters>`.
 */

/** CSVW datatypes of the column types. */
const DATATYPES: Record<ColumnType, string> = {
  id: 'string', text: 'string', list: 'string', integer: 'integer', decimal: 'decimal', number: 'double', boolean: 'boolean', date: 'date', datetime: 'dateTime',
};

/** The distinct provenance of the records a GraphQL result names (`provenance { source document }` wherever selected). */
export class ProvenanceSet {
  private readonly seen = new Map<string, { about: string; source: string; document: string | null; locator: string | null }>();

  collect(value: unknown, about = ''): void {
    if (Array.isArray(value)) {
      for (const item of value) this.collect(item, about);
      return;
    }
    if (value == null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'provenance' && child && typeof child === 'object' && 'source' in child) {
        const p = child as { source: string; document?: string | null; locator?: string | null };
        const entry = { about, source: p.source, document: p.document ?? null, locator: p.locator ?? null };
        this.seen.set(JSON.stringify(entry), entry);
      } else {
        // Name what a record is by the field that holds it, past the connection's own fields.
        this.collect(child, ['nodes', 'edges', 'node'].includes(key) ? about : key);
      }
    }
  }

  get entries() {
    return [...this.seen.values()];
  }
}

export interface MetadataInput {
  name: string;
  report: CsvReport;
  form: CsvForm;
  /** The CSV's query string (with its `?`), re-encoded. */
  parameters: string;
  query: string;
  /** As the operation read them, defaults filled in. */
  variables: Record<string, unknown>;
  generatedAt: string;
  rowCount: number;
  cut: Cut | null;
  notes: string[];
  provenance: ProvenanceSet;
  records: RecordSource[];
}

/** Finds `asOf` and `publishedOn` among the variables, at the top or in an input object (`filter`, `options`). */
function dateVariable(variables: Record<string, unknown>, key: 'asOf' | 'publishedOn'): string | null {
  if (typeof variables[key] === 'string') return variables[key] as string;
  for (const value of Object.values(variables)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as Record<string, unknown>)[key] === 'string') {
      return (value as Record<string, string>)[key];
    }
  }
  return null;
}

export function csvMetadata(m: MetadataInput): Record<string, unknown> {
  const asOf = dateVariable(m.variables, 'asOf');
  const publishedOn = dateVariable(m.variables, 'publishedOn');
  const sources = [
    ...m.records.map((r) => ({ 'schema:about': r.about, 'dc:type': r.source, 'dc:title': r.document, 'schema:numberOfItems': r.count })),
    ...m.provenance.entries.map((p) => ({
      'schema:about': p.about, 'dc:type': p.source, 'dc:title': p.document, ...(p.locator ? { 'rdfs:comment': `at ${p.locator}` } : {}),
    })),
  ];
  const synthetic = sources.some((s) => s['dc:type'] === 'SYNTHETIC');
  const spreadsheet = m.form === 'spreadsheet';
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    // Relative to this document: the CSV of the same parameters.
    url: `${m.name}.csv${m.parameters}`,
    'dc:title': m.report.title,
    'dc:description': m.notes,
    'dc:source': sources,
    ...(asOf ? { 'dc:temporal': asOf } : {}),
    // As published on a date: the records as they stood at the end of that day, which later revisions leave as they were.
    ...(publishedOn ? { 'dc:issued': publishedOn } : {}),
    'prov:generatedAtTime': { '@value': m.generatedAt, '@type': 'xsd:dateTime' },
    'prov:wasGeneratedBy': {
      '@type': 'prov:Activity',
      'rdfs:label': 'The GraphQL operation behind the table: POST {query, variables} to /graphql with the same API key for the same rows as JSON.',
      // Relative to this document (/export/…): the API's /graphql.
      'prov:used': { '@id': '../graphql' },
      'rdf:value': { '@type': '@json', '@value': { query: m.query.replace(/\s+/g, ' ').trim(), variables: m.variables } },
    },
    'schema:numberOfItems': m.rowCount,
    'schema:creativeWorkStatus': m.cut ? 'Incomplete' : 'Complete',
    'rdfs:comment': [
      ...(m.cut ? [`Truncated: the first ${m.cut.limit} rows only, as asked (the field returns at most ${m.cut.limit}); more rows exist.`] : []),
      publishedOn
        ? `As published on ${publishedOn}: the same parameters give the same figures later.`
        : `As revised when generated: the latest figures, which later corrections and filings change (pass publishedOn, where the report takes it, for figures that stay put).`,
      ...(synthetic ? ['Some records come from the synthetic generator (SYNTHETIC): demonstration data, not real figures; excludeSynthetic leaves them out where the report takes it.'] : []),
      spreadsheet
        ? 'Spreadsheet form: an identifier a spreadsheet would read as a number or a date is written as ="…", a formula whose value is the text; form=plain writes it bare.'
        : 'Plain form: every identifier as it is; a spreadsheet may turn long digit-only codes into numbers.',
      'Text starting with = + - @, a tab or CR (or a full-width ＝ ＋ － ＠) has a leading \' so no spreadsheet runs it as a formula.',
    ],
    dialect: { encoding: 'utf-8', header: true, lineTerminators: ['\r\n'], doubleQuote: true },
    tableSchema: {
      columns: m.report.columns.map(([header, , type]) => ({
        name: header,
        titles: header,
        datatype: DATATYPES[type],
        ...(type === 'list' ? { separator: ';' } : {}),
        ...(type === 'id' ? { 'dc:description': spreadsheet ? 'An identifier: text, written as ="…" where a spreadsheet would read it as a number.' : 'An identifier: text.' } : {}),
        ...(type === 'decimal' ? { 'dc:description': 'An amount, written as given (no exponent).' } : {}),
      })),
    },
  };
}
