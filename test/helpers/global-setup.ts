/**
 * Starts one throwaway Postgres and Redis for the whole run, migrates a template database, and
 * hands their URLs to test files (inject('pgUrl') …). Each integration file clones its own
 * database from the template (see db.ts), so files run in parallel without sharing rows.
 */
import type { TestProject } from 'vitest/node';
import postgres from 'postgres';
import { startLocalServices, type LocalServices } from '../../src/lib/local-services.js';
import { createDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';

export const TEMPLATE_DB = 'dg_template';
let services: LocalServices | undefined;

export default async function setup(project: TestProject) {
  services = await startLocalServices({ log: (l) => console.log(`[services] ${l}`) });
  const admin = postgres(services.pgUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const tplUrl = services.pgUrl.replace(/\/postgres$/, `/${TEMPLATE_DB}`);
  const db = createDatabase(tplUrl, { max: 2 });
  await migrateDatabase(db);
  await db.close();
  project.provide('pgUrl', services.pgUrl);
  project.provide('redisUrl', services.redisUrl);
  project.provide('templateDb', TEMPLATE_DB);
  return async () => {
    await services?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
    redisUrl: string;
    templateDb: string;
  }
}
