import { post } from '../lib/http';
import { difference } from './compare';
import type { Pair } from './pairs';

export interface Target {
  url: URL;
  headers?: Record<string, string>;
}

/** Asks both servers once and throws unless both answer without errors and with the same records; returns the row count. */
export async function checkPair(pair: Pair, og: Target, pg5: Target): Promise<number> {
  const [ours, theirs] = await Promise.all([answer(pair, 'this project', og, pair.og), answer(pair, 'PostGraphile', pg5, pair.pg5)]);
  const ourRows = pair.rows.og(ours);
  const theirRows = pair.rows.pg5(theirs);
  const diff = difference(ourRows, theirRows);
  if (diff) throw new Error(`Pair ${pair.name} (${pair.what}): the servers return different records, ${diff}`);
  if (ourRows.length === 0) throw new Error(`Pair ${pair.name}: both servers return nothing; nothing would be compared.`);
  return ourRows.length;
}

async function answer(pair: Pair, server: string, target: Target, body: Buffer): Promise<unknown> {
  const reply = await post(target.url, body, { headers: target.headers, keepBody: true, timeoutMs: 60_000 });
  const json = reply.body ? (JSON.parse(reply.body) as { data?: unknown; errors?: unknown }) : {};
  if (reply.status !== 200 || json.errors || !json.data) {
    throw new Error(`Pair ${pair.name}: ${server} answered ${reply.status || reply.error}: ${(reply.body ?? '').slice(0, 600)}`);
  }
  return json.data;
}
