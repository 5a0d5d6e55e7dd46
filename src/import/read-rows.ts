import { createHash } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';

/**
 * Reads the records of an import file, streaming (memory does not grow with
 * the file): CSV in UTF-8 (with or without a BOM) or GB18030 (what Chinese
 * government spreadsheets often export), or JSON Lines.
 */
export type Format = 'csv' | 'jsonl';
export type Encoding = 'utf8' | 'gb18030';

export interface SourceRecord {
  /** Line of the file the record starts on (the header is line 1 of a CSV). */
  line: number;
  cells: string[];
  /** The keys of a JSON Lines object, in the order of `cells`; a CSV's header is its first record. */
  keys?: string[];
  /** Why the record could not be read, if it could not. */
  invalid?: string;
}

export function formatOf(file: string): Format {
  if (/\.(jsonl?|ndjson)$/i.test(file)) return 'jsonl';
  if (/\.csv$/i.test(file)) return 'csv';
  throw new Error(`Cannot tell the format of ${file}: use .csv or .jsonl`);
}

/** UTF-8 unless the first 64 KiB are not valid UTF-8, then GB18030. */
export async function detectEncoding(file: string): Promise<Encoding> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    let head = buffer.subarray(0, bytesRead);
    // Do not judge a multi-byte character cut at the end of the sample.
    while (head.length && (head[head.length - 1] & 0xc0) === 0x80) head = head.subarray(0, head.length - 1);
    if (head.length && head[head.length - 1] >= 0xc0) head = head.subarray(0, head.length - 1);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head);
      return 'utf8';
    } catch {
      return 'gb18030';
    }
  } finally {
    await handle.close();
  }
}

export async function checksumOf(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The records of a file, and how many of its bytes have been read (for a progress bar). */
export function readRecords(file: string, format: Format, encoding: Encoding): { records: AsyncGenerator<SourceRecord>; bytesRead(): number } {
  const bytes = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const text = (encoding === 'utf8' ? bytes.setEncoding('utf8') : bytes.pipe(iconv.decodeStream('gb18030'))) as AsyncIterable<string>;
  return { records: format === 'jsonl' ? jsonLines(text) : csvRecords(text), bytesRead: () => bytes.bytesRead };
}

async function* jsonLines(text: AsyncIterable<string>): AsyncGenerator<SourceRecord> {
  let line = 0;
  for await (const raw of readline.createInterface({ input: Readable.from(text), crlfDelay: Infinity })) {
    line++;
    const source = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!source.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch {
      value = null;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield { line, cells: [], invalid: source.slice(0, 80) };
      continue;
    }
    const entries = Object.entries(value as Record<string, unknown>);
    yield { line, keys: entries.map(([k]) => k), cells: entries.map(([, v]) => (v == null ? '' : Array.isArray(v) ? v.join(';') : String(v))) };
  }
}

/**
 * RFC 4180 CSV. Most lines hold no quote and are split on commas directly;
 * a quoted field (which may hold commas, doubled quotes and line breaks) is
 * read character by character. Empty lines are skipped.
 */
export async function* csvRecords(text: AsyncIterable<string | Buffer>): AsyncGenerator<SourceRecord> {
  let rest = '';
  let line = 0;
  let first = true;
  // A record whose quoted field runs over a line break: its text so far and first line.
  let open: { text: string; line: number } | null = null;
  const take = (raw: string): SourceRecord | null => {
    line++;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (open) {
      open.text += '\n' + raw;
      if (quoteCount(open.text) % 2) return null;
      const record = { line: open.line, cells: splitQuoted(open.text) };
      open = null;
      return record;
    }
    if (raw.indexOf('"') < 0) return raw.trim() === '' ? null : { line, cells: raw.split(',') };
    if (quoteCount(raw) % 2) {
      open = { text: raw, line };
      return null;
    }
    return { line, cells: splitQuoted(raw) };
  };
  for await (const chunk of text) {
    let data = rest + chunk;
    if (first) {
      data = data.replace(/^\uFEFF/, '');
      first = false;
    }
    let pos = 0;
    for (let nl = data.indexOf('\n'); nl >= 0; nl = data.indexOf('\n', pos)) {
      const record = take(data.slice(pos, nl));
      pos = nl + 1;
      if (record) yield record;
    }
    rest = data.slice(pos);
  }
  if (rest) {
    const record = take(rest);
    if (record) yield record;
  }
  const unclosed = open as { line: number } | null;
  if (unclosed) yield { line: unclosed.line, cells: [], invalid: 'a quoted field is not closed' };
}

function quoteCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

/** Splits one record that holds quoted fields. */
function splitQuoted(s: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
