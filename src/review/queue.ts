/**
 * The slack-post queue (BullMQ `slack-post`): the only module that knows its name, its job name,
 * the job data and the job options. Every review-post job is built here.
 *
 * Contract: jobId = draftId, so a retry or a duplicate add never posts twice; data {draftId};
 * 8 attempts with exponential backoff; finished jobs are kept for a while for inspection.
 */
import type { JobsOptions, Queue } from 'bullmq';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { accounts, drafts } from '../db/schema.js';

export const REVIEW_POST_QUEUE = 'slack-post';
export const REVIEW_POST_JOB = 'review.post';

export type ReviewPostJobData = { draftId: string };
export type ReviewPostQueue = Queue<ReviewPostJobData>;

interface QueueDeps {
  queues: { slackPost: ReviewPostQueue };
  /** When given, a batch is ordered fairly across review channels (see fairOrder). */
  db?: Db;
}

export const reviewPostJobOptions = (draftId: string): JobsOptions => ({
  jobId: draftId,
  removeOnComplete: 1000,
  removeOnFail: 5000,
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
});

/** The one place a review-post job is built. */
export const reviewPostJob = (draftId: string) => ({ name: REVIEW_POST_JOB, data: { draftId }, opts: reviewPostJobOptions(draftId) });

/** Ask the slack-post worker to post a draft for review. */
export async function enqueueReviewPost(deps: QueueDeps, draftId: string): Promise<void> {
  const job = reviewPostJob(draftId);
  await deps.queues.slackPost.add(job.name, job.data, job.opts);
}

/**
 * Many drafts at once (intake batches, recall): addBulk in chunks, in a fair order across review
 * channels. The worker takes jobs in the order added and each channel posts once a second, so a
 * batch grouped by owner (20 drafts of one owner, then 20 of the next …) would keep the last
 * owners' first cards waiting behind every earlier owner's queue; interleaved, every channel's
 * first card is among the first jobs.
 */
export async function enqueueReviewPosts(deps: QueueDeps, draftIds: string[]): Promise<void> {
  if (draftIds.length === 1) return enqueueReviewPost(deps, draftIds[0]!);
  const ordered = deps.db && draftIds.length > 1 ? await fairOrder(deps.db, draftIds) : draftIds;
  for (let i = 0; i < ordered.length; i += 500) await deps.queues.slackPost.addBulk(ordered.slice(i, i + 500).map(reviewPostJob));
}

/**
 * Round-robin over the drafts' account owners (each owner is one DM channel; drafts without an
 * owner share the review channel): the first draft of every owner, then the second of every
 * owner, … Within an owner the given order is kept. Best effort: if the owners cannot be read, the
 * given order stands (the posts are still made, only less fairly).
 */
export async function fairOrder(db: Db, draftIds: string[]): Promise<string[]> {
  const owner = new Map<string, string>();
  try {
    for (let i = 0; i < draftIds.length; i += 5000) {
      const rows = await db
        .select({ id: drafts.id, owner: accounts.ownerSlackId })
        .from(drafts)
        .innerJoin(accounts, eq(accounts.id, drafts.accountId))
        .where(inArray(drafts.id, draftIds.slice(i, i + 5000)));
      for (const r of rows) owner.set(r.id, r.owner ?? '');
    }
  } catch {
    return draftIds;
  }
  const groups = new Map<string, string[]>();
  for (const id of draftIds) {
    const key = owner.get(id) ?? '';
    const g = groups.get(key);
    if (g) g.push(id);
    else groups.set(key, [id]);
  }
  const out: string[] = [];
  for (let round = 0; out.length < draftIds.length; round++) {
    for (const g of groups.values()) if (round < g.length) out.push(g[round]!);
  }
  return out;
}
