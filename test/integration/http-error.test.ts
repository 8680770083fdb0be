/** Every error class: the right problem+json AND nothing stored (no draft, no draft audit row). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { createTestDeps } from '../helpers/deps.js';
import { createHttpApp } from '../../src/http/app.js';
import { parseConfig } from '../../src/config-schema.js';
import { createDeps } from '../../src/deps.js';
import { silentLogger } from '../../src/lib/logger.js';
import { redisUrl } from '../helpers/db.js';
import { serve } from '@hono/node-server';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

let e: IntakeEnv;
beforeAll(async () => {
  e = await setupIntake({ MAX_BODY_BYTES: '4096' });
});
afterAll(async () => e?.close());

async function nothingStored<T>(fn: () => Promise<T>): Promise<T> {
  const [d0, a0, t0] = [await e.count('drafts'), Number((await e.deps.sql`select count(*)::int n from audit_log where action like 'draft.%'`)[0]!.n), await e.count('templates')];
  const out = await fn();
  expect(await e.count('drafts')).toBe(d0);
  expect(Number((await e.deps.sql`select count(*)::int n from audit_log where action like 'draft.%'`)[0]!.n)).toBe(a0);
  expect(await e.count('templates')).toBe(t0);
  return out;
}

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return (await res.json()) as { status: number; detail: string; errors?: Array<{ path: string; message: string }> };
}

describe('POST /v1/drafts errors', () => {
  it('400 malformed JSON', async () => {
    await nothingStored(async () => problem(await e.post('/v1/drafts', '{"external_id": '), 400));
  });

  it('415 wrong content type', async () => {
    await nothingStored(async () => problem(await e.post('/v1/drafts', JSON.stringify(e.draft()), { 'content-type': 'text/plain' }), 415));
  });

  it('413 over the limit, by Content-Length and by streamed size', async () => {
    const big = e.draft({ body: 'x'.repeat(10_000) });
    await nothingStored(async () => problem(await e.post('/v1/drafts', big), 413));
    // No Content-Length: a stream that turns out too large is cut off.
    const text = JSON.stringify(big);
    const stream = new ReadableStream({
      start(ctl) {
        for (let i = 0; i < text.length; i += 1000) ctl.enqueue(new TextEncoder().encode(text.slice(i, i + 1000)));
        ctl.close();
      },
    });
    await nothingStored(async () =>
      problem(await e.app.request('/v1/drafts', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${e.secret}` }, body: stream, duplex: 'half' } as RequestInit), 413),
    );
  });

  it('413 over a real socket: declared too large, chunked too large; a declared body within the limit is read whole', async () => {
    // Behind Node's HTTP server a declared Content-Length is read by the adapter directly (the
    // parser bounds it); a chunked body is still counted while it streams.
    const server = serve({ fetch: e.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    const port = (server.address() as AddressInfo).port;
    const send = (body: string, chunked: boolean) => new Promise<{ status: number; body: string }>((resolve, reject) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${e.secret}` };
      if (!chunked) headers['content-length'] = String(Buffer.byteLength(body));
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/v1/drafts', headers }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      if (chunked) for (let i = 0; i < body.length; i += 1000) req.write(body.slice(i, i + 1000));
      else req.write(body);
      req.end();
    });
    try {
      const big = JSON.stringify(e.draft({ body: 'x'.repeat(10_000) }));
      await nothingStored(async () => expect((await send(big, false)).status).toBe(413));
      await nothingStored(async () => expect((await send(big, true)).status).toBe(413));
      const ok = await send(JSON.stringify(e.draft()), false);
      expect(ok.status).toBe(201);
      expect(JSON.parse(ok.body)).toMatchObject({ status: expect.any(String) });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('422 lists every failing field path', async () => {
    const p = await nothingStored(async () => problem(await e.post('/v1/drafts', { ...e.draft(), to: { email: 'nope' }, subject: '', extra: 1, body: undefined }), 422));
    const paths = p.errors!.map((x) => x.path);
    expect(paths).toEqual(expect.arrayContaining(['to.email', 'subject', 'body']));
    expect(p.errors!.length).toBeGreaterThanOrEqual(4); // + the unknown key
  });

  it('422 unknown workflow', async () => {
    const p = await nothingStored(async () => problem(await e.post('/v1/drafts', e.draft({ workflow: 'nope' })), 422));
    expect(p.errors![0]!.path).toBe('workflow');
  });

  it('404 unknown account', async () => {
    await nothingStored(async () => problem(await e.post('/v1/drafts', e.draft({ account_id: 'ACC-404' })), 404));
  });

  it('422 same Idempotency-Key (or external_id) with a different body', async () => {
    const d = e.draft();
    expect((await e.post('/v1/drafts', d, { 'idempotency-key': 'same' })).status).toBe(201);
    await nothingStored(async () => problem(await e.post('/v1/drafts', { ...d, external_id: 'other', subject: 'changed' }, { 'idempotency-key': 'same' }), 422));
    await nothingStored(async () => problem(await e.post('/v1/drafts', { ...d, subject: 'changed' }), 422));
  });

  it('422 batch over 1,000 items or empty', async () => {
    await nothingStored(async () => problem(await e.post('/v1/drafts/batch', { drafts: [] }), 422));
    const small = { drafts: Array.from({ length: 1001 }, () => 1) };
    const p = await nothingStored(async () => problem(await e.post('/v1/drafts/batch', small), 422));
    expect(p.errors![0]!.path).toBe('drafts');
  });

  it('404 unknown draft id and 422/404 context errors', async () => {
    await problem(await e.app.request('/v1/drafts/00000000-0000-4000-8000-000000000000', { headers: { authorization: `Bearer ${e.secret}` } }), 404);
    await problem(await e.app.request('/v1/drafts/not-a-uuid', { headers: { authorization: `Bearer ${e.secret}` } }), 404);
    await problem(await e.app.request('/v1/accounts/ACC-404/context?workflow=intro', { headers: { authorization: `Bearer ${e.secret}` } }), 404);
    const p = await problem(await e.app.request('/v1/accounts/ACC-1/context?workflow=secret', { headers: { authorization: `Bearer ${e.secret}` } }), 422);
    expect(p.errors![0]!.path).toBe('workflow');
    await problem(await e.app.request('/v1/accounts/ACC-1/context', { headers: { authorization: `Bearer ${e.secret}` } }), 422);
  });

  it('422 account import with a bad row imports nothing', async () => {
    const admin = await e.token(['accounts:write']);
    const before = await e.count('accounts');
    const csv = 'id,name,domain,aliases,value_usd,segment,strategic,named_opportunity,owner_slack_id,owner_email,do_not_contact,contract_value,discount_pct,renewal_date,deal_risk_notes,private_notes,facts\nACC-7,Ok Co,ok.com,,1,smb,false,,,,false,,,,,,\nACC-8,,bad,,x,smb,maybe,,,,false,,,,,,\n';
    await problem(await e.app.request('/v1/accounts/import', { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${admin}` }, body: csv }), 422);
    expect(await e.count('accounts')).toBe(before);
  });

  it('503 + Retry-After when Postgres is down; 503 when Redis is down; nothing stored', async () => {
    const pgDown = createDeps(parseConfig({ DATABASE_URL: 'postgres://x:y@127.0.0.1:1/none', REDIS_URL: redisUrl(), REDIS_PREFIX: 'tdown', LOG_LEVEL: 'silent' }), { log: silentLogger() });
    const res1 = await createHttpApp(pgDown).request('/v1/drafts', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${e.secret}` }, body: JSON.stringify(e.draft()) });
    expect(res1.status).toBe(503);
    expect(res1.headers.get('retry-after')).toBeTruthy();
    await pgDown.close();

    const redisDown = createTestDeps(e.t, { REDIS_URL: 'redis://127.0.0.1:1' });
    await nothingStored(async () => {
      const res2 = await createHttpApp(redisDown).request('/v1/drafts', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${e.secret}` }, body: JSON.stringify(e.draft()) });
      expect(res2.status).toBe(503);
      expect(res2.headers.get('retry-after')).toBeTruthy();
    });
    await redisDown.close();
  });
});
