/**
 * The setup every integration file needs, in one call at the top level of the file:
 *
 *   const env = useIntegrationEnv({ policy: true });
 *   it('…', async () => { await doThing(env.deps); expect(await env.t.db.select()…) });
 *
 * beforeAll: a fresh test database (createTestDb), a Deps over it with a unique Redis prefix
 * (createTestDeps, `overrides` as env strings; a function is called in the hook, after any earlier
 * beforeAll of the file, e.g. one starting a fake server whose url it needs), and the shipped
 * policy when `policy` is set. `deps: false` for a file that needs only the database (no Redis).
 * afterAll: deps closed, database dropped. `env.t` and `env.deps` are valid inside tests and
 * hooks (not at import time).
 */
import { afterAll, beforeAll } from 'vitest';
import { createTestDb, type TestDb } from './db.js';
import { createTestDeps, type TestDeps } from './deps.js';
import { testActor } from './fixtures.js';
import { ensureActivePolicy } from '../../src/policy-store/store.js';

export interface IntegrationEnv {
  readonly t: TestDb;
  readonly deps: TestDeps;
}

export function useIntegrationEnv(opts: { overrides?: Record<string, string> | (() => Record<string, string>); policy?: boolean; deps?: boolean } = {}): IntegrationEnv {
  let t: TestDb | undefined;
  let deps: TestDeps | undefined;
  beforeAll(async () => {
    t = await createTestDb();
    if (opts.deps !== false) deps = createTestDeps(t, typeof opts.overrides === 'function' ? opts.overrides() : opts.overrides);
    if (opts.policy) await ensureActivePolicy(t.db, testActor);
  });
  afterAll(async () => {
    await deps?.close();
    await t?.drop();
  });
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`useIntegrationEnv: ${what} is set up in beforeAll; use it inside a test or hook`);
    return v;
  };
  return {
    get t() {
      return need(t, 't');
    },
    get deps() {
      return need(deps, opts.deps === false ? 'deps (not made: useIntegrationEnv({ deps: false }))' : 'deps');
    },
  };
}
