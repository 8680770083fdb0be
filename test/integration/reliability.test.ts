/**
 * Issue 15, items 2, 4, 5, 6, 7, 9 — each found by injecting a fault, each kept here in process
 * (real Postgres and Redis, Slack requests signed and shaped as Slack sends them, a fake Web API).
 * The same faults run against separate serve/worker processes in test/faults/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import { createTestDb } from '../helpers/db.js';
import { createTestDeps } from '../helpers/deps.js';
import { makeAccount, seedDraft, testActor } from '../helpers/fixtures.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { blockActionBody, form, SIGNING_SECRET, signedInit, slashBody } from '../helpers/slack-requests.js';
import { createHttpApp } from '../../src/http/app.js';
import { applyPolicy } from '../../src/policy-store/store.js';
import { encodeActionId } from '../../src/review/blocks.js';
import { drafts, pauses } from '../../src/db/schema.js';
import { reconcileReviewPosts } from '../../src/review/reconcile-posts.js';
import { reconcileSends } from '../../src/send/reconcile.js';
import { enqueueSend } from '../../src/send/queue.js';
import { createSendWorker } from '../../src/send/worker.js';
import type { Transport } from '../../src/send/transports/index.js';
import { startRedis } from '../../src/lib/local-services.js';
import { useIntegrationEnv } from '../helpers/env.js';
import { until } from '../helpers/wait.js';

const OWNER = 'U0OWNER01';
const BOSS = 'U0BOSS001';
const FORM = 'application/x-www-form-urlencoded';
const slackEnv = (fake: FakeSlack) => ({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_TEAM_ID: 'T0TEST', SLACK_API_URL: fake.url });

let fake: FakeSlack;

let app: ReturnType<typeof createHttpApp>;
beforeAll(async () => {
  fake = await startFakeSlack();
});
const env = useIntegrationEnv({ overrides: () => (slackEnv(fake)) });
beforeAll(async () => {
  await applyPolicy(env.t.db, { yaml: `owners: [${BOSS}]\nreview:\n  alert_channel: C0ALERTS\n`, comment: 'test', actor: testActor });
  app = createHttpApp(env.deps);
});
afterAll(async () => {
  await fake.close();
});

const post = (a: ReturnType<typeof createHttpApp>, body: string, type: string, o = {}) => a.request('/slack/events', signedInit(body, type, o));

describe('item 6: Slack SSL check', () => {
  it('an unsigned ssl_check (as Slack sends it) is answered 200 before verification; anything else unsigned is still 401', async () => {
    const body = form({ ssl_check: '1', token: 'legacy-verification-token' });
    const res = await app.request('/slack/events', { method: 'POST', headers: { 'content-type': FORM }, body });
    expect(res.status).toBe(200);
    const forged = await app.request('/slack/events', { method: 'POST', headers: { 'content-type': FORM }, body: slashBody({ command: '/pause-outreach', text: 'all', user: OWNER }) });
    expect(forged.status).toBe(401);
    expect(await env.t.db.select().from(pauses)).toHaveLength(0);
  });
});

describe('item 5: an expired trigger_id on Edit', () => {
  it('tells the reviewer to click Edit again instead of saying nothing', async () => {
    const { draft } = await seedDraft(env.t.db, { account: makeAccount({ ownerSlackId: OWNER }) });
    fake.failNext('views.open', { error: 'expired_trigger_id' });
    const before = fake.callsOf('chat.postEphemeral').length;
    const res = await post(app, blockActionBody({ user: OWNER, actionId: encodeActionId({ action: 'edit', draftId: draft.id, version: draft.version }) }), FORM);
    expect(res.status).toBe(200);
    const msg = await until('an ephemeral answer', async () => fake.callsOf('chat.postEphemeral').slice(before).find((c) => String(c.args.user) === OWNER));
    expect(String(msg.args.text)).toContain('click Edit again');
  });
});

describe('item 7: a repeated /pause-outreach', () => {
  it('answers both times but alerts the channel once per pause', async () => {
    const alertsBefore = fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0ALERTS').length;
    for (const _ of [1, 2]) {
      const res = await post(app, slashBody({ command: '/pause-outreach', text: 'template:tpl-rep deploy check', user: OWNER }), FORM);
      expect(res.status).toBe(200);
      expect(JSON.stringify(await res.json())).toMatch(/paused/i);
    }
    await until('the alert', async () => fake.callsOf('chat.postMessage').some((c) => c.args.channel === 'C0ALERTS' && String(c.args.text).includes('tpl-rep')));
    await new Promise((r) => setTimeout(r, 300)); // give a second alert the chance to show up
    expect(fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0ALERTS').length - alertsBefore).toBe(1);
    expect(await env.t.db.select().from(pauses).where(and(eq(pauses.scope, 'template:tpl-rep'), isNull(pauses.endedAt)))).toHaveLength(1);
  });
});

describe('item 4: the brake without Redis', () => {
  it('/pause-outreach and /outreach-status answer from Postgres while Redis is down; the flag is raised when Redis is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-brake-'));
    const redis = await startRedis(dir);
    const d = createTestDeps(env.t, { ...slackEnv(fake), REDIS_URL: redis.url });
    const a = createHttpApp(d);
    const port = Number(new URL(redis.url).port);
    try {
      await d.redis.ping();
      await redis.stop();
      const res = await post(a, slashBody({ command: '/pause-outreach', text: 'workflow:nobody-sends incident', user: OWNER }), FORM);
      expect(res.status).toBe(200);
      const text = JSON.stringify(await res.json());
      expect(text).toContain('Paused in the database; sending is stopped once the queue is reachable');
      expect(text).toContain('nothing is sending now');
      expect(await env.t.db.select().from(pauses).where(and(eq(pauses.scope, 'workflow:nobody-sends'), isNull(pauses.endedAt)))).toHaveLength(1);
      const status = await post(a, slashBody({ command: '/outreach-status', text: '', user: OWNER }), FORM);
      expect(status.status).toBe(200);
      const st = JSON.stringify(await status.json());
      expect(st).toContain('workflow:nobody-sends');
      expect(st).toContain('unreachable');
      // Redis back (same port, empty): the queued flag command runs on reconnect.
      const again = await startRedis(dir, { port });
      try {
        await until('the pause flag in Redis', async () => (await d.redis.hget(`${d.prefix}:send:pause:flags`, 'workflow:nobody-sends').catch(() => null)) !== null);
      } finally {
        await again.stop();
      }
    } finally {
      await d.close();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('item 4 (repair): a pause whose flag never reached Redis', () => {
  it('gets its flag from the reconciler (Postgres is the truth)', async () => {
    const { pauseScope } = await import('../../src/guard/pauses.js');
    await pauseScope(env.deps, { scope: 'mailbox:lost@seller.example', reason: 'flag lost with its process', source: 'api', actor: testActor });
    const flags = `${env.deps.prefix}:send:pause:flags`;
    await env.deps.redis.hdel(flags, 'mailbox:lost@seller.example');
    await reconcileSends(env.deps);
    expect(await env.deps.redis.hget(flags, 'mailbox:lost@seller.example')).not.toBeNull();
  });
});

describe('item 2: review cards lost with Redis', () => {
  it('the reconciler re-posts every pending draft without a card whose job is gone, and none that has a card', async () => {
    const account = makeAccount({ ownerSlackId: OWNER });
    const lost = [(await seedDraft(env.t.db, { account })).draft.id, (await seedDraft(env.t.db, { account })).draft.id];
    const carded = (await seedDraft(env.t.db, { account })).draft.id;
    await env.t.db.update(drafts).set({ slackChannel: 'D0OWNER01', slackTs: '1700000000.000900', postedAt: new Date() }).where(eq(drafts.id, carded));
    // No slack-post job exists for any of them (as after FLUSHALL).
    const r = await reconcileReviewPosts(env.deps, { graceMs: 0 });
    expect(r.reposted).toBeGreaterThanOrEqual(2);
    for (const id of lost) expect(await env.deps.queues.slackPost.getJob(id)).toBeTruthy();
    expect(await env.deps.queues.slackPost.getJob(carded)).toBeUndefined();
    // Idempotent: a second pass adds nothing new for them.
    const again = await reconcileReviewPosts(env.deps, { graceMs: 0 });
    expect(again.reposted).toBe(0);
  });
});

describe('item 9: raising a cap', () => {
  it('re-evaluates jobs already delayed under the old cap: they are sent without waiting for the old slots', async () => {
    const t9 = await createTestDb();
    const d = createTestDeps(t9);
    const delivered: string[] = [];
    const transport: Transport = { name: 'smtp', send: async (m) => (delivered.push(m.draftId), { providerResponse: '250 ok' }) };
    try {
      await applyPolicy(t9.db, { yaml: 'high_tier:\n  new_template_probation: 0\nlimits:\n  mailbox_per_day: 1\n', comment: 'tight', actor: testActor });
      const account = makeAccount();
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await seedDraft(t9.db, { account, status: 'approved' })).draft.id);
      // The reconciler records the limits once an apply has settled (workers cache the policy ~1 s).
      await new Promise((r) => setTimeout(r, 2100));
      await reconcileSends(d); // records the limits the jobs are delayed under
      const w = createSendWorker(d, { transport, concurrency: 1 });
      try {
        for (const id of ids) await enqueueSend(d, id, testActor);
        await until('one sent and two delayed for the mailbox cap', async () => delivered.length === 1 && (await d.queues.send.getDelayedCount()) === 2);
        await applyPolicy(t9.db, { yaml: 'high_tier:\n  new_template_probation: 0\nlimits:\n  mailbox_per_day: 100\n', comment: 'raised', actor: testActor });
        await until('the reconciler to re-evaluate them', async () => (await reconcileSends(d)).reevaluated === 2, 15_000);
        await until('all three sent', async () => delivered.length === 3);
        expect(new Set(delivered)).toEqual(new Set(ids));
      } finally {
        await w.worker.close();
        w.connection.disconnect();
      }
    } finally {
      await d.close();
      await t9.drop();
    }
  }, 60_000);
});
