/** A fresh database per test file, cloned from the migrated template; a unique Redis prefix too. */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import postgres from 'postgres';
import { Redis } from 'ioredis';
import { createDatabase, type Database } from '../../src/db/client.js';

export interface TestDb extends Database {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const base = inject('pgUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  // Cloning needs the template idle; retry briefly if another file is cloning at this instant.
  for (let i = 0; ; i++) {
    try {
      await admin.unsafe(`create database ${name} template ${inject('templateDb')}`);
      break;
    } catch (e) {
      if (i > 50) throw e;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
  await admin.end();
  const url = base.replace(/\/postgres$/, `/${name}`);
  const database = createDatabase(url, { max: 20 });
  return {
    ...database,
    url,
    name,
    drop: async () => {
      await database.close();
      const a = postgres(base, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await a.end();
    },
  };
}

export function redisUrl(): string {
  return inject('redisUrl');
}

/** A unique key prefix so files sharing the Redis server never see each other's keys or queues. */
export function uniquePrefix(): string {
  return `t${randomBytes(4).toString('hex')}`;
}

export function createTestRedis(): Redis {
  return new Redis(redisUrl(), { maxRetriesPerRequest: null, lazyConnect: false });
}
