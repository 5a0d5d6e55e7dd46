import { percentile } from '../lib/stats';
import type { StreamResult } from './trivial-stream';

/** One hostile request as the client saw it. */
export interface HostileReply {
  name: string;
  status: number;
  code: string;
  ms: number;
  bytes: number;
}

export interface AttackFigures {
  hostile: HostileReply[];
  idle: StreamResult;
  attack: StreamResult;
  memory: { idleMb: number; peakMb: number; afterMb: number; afterSeconds: number };
  /** Set when the server died. */
  serverExit?: string;
}

export const GOAL = { hostileMs: 2000, p99Ratio: 3, memoryRatio: 1.5 };

/** The first error's extensions.code: Apollo writes `errors` before `data`, so the head of a large answer has it. */
export function firstErrorCode(head: string | undefined): string {
  return /^\s*\{\s*"errors"\s*:\s*\[[\s\S]*?"code"\s*:\s*"([A-Za-z_]+)"/.exec(head ?? '')?.[1] ?? '';
}

export function attackReport(f: AttackFigures): string {
  const out: string[] = [];
  out.push('| hostile request | status | error code | time s | response bytes |', '|---|--:|---|--:|--:|');
  for (const h of f.hostile) {
    out.push(`| ${h.name} | ${h.status || 'none'} | ${h.code || '–'} | ${(h.ms / 1000).toFixed(2)} | ${h.bytes.toLocaleString('en-US')} |`);
  }
  const idle = summary(f.idle);
  const attack = summary(f.attack);
  out.push('', '| trivial stream | idle | during the attack | ratio |', '|---|--:|--:|--:|');
  out.push(`| p50 ms | ${idle.p50.toFixed(1)} | ${attack.p50.toFixed(1)} | ${(attack.p50 / idle.p50).toFixed(1)}× |`);
  out.push(`| p99 ms | ${idle.p99.toFixed(1)} | ${attack.p99.toFixed(1)} | ${(attack.p99 / idle.p99).toFixed(1)}× |`);
  out.push(`| requests by status | ${idle.statuses} | ${attack.statuses} | |`);
  const m = f.memory;
  out.push('', `Server RSS: idle ${m.idleMb.toFixed(0)} MB, peak during the attack ${m.peakMb.toFixed(0)} MB, ${m.afterSeconds} s after it ${m.afterMb.toFixed(0)} MB.`);
  if (f.serverExit) out.push(`The server exited during the bench: ${f.serverExit}.`);

  const slow = f.hostile.filter((h) => h.ms > GOAL.hostileMs);
  const fives = [...f.hostile.filter((h) => h.status >= 500).map((h) => `${h.name}: ${h.status}`), ...fiveXx(f.idle, 'trivial (idle)'), ...fiveXx(f.attack, 'trivial (attack)')];
  const goals: Array<[string, boolean, string]> = [
    [`every hostile request refused or stopped within ${GOAL.hostileMs / 1000} s`, slow.length === 0,
      slow.length ? `${slow.length} of ${f.hostile.length} took longer (slowest ${(Math.max(...slow.map((h) => h.ms)) / 1000).toFixed(1)} s)` : `slowest ${(Math.max(...f.hostile.map((h) => h.ms)) / 1000).toFixed(2)} s`],
    [`trivial p99 during the attack ≤ ${GOAL.p99Ratio}× idle`, attack.p99 <= GOAL.p99Ratio * idle.p99, `${attack.p99.toFixed(1)} ms vs ${idle.p99.toFixed(1)} ms (${(attack.p99 / idle.p99).toFixed(1)}×)`],
    ['no 5xx', fives.length === 0, fives.length ? fives.join(', ') : 'none'],
    [`memory back to idle (≤ ${GOAL.memoryRatio}× idle RSS ${m.afterSeconds} s after)`, !f.serverExit && m.afterMb <= GOAL.memoryRatio * m.idleMb,
      `${m.afterMb.toFixed(0)} MB vs ${m.idleMb.toFixed(0)} MB idle (peak ${m.peakMb.toFixed(0)} MB)`],
  ];
  out.push('', '| goal | result | measured |', '|---|---|---|');
  for (const [goal, ok, measured] of goals) out.push(`| ${goal} | ${ok ? 'PASS' : 'FAIL'} | ${measured} |`);
  return out.join('\n');
}

function summary(result: StreamResult) {
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const statuses = Object.entries(result.statuses).map(([status, n]) => `${status === '0' ? 'no answer' : status}: ${n}`).join(', ');
  return { p50: percentile(sorted, 50) ?? NaN, p99: percentile(sorted, 99) ?? NaN, statuses };
}

function fiveXx(result: StreamResult, what: string): string[] {
  return Object.entries(result.statuses).filter(([status]) => Number(status) >= 500).map(([status, n]) => `${what}: ${n} × ${status}`);
}
