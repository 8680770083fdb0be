/** POST /slack/events end to end: signed requests in, a fake Slack Web API out, real Postgres + Redis. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { makeAccount, seedDraft } from '../helpers/fixtures.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { blockActionBody, eventBody, SIGNING_SECRET, signedInit, slashBody, viewSubmissionBody } from '../helpers/slack-requests.js';
import { createHttpApp } from '../../src/http/app.js';
import { applyPolicy } from '../../src/policy-store/store.js';
import { encodeActionId } from '../../src/review/blocks.js';
import { auditLog, drafts, reviews } from '../../src/db/schema.js';
import { useIntegrationEnv } from '../helpers/env.js';

let fake: FakeSlack;
let app: ReturnType<typeof createHttpApp>;
const OWNER = 'U0OWNER01';

beforeAll(async () => {
  fake = await startFakeSlack();
});
const env = useIntegrationEnv({ overrides: () => ({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_TEAM_ID: 'T0TEST', SLACK_API_URL: fake.url }) });
beforeAll(async () => {
  await applyPolicy(env.t.db, { yaml: 'owners: [U0BOSS001]\nreview:\n  alert_channel: C0ALERTS\n', comment: 'test', actor: { type: 'system', component: 'test' } });
  app = createHttpApp(env.deps);
});
afterAll(async () => {
  await fake.close();
});

const post = (body: string, type: string, o = {}) => app.request('/slack/events', signedInit(body, type, o));
const FORM = 'application/x-www-form-urlencoded';
const row = async (id: string) => (await env.t.db.select().from(drafts).where(eq(drafts.id, id)))[0]!;
const audit = (id: string) => env.t.db.select().from(auditLog).where(eq(auditLog.subject, `draft:${id}`));

async function posted(draftId: string) {
  await env.t.db.update(drafts).set({ slackChannel: 'D0OWNER01', slackTs: '1700000000.000100', postedAt: new Date(Date.now() - 60_000) }).where(eq(drafts.id, draftId));
}

describe('receiver security', () => {
  it('answers url_verification with the challenge', async () => {
    const res = await post(JSON.stringify({ token: 'x', challenge: 'abc123', type: 'url_verification' }), 'application/json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });

  it('answers ssl_check', async () => {
    expect((await post(new URLSearchParams({ ssl_check: '1', token: 'x' }).toString(), FORM)).status).toBe(200);
  });

  it('refuses a forged signature and a stale timestamp; nothing is processed', async () => {
    const { draft } = await seedDraft(env.t.db);
    const body = blockActionBody({ user: OWNER, actionId: encodeActionId({ action: 'approve', draftId: draft.id, version: 1 }) });
    expect((await post(body, FORM, { secret: 'wrong-secret' })).status).toBe(401);
    expect((await post(body, FORM, { timestamp: Math.floor(Date.now() / 1000) - 301 })).status).toBe(401);
    expect((await post(body, FORM, { signature: 'v0=' })).status).toBe(401);
    const tampered = signedInit(body, FORM);
    tampered.body = body.replace('approve', 'reject');
    expect((await app.request('/slack/events', tampered)).status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect((await row(draft.id)).status).toBe('pending_review');
  });

  it('refuses another workspace', async () => {
    const { draft } = await seedDraft(env.t.db);
    const res = await post(blockActionBody({ user: OWNER, team: 'T0OTHER', actionId: encodeActionId({ action: 'approve', draftId: draft.id, version: 1 }) }), FORM);
    expect(res.status).toBe(403);
    expect((await post(slashBody({ command: '/pause-outreach', text: 'all', user: OWNER, team: 'T0OTHER' }), FORM)).status).toBe(403);
    await new Promise((r) => setTimeout(r, 100));
    expect((await row(draft.id)).status).toBe('pending_review');
  });
});

describe('review buttons', () => {
  it('Approve: acks at once, approves, updates the card in place without buttons', async () => {
    const { draft } = await seedDraft(env.t.db);
    await posted(draft.id);
    const res = await post(blockActionBody({ user: OWNER, actionId: encodeActionId({ action: 'approve', draftId: draft.id, version: 1 }) }), FORM);
    expect(res.status).toBe(200);
    await vi.waitFor(async () => expect(fake.callsOf('chat.update').some((c) => c.args.ts === '1700000000.000100' && JSON.stringify(c.args.blocks).includes(draft.id.slice(0, 0)))).toBe(true));
    const r = await row(draft.id);
    expect(['approved', 'queued']).toContain(r.status);
    const upd = fake.callsOf('chat.update').at(-1)!;
    expect(JSON.stringify(upd.args.blocks)).not.toContain('"actions"');
    expect(JSON.stringify(upd.args.blocks)).toContain(`<@${OWNER}>`);
    const [rv] = await env.t.db.select().from(reviews).where(eq(reviews.draftId, draft.id));
    expect(rv!.secondsToDecide).toBeGreaterThanOrEqual(59);
  });

  it('an unauthorized approver gets an ephemeral refusal; the attempt is audited', async () => {
    const { draft } = await seedDraft(env.t.db);
    await post(blockActionBody({ user: 'U0INTRUDER', actionId: encodeActionId({ action: 'approve', draftId: draft.id, version: 1 }) }), FORM);
    await vi.waitFor(() => expect(fake.callsOf('chat.postEphemeral').some((c) => c.args.user === 'U0INTRUDER')).toBe(true));
    expect((await row(draft.id)).status).toBe('pending_review');
    expect((await audit(draft.id)).map((a) => a.action)).toContain('review.denied');
  });

  it('double click: one decision; the second click is told who decided and when', async () => {
    const { draft } = await seedDraft(env.t.db, { account: makeAccount({ ownerSlackId: 'U0OWNER07' }) });
    const body = blockActionBody({ user: 'U0OWNER07', actionId: encodeActionId({ action: 'approve', draftId: draft.id, version: 1 }) });
    const [a, b] = await Promise.all([post(body, FORM), post(body, FORM)]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    await vi.waitFor(() => expect(fake.callsOf('chat.postEphemeral').some((c) => c.args.user === 'U0OWNER07' && String(c.args.text).startsWith('Already approved by <@U0OWNER07>'))).toBe(true));
    expect((await audit(draft.id)).filter((x) => x.action === 'draft.approved')).toHaveLength(1);
  });

  it('a stale version click changes nothing', async () => {
    const { draft } = await seedDraft(env.t.db);
    await env.t.db.update(drafts).set({ version: 3 }).where(eq(drafts.id, draft.id));
    await post(blockActionBody({ user: OWNER, actionId: encodeActionId({ action: 'approve', draftId: draft.id, version: 2 }) }), FORM);
    await vi.waitFor(() => expect(fake.callsOf('chat.postEphemeral').some((c) => String(c.args.text).includes('it is now version 3'))).toBe(true));
    expect(await row(draft.id)).toMatchObject({ status: 'pending_review', version: 3 });
  });

  it('Edit opens a modal with the trigger id; a submit with a sensitive value is refused on the field', async () => {
    const account = makeAccount({ sensitive: { contract_value: '187450' } });
    const { draft } = await seedDraft(env.t.db, { account });
    const res = await post(blockActionBody({ user: OWNER, actionId: encodeActionId({ action: 'edit', draftId: draft.id, version: 1 }) }), FORM);
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(fake.callsOf('views.open').some((c) => c.args.trigger_id === '123.456.abc' && (c.args.view as { callback_id?: string }).callback_id?.includes(draft.id))).toBe(true));
    const callbackId = encodeActionId({ action: 'edit', draftId: draft.id, version: 1 });
    const values = (body: string) => ({ subject: { value: { type: 'plain_text_input', value: 'Renewal' } }, body: { value: { type: 'plain_text_input', value: body } } });
    const bad = await post(viewSubmissionBody({ user: OWNER, callbackId, meta: { draftId: draft.id, version: 1 }, values: values('Hi Jane, your contract is $187,450 a year.') }), FORM);
    const json = (await bad.json()) as { response_action: string; errors: Record<string, string> };
    expect(json.response_action).toBe('errors');
    expect(json.errors.body).toContain('sensitive_field');
    expect(await row(draft.id)).toMatchObject({ status: 'pending_review', version: 1 });
    const good = await post(viewSubmissionBody({ user: OWNER, callbackId, meta: { draftId: draft.id, version: 1 }, values: values('Hi Jane, shall we talk next week?') }), FORM);
    expect(good.status).toBe(200);
    expect(await good.text()).toBe('');
    await vi.waitFor(async () => expect((await row(draft.id)).version).toBe(2));
    const [rv] = await env.t.db.select().from(reviews).where(eq(reviews.draftId, draft.id));
    expect(rv).toMatchObject({ decision: 'edit', draftVersion: 2 });
    expect(rv!.diff).toContain('+Hi Jane, shall we talk next week?');
  });

  it('Reject via modal with a reason category', async () => {
    const { draft } = await seedDraft(env.t.db);
    const callbackId = encodeActionId({ action: 'reject', draftId: draft.id, version: 1 });
    const res = await post(viewSubmissionBody({ user: OWNER, callbackId, meta: { draftId: draft.id, version: 1 }, values: { category: { value: { type: 'static_select', selected_option: { value: 'factual_error', text: { type: 'plain_text', text: 'Factual error' } } } }, reason: { value: { type: 'plain_text_input', value: 'wrong product' } } } }), FORM);
    expect(res.status).toBe(200);
    expect(await row(draft.id)).toMatchObject({ status: 'rejected', decidedBy: OWNER });
    const [rv] = await env.t.db.select().from(reviews).where(eq(reviews.draftId, draft.id));
    expect(rv).toMatchObject({ decision: 'reject', reasonCategory: 'factual_error', reasonText: 'wrong product' });
  });
});

describe('events and commands', () => {
  it('a retried event (X-Slack-Retry-Num) is not processed twice', async () => {
    await seedDraft(env.t.db, { account: makeAccount({ ownerSlackId: 'U0HOME001' }) });
    const body = eventBody({ eventId: 'Ev0RETRY1', event: { type: 'app_home_opened', user: 'U0HOME001', channel: 'D0HOME', tab: 'home', event_ts: '1700000000.1' } });
    expect((await post(body, 'application/json')).status).toBe(200);
    await vi.waitFor(() => expect(fake.callsOf('views.publish').filter((c) => c.args.user_id === 'U0HOME001')).toHaveLength(1));
    expect((await post(body, 'application/json', { retryNum: 1 })).status).toBe(200);
    expect((await post(body, 'application/json', { retryNum: 2 })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.callsOf('views.publish').filter((c) => c.args.user_id === 'U0HOME001')).toHaveLength(1);
    const home = fake.callsOf('views.publish').at(-1)!.args.view as { blocks: unknown[] };
    expect(JSON.stringify(home.blocks)).toContain('dg:approve:');
  });

  it('/resume-outreach is refused to non-owners (audited)', async () => {
    const res = await post(slashBody({ command: '/resume-outreach', text: 'all', user: OWNER }), FORM);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toContain('Only the policy owners');
    const rows = await env.t.db.select().from(auditLog).where(eq(auditLog.action, 'pause.resume_denied'));
    expect(rows).toHaveLength(1);
  });

  it('/pause-outreach by anyone pauses, answers with held/in-flight counts, alerts; owners resume; status answers', async () => {
    const res = await post(slashBody({ command: '/pause-outreach', text: 'template:tpl-x bad copy in the intro', user: 'U0ANYONE1' }), FORM);
    const json = (await res.json()) as { text: string; response_type: string };
    expect(json.text).toMatch(/Paused: \*template:tpl-x\*\. \d+ approved draft\(s\) are held; \d+ send\(s\) were in flight/);
    await vi.waitFor(() => expect(fake.callsOf('chat.postMessage').some((c) => c.args.channel === 'C0ALERTS')).toBe(true));
    const st = await post(slashBody({ command: '/outreach-status', text: '', user: 'U0ANYONE1' }), FORM);
    expect(((await st.json()) as { text: string }).text).toContain('template:tpl-x');
    const rs = await post(slashBody({ command: '/resume-outreach', text: 'template:tpl-x', user: 'U0BOSS001' }), FORM);
    expect(((await rs.json()) as { text: string }).text).toContain('Resumed');
  });
});
