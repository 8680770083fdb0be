/** Postgres connection (postgres.js) and the drizzle handle over it. Created by the composition root. */
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import type { PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PostgresJsDatabase<Schema>;
export type Tx = PgTransaction<PostgresJsQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the pool or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  sql: postgres.Sql;
  db: Db;
  close(timeoutSeconds?: number): Promise<void>;
}

export function createDatabase(url: string, opts: { max?: number; appName?: string } = {}): Database {
  const sql = postgres(url, {
    max: opts.max ?? 10,
    onnotice: () => {},
    connection: { application_name: opts.appName ?? 'draftgate' },
  });
  const db = drizzle(sql, { schema });
  return {
    sql,
    db,
    close: (timeout = 5) => sql.end({ timeout }),
  };
}

/** Cheap liveness query for /readyz. */
export async function pingDatabase(sql: postgres.Sql, timeoutMs = 1000): Promise<boolean> {
  try {
    await Promise.race([sql`select 1`, new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), timeoutMs))]);
    return true;
  } catch {
    return false;
  }
}
