import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export interface ChildServer {
  name: string;
  pid: number;
  base: string;
  /** Resident memory now and its peak so far (VmRSS, VmHWM), in MB. */
  memory(): { rssMb: number; peakMb: number };
  /** The last lines it printed, and how many it has printed in all. */
  output(): string[];
  printed(): number;
  /** Its exit code once it has exited (null when killed by a signal), else undefined. */
  exitCode(): number | null | undefined;
  stop(): Promise<void>;
}

export interface ChildOptions {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  base: string;
  /** Resolves true once the server answers. */
  ready(): Promise<boolean>;
  timeoutMs?: number;
}

const running = new Set<ChildServer>();
// A bench that fails or is interrupted must not leave servers behind.
process.on('exit', () => {
  for (const child of running) {
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const ROUTINE = /^\{"level":"(info|debug|trace)"/;

/** Starts a server as a child process and waits until it answers. */
export async function startChild(options: ChildOptions): Promise<ChildServer> {
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let printed = 0;
  const keep = (chunk: Buffer) => {
    // Request lines and other information are the server's routine: what is counted and kept is the rest (warnings, errors, plain text).
    const more = chunk.toString('utf8').split('\n').filter((line) => line && !ROUTINE.test(line));
    printed += more.length;
    lines.push(...more);
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => child.once('exit', (code) => ((exited = code), resolve())));
  const server: ChildServer = {
    name: options.name,
    pid: child.pid ?? 0,
    base: options.base,
    memory: () => memoryOf(child.pid ?? 0),
    output: () => [...lines],
    printed: () => printed,
    exitCode: () => exited,
    stop: async () => {
      running.delete(server);
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
  running.add(server);
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (!(await options.ready().catch(() => false))) {
    if (exited !== undefined || Date.now() > deadline) {
      await server.stop();
      throw new Error(`${options.name} did not start (${exited !== undefined ? `exit code ${exited}` : 'timeout'}):\n${lines.slice(-30).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return server;
}

/** NaN once the process is gone. */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  let status = '';
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    /* exited */
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
