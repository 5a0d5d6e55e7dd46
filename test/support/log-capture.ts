import { createLog, type Log } from '../../src/core/log';

/** A server log kept in memory, so a test can read what the server wrote: every line, and each parsed. */
export function captureLog(level = 'info'): { log: Log; lines: string[]; entries: () => Array<Record<string, unknown>> } {
  const lines: string[] = [];
  const log = createLog({ level, destination: { write: (line: string) => void lines.push(line) } });
  return { log, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
