/**
 * The review ladder with an injected clock: remind once after remind_after_hours, escalate once
 * after escalate_after_hours (re-posted to the approver group, original card updated), expire after
 * expire_after_hours through the lifecycle (audited, card updated, never sent) — each step once,
 * with two workers walking the ladder at the same time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../helpers/db.js';
import { createTestDeps, type TestDeps } from '../helpers/deps.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { seedDraft, testActor } from '../helpers/fixtures.js';
import { applyPolicy } from '../../src/policy-store/store.js';
import { auditLog, drafts } from '../../src/db/schema.js';
import { ladderWindows, runReviewLadder } from '../../src/review/ladder.js';
import { getDraftStatus } from '../../src/drafts/get.js';
import { parsePolicy } from '../../src/policy/schema.js';
import { buildDigest, formatDigest } from '../../src/reports/digest.js';

let t: TestDb;
let slack: FakeSlack;
let a: TestDeps;
let b: TestDeps;
const T0 = new Date('2026-11-02T09:00:00.000Z');
let clock = T0;
const at = (hours: number) => {
  clock = new Date(T0.getTime() + hours * 3_600_000);
};

beforeAll(async () => {
  t = await createTestDb();
  slack = await startFakeSlack();
  const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_API_URL: slack.url };
  a = createTestDeps(t, env);
  b = createTestDeps(t, env);
  a.now = () => clock;
  b.now = () => clock;
  await applyPolicy(t.db, {
    yaml: 'owners: [U0OWNER99]\nreview:\n  approver_groups:\n    leads: [U0LEAD001, U0LEAD002]\n  escalate_to: leads\n  remind_after_hours: 24\n  escalate_after_hours: 48\n  expire_after_hours: 72\n',
    comment: 'ladder test',
    actor: testActor,
  });
});
afterAll(async () => {
  await a.close();
  await b.close();
  await slack.close();
  await t.drop();
});

async function postedDraft(postedAt: Date) {
  const { draft } = await seedDraft(t.db, { status: 'pending_review' });
  await t.db.update(drafts).set({ slackChannel: 'D0OWNER01', slackTs: `${Math.floor(postedAt.getTime() / 1000)}.000100`, postedAt }).where(eq(drafts.id, draft.id));
  return draft.id;
}
const audits = async (id: string, action: string) => (await t.db.select().from(auditLog).where(eq(auditLog.subject, `draft:${id}`))).filter((r) => r.action === action);
const posts = (channel: string) => slack.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);
const both = async () => {
  const [x, y] = await Promise.all([runReviewLadder(a), runReviewLadder(b)]);
  return { reminded: [...x.reminded, ...y.reminded], escalated: [...x.escalated, ...y.escalated], expired: [...x.expired, ...y.expired] };
};

describe('review ladder', () => {
  it('reminds, escalates and expires a waiting draft, each step once, whoever runs it', async () => {
    const id = await postedDraft(T0);

    at(23.9);
    expect(await both()).toEqual({ reminded: [], escalated: [], expired: [] });

    at(24.1);
    expect((await both()).reminded).toEqual([id]);
    expect((await both()).reminded).toEqual([]);
    const reminder = posts('U0OWNER01');
    expect(reminder).toHaveLength(1);
    expect(String(reminder[0]!.args.text)).toMatch(/Reminder: a draft to .+ has waited 24 h for your review; it expires in 48 h/);
    expect(await audits(id, 'draft.reminded')).toHaveLength(1);

    at(48.5);
    expect((await both()).escalated).toEqual([id]);
    expect((await both()).escalated).toEqual([]);
    for (const lead of ['U0LEAD001', 'U0LEAD002']) {
      const p = posts(lead);
      expect(p).toHaveLength(1);
      expect(JSON.stringify(p[0]!.args.blocks)).toContain('Escalated: nobody decided in 48 h');
      expect(JSON.stringify(p[0]!.args.blocks)).toContain('"action_id"'); // the buttons: it can be decided there
    }
    const updates = slack.callsOf('chat.update').filter((c) => c.args.channel === 'D0OWNER01');
    expect(JSON.stringify(updates.at(-1)!.args.blocks)).toContain('Escalated to the leads approvers after 48 h');
    expect(await audits(id, 'draft.escalated')).toHaveLength(1);

    at(72.2);
    expect((await both()).expired).toEqual([id]);
    expect((await both()).expired).toEqual([]);
    const [row] = await t.db.select().from(drafts).where(eq(drafts.id, id));
    expect(row!.status).toBe('expired');
    const expiredAudit = await audits(id, 'draft.expired');
    expect(expiredAudit).toHaveLength(1);
    expect(expiredAudit[0]!.actor).toEqual({ type: 'system', component: 'review-ladder' });
    expect(JSON.stringify(slack.callsOf('chat.update').at(-1)!.args.blocks)).toMatch(/Expired.*nobody decided within 72 h/);
    // The agent sees it; it was never queued for sending.
    expect((await getDraftStatus(a, { id, source: null })).status).toBe('expired');
    expect(await a.queues.send.getJob(id)).toBeUndefined();
    // Reminded and escalated once each in all.
    expect(posts('U0OWNER01')).toHaveLength(1);
    expect(posts('U0LEAD001')).toHaveLength(1);
    // Counted in the digest.
    const digest = await buildDigest(a, { since: T0 });
    expect(digest.reviewLadder).toEqual({ reminded: 1, escalated: 1, expired: 1 });
    expect(formatDigest(digest).join('\n')).toContain('Waiting reviews: 1 reminded, 1 escalated, 1 expired unreviewed (never sent)');
  });

  it('a draft found past its expiry is expired without a reminder or an escalation first', async () => {
    const id = await postedDraft(new Date(clock.getTime() - 100 * 3_600_000));
    const before = slack.callsOf('chat.postMessage').length;
    const r = await runReviewLadder(a);
    expect(r.expired).toContain(id);
    expect(r.reminded).not.toContain(id);
    expect(r.escalated).not.toContain(id);
    expect(slack.callsOf('chat.postMessage').length).toBe(before);
  });

  it('a decided draft is left alone', async () => {
    const { draft } = await seedDraft(t.db, { status: 'approved' });
    await t.db.update(drafts).set({ postedAt: new Date(clock.getTime() - 100 * 3_600_000) }).where(eq(drafts.id, draft.id));
    const r = await runReviewLadder(a);
    expect([...r.expired, ...r.reminded, ...r.escalated]).not.toContain(draft.id);
  });
});

describe('ladder windows', () => {
  const review = (y: string) => parsePolicy(`review:\n${y}`);
  it('a step whose hours are not below the next one is off', () => {
    const ok = (p: ReturnType<typeof review>) => (p.ok ? ladderWindows(p.policy.review) : null);
    expect(ok(review('  remind_after_hours: 24\n  escalate_after_hours: 48\n  expire_after_hours: 72\n'))).toEqual({ remind: [24, 48], escalate: [48, 72], expire: 72 });
    expect(ok(review('  remind_after_hours: 24\n  escalate_after_hours: 72\n  expire_after_hours: 72\n'))).toEqual({ remind: [24, 72], escalate: null, expire: 72 });
    expect(ok(review('  remind_after_hours: 80\n  expire_after_hours: 72\n'))).toEqual({ remind: null, escalate: [48, 72], expire: 72 });
    expect(ok(review('  remind_after_hours: 80\n  escalate_after_hours: 90\n  expire_after_hours: 72\n'))).toEqual({ remind: null, escalate: null, expire: 72 });
  });
  it('escalate_to must name an approver group', () => {
    const p = review('  escalate_to: nobody\n');
    expect(p.ok).toBe(false);
  });
});
