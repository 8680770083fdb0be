/** 401/403/429: denied without leaking detail, every denial audited, nothing stored. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { revokeToken } from '../../src/tokens/tokens.js';
import { clearTokenCache, rateLeaseSize } from '../../src/tokens/auth.js';
import { createToken } from '../../src/tokens/tokens.js';
import { createHttpApp } from '../../src/http/app.js';
import { createTestDeps } from '../helpers/deps.js';
import { testActor } from '../helpers/fixtures.js';

let e: IntakeEnv;
beforeAll(async () => {
  e = await setupIntake();
});
afterAll(async () => e?.close());

const denials = async () => Number((await e.deps.sql`select count(*)::int n from audit_log where action = 'token.denied'`)[0]!.n);

describe('auth', () => {
  it('401 for missing, malformed, unknown and revoked tokens, with one message; each audited', async () => {
    const d0 = await denials();
    const drafts0 = await e.count('drafts');
    const fresh = await e.token(['drafts:write']);
    await revokeToken(e.deps.db, (await e.deps.sql`select name from api_tokens order by created_at desc limit 1`)[0]!.name, testActor);
    clearTokenCache(e.deps);
    const bodies = new Set<string>();
    for (const auth of [undefined, 'Basic abc', 'Bearer dg_wrongwrongwrongwrong', `Bearer ${fresh}`]) {
      const res = await e.app.request('/v1/drafts', { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(e.draft()) });
      expect(res.status).toBe(401);
      bodies.add(((await res.json()) as { detail: string }).detail);
    }
    expect(bodies.size).toBe(1);
    expect(await denials()).toBe(d0 + 4);
    expect(await e.count('drafts')).toBe(drafts0);
  });

  it('403 without the scope (audited), and for a workflow outside the token', async () => {
    const readOnly = await e.token(['drafts:read']);
    const d0 = await denials();
    const drafts0 = await e.count('drafts');
    const res = await e.post('/v1/drafts', e.draft(), {}, readOnly);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toBe('this token lacks the drafts:write scope');
    const ctx = await e.app.request('/v1/accounts/ACC-1/context?workflow=intro', { headers: { authorization: `Bearer ${readOnly}` } });
    expect(ctx.status).toBe(403);
    expect(await denials()).toBe(d0 + 2);
    const [row] = await e.deps.sql`select data from audit_log where action = 'token.denied' order by id desc limit 1`;
    expect(row!.data).toMatchObject({ reason: 'missing_scope:accounts:read', path: '/v1/accounts/ACC-1/context' });
    const followOnly = await e.token(['drafts:write'], { workflows: ['follow_up'] });
    expect((await e.post('/v1/drafts', e.draft(), {}, followOnly)).status).toBe(403);
    expect(await e.count('drafts')).toBe(drafts0);
  });

  it("a token cannot read another token's draft (404, not 403)", async () => {
    const res = await e.post('/v1/drafts', e.draft());
    const { id } = (await res.json()) as { id: string };
    const other = await e.token(['drafts:read']);
    expect((await e.app.request(`/v1/drafts/${id}`, { headers: { authorization: `Bearer ${other}` } })).status).toBe(404);
  });

  it('429 with Retry-After over the per-token rate; audited; nothing stored', async () => {
    const slow = await e.token(['drafts:write', 'drafts:read'], { ratePerMinute: 3 });
    const drafts0 = await e.count('drafts');
    for (let i = 0; i < 3; i++) expect((await e.app.request('/v1/drafts/00000000-0000-4000-8000-000000000000', { headers: { authorization: `Bearer ${slow}` } })).status).toBe(404);
    const d0 = await denials();
    const res = await e.post('/v1/drafts', e.draft(), {}, slow);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await denials()).toBe(d0 + 1);
    expect(await e.count('drafts')).toBe(drafts0);
  });

  /** Waits until at least `ms` remain in the current minute window (the rate's window). */
  const clearOfWindowEnd = async (ms: number) => {
    const left = 60_000 - (Date.now() % 60_000);
    if (left < ms) await new Promise((r) => setTimeout(r, left + 50));
  };

  it('the rate holds across web processes that lease slots: exactly the limit passes, then 429', async () => {
    // A second "web process" sharing the same Redis keys (same prefix).
    const other = createTestDeps(e.t, { REDIS_PREFIX: e.deps.prefix });
    try {
      const apps = [e.app, createHttpApp(other)];
      const limit = 150; // leases of 2 slots
      expect(rateLeaseSize(limit)).toBe(2);
      const tok = await e.token(['drafts:read'], { ratePerMinute: limit });
      await clearOfWindowEnd(10_000);
      const statuses: number[] = [];
      for (let i = 0; i < limit + 20; i++) {
        const res = await apps[i % 2]!.request('/v1/drafts/00000000-0000-4000-8000-000000000000', { headers: { authorization: `Bearer ${tok}` } });
        statuses.push(res.status);
      }
      // Never more than the limit; and here exactly it: each process spends what it leased (one
      // may be refused while the other still holds a slot, which the other then spends).
      expect(statuses.filter((s) => s === 404).length).toBe(limit);
      expect(statuses.filter((s) => s !== 404).every((s) => s === 429)).toBe(true);
      expect(statuses.slice(-10).every((s) => s === 429)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('a process asks Redis once per lease, not once per request', async () => {
    const { secret, token } = await createToken(e.deps.db, { name: `lease-${Date.now()}`, scopes: ['drafts:read'], ratePerMinute: 60_000 }, testActor);
    await clearOfWindowEnd(5_000);
    for (let i = 0; i < 30; i++) expect((await e.app.request('/v1/drafts/00000000-0000-4000-8000-000000000000', { headers: { authorization: `Bearer ${secret}` } })).status).toBe(404);
    const counted = Number(await e.deps.redis.get(`${e.deps.prefix}:rl:${token.id}:${Math.floor(Date.now() / 60_000)}`));
    // 30 requests, one lease of 100 slots counted in Redis.
    expect(counted).toBe(rateLeaseSize(60_000));
  });

  it('tokens store only the sha256 of the secret', async () => {
    const rows = await e.deps.sql`select secret_hash, prefix from api_tokens`;
    for (const r of rows) expect(r.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(e.secret);
  });
});
