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
  /** Its cells may have spaces around them (unquoted CSV cells, trimmed by the reader of the cells). */
  untrimmed?: boolean;
  /** It holds a NUL character somewhere (which PostgreSQL text cannot hold). */
  nul?: boolean;
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
  const text = encoding === 'utf8' ? strictUtf8(bytes) : (bytes.pipe(iconv.decodeStream('gb18030')) as AsyncIterable<string>);
  return { records: format === 'jsonl' ? jsonLines(text) : csvRecords(text), bytesRead: () => bytes.bytesRead };
}

/** The file cannot be read as a whole (it is not in the encoding it was read in). */
export class UnreadableFile extends Error {}

/** UTF-8 that stops at the first invalid byte, rather than reading it as U+FFFD (a GB18030 file whose first 64 KiB are ASCII). */
async function* strictUtf8(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of bytes) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // Hand on the good part, so the error names the line the bad byte is on.
      const bad = firstInvalidByte(chunk);
      yield new TextDecoder('utf-8').decode(chunk.subarray(leadingContinuations(chunk), bad));
      throw new UnreadableFile(`the file is not valid UTF-8 at byte ${(offset + bad).toLocaleString('en-US')}: if it is GB18030, import it with --encoding gb18030`);
    }
    yield text;
    offset += chunk.length;
  }
  yield decoder.decode();
}

/** Bytes at the start of a chunk that continue a character begun in the previous one. */
function leadingContinuations(chunk: Buffer): number {
  let i = 0;
  while (i < 3 && i < chunk.length && (chunk[i] & 0xc0) === 0x80) i++;
  return i;
}

/** Where the first malformed sequence starts (a sequence cut by the chunk's end is not malformed). */
function firstInvalidByte(chunk: Buffer): number {
  for (let i = leadingContinuations(chunk); i < chunk.length; ) {
    const b = chunk[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!length) return i;
    for (let k = 1; k < length; k++) if (i + k < chunk.length && (chunk[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
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
    yield { line, keys: entries.map(([k]) => k), cells: entries.map(([, v]) => (v == null ? '' : Array.isArray(v) ? v.join(';') : String(v))), nul: source.includes('\\u0000') };
  }
}

/**
 * RFC 4180 CSV. Most lines hold no quote and are split on commas directly;
 * a line with a quote is read character by character: a cell that starts
 * with a quote runs to the closing quote (holding commas, doubled quotes and
 * line breaks, CRLF kept), a quote inside an unquoted cell is a character.
 * Unquoted cells are trimmed, quoted ones kept as written. Empty lines are
 * skipped. A quoted cell left open for 10,000 lines is reported and reading
 * goes on after it.
 *
 * Written here rather than taken from csv-parse (which it replaced), for a
 * measured reason: csv-parse 7 was 4–9× slower with the line numbers the
 * error report needs (`info`; 2–3× without them), counted a CRLF inside a
 * quoted cell as two lines, gave a record's last line rather than its first,
 * and cannot report an unclosed quote and read on. README, "Dependencies".
 */
export async function* csvRecords(text: AsyncIterable<string | Buffer>): AsyncGenerator<SourceRecord> {
  let rest = '';
  let line = 0;
  let first = true;
  let open: QuotedRecord | null = null;
  const take = (raw: string): SourceRecord | null => {
    line++;
    if (open) {
      if (open.feed(raw)) {
        const record = { line: open.line, cells: open.cells, nul: open.cells.some((c) => c.includes('\0')) };
        open = null;
        return record;
      }
      if (line - open.line < MAX_RECORD_LINES) return null;
      const start = open.line;
      open = null;
      return { line: start, cells: [], invalid: `a quoted cell is not closed within ${MAX_RECORD_LINES} lines` };
    }
    if (raw.indexOf('"') < 0) {
      if (raw.trim() === '') return null;
      return { line, cells: raw.split(','), untrimmed: true, nul: raw.includes('\0') };
    }
    const record = new QuotedRecord(line);
    if (record.feed(raw)) return { line, cells: record.cells, nul: raw.includes('\0') };
    open = record;
    return null;
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
  const unclosed = open as QuotedRecord | null;
  if (unclosed) yield { line: unclosed.line, cells: [], invalid: 'a quoted cell is not closed at the end of the file' };
}

const MAX_RECORD_LINES = 10_000;

/** A record read character by character, line after line while a quoted cell is open. */
class QuotedRecord {
  cells: string[] = [];
  private cell = '';
  private quoted = false;
  private wasQuoted = false;
  /** After a closing quote: spaces before the comma are not part of the cell. */
  private closed = false;
  private lineBreak = '';

  constructor(readonly line: number) {}

  /** Reads one line (without its \n); true when the record is complete. */
  feed(raw: string): boolean {
    const cr = raw.endsWith('\r');
    const body = cr ? raw.slice(0, -1) : raw;
    // The line break before this line is inside the open quoted cell.
    this.cell += this.lineBreak;
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (this.quoted) {
        if (c !== '"') this.cell += c;
        else if (body[i + 1] === '"') {
          this.cell += '"';
          i++;
        } else {
          this.quoted = false;
          this.closed = true;
        }
      } else if (c === ',') this.push();
      else if (this.closed && (c === ' ' || c === '\t')) continue;
      else if (c === '"' && !this.wasQuoted && this.cell.trim() === '') {
        this.quoted = this.wasQuoted = true;
        this.cell = '';
      } else this.cell += c;
    }
    if (this.quoted) {
      this.lineBreak = cr ? '\r\n' : '\n';
      return false;
    }
    this.push();
    return true;
  }

  private push(): void {
    this.cells.push(this.wasQuoted ? this.cell : this.cell.trim());
    this.cell = '';
    this.wasQuoted = this.closed = false;
  }
}
