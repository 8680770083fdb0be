/**
 * What the agent may learn (issue 11, item 7): GET /v1/feedback and the MCP tool get_review_feedback
 * return reviewer feedback on the caller's OWN drafts in its workflows — decision, reason category,
 * note, edit diff — with CRM values withheld; never another client's drafts. Refusals (no token,
 * a workflow outside the token) change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { testActor } from '../helpers/fixtures.js';
import { createToken } from '../../src/tokens/tokens.js';
import { approveReview } from '../../src/review/approve-review.js';
import { rejectReview } from '../../src/review/reject-review.js';
import { editReview } from '../../src/review/edit-review.js';

let e: IntakeEnv;
let server: ServerType;
let url: URL;
const REVIEWER = 'U0OWNER01';
const rep = { type: 'rep', slackUserId: REVIEWER } as const;
let otherSecret: string;
let followUpOnly: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  e = await setupIntake();
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: e.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
  otherSecret = (await createToken(e.deps.db, { name: 'other-agent', scopes: ['drafts:write', 'drafts:read'] }, testActor)).secret;
  followUpOnly = (await createToken(e.deps.db, { name: 'cowork-followup', scopes: ['drafts:read'], workflows: ['follow_up'] }, testActor)).secret;

  const submit = async (name: string, over: Record<string, unknown>, secret = e.secret) => {
    const res = await e.post('/v1/drafts', e.draft({ template_id: 'tpl-fb', ...over }), {}, secret);
    const out = (await res.json()) as { id: string; status: string };
    expect(out.status).toBe('pending_review'); // new template: always reviewed
    ids[name] = out.id;
  };
  await submit('approved', {});
  await submit('rejected', {});
  await submit('edited', { body: 'Hi Jane,\n\nA quick idea for Acme Analytics.\nWe could match the 17% you have today.\n\nBest,\nSam' });
  await submit('foreign', {}, otherSecret);

  await approveReview(e.deps, { draftId: ids.approved!, version: 1, reviewer: REVIEWER, actor: rep });
  await rejectReview(e.deps, { draftId: ids.rejected!, version: 1, reviewer: REVIEWER, actor: rep, reasonCategory: 'sensitive_data', reasonText: 'never quote their $48,250 contract or the layoffs' });
  await editReview(e.deps, { draftId: ids.edited!, version: 1, reviewer: REVIEWER, actor: rep, subject: 'Quick idea for Acme Analytics', body: 'Hi Jane,\n\nA quick idea for Acme Analytics.\nHappy to walk you through pricing.\n\nBest,\nSam' });
  await rejectReview(e.deps, { draftId: ids.foreign!, version: 1, reviewer: REVIEWER, actor: rep, reasonCategory: 'tone', reasonText: 'FOREIGN-NOTE' });
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await e?.close();
});

type Feedback = { summary: { reviews: number; approved: number; edited: number; rejected: number; by_reason: Record<string, number> }; feedback: Array<{ draft_id: string; decision: string; reason_category: string | null; note: string | null; diff: string | null }> };
const get = (path: string, secret?: string) => e.app.request(path, { headers: secret ? { authorization: `Bearer ${secret}` } : {} });

describe('7. what the agent may learn', () => {
  it('GET /v1/feedback: own drafts only, decisions, categories, notes and diffs with CRM values withheld', async () => {
    const res = await get('/v1/feedback', e.secret);
    expect(res.status).toBe(200);
    const text = await res.text();
    const fb = JSON.parse(text) as Feedback;
    expect(fb.summary).toMatchObject({ reviews: 3, approved: 1, edited: 1, rejected: 1, by_reason: { sensitive_data: 1 } });
    expect(fb.feedback.map((f) => f.draft_id).sort()).toEqual([ids.approved, ids.rejected, ids.edited].sort());
    const rejected = fb.feedback.find((f) => f.draft_id === ids.rejected)!;
    expect(rejected).toMatchObject({ decision: 'reject', reason_category: 'sensitive_data' });
    expect(rejected.note).toContain('[withheld]');
    const edited = fb.feedback.find((f) => f.draft_id === ids.edited)!;
    expect(edited.decision).toBe('edit');
    expect(edited.diff).toContain('+Happy to walk you through pricing.');
    expect(edited.diff).toContain('[withheld]');
    for (const v of ['48,250', '48250', '17%', 'FOREIGN-NOTE', ids.foreign!]) expect(text).not.toContain(v);
  });

  it('filters by decision and template; a token sees only its workflows; refusals change nothing', async () => {
    const rejects = (await (await get('/v1/feedback?decision=reject', e.secret)).json()) as Feedback;
    expect(rejects.feedback.map((f) => f.draft_id)).toEqual([ids.rejected]);
    const auditBefore = Number((await e.deps.sql`select count(*)::int n from audit_log where action <> 'token.denied'`)[0]!.n);
    expect(((await (await get('/v1/feedback', followUpOnly)).json()) as Feedback).feedback).toEqual([]);
    expect((await get('/v1/feedback?workflow=intro', followUpOnly)).status).toBe(403);
    expect((await get('/v1/feedback')).status).toBe(401);
    expect((await get('/v1/feedback?limit=100000', e.secret)).status).toBe(422);
    const other = (await (await get('/v1/feedback', otherSecret)).json()) as Feedback;
    expect(other.feedback.map((f) => f.draft_id)).toEqual([ids.foreign]);
    expect(Number((await e.deps.sql`select count(*)::int n from audit_log where action <> 'token.denied'`)[0]!.n)).toBe(auditBefore);
  });

  it('MCP: get_review_feedback is read-only, tells the agent to use it before the next batch, and answers the same', async () => {
    const client = new Client({ name: 'fb', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${e.secret}` } } }));
    const { tools } = await client.listTools();
    const tool = tools.find((t) => t.name === 'get_review_feedback')!;
    expect(tool.annotations).toMatchObject({ readOnlyHint: true });
    expect(tool.description).toMatch(/before drafting your next batch/i);
    const r = (await client.callTool({ name: 'get_review_feedback', arguments: { decision: 'edit' } })) as { content: Array<{ text: string }> };
    const fb = JSON.parse(r.content[0]!.text) as Feedback;
    expect(fb.feedback.map((f) => f.draft_id)).toEqual([ids.edited]);
    expect(r.content[0]!.text).not.toContain('17%');
    await client.close();
  });
});
