/**
 * The slack-post BullMQ worker: one job per draft needing review (jobId = draftId).
 *
 * Contract: job data {draftId}. Outcomes: posted (channel+ts+posted_at stored on the draft, audit
 * review.posted), or done without posting (draft no longer pending, or already posted: a retried
 * job never posts twice because the stored ts is checked first).
 * Rate limits: Slack allows about one message per second per channel. A per-channel slot
 * reservation in Redis (one script, shared by every worker process) gives each channel at most one
 * post per interval; a job that has to wait reserves its slot and is moved to delayed until then,
 * so channels proceed in parallel, no worker slot sleeps, and waiting jobs never stampede. A 429 from chat.postMessage pushes that channel's gate out
 * by Retry-After; a 429 on conversations.open (a workspace-wide method limit) rate-limits the
 * whole worker via `worker.rateLimit(ms)` + `Worker.RateLimitError()`.
 * Permanent Slack errors (channel_not_found, not_in_channel, …) become UnrecoverableError.
 */
import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { createRedis } from '../lib/redis.js';
import { REVIEW_POST_QUEUE, type ReviewPostJobData } from './queue.js';
import { accounts, drafts } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import { getActivePolicy } from '../policy-store/store.js';
import { buildReviewBlocks, reviewFallbackText, type CardAccount, type CardDraft } from './blocks.js';
import { toCardAccount, toCardDraft } from './card.js';
import { platformError, rateLimitedSeconds } from '../slack/client.js';
import type { Stopper } from '../lib/periodic.js';

/** Spacing between two posts to one channel; a little over Slack's 1 msg/s so clock jitter never trips it. */
export const CHANNEL_INTERVAL_MS = 1050;
/** A job whose slot is this close waits in process instead of going back to the delayed set. */
const WAKE_EARLY_MS = 600;

/**
 * While a post to a channel is unanswered, the channel's next post does not go (it polls this
 * often). The mark lapses after IN_FLIGHT_TTL_MS (a worker that died mid-call).
 */
const IN_FLIGHT_POLL_MS = 25;
const IN_FLIGHT_TTL_MS = 15_000;
/** A prepared post waiting for its slot re-reads the draft when its last read is older than this. */
const RECHECK_MS = 100;

// Per-channel pacing. KEYS[1] = channel gate (next free slot, ms), KEYS[2] = this job's
// reservation, KEYS[3] = when the channel last got a go (ms), KEYS[4] = a post to the channel is
// in flight. ARGV[1] = interval ms, ARGV[2] = in-flight poll ms, ARGV[3] = in-flight ttl ms.
// Returns 0 (post now) or ms to wait. A job that must wait reserves its slot, so when it wakes it
// posts without competing again (channels drain in arrival order, waiting jobs never stampede);
// a job that wakes late never lets the next one go less than one interval after it. A go marks
// the channel in flight until the post is answered (DONE_LUA / PUSH_LUA): a post slowed in transit
// is answered before the next one goes, so the next can never arrive less than one interval after it.
const GATE_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local busy = redis.call('EXISTS', KEYS[4]) == 1
local last = tonumber(redis.call('GET', KEYS[3]) or '0')
local r = tonumber(redis.call('GET', KEYS[2]) or '0')
if r > 0 then
  local ready = math.max(r, last + interval)
  if ready <= now then
    if busy then return tonumber(ARGV[2]) end
    redis.call('DEL', KEYS[2])
    redis.call('SET', KEYS[3], now, 'PX', interval + 60000)
    redis.call('SET', KEYS[4], now, 'PX', tonumber(ARGV[3]))
    return 0
  end
  return ready - now
end
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, nxt, last + interval)
redis.call('SET', KEYS[1], slot + interval, 'PX', slot + interval - now + 60000)
if slot <= now and not busy then
  redis.call('SET', KEYS[3], now, 'PX', interval + 60000)
  redis.call('SET', KEYS[4], now, 'PX', tonumber(ARGV[3]))
  return 0
end
redis.call('SET', KEYS[2], slot, 'PX', slot - now + 600000)
return math.max(slot - now, tonumber(ARGV[2]))`;

// After a 429: KEYS[1] = gate, KEYS[2] = last go, KEYS[3] = in flight. ARGV[1] = Retry-After ms,
// ARGV[2] = interval. Nothing on the channel goes before now + Retry-After; the post is answered.
const PUSH_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local want = now + tonumber(ARGV[1])
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
if want > nxt then redis.call('SET', KEYS[1], want, 'PX', tonumber(ARGV[1]) + 60000) end
redis.call('SET', KEYS[2], want - tonumber(ARGV[2]), 'PX', tonumber(ARGV[1]) + 60000)
redis.call('DEL', KEYS[3])
return want`;

// After a post was answered (posted, or refused with an error): KEYS[1] = when the channel last
// got a go, KEYS[2] = in flight. ARGV[1] = interval ms.
// The next go on the channel is one interval after Slack ANSWERED, not after we asked: a post
// slowed in transit (a loaded machine, a slow network) can then never arrive less than one
// interval before the next one, whatever the delay.
const DONE_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if now > last then redis.call('SET', KEYS[1], now, 'PX', tonumber(ARGV[1]) + 60000) end
redis.call('DEL', KEYS[2])
return now`;

export type PostOutcome = { posted: true; channel: string; ts: string } | { posted: false; why: 'not_pending' | 'already_posted' | 'not_found' } | { posted: false; why: 'wait'; ms: number };

async function resolveChannel(deps: Deps, ownerSlackId: string | null): Promise<string> {
  const { policy } = await getActivePolicy(deps.db);
  if (policy.review.route === 'channel' || !ownerSlackId) {
    if (!policy.review.channel) throw new UnrecoverableError(`no review channel: route=${policy.review.route}, account owner ${ownerSlackId ?? 'unset'}, review.channel unset`);
    return policy.review.channel;
  }
  const key = `${deps.prefix}:slack:dm:${ownerSlackId}`;
  const cached = await deps.redis.get(key);
  if (cached) return cached;
  const r = await deps.slack!.conversations.open({ users: ownerSlackId });
  const id = r.channel?.id;
  if (!id) throw new Error('conversations.open returned no channel');
  await deps.redis.set(key, id, 'EX', 86_400);
  return id;
}

/** What a post needs, read once per attempt: the card, and the channel it goes to. */
interface PreparedPost {
  card: CardDraft;
  account: CardAccount;
  version: number;
  channel: string;
}

/** Load the draft and its account in one query, check it still wants a card, resolve the channel. */
async function preparePost(deps: Deps, draftId: string): Promise<PreparedPost | PostOutcome> {
  const [row] = await deps.db.select({ d: drafts, a: accounts }).from(drafts).innerJoin(accounts, eq(accounts.id, drafts.accountId)).where(eq(drafts.id, draftId));
  if (!row) return { posted: false, why: 'not_found' };
  if (row.d.slackTs) return { posted: false, why: 'already_posted' };
  if (row.d.status !== 'pending_review') return { posted: false, why: 'not_pending' };
  const channel = await resolveChannel(deps, row.a.ownerSlackId);
  return { card: toCardDraft(row.d), account: toCardAccount(row.a), version: row.d.version, channel };
}

/** The same check as preparePost, for a prepared post that waited for its slot: one primary-key read. */
async function stillWanted(deps: Deps, draftId: string): Promise<PostOutcome | null> {
  const [d] = await deps.db.select({ status: drafts.status, slackTs: drafts.slackTs }).from(drafts).where(eq(drafts.id, draftId));
  if (!d) return { posted: false, why: 'not_found' };
  if (d.slackTs) return { posted: false, why: 'already_posted' };
  if (d.status !== 'pending_review') return { posted: false, why: 'not_pending' };
  return null;
}

/** Take the channel's gate and, when it opens, post and store channel + ts. Throws Slack errors for the worker to classify. */
async function gateAndPost(deps: Deps, draftId: string, p: PreparedPost): Promise<PostOutcome> {
  const { channel } = p;
  const gate = `${deps.prefix}:slack:gate:${channel}`;
  const inFlight = `${gate}:inflight`;
  const wait = Number(await deps.redis.eval(GATE_LUA, 4, gate, `${deps.prefix}:slack:resv:${draftId}`, `${gate}:last`, inFlight, CHANNEL_INTERVAL_MS, IN_FLIGHT_POLL_MS, IN_FLIGHT_TTL_MS));
  if (wait > 0) return { posted: false, why: 'wait', ms: wait };
  // Best effort: the post was answered, so a Redis error here must not fail (and re-post) the job.
  const answered = () => Promise.resolve(deps.redis.eval(DONE_LUA, 2, `${gate}:last`, inFlight, CHANNEL_INTERVAL_MS)).catch(() => undefined);
  let res;
  try {
    res = await deps.slack!.chat.postMessage({ channel, text: reviewFallbackText(p.card, p.account), blocks: buildReviewBlocks(p.card, p.account) as never, unfurl_links: false, unfurl_media: false });
  } catch (e) {
    const s = rateLimitedSeconds(e);
    if (s !== null) {
      await deps.redis.eval(PUSH_LUA, 3, gate, `${gate}:last`, inFlight, s * 1000, CHANNEL_INTERVAL_MS);
      return { posted: false, why: 'wait', ms: s * 1000 };
    }
    await answered();
    throw e;
  }
  await answered();
  const ts = String(res.ts);
  const postedChannel = String(res.channel ?? channel);
  await deps.db.transaction(async (tx) => {
    const rows = await tx
      .update(drafts)
      .set({ slackChannel: postedChannel, slackTs: ts, postedAt: deps.now(), updatedAt: sql`now()` })
      .where(and(eq(drafts.id, draftId), isNull(drafts.slackTs)))
      .returning({ id: drafts.id });
    if (rows.length) await appendAudit(tx, { actor: { type: 'system', component: 'slack-post' }, action: 'review.posted', subject: `draft:${draftId}`, data: { channel: postedChannel, ts, version: p.version } });
  });
  return { posted: true, channel: postedChannel, ts };
}

/** Post one draft's review message, once. Throws Slack errors for the worker to classify. */
export async function postReviewMessage(deps: Deps, draftId: string): Promise<PostOutcome> {
  const p = await preparePost(deps, draftId);
  return 'card' in p ? gateAndPost(deps, draftId, p) : p;
}

/**
 * The worker's attempt: prepare once; when the channel's slot is close, wait for it in process and
 * then only re-check the draft (one primary-key read) before taking the gate, so the time between
 * the slot opening and the post is one short read, not the whole card load again.
 */
async function postWhenDue(deps: Deps, draftId: string): Promise<PostOutcome> {
  const p = await preparePost(deps, draftId);
  if (!('card' in p)) return p;
  let checkedAt = Date.now();
  for (;;) {
    const out = await gateAndPost(deps, draftId, p);
    if (out.posted || out.why !== 'wait' || out.ms > WAKE_EARLY_MS) return out;
    // Close to our slot: wait here (a delayed job can wake hundreds of ms late under load).
    await new Promise((r) => setTimeout(r, out.ms));
    // Short polls while the channel's previous post is unanswered re-read the draft at most every RECHECK_MS.
    if (Date.now() - checkedAt > RECHECK_MS) {
      const gone = await stillWanted(deps, draftId);
      if (gone) return gone;
      checkedAt = Date.now();
    }
  }
}

const PERMANENT = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'invalid_blocks', 'msg_too_long', 'user_not_found', 'cannot_dm_bot', 'invalid_auth', 'account_inactive', 'missing_scope', 'not_authed']);

export function startSlackPostWorker(deps: Deps, opts: { concurrency?: number } = {}): Stopper {
  if (!deps.slack) {
    deps.log.info('slack-post worker not started: SLACK_BOT_TOKEN unset (review with `draftgate review`)');
    return async () => {};
  }
  const connection = createRedis(deps.config, 'draftgate-slack-post');
  const worker: Worker<{ draftId: string }> = new Worker(
    REVIEW_POST_QUEUE,
    async (job: Job<ReviewPostJobData>, token?: string) => {
      let out: PostOutcome;
      try {
        out = await postWhenDue(deps, job.data.draftId);
      } catch (e) {
        const s = rateLimitedSeconds(e);
        if (s !== null) {
          // conversations.open hit a method limit: every channel waits.
          await worker.rateLimit(s * 1000);
          throw Worker.RateLimitError();
        }
        const perr = platformError(e);
        if (perr && PERMANENT.has(perr)) throw new UnrecoverableError(`slack: ${perr}`);
        throw e;
      }
      if (!out.posted && out.why === 'wait') {
        // Wake a little before the reserved slot; the loop above covers the rest.
        await job.moveToDelayed(Date.now() + out.ms - WAKE_EARLY_MS, token);
        throw new DelayedError();
      }
      return out;
    },
    { connection, prefix: `${deps.prefix}:bull`, concurrency: opts.concurrency ?? 100, autorun: true },
  );
  worker.on('failed', (job, err) => deps.log.warn({ draftId: job?.data.draftId, err: err.message }, 'slack-post failed'));
  worker.on('error', (err) => deps.log.warn({ err: err.message }, 'slack-post worker error'));
  return async () => {
    await worker.close();
    connection.disconnect();
  };
}
