/**
 * The sender and the client (issue 11, items 2 and 5): a `from` outside our mailboxes is a 422
 * that stores nothing; a revoked token is refused on its very next request on every web process
 * (the intake routes check it inside their own statements);
 * last_used_at is kept coarsely; idempotency is per client, across token rotation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { createTestDeps } from '../helpers/deps.js';
import { testActor } from '../helpers/fixtures.js';
import { applyPolicy, getActivePolicy, readPolicyFile } from '../../src/policy-store/store.js';
import { createToken, revokeToken } from '../../src/tokens/tokens.js';
import { createHttpApp } from '../../src/http/app.js';
import { capsFor, limitsFromPolicy } from '../../src/send/fence/fence.js';
import type { Deps } from '../../src/deps.js';

let e: IntakeEnv;
let other: Deps;
let otherApp: ReturnType<typeof createHttpApp>;
beforeAll(async () => {
  e = await setupIntake();
  // A second "web process": its own Deps (pools, caches) over the same Postgres and Redis.
  other = createTestDeps(e.t);
  otherApp = createHttpApp(other);
});
afterAll(async () => {
  await other?.close();
  await e?.close();
});

const draftAudit = async () => Number((await e.deps.sql`select count(*)::int n from audit_log where action like 'draft.%'`)[0]!.n);
const postWith = (app: ReturnType<typeof createHttpApp>, secret: string, body: unknown) =>
  app.request('/v1/drafts', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify(body) });

describe('2. the sender must be ours', () => {
  beforeAll(async () => {
    const yaml = `${await readPolicyFile()}\n`.replace(/^mailboxes: \[\]$/m, 'mailboxes:\n  - address: sdr@seller.example\n    owner: U0REP0001\n    per_day: 40\n  - ae@seller.example');
    await applyPolicy(e.deps.db, { yaml, comment: 'test: mailboxes', actor: testActor });
    await getActivePolicy(e.deps.db, { fresh: true });
  });

  it('a from outside the mailboxes (a competitor, our own domain but no mailbox) is 422 naming from; nothing stored', async () => {
    for (const from of ['ceo@competitor.com', 'someone@seller.example']) {
      const [d0, a0] = [await e.count('drafts'), await draftAudit()];
      const res = await e.post('/v1/drafts', e.draft({ from }));
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const p = (await res.json()) as { errors: Array<{ path: string }> };
      expect(p.errors.map((x) => x.path)).toContain('from');
      expect([await e.count('drafts'), await draftAudit()]).toEqual([d0, a0]);
    }
  });

  it('a batch refuses only the foreign-sender item', async () => {
    const before = await e.count('drafts');
    const res = await e.post('/v1/drafts/batch', { drafts: [e.draft({ from: 'x@competitor.com' }), e.draft({ from: 'AE@seller.example' })] });
    const out = (await res.json()) as { results: Array<{ ok: boolean; status?: number }> };
    expect(out.results.map((r) => r.ok)).toEqual([false, true]);
    expect(await e.count('drafts')).toBe(before + 1);
  });

  it('a listed mailbox passes, and its own per_day cap is the one the fence enforces', async () => {
    expect((await e.post('/v1/drafts', e.draft({ from: 'sdr@seller.example' }))).status).toBe(201);
    const { policy } = await getActivePolicy(e.deps.db, { fresh: true });
    const caps = (mailbox: string) => capsFor({ mailbox, domain: 'acme-analytics.com', templateId: 't', workflow: 'intro', accountId: 'ACC-1', unreviewed: false } as Parameters<typeof capsFor>[0], limitsFromPolicy(policy));
    expect(caps('SDR@seller.example').find((c) => c.name.startsWith('mailbox:'))!.limit).toBe(40);
    expect(caps('ae@seller.example').find((c) => c.name.startsWith('mailbox:'))!.limit).toBe(policy.limits.mailbox_per_day);
  });
});

describe('5. tokens and idempotency as a client expects', () => {
  it('a revoked token is refused on its very next request, on every web process; nothing stored', async () => {
    const { secret } = await createToken(e.deps.db, { name: 'revoke-me', scopes: ['drafts:write', 'drafts:read'] }, testActor);
    // Both processes have just accepted the token (any per-process cache would be warm now).
    expect((await postWith(e.app, secret, e.draft({ from: 'sdr@seller.example' }))).status).toBe(201);
    expect((await postWith(otherApp, secret, e.draft({ from: 'sdr@seller.example' }))).status).toBe(201);
    await revokeToken(e.deps.db, 'revoke-me', testActor);
    const before = await e.count('drafts');
    for (const app of [e.app, otherApp]) {
      const res = await postWith(app, secret, e.draft({ from: 'sdr@seller.example' }));
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(await e.count('drafts')).toBe(before);
  });

  it('the intake routes check revocation in their own statements: new draft, replay, batch read path and all-invalid batch each get 401, audited as revoked; nothing stored', async () => {
    let n = 0;
    const cases: Array<{ route: string; body: (stored: Record<string, unknown>) => unknown }> = [
      { route: '/v1/drafts', body: () => e.draft({ from: 'sdr@seller.example' }) }, // guarded store
      { route: '/v1/drafts', body: (stored) => stored }, // a replay would return the stored draft
      { route: '/v1/drafts/batch', body: () => ({ drafts: Array.from({ length: 12 }, () => e.draft({ from: 'sdr@seller.example' })) }) }, // read path
      { route: '/v1/drafts/batch', body: () => ({ drafts: [{ nonsense: true }] }) }, // no intake statement at all
    ];
    for (const c of cases) {
      const { secret, token } = await createToken(e.deps.db, { name: `revoke-case-${++n}`, scopes: ['drafts:write', 'drafts:read'] }, testActor);
      const send = (route: string, body: unknown) =>
        e.app.request(route, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify(body) });
      // Accepted first: this process now serves the token's attributes from memory.
      const stored = e.draft({ from: 'sdr@seller.example' });
      expect((await send('/v1/drafts', stored)).status).toBe(201);
      await revokeToken(e.deps.db, token.id, testActor);
      const [d0, a0] = [await e.count('drafts'), await draftAudit()];
      const res = await send(c.route, c.body(stored));
      expect(res.status).toBe(401);
      expect(((await res.json()) as { detail: string }).detail).toBe('missing or invalid bearer token');
      expect([await e.count('drafts'), await draftAudit()]).toEqual([d0, a0]);
      const [denial] = await e.deps.sql<Array<{ subject: string; reason: string }>>`select subject, data->>'reason' as reason from audit_log where action = 'token.denied' order by id desc limit 1`;
      expect(denial).toEqual({ subject: `token:${token.id}`, reason: 'revoked' });
    }
  });

  it('last_used_at is maintained coarsely (set on use, not rewritten on every request)', async () => {
    const { secret, token } = await createToken(e.deps.db, { name: 'used', scopes: ['drafts:read'] }, testActor);
    const lastUsed = async () => (await e.deps.sql<Array<{ at: string | null }>>`select last_used_at::text as at from api_tokens where id = ${token.id}`)[0]!.at;
    expect(await lastUsed()).toBeNull();
    const get = () => e.app.request('/v1/status', { headers: { authorization: `Bearer ${secret}` } });
    await get();
    await new Promise((r) => setTimeout(r, 100));
    const first = await lastUsed();
    expect(first).not.toBeNull();
    for (let i = 0; i < 5; i++) await get();
    await new Promise((r) => setTimeout(r, 100));
    expect(await lastUsed()).toBe(first);
  });

  it('a retry by a rotated token of the same client returns the original draft; another client gets its own', async () => {
    const first = await createToken(e.deps.db, { name: 'cowork-prod', scopes: ['drafts:write', 'drafts:read'] }, testActor);
    const draft = e.draft({ from: 'sdr@seller.example' });
    const r1 = await postWith(e.app, first.secret, draft);
    expect(r1.status).toBe(201);
    const original = (await r1.json()) as { id: string };
    // Rotation overlaps: the new token of the same client exists before the old one is revoked (by id).
    await expect(createToken(e.deps.db, { name: 'cowork-prod', scopes: ['drafts:write'] }, testActor)).rejects.toMatchObject({ code: 'CONFLICT' });
    const rotated = await createToken(e.deps.db, { name: 'cowork-prod', scopes: ['drafts:write', 'drafts:read'], rotate: true }, testActor);
    await revokeToken(e.deps.db, first.token.id, testActor);
    const before = await e.count('drafts');
    const r2 = await postWith(e.app, rotated.secret, draft);
    expect(r2.status).toBe(200);
    expect(((await r2.json()) as { id: string }).id).toBe(original.id);
    expect(await e.count('drafts')).toBe(before);
    // The rotated token reads the client's draft; the stored row names the client.
    expect((await e.app.request(`/v1/drafts/${original.id}`, { headers: { authorization: `Bearer ${rotated.secret}` } })).status).toBe(200);
    const [row] = await e.deps.sql<Array<{ client: string }>>`select client from drafts where id = ${original.id}`;
    expect(row!.client).toBe('cowork-prod');
    // Another client with the same external_id is another draft.
    const stranger = await createToken(e.deps.db, { name: 'other-agent', scopes: ['drafts:write', 'drafts:read'] }, testActor);
    const r3 = await postWith(e.app, stranger.secret, draft);
    expect(r3.status).toBe(201);
    expect((await e.app.request(`/v1/drafts/${original.id}`, { headers: { authorization: `Bearer ${stranger.secret}` } })).status).toBe(404);
  });
});
