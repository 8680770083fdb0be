/**
 * Throwaway Postgres and Redis servers for the test suite, the demo and the benchmarks.
 *
 * Contract: `startLocalServices()` starts both on free loopback ports under a fresh temp folder
 * and returns their URLs and a `stop()` that kills them and removes the folder. Binaries come
 * from PATH or /usr/lib/postgresql/<v>/bin. When one is missing: as root with apt-get available
 * it is installed (`apt-get install -y postgresql redis-server`); otherwise the exact install
 * command is printed and a LocalServicesError is thrown (callers exit non-zero).
 * Postgres refuses to run as root, so as root the server runs as the `postgres` system user
 * (or `nobody` when that user does not exist).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, readFileSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { readEnv } from '../config.js';

export class LocalServicesError extends Error {}

export interface LocalServices {
  pgUrl: string;
  redisUrl: string;
  dir: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Durable Postgres (fsync on) for benchmarks; tests and the demo trade durability for speed. */
  /**
   * Acknowledged commits survive a killed server (synchronous_commit on; fsync may stay off, the
   * machine itself does not crash). For fault tests that stop Postgres with `-m immediate`: with
   * synchronous_commit off a crash loses commits the client was told had happened.
   */
  crashSafe?: boolean;
  durable?: boolean;
  /** Keep data here instead of a fresh temp folder (the demo reuses its folder between runs). */
  dir?: string;
  log?: (line: string) => void;
  /** Listen on this port (a restart after a stop keeps its address); default: a free one. */
  port?: number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function which(bin: string): string | null {
  for (const dir of (readEnv().PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, bin))) return join(dir, bin);
  }
  return null;
}

function pgBinDir(): string | null {
  const initdb = which('initdb');
  if (initdb) return join(initdb, '..');
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(base, versions[0], 'bin');
  }
  return null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function installHint(pkgs: string[]): string {
  const brew = pkgs.map((p) => (p === 'postgresql' ? 'postgresql@15' : p === 'redis-server' ? 'redis' : p));
  return `sudo apt-get install -y ${pkgs.join(' ')}   (macOS: brew install ${brew.join(' ')})`;
}

let aptUpdated = false;
function aptInstall(pkgs: string[], log: (l: string) => void): void {
  if (!isRoot() || !which('apt-get')) {
    throw new LocalServicesError(`missing ${pkgs.join(', ')}; install with: ${installHint(pkgs)}`);
  }
  const env = { ...readEnv(), DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    log(`installing ${pkgs.join(' ')} with apt-get (one-time)…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'ignore', env });
}

/** Make sure initdb/pg_ctl and redis-server exist, installing them when permitted. */
export function ensureBinaries(log: (l: string) => void = () => {}): { pgBin: string; redisServer: string } {
  const missing: string[] = [];
  if (!pgBinDir()) missing.push('postgresql');
  if (!which('redis-server')) missing.push('redis-server');
  if (missing.length) aptInstall(missing, log);
  const pgBin = pgBinDir();
  const redisServer = which('redis-server') ?? (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : null);
  if (!pgBin || !redisServer) throw new LocalServicesError(`could not find ${!pgBin ? 'postgresql' : 'redis-server'} after install; install with: ${installHint(missing)}`);
  return { pgBin, redisServer };
}

function runAsUser(): { user: string; uid: number; gid: number } | null {
  if (!isRoot()) return null;
  for (const name of ['postgres', 'nobody']) {
    try {
      const line = execFileSync('getent', ['passwd', name], { encoding: 'utf8' }).trim();
      const [, , uid, gid] = line.split(':');
      return { user: name, uid: Number(uid), gid: Number(gid) };
    } catch {
      /* try next */
    }
  }
  throw new LocalServicesError('running as root and neither a postgres nor a nobody user exists to run Postgres as');
}

function pgCmd(pgBin: string, as: ReturnType<typeof runAsUser>, bin: string, args: string[]): [string, string[]] {
  const full = join(pgBin, bin);
  return as ? ['runuser', ['-u', as.user, '--', full, ...args]] : [full, args];
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new LocalServicesError(`${what} did not become ready within ${ms} ms`);
}

function tcpPing(port: number, payload?: string, expect?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: '127.0.0.1', port });
    let buf = '';
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(500, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () => {
      if (!payload) return done(true);
      sock.write(payload);
    });
    sock.on('data', (d) => {
      buf += d.toString();
      if (!expect || buf.includes(expect)) done(true);
    });
  });
}

export async function startPostgres(dir: string, opts: StartOptions = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  const log = opts.log ?? (() => {});
  const { pgBin } = ensureBinaries(log);
  const as = runAsUser();
  const data = join(dir, 'pg');
  const sock = join(dir, 'pgsock');
  mkdirSync(sock, { recursive: true });
  chmodSync(dir, 0o755);
  if (as) chownSync(sock, as.uid, as.gid);
  const run = (bin: string, args: string[]) => {
    const [cmd, argv] = pgCmd(pgBin, as, bin, args);
    return execFileSync(cmd, argv, { stdio: 'pipe', encoding: 'utf8' });
  };
  if (!existsSync(join(data, 'PG_VERSION'))) {
    mkdirSync(data, { recursive: true });
    if (as) chownSync(data, as.uid, as.gid);
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  }
  const port = opts.port ?? (await freePort());
  const settings = [
    `-p ${port}`,
    `-c listen_addresses=127.0.0.1`,
    `-c unix_socket_directories=${sock}`,
    `-c max_connections=300`,
    `-c shared_buffers=128MB`,
    ...(opts.durable ? [] : opts.crashSafe ? ['-c fsync=off', '-c full_page_writes=off'] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  const logFile = join(dir, 'pg.log');
  if (as && !existsSync(logFile)) execFileSync('touch', [logFile]);
  if (as) chownSync(logFile, as.uid, as.gid);
  try {
    run('pg_ctl', ['-D', data, '-o', settings, '-l', logFile, '-w', '-t', '60', 'start']);
  } catch (e) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-10).join('\n') : '';
    throw new LocalServicesError(`postgres failed to start: ${(e as Error).message}\n${tail}`);
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    stop: async () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        /* already stopped */
      }
    },
  };
}

export async function startRedis(dir: string, opts: StartOptions = {}): Promise<{ url: string; stop: () => Promise<void>; process: ChildProcess }> {
  const { redisServer } = ensureBinaries(opts.log);
  const port = opts.port ?? (await freePort());
  const rdir = join(dir, 'redis');
  mkdirSync(rdir, { recursive: true });
  const child = spawn(
    redisServer,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', rdir, '--protected-mode', 'yes', '--maxmemory-policy', 'noeviction'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: false },
  );
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    await waitFor(() => tcpPing(port, 'PING\r\n', '+PONG'), 'redis-server', 15_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw new LocalServicesError(`${(e as Error).message}\n${stderr}`);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  };
}

export async function startLocalServices(opts: StartOptions = {}): Promise<LocalServices> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'draftgate-'));
  mkdirSync(dir, { recursive: true });
  const owned = !opts.dir;
  ensureBinaries(opts.log);
  const [pg, redis] = await Promise.all([startPostgres(dir, opts), startRedis(dir, opts)]);
  let stopped = false;
  return {
    pgUrl: pg.url,
    redisUrl: redis.url,
    dir,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await Promise.all([pg.stop(), redis.stop()]);
      if (owned) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const currentUser = () => userInfo().username;

/**
 * The browser the console's tests drive (playwright-core, no browser download): the system's
 * Chromium. Looks on PATH and in the usual places; when absent, as root with apt-get it installs
 * Debian's `chromium` package (like Postgres and Redis above); otherwise throws with the command.
 */
export function ensureChromium(log: (l: string) => void = () => {}): string {
  const find = () =>
    ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'].map(which).find((p) => p !== null) ??
    ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'].find((p) => existsSync(p)) ??
    null;
  const found = find();
  if (found) return found;
  aptInstall(['chromium'], log);
  const after = find();
  if (!after) throw new LocalServicesError(`could not find chromium after install; install with: ${installHint(['chromium'])}`);
  return after;
}
