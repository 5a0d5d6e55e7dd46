import fs from 'node:fs';
import { runLoad } from './lib/load';
async function main() {
  const [pair, seconds] = process.argv.slice(2);
  const body = fs.readFileSync(`bench/peer/og_${pair}.json`);
  const r = await runLoad({ url: new URL('http://127.0.0.1:4555/graphql'), body, headers: { 'content-type': 'application/json', ...(process.env.KEY ? { authorization: `Bearer ${process.env.KEY}` } : {}) }, connections: 8, durationMs: Number(seconds) * 1000 });
  console.log(pair, JSON.stringify(r));
}
void main();
