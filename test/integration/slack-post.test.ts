/** The slack-post worker: routing, idempotency, Block Kit limits, 429 Retry-After, per-channel pacing. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { makeAccount, seedDraft } from '../helpers/fixtures.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { SIGNING_SECRET } from '../helpers/slack-requests.js';
import { applyPolicy } from '../../src/policy-store/store.js';
import { postReviewMessage, startSlackPostWorker } from '../../src/review/post-worker.js';
import { enqueueReviewPost, enqueueReviewPosts, fairOrder } from '../../src/review/queue.js';
import { auditLog, drafts } from '../../src/db/schema.js';
import { rejectDraft } from '../../src/drafts/lifecycle.js';
import type { Stopper } from '../../src/lib/periodic.js';
import { useIntegrationEnv } from '../helpers/env.js';

let fake: FakeSlack;
let stop: Stopper;

beforeAll(async () => {
  fake = await startFakeSlack({ enforceRate: true });
});
const env = useIntegrationEnv({ overrides: () => ({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_TEAM_ID: 'T0TEST', SLACK_API_URL: fake.url }) });
beforeAll(async () => {
  await applyPolicy(env.t.db, { yaml: 'owners: [U0BOSS001]\n', comment: 'test', actor: { type: 'system', component: 'test' } });
  stop = startSlackPostWorker(env.deps, { concurrency: 20 });
});
afterAll(async () => {
  await stop();
  await fake.close();
});

const row = async (id: string) => (await env.t.db.select().from(drafts).where(eq(drafts.id, id)))[0]!;

describe('slack-post worker', () => {
  it('posts to the owner DM once, stores channel + ts; a retried job never posts twice', async () => {
    const { draft } = await seedDraft(env.t.db, { account: makeAccount({ ownerSlackId: 'U0DMOWNER' }), draft: { body: 'Hi <!channel> and <@U123>, see <http://evil.example|this> *now* & later' } });
    await enqueueReviewPost(env.deps, draft.id);
    await vi.waitFor(async () => expect((await row(draft.id)).slackTs).toBeTruthy());
    const r = await row(draft.id);
    expect(r.slackChannel).toBe('D0DMOWNER');
    expect(fake.callsOf('conversations.open').some((c) => c.args.users === 'U0DMOWNER')).toBe(true);
    // A retry of the same work (job re-run, duplicate enqueue): nothing is posted again.
    expect(await postReviewMessage(env.deps, draft.id)).toEqual({ posted: false, why: 'already_posted' });
    await env.deps.queues.slackPost.add('review.post', { draftId: draft.id }, { jobId: `${draft.id}-again` });
    await new Promise((res) => setTimeout(res, 300));
    expect(fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D0DMOWNER')).toHaveLength(1);
    const posts = await env.t.db.select().from(auditLog).where(eq(auditLog.action, 'review.posted'));
    expect(posts.filter((p) => p.subject === `draft:${draft.id}`)).toHaveLength(1);
    // Mention injection: the agent's text never reaches mrkdwn unescaped.
    const blocks = JSON.stringify(fake.callsOf('chat.postMessage').find((c) => c.args.channel === 'D0DMOWNER')!.args.blocks);
    expect(blocks).not.toMatch(/"type":"mrkdwn","text":"[^"]*<!channel>/);
    expect(fake.blockErrors).toEqual([]);
  });

  it('honours 429 Retry-After on chat.postMessage and posts exactly once afterwards', async () => {
    const { draft } = await seedDraft(env.t.db, { account: makeAccount({ ownerSlackId: 'U0RATE001' }) });
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await enqueueReviewPost(env.deps, draft.id);
    await vi.waitFor(async () => expect((await row(draft.id)).slackTs).toBeTruthy(), { timeout: 10_000 });
    const calls = fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D0RATE001');
    expect(calls).toHaveLength(2); // the refused one and the successful one
    // Retry-After: 1 was honoured (the fake's own clock).
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('paces each channel to one message per second, channels in parallel', async () => {
    const owners = ['U0PACE001', 'U0PACE002', 'U0PACE003'];
    const ids: string[] = [];
    for (const o of owners) for (let i = 0; i < 3; i++) ids.push((await seedDraft(env.t.db, { account: makeAccount({ ownerSlackId: o }) })).draft.id);
    const before = fake.rateViolations;
    const t0 = Date.now();
    for (const id of ids) await enqueueReviewPost(env.deps, id);
    await vi.waitFor(async () => {
      for (const id of ids) expect((await row(id)).slackTs).toBeTruthy();
    }, { timeout: 15_000 });
    void t0;
    // The fake refuses a second message within 1 s on one channel: none was refused.
    expect(fake.rateViolations).toBe(before);
    // Channels in parallel: every channel's first message went out before any channel's third.
    const paced = fake.callsOf('chat.postMessage').filter((c) => String(c.args.channel).startsWith('D0PACE'));
    const firstOf = (ch: string) => paced.findIndex((c) => c.args.channel === ch);
    const thirdIdx = paced.findIndex((c, i) => paced.slice(0, i + 1).filter((x) => x.args.channel === c.args.channel).length === 3);
    for (const o of owners) expect(firstOf(`D${o.slice(1)}`)).toBeLessThan(thirdIdx);
  });

  it('a draft decided while its post waits for the channel slot is not posted', async () => {
    const account = makeAccount({ ownerSlackId: 'U0WAIT001' });
    const ids = [(await seedDraft(env.t.db, { account })).draft.id, (await seedDraft(env.t.db, { account })).draft.id];
    for (const id of ids) await enqueueReviewPost(env.deps, id);
    // Whichever got the channel first is posted; the other's slot is about a second later.
    let waiting = '';
    await vi.waitFor(async () => {
      const posted = await env.t.db.select({ id: drafts.id, ts: drafts.slackTs }).from(drafts).where(inArray(drafts.id, ids));
      expect(posted.filter((r) => r.ts)).toHaveLength(1);
      waiting = posted.find((r) => !r.ts)!.id;
    }, { timeout: 10_000, interval: 20 });
    // Decided in between (typically while its job waits in process for the slot, card already loaded).
    await new Promise((res) => setTimeout(res, 600));
    expect((await rejectDraft(env.t.db, { draftId: waiting, version: 1, actor: { type: 'rep', slackUserId: 'U0WAIT001' }, decidedBy: 'U0WAIT001' })).ok).toBe(true);
    await new Promise((res) => setTimeout(res, 1500));
    expect(fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D0WAIT001')).toHaveLength(1);
    expect((await row(waiting)).slackTs).toBeNull();
  });

  it('a batch is queued round-robin across owners (review channels), each owner in the given order', async () => {
    const a = makeAccount({ ownerSlackId: 'U0FAIR001' });
    const a2 = makeAccount({ ownerSlackId: 'U0FAIR001' }); // a second account of the same owner: the same DM
    const b = makeAccount({ ownerSlackId: 'U0FAIR002' });
    const none = makeAccount({ ownerSlackId: null });
    const seed = async (account: typeof a) => (await seedDraft(env.t.db, { account })).draft.id;
    const A = [await seed(a), await seed(a2), await seed(a)];
    const B = [await seed(b), await seed(b)];
    const N = [await seed(none)];
    const unknown = '00000000-0000-4000-8000-00000000fa1e';
    // A draft that cannot be found goes with the drafts without an owner.
    expect(await fairOrder(env.t.db, [...A, ...B, ...N, unknown])).toEqual([A[0], B[0], N[0], A[1], B[1], unknown, A[2]]);
    // Through the queue: the jobs are added in that order.
    await env.deps.queues.slackPost.pause();
    try {
      await enqueueReviewPosts(env.deps, [...A, ...B]);
      // Oldest first: the order the worker takes them.
      const waiting = (await env.deps.queues.slackPost.getJobs(['wait'], 0, -1, true)).map((j) => j.id).filter((id) => [...A, ...B].includes(id!));
      expect(waiting).toEqual([A[0], B[0], A[1], B[1], A[2]]);
    } finally {
      await env.deps.queues.slackPost.resume();
    }
  });

  it("a channel's next post goes only once the previous one is answered (a slow answer holds the channel)", async () => {
    const account = makeAccount({ ownerSlackId: 'U0SLOW001' });
    const ids = [(await seedDraft(env.t.db, { account })).draft.id, (await seedDraft(env.t.db, { account })).draft.id];
    fake.latencyMs = 1400; // Slack answers 1.4 s after it received the post
    try {
      for (const id of ids) await enqueueReviewPost(env.deps, id);
      await vi.waitFor(async () => {
        for (const id of ids) expect((await row(id)).slackTs).toBeTruthy();
      }, { timeout: 15_000 });
    } finally {
      fake.latencyMs = 0;
    }
    const posts = fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D0SLOW001');
    expect(posts).toHaveLength(2);
    // The fake's own clock: the second arrived after the first was answered, not one interval after it was sent.
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1400);
  });

  it('a draft no longer pending is not posted', async () => {
    const { draft } = await seedDraft(env.t.db, { status: 'approved' });
    expect(await postReviewMessage(env.deps, draft.id)).toEqual({ posted: false, why: 'not_pending' });
  });
});
