/**
 * What every CLI command shares: config loading, deps lifecycle, output helpers.
 *
 * Contract for expected failures (an operator's mistake or a service that is down): ONE line on
 * stderr naming the problem, a non-zero exit, never a stack trace.
 *   exit 1  refused (AppError: not found, conflict, invalid input)
 *   exit 2  bad usage (malformed id, unreadable file, bad option)
 *   exit 69 a backing service (Postgres, Redis) is unreachable (EX_UNAVAILABLE)
 *   exit 70 an unexpected error: one line too; the stack only with LOG_LEVEL=debug
 */
// Clients, deps and the logger are imported when a command first needs them (withDeps,
// preflight), not at start-up: `draftgate --help` and `draftgate scan` never load them.
import { readEnv, type Config } from '../config.js';
import type { Deps } from '../deps.js';
import { AppError } from '../lib/errors.js';
import type { Actor } from '../audit/actor.js';
import { currentUser } from '../lib/local-services.js';

export function cliActor(): Actor {
  return { type: 'cli', user: currentUser() };
}

/** How long the CLI waits for Postgres or Redis before saying it cannot reach them. */
export const CONNECT_TIMEOUT_MS = 3000;

/** A URL without its credentials, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname.length > 1 ? u.pathname : ''}`;
  } catch {
    return '(invalid URL)';
  }
}

const reason = (e: unknown) => (e as { code?: string }).code ?? (e as Error).message ?? String(e);

/** Reach each service once with a short timeout; the first that fails is named in the thrown AppError. */
export async function preflight(config: Config, needs: ReadonlyArray<'postgres' | 'redis'>, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
  const timeout = () =>
    new Promise<never>((_, rej) => {
      setTimeout(() => rej(Object.assign(new Error('timeout'), { code: `no answer within ${timeoutMs / 1000} s` })), timeoutMs).unref();
    });
  const checks: Array<Promise<void>> = [];
  if (needs.includes('postgres')) {
    checks.push(
      (async () => {
        const { default: postgres } = await import('postgres');
        const sql = postgres(config.DATABASE_URL, { max: 1, connect_timeout: Math.ceil(timeoutMs / 1000), onnotice: () => {} });
        try {
          await Promise.race([sql`select 1`, timeout()]);
        } catch (e) {
          throw new AppError('UNAVAILABLE', `cannot reach Postgres at ${redactUrl(config.DATABASE_URL)} (${reason(e)}); is it running? (DATABASE_URL)`);
        } finally {
          void sql.end({ timeout: 0 }).catch(() => {});
        }
      })(),
    );
  }
  if (needs.includes('redis')) {
    checks.push(
      (async () => {
        const { Redis } = await import('ioredis');
        const r = new Redis(config.REDIS_URL, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
        r.on('error', () => {});
        try {
          await Promise.race([r.connect().then(() => r.ping()), timeout()]);
        } catch (e) {
          throw new AppError('UNAVAILABLE', `cannot reach Redis at ${redactUrl(config.REDIS_URL)} (${reason(e)}); is it running? (REDIS_URL)`);
        } finally {
          r.disconnect();
        }
      })(),
    );
  }
  const results = await Promise.allSettled(checks);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Load config, check the services answer, build deps, run, close. Errors print as one line
 * (printAppError). `needs`: the services the command uses (default both).
 */
export async function withDeps<T>(fn: (deps: Deps) => Promise<T>, opts: { logLevel?: string; needs?: ReadonlyArray<'postgres' | 'redis'> } = {}): Promise<T> {
  // Loaded here, not at the top: the schema library is the bulk of a `--help` otherwise.
  const { loadConfigOrExit } = await import('../config-schema.js');
  const config: Config = loadConfigOrExit();
  await preflight(config, opts.needs ?? ['postgres', 'redis']);
  const [{ createDeps }, { createLogger }] = await Promise.all([import('../deps.js'), import('../lib/logger.js')]);
  const deps = createDeps(config, { log: createLogger(opts.logLevel ?? (config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL)), appName: 'draftgate-cli' });
  try {
    return await fn(deps);
  } finally {
    await deps.close();
  }
}

/** Stop with one line on stderr (bad usage: exit 2). */
export function fail(message: string, code = 2): never {
  process.stderr.write(`draftgate: ${message}\n`);
  process.exit(code);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A draft id as typed by a person: a UUID (a `draft:` prefix is accepted); anything else stops with one line. */
export function draftIdArg(raw: string): string {
  const id = raw.trim().replace(/^draft:/, '');
  if (!UUID.test(id)) fail(`"${raw}" is not a draft id (expected a UUID like 3f2b8c1e-5a4d-4e7f-9b0a-1c2d3e4f5a6b)`);
  return id.toLowerCase();
}

/** Postgres SQLSTATE classes that mean "the database is not there" (08: connection exception, 57P: shutdown). */
const UNAVAILABLE_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|CONNECT_TIMEOUT|CONNECTION_|08|57P0)/;

export function printAppError(e: unknown): never {
  if (e instanceof AppError) {
    process.stderr.write(`draftgate: ${e.message}\n`);
    for (const fe of e.extra.errors ?? []) process.stderr.write(`  ${fe.path}: ${fe.message}\n`);
    process.exit(e.status === 503 ? 69 : 1);
  }
  const code = (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code;
  if (code && UNAVAILABLE_CODES.test(code)) {
    process.stderr.write(`draftgate: a backing service stopped answering (${code}); check Postgres and Redis\n`);
    process.exit(69);
  }
  // Unexpected: still one line; the stack is for whoever turns on debug logging.
  process.stderr.write(`draftgate: unexpected error${code ? ` (${code})` : ''}: ${(e as Error)?.message ?? String(e)}\n`);
  // LOG_LEVEL straight from the environment: a full config check here would bury this error under
  // unrelated ones (a command that needs no database would report DATABASE_URL as missing).
  if (/^(debug|trace)$/.test(readEnv().LOG_LEVEL ?? '')) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
  process.exit(70);
}
