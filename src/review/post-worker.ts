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
import { drafts } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import { getActivePolicy } from '../policy-store/store.js';
import { buildReviewBlocks, reviewFallbackText } from './blocks.js';
import { loadCard } from './card.js';
import { platformError, rateLimitedSeconds } from '../slack/client.js';
import type { Stopper } from '../lib/periodic.js';

/** Spacing between two posts to one channel; a little over Slack's 1 msg/s so clock jitter never trips it. */
export const CHANNEL_INTERVAL_MS = 1050;
/** A job whose slot is this close waits in process instead of going back to the delayed set. */
const WAKE_EARLY_MS = 600;

// Per-channel pacing. KEYS[1] = channel gate (next free slot, ms), KEYS[2] = this job's
// reservation, KEYS[3] = when the channel last got a go (ms). ARGV[1] = interval ms.
// Returns 0 (post now) or ms to wait. A job that must wait reserves its slot, so when it wakes it
// posts without competing again (channels drain in arrival order, waiting jobs never stampede);
// a job that wakes late never lets the next one go less than one interval after it.
const GATE_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local last = tonumber(redis.call('GET', KEYS[3]) or '0')
local r = tonumber(redis.call('GET', KEYS[2]) or '0')
if r > 0 then
  local ready = math.max(r, last + interval)
  if ready <= now then
    redis.call('DEL', KEYS[2])
    redis.call('SET', KEYS[3], now, 'PX', interval + 60000)
    return 0
  end
  return ready - now
end
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, nxt, last + interval)
redis.call('SET', KEYS[1], slot + interval, 'PX', slot + interval - now + 60000)
if slot <= now then
  redis.call('SET', KEYS[3], now, 'PX', interval + 60000)
  return 0
end
redis.call('SET', KEYS[2], slot, 'PX', slot - now + 600000)
return slot - now`;

// After a 429: KEYS[1] = gate, KEYS[2] = last go. ARGV[1] = Retry-After ms, ARGV[2] = interval.
// Nothing on the channel goes before now + Retry-After.
const PUSH_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local want = now + tonumber(ARGV[1])
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
if want > nxt then redis.call('SET', KEYS[1], want, 'PX', tonumber(ARGV[1]) + 60000) end
redis.call('SET', KEYS[2], want - tonumber(ARGV[2]), 'PX', tonumber(ARGV[1]) + 60000)
return want`;

// After a post returned: KEYS[1] = when the channel last got a go. ARGV[1] = interval ms.
// The next go on the channel is one interval after Slack ANSWERED, not after we asked: a post
// slowed in transit (a loaded machine, a slow network) can then never arrive less than one
// interval before the next one, whatever the delay.
const DONE_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if now > last then redis.call('SET', KEYS[1], now, 'PX', tonumber(ARGV[1]) + 60000) end
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

/** Post one draft's review message, once. Throws Slack errors for the worker to classify. */
export async function postReviewMessage(deps: Deps, draftId: string): Promise<PostOutcome> {
  const c = await loadCard(deps, draftId);
  if (!c) return { posted: false, why: 'not_found' };
  if (c.draft.slackTs) return { posted: false, why: 'already_posted' };
  if (c.draft.status !== 'pending_review') return { posted: false, why: 'not_pending' };
  const [owner] = await deps.db.execute<{ owner_slack_id: string | null }>(sql`select owner_slack_id from accounts where id = ${c.draft.accountId}`);
  const channel = await resolveChannel(deps, owner?.owner_slack_id ?? null);
  const gate = `${deps.prefix}:slack:gate:${channel}`;
  const wait = Number(await deps.redis.eval(GATE_LUA, 3, gate, `${deps.prefix}:slack:resv:${draftId}`, `${gate}:last`, CHANNEL_INTERVAL_MS));
  if (wait > 0) return { posted: false, why: 'wait', ms: wait };
  let res;
  try {
    res = await deps.slack!.chat.postMessage({ channel, text: reviewFallbackText(c.card, c.account), blocks: buildReviewBlocks(c.card, c.account) as never, unfurl_links: false, unfurl_media: false });
  } catch (e) {
    const s = rateLimitedSeconds(e);
    if (s !== null) {
      await deps.redis.eval(PUSH_LUA, 2, gate, `${gate}:last`, s * 1000, CHANNEL_INTERVAL_MS);
      return { posted: false, why: 'wait', ms: s * 1000 };
    }
    throw e;
  }
  // Best effort: the message is out, so a Redis error here must not fail (and re-post) the job.
  await Promise.resolve(deps.redis.eval(DONE_LUA, 1, `${gate}:last`, CHANNEL_INTERVAL_MS)).catch(() => undefined);
  const ts = String(res.ts);
  const postedChannel = String(res.channel ?? channel);
  await deps.db.transaction(async (tx) => {
    const rows = await tx
      .update(drafts)
      .set({ slackChannel: postedChannel, slackTs: ts, postedAt: deps.now(), updatedAt: sql`now()` })
      .where(and(eq(drafts.id, draftId), isNull(drafts.slackTs)))
      .returning({ id: drafts.id });
    if (rows.length) await appendAudit(tx, { actor: { type: 'system', component: 'slack-post' }, action: 'review.posted', subject: `draft:${draftId}`, data: { channel: postedChannel, ts, version: c.draft.version } });
  });
  return { posted: true, channel: postedChannel, ts };
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
        for (;;) {
          out = await postReviewMessage(deps, job.data.draftId);
          if (out.posted || out.why !== 'wait' || out.ms > WAKE_EARLY_MS) break;
          // Close to our slot: wait here (a delayed job can wake hundreds of ms late under load).
          const ms = out.ms;
          await new Promise((r) => setTimeout(r, ms));
        }
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
