/** Postgres connection (postgres.js) and the drizzle handle over it. Created by the composition root. */
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import type { PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from './schema.js';
import { withTimeout } from '../lib/timeout.js';

export type Schema = typeof schema;
export type Db = PostgresJsDatabase<Schema>;
export type Tx = PgTransaction<PostgresJsQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the pool or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  sql: postgres.Sql;
  db: Db;
  /** What this process knows about the database's reachability (see createBreaker). */
  breaker: Breaker;
  close(timeoutSeconds?: number): Promise<void>;
}

export interface DatabaseOptions {
  max?: number;
  appName?: string;
  /** A connection attempt gives up after this long (unreachable host, firewall drop). */
  connectTimeoutMs?: number;
  /** Postgres cancels any statement running longer (server-side `statement_timeout`). */
  statementTimeoutMs?: number;
}

/**
 * Connection failures (server down, restarted, unreachable): postgres.js codes, Node socket codes
 * and SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown,
 * cannot connect now). drizzle wraps driver errors, so look one `cause` down.
 */
export function isConnectionError(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|CONNECTION_|CONNECT_TIMEOUT|57P0|08)/.test(code)) return true;
  }
  return false;
}

/**
 * The database breaker. A connection failure an edge sees (`trip`) starts one confirming probe
 * (`select 1`, bounded by the connect timeout); the breaker opens only if that probe fails too, so
 * one connect that timed out on a loaded machine costs one 503, not every request until the next
 * probe. While open, edges answer "unavailable" at once instead of queueing work behind reconnect
 * attempts, and one probe runs every `probeMs` until it succeeds and closes the breaker. /readyz
 * reports `isOpen()`, so the API and the readiness check say the same thing.
 */
export interface Breaker {
  isOpen(): boolean;
  trip(err?: unknown): void;
  /** Stop probing (the pool is closing). */
  stop(): void;
}

export function createBreaker(probe: () => Promise<boolean>, opts: { probeMs?: number; onChange?: (open: boolean) => void } = {}): Breaker {
  let open = false;
  let confirming = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const check = (): Promise<boolean> => probe().catch(() => false);
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(async () => {
      const ok = await check();
      if (stopped) return;
      if (ok) {
        open = false;
        opts.onChange?.(false);
      } else schedule();
    }, opts.probeMs ?? 500);
    timer.unref();
  };
  return {
    isOpen: () => open,
    trip: () => {
      if (open || confirming || stopped) return;
      confirming = true;
      void check().then((ok) => {
        confirming = false;
        if (ok || stopped || open) return;
        open = true;
        opts.onChange?.(true);
        schedule();
      });
    },
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

export function createDatabase(url: string, opts: DatabaseOptions = {}): Database {
  const sql = postgres(url, {
    max: opts.max ?? 10,
    onnotice: () => {},
    connect_timeout: Math.max(1, Math.ceil((opts.connectTimeoutMs ?? 5000) / 1000)),
    // Reconnect attempts back off to at most 1 s (the default grows to 20 s, and every query
    // queued meanwhile waits for it).
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    connection: {
      application_name: opts.appName ?? 'draftgate',
      ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
    },
  });
  const db = drizzle(sql, { schema });
  // The probe may take as long as a connect may: a refused connection fails at once either way,
  // and a loaded machine that is slow to connect is not a database that is down.
  const breaker = createBreaker(() => pingDatabase(sql, Math.max(1000, opts.connectTimeoutMs ?? 5000)));
  return {
    sql,
    db,
    breaker,
    close: (timeout = 5) => {
      breaker.stop();
      return sql.end({ timeout });
    },
  };
}

/** Cheap liveness query for /readyz. */
export async function pingDatabase(sql: postgres.Sql, timeoutMs = 1000): Promise<boolean> {
  try {
    await withTimeout(sql`select 1`, timeoutMs, () => new Error('timeout'));
    return true;
  } catch {
    return false;
  }
}

/**
 * One SQL text run as a prepared statement on the caller's executor (its transaction, when it is
 * one): the hot statements drizzle's query builder cannot express in one round trip. It goes to
 * the executor's postgres.js client directly (`unsafe(text, params, { prepare: true })`, what
 * drizzle's prepared query ends in when it maps no fields), without drizzle's per-call query
 * object, tracing spans and cache wrapper: the same statement, parameters and rows. `name` labels
 * the statement for readers; postgres.js names and caches it per connection by its text.
 */
export async function runPrepared<T = Record<string, unknown>>(ex: Executor, _name: string, text: string, params: unknown[]): Promise<T[]> {
  const client = (ex._.session as unknown as { client: postgres.Sql }).client;
  return (await client.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as T[];
}
