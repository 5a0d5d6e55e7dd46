import { createHash } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';

/**
 * Reads the rows of an import file as objects keyed by header, streaming:
 * CSV in UTF-8 (with or without a BOM) or GB18030 (what Chinese government
 * spreadsheets often export), or JSON Lines. Memory does not grow with the file.
 */
export type Format = 'csv' | 'jsonl';
export type Encoding = 'utf8' | 'gb18030';

export interface SourceRow {
  /** Line number in the file (the header is line 1 of a CSV). */
  line: number;
  values: Record<string, unknown>;
}

export function formatOf(file: string): Format {
  if (/\.jsonl?$/i.test(file) || /\.ndjson$/i.test(file)) return 'jsonl';
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

export async function* readRows(file: string, format: Format, encoding: Encoding): AsyncGenerator<SourceRow> {
  const text = fs.createReadStream(file).pipe(iconv.decodeStream(encoding === 'utf8' ? 'utf8' : 'gb18030', { stripBOM: true }));
  if (format === 'jsonl') {
    let line = 0;
    for await (const raw of readline.createInterface({ input: text, crlfDelay: Infinity })) {
      line++;
      if (!raw.trim()) continue;
      let values: unknown;
      try {
        values = JSON.parse(raw);
      } catch {
        values = null;
      }
      yield { line, values: values && typeof values === 'object' && !Array.isArray(values) ? (values as Record<string, unknown>) : { __invalid: raw.slice(0, 80) } };
    }
    return;
  }
  const parser = text.pipe(parse({ columns: (header: string[]) => header.map((h) => h.trim()), skip_empty_lines: true, trim: true, relax_column_count: false, info: true }));
  for await (const record of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield { line: record.info.lines, values: record.record };
  }
}
