/**
 * The console's HTTP contract without a browser (in process, `app.request`): headers, cookies,
 * sessions, CSRF and Origin checks, roles. Fast companions to console.test.ts.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { seedDraft, testActor } from '../helpers/fixtures.js';
import { applyPolicy, readPolicyFile } from '../../src/policy-store/store.js';
import { createSignInLink, endSessions } from '../../src/console/sessions.js';
import { auditLog, consoleLinks, pauses } from '../../src/db/schema.js';
import { approveReview } from '../../src/review/approve-review.js';
import { redisUrl, uniquePrefix } from '../helpers/db.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

const OWNER = 'U0REVOPS2';
const REP = 'U0OWNER01';
let env: IntakeEnv;

async function signIn(user: string, host = '127.0.0.1'): Promise<{ cookie: string; csrf: string; setCookie: string }> {
  const link = await createSignInLink(env.deps, user);
  const r = await env.app.request(`http://${host}/console/signin`, { method: 'POST', body: new URLSearchParams({ token: link.token }) });
  expect(r.status).toBe(303);
  const setCookie = r.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0]!;
  const page = await (await env.app.request(`http://${host}/console`, { headers: { cookie } })).text();
  const csrf = /name="csrf-token" content="([^"]+)"/.exec(page)?.[1] ?? '';
  return { cookie, csrf, setCookie };
}

beforeAll(async () => {
  env = await setupIntake();
  const yaml = (await readPolicyFile()).replace('owners: []', `owners: [${OWNER}]`);
  await applyPolicy(env.deps.db, { yaml, comment: 'owners', actor: testActor });
});
afterAll(async () => {
  await env?.close();
});

describe('console http', () => {
  it('every console response carries a strict CSP, nosniff, no-referrer and no-store; assets are served by the app', async () => {
    const { cookie } = await signIn(OWNER);
    for (const path of ['/console', '/console/signin?token=x', '/console/drafts', '/console/nope']) {
      const r = await env.app.request(`http://127.0.0.1${path}`, { headers: { cookie } });
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    }
    for (const a of ['console.js', 'console.css', 'uplot.min.js', 'uplot.min.css', 'chart.js', 'policy.js']) {
      const r = await env.app.request(`http://127.0.0.1/console/static/${a}`);
      expect(r.status).toBe(200);
      expect((await r.text()).length).toBeGreaterThan(100);
    }
    expect((await env.app.request('http://127.0.0.1/console/static/..%2f..%2fconfig.ts')).status).toBe(404);
  });

  it('the cookie is HttpOnly, SameSite=Strict, Path=/console; Secure outside loopback; only the hash of secrets is stored', async () => {
    const local = await signIn(OWNER);
    expect(local.setCookie).toMatch(/HttpOnly/i);
    expect(local.setCookie).toMatch(/SameSite=Strict/i);
    expect(local.setCookie).toMatch(/Path=\/console/);
    expect(local.setCookie).not.toMatch(/Secure/i);
    const remote = await signIn(OWNER, 'console.example.com');
    expect(remote.setCookie).toMatch(/Secure/i);
    const link = await createSignInLink(env.deps, OWNER);
    const rows = await env.deps.db.select().from(consoleLinks);
    expect(rows.some((r) => r.tokenHash.includes(link.token))).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });

  it('no session: GET shows how to sign in (401), POST is refused; an ended session is refused', async () => {
    const r = await env.app.request('http://127.0.0.1/console');
    expect(r.status).toBe(401);
    expect(await r.text()).toContain('/outreach-console');
    const n = (await env.deps.db.select().from(pauses)).length;
    expect((await env.app.request('http://127.0.0.1/console/pauses', { method: 'POST', body: new URLSearchParams({ scope: 'all', reason: 'x' }) })).status).toBe(401);
    const s = await signIn(REP);
    await endSessions(env.deps, REP);
    expect((await env.app.request('http://127.0.0.1/console', { headers: { cookie: s.cookie } })).status).toBe(401);
    expect((await env.deps.db.select().from(pauses)).length).toBe(n);
  });

  it('CSRF: a wrong token or a cross-site Origin is refused and writes nothing; the right token works', async () => {
    const s = await signIn(OWNER);
    const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
      env.app.request('http://127.0.0.1/console/pauses', { method: 'POST', headers: { cookie: s.cookie, ...headers }, body: new URLSearchParams(body) });
    expect((await post({ scope: 'workflow:intro', reason: 'x', _csrf: 'forged' })).status).toBe(403);
    expect((await post({ scope: 'workflow:intro', reason: 'x', _csrf: s.csrf }, { origin: 'https://evil.example' })).status).toBe(403);
    expect(await env.deps.db.select().from(pauses).where(eq(pauses.scope, 'workflow:intro'))).toHaveLength(0);
    const ok = await post({ scope: 'workflow:intro', reason: 'x', _csrf: s.csrf }, { origin: 'http://127.0.0.1' });
    expect(ok.status).toBe(303);
    expect(await env.deps.db.select().from(pauses).where(and(eq(pauses.scope, 'workflow:intro'), isNull(pauses.endedAt)))).toHaveLength(1);
    // Bad input: a clear error, nothing written.
    const bad = await post({ scope: 'everything', reason: '', _csrf: s.csrf });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('scope must be all');
    expect(await env.deps.db.select().from(pauses).where(eq(pauses.scope, 'everything'))).toHaveLength(0);
  });

  it('roles: an account owner is an approver (own queue and own decisions only); owner-only pages are refused', async () => {
    const { draft } = await seedDraft(env.deps.db, { account: env.account, status: 'pending_review' });
    const { draft: d2 } = await seedDraft(env.deps.db, { account: env.account, status: 'pending_review' });
    await approveReview(env.deps, { draftId: d2.id, version: 1, reviewer: REP, actor: { type: 'rep', slackUserId: REP } });
    const s = await signIn(REP);
    const page = await (await env.app.request('http://127.0.0.1/console', { headers: { cookie: s.cookie } })).text();
    expect(page).toContain('approver');
    expect(page).toContain('Your review queue');
    expect(page).toContain(draft.id.slice(0, 8));
    expect(page).not.toContain('href="/console/policy"');
    expect((await env.app.request(`http://127.0.0.1/console/reviewers/${REP}`, { headers: { cookie: s.cookie } })).status).toBe(200);
    expect((await env.app.request(`http://127.0.0.1/console/reviewers/${OWNER}`, { headers: { cookie: s.cookie } })).status).toBe(403);
    for (const p of ['/console/drafts', '/console/templates', '/console/audit', '/console/policy']) {
      expect((await env.app.request(`http://127.0.0.1${p}`, { headers: { cookie: s.cookie } })).status).toBe(403);
    }
    // A CLI-made link for a malformed user id is refused before anything is written.
    const before = (await env.deps.db.select().from(auditLog)).length;
    await expect(createSignInLink(env.deps, 'not-a-user')).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    expect((await env.deps.db.select().from(auditLog)).length).toBe(before);
  });

  it('`draftgate console link --as U…` prints a one-time link that signs in; a malformed id exits non-zero', async () => {
    const dbUrl = env.t.url;
    const cli = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        const vars = { ...process.env, DATABASE_URL: dbUrl, REDIS_URL: redisUrl(), REDIS_PREFIX: uniquePrefix(), LOG_LEVEL: 'error', PUBLIC_URL: 'https://console.example.com' };
        execFile(process.execPath, [BIN, ...args], { env: vars, timeout: 60_000 }, (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
      });
    const ok = await cli(['console', 'link', '--as', OWNER]);
    expect(ok.code).toBe(0);
    const url = new URL(ok.stdout.trim());
    expect(`${url.origin}${url.pathname}`).toBe('https://console.example.com/console/signin');
    const r = await env.app.request('http://127.0.0.1/console/signin', { method: 'POST', body: new URLSearchParams({ token: url.searchParams.get('token')! }) });
    expect(r.status).toBe(303);
    const bad = await cli(['console', 'link', '--as', 'bob']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/Slack user id/);
  }, 90_000);
});
