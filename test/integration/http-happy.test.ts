import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';

let e: IntakeEnv;
beforeAll(async () => {
  e = await setupIntake();
});
afterAll(async () => e?.close());

describe('POST /v1/drafts (happy)', () => {
  it('stores, tiers, audits and enqueues a draft; GET returns its status', async () => {
    const res = await e.post('/v1/drafts', e.draft());
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; status: string; tier: string; reasons: string[] };
    // New template → probation → high → pending_review, posted for review.
    expect(body.tier).toBe('high');
    expect(body.status).toBe('pending_review');
    const audit = await e.deps.sql`select action from audit_log where subject = ${`draft:${body.id}`} order by id`;
    expect(audit.map((r) => r.action)).toEqual(['draft.received', 'draft.pending_review']);
    expect(await e.deps.queues.slackPost.getJob(body.id)).toBeTruthy();
    const get = await e.app.request(`/v1/drafts/${body.id}`, { headers: { authorization: `Bearer ${e.secret}` } });
    expect(get.status).toBe(200);
    expect(await get.json()).toMatchObject({ id: body.id, status: 'pending_review', tier: 'high', decision: null, sent_at: null });
  });

  it('every answer carries the request id: the one sent, or a fresh one (success, problem+json, health)', async () => {
    const ok = await e.post('/v1/drafts', e.draft(), { 'x-request-id': 'req-abc-1' });
    expect(ok.status).toBe(201);
    expect(ok.headers.get('x-request-id')).toBe('req-abc-1');
    expect(((await ok.json()) as { id: string }).id).toBeTruthy();
    const bad = await e.post('/v1/drafts', { nope: true }, { 'x-request-id': 'req-abc-2' });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('x-request-id')).toBe('req-abc-2');
    const missing = await e.app.request('/no/such/route');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const health = await e.app.request('/healthz');
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a recipient whose domain is written in Unicode is stored in its ASCII form and checked against the book; a malformed one is refused, storing nothing', async () => {
    // The test book has Acme Analytics (acme-analytics.com): a Unicode domain no account holds is a warning, not a refusal.
    const r = await e.post('/v1/drafts', e.draft({ external_id: 'idn-1', to: { email: 'jana@münchner-bau.de', name: 'Jana Weiss' } }));
    expect(r.status).toBe(201);
    const { id } = (await r.json()) as { id: string };
    const [row] = await e.deps.sql`select to_email from drafts where id = ${id}`;
    expect(row!.to_email).toBe('jana@xn--mnchner-bau-thb.de');
    const before = await e.count('drafts');
    for (const email of ['Jana Weiss <jana@acme-analytics.com>', 'jana@münchner-bau', 'jana@@acme-analytics.com']) {
      const bad = await e.post('/v1/drafts', e.draft({ external_id: `idn-bad-${email}`, to: { email, name: 'Jana Weiss' } }));
      expect(bad.status).toBe(422);
      expect(await bad.json()).toMatchObject({ errors: [{ path: 'to.email' }] });
    }
    expect(await e.count('drafts')).toBe(before);
  });

  it('an identical retry returns the original with 200, by Idempotency-Key and by external_id', async () => {
    const d = e.draft();
    const a = await e.post('/v1/drafts', d, { 'idempotency-key': 'k-1' });
    const b = await e.post('/v1/drafts', d, { 'idempotency-key': 'k-1' });
    const c = await e.post('/v1/drafts', d);
    expect([a.status, b.status, c.status]).toEqual([201, 200, 200]);
    const ids = new Set([((await a.json()) as { id: string }).id, ((await b.json()) as { id: string }).id, ((await c.json()) as { id: string }).id]);
    expect(ids.size).toBe(1);
  });

  it('20 concurrent retries of one request create one draft', async () => {
    const d = e.draft();
    const before = await e.count('drafts');
    const res = await Promise.all(Array.from({ length: 20 }, () => e.post('/v1/drafts', d, { 'idempotency-key': 'race-1' })));
    const statuses = res.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    const ids = new Set(await Promise.all(res.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    expect(await e.count('drafts')).toBe(before + 1);
  });

  it('batch: valid items stored, invalid ones reported with paths; after probation low drafts are auto-approved or sampled', async () => {
    const items = Array.from({ length: 40 }, (_, i) => e.draft({ template_id: 'tpl-batch', external_id: `b-${i}` }));
    (items[3] as Record<string, unknown>).to = { email: 'not-an-email' };
    (items[7] as Record<string, unknown>).account_id = 'ACC-missing';
    const before = await e.count('drafts');
    const res = await e.post('/v1/drafts/batch', { drafts: items });
    expect(res.status).toBe(200);
    const out = (await res.json()) as { created: number; failed: number; results: Array<{ ok: boolean; status?: number; errors?: Array<{ path: string }>; draft?: { tier: string; status: string } }> };
    expect(out.created).toBe(38);
    expect(out.failed).toBe(2);
    expect(out.results[3]).toMatchObject({ ok: false, status: 422 });
    expect(out.results[3]!.errors!.map((x) => x.path)).toContain('to.email');
    expect(out.results[7]).toMatchObject({ ok: false, status: 404 });
    expect(await e.count('drafts')).toBe(before + 38);
    // Probation = first 20 drafts of a template are high; later ones are low.
    const tiers = out.results.filter((r) => r.ok).map((r) => r.draft!.tier);
    expect(tiers.slice(0, 20).every((t) => t === 'high')).toBe(true);
    expect(tiers.slice(20).every((t) => t === 'low')).toBe(true);
    const low = out.results.filter((r) => r.ok && r.draft!.tier === 'low').map((r) => r.draft!.status);
    expect(low.every((s) => s === 'approved' || s === 'pending_review')).toBe(true);
    const [tpl] = await e.deps.sql`select seen from templates where template_id = 'tpl-batch'`;
    expect(tpl!.seen).toBe(38);
    // Retrying the whole batch replays every valid item and stores nothing new.
    const again = await (await e.post('/v1/drafts/batch', { drafts: items })).json();
    expect(again).toMatchObject({ created: 0, replayed: 38, failed: 2 });
    expect(await e.count('drafts')).toBe(before + 38);
  });

  it('a planted leak is blocked and the response does not echo the CRM value beyond the agent text', async () => {
    const res = await e.post('/v1/drafts', e.draft({ body: 'Hi Jane, since your contract is $48,250 with a 17% discount, renewing early saves you money.' }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { tier: string; status: string; findings: Array<{ kind: string }> };
    expect(body.tier).toBe('blocked');
    expect(body.status).toBe('blocked');
    expect(body.findings.some((f) => f.kind === 'sensitive_field')).toBe(true);
    expect(JSON.stringify(body)).not.toContain('layoffs');
  });

  it('scoped account context has the workflow fields and no sensitive value', async () => {
    const res = await e.app.request('/v1/accounts/ACC-1/context?workflow=intro', { headers: { authorization: `Bearer ${e.secret}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.fields).toMatchObject({ name: 'Acme Analytics', domain: 'acme-analytics.com', facts: ['Acme Analytics raised a Series B in 2026'] });
    for (const v of ['48250', '48,250', 'layoffs', 'contract_value', 'discount']) expect(text).not.toContain(v);
    expect(body.fields.value_usd).toBeUndefined();
  });

  it('imports accounts as CSV and serves openapi.json from the same schemas', async () => {
    const admin = await e.token(['accounts:write']);
    const csv = 'id,name,domain,aliases,value_usd,segment,strategic,named_opportunity,owner_slack_id,owner_email,do_not_contact,contract_value,discount_pct,renewal_date,deal_risk_notes,private_notes,facts\nACC-9,Zeta Labs,zeta-labs.com,,1000,smb,false,,,,false,,,,,,\n';
    const res = await e.app.request('/v1/accounts/import', { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${admin}` }, body: csv });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ inserted: 1 });
    const doc = (await (await e.app.request('/openapi.json')).json()) as { components: { schemas: Record<string, { required: string[] }> }; paths: Record<string, unknown> };
    expect(doc.components.schemas.DraftIn!.required).toEqual(expect.arrayContaining(['external_id', 'account_id', 'to', 'from', 'subject', 'body', 'workflow', 'template_id']));
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/drafts', '/v1/drafts/batch', '/v1/drafts/{id}', '/v1/accounts/{id}/context']));
  });
});
