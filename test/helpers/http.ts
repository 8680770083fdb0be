/** Intake test setup: a Deps over a fresh DB with the shipped policy, a small book, an app and tokens. */
import { createTestDb, type TestDb } from './db.js';
import { createTestDeps, type TestDeps } from './deps.js';
import { makeAccount, makeDraft, testActor } from './fixtures.js';
import { importAccounts } from '../../src/accounts/import.js';
import { ensureActivePolicy } from '../../src/policy-store/store.js';
import { warmIntake } from '../../src/drafts/intake.js';
import { createHttpApp } from '../../src/http/app.js';
import { createToken, type Scope } from '../../src/tokens/tokens.js';
import type { Account } from '../../src/detect/types.js';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

export interface IntakeEnv {
  t: TestDb;
  deps: TestDeps;
  app: ReturnType<typeof createHttpApp>;
  account: Account;
  secret: string;
  tokenId: string;
  token(scopes: Scope[], extra?: { workflows?: string[]; ratePerMinute?: number }): Promise<string>;
  draft(over?: Record<string, unknown>): Record<string, unknown>;
  post(path: string, body: unknown, headers?: Record<string, string>, secret?: string): Promise<Response>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

let n = 0;

export async function setupIntake(overrides: Record<string, string> = {}): Promise<IntakeEnv> {
  const t = await createTestDb();
  const deps = createTestDeps(t, overrides);
  await ensureActivePolicy(deps.db, testActor);
  const account = makeAccount({
    id: 'ACC-1',
    name: 'Acme Analytics',
    domain: 'acme-analytics.com',
    valueUsd: 10_000,
    sensitive: { contract_value: '48250', discount_pct: '17', private_notes: 'CFO plans layoffs in spring' },
    facts: ['Acme Analytics raised a Series B in 2026'],
  });
  await importAccounts(deps.db, { accounts: [account, makeAccount({ id: 'ACC-2', name: 'Acme Logistics', domain: 'acme-logistics.com' })], actor: testActor, source: 'test' });
  const app = createHttpApp(deps);
  // As `serve` does before it listens: the first draft must not compile the rule packs while
  // other requests wait on the event loop (their connections would time out).
  await warmIntake(deps);
  const token = async (scopes: Scope[], extra: { workflows?: string[]; ratePerMinute?: number } = {}) =>
    (await createToken(deps.db, { name: `tok-${++n}-${Date.now()}`, scopes, ...extra }, testActor)).secret;
  const main = await createToken(deps.db, { name: 'cowork', scopes: ['drafts:write', 'drafts:read', 'accounts:read'] }, testActor);
  const env: IntakeEnv = {
    t,
    deps,
    app,
    account,
    secret: main.secret,
    tokenId: main.token.id,
    token,
    draft: (over = {}) => ({ ...makeDraft(account, { workflow: 'intro', template_id: 'tpl-1' }), ...over }),
    post: (path, body, headers = {}, secret = main.secret) =>
      Promise.resolve(
        app.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    count: async (table) => Number((await deps.sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n),
    close: async () => {
      await deps.close();
      await t.drop();
    },
  };
  return env;
}

/** Serve `app` on a free loopback port (for clients that need a real socket, e.g. MCP over HTTP). */
export async function serveOnLoopback(app: { fetch: (req: Request) => Response | Promise<Response> }): Promise<{ origin: string; close(): Promise<void> }> {
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
