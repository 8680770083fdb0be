/**
 * The slack-post queue (BullMQ `slack-post`): the only module that knows its name, its job name,
 * the job data and the job options. Every review-post job is built here.
 *
 * Contract: jobId = draftId, so a retry or a duplicate add never posts twice; data {draftId};
 * 8 attempts with exponential backoff; finished jobs are kept for a while for inspection.
 */
import type { JobsOptions, Queue } from 'bullmq';

export const REVIEW_POST_QUEUE = 'slack-post';
export const REVIEW_POST_JOB = 'review.post';

export type ReviewPostJobData = { draftId: string };
export type ReviewPostQueue = Queue<ReviewPostJobData>;

interface QueueDeps {
  queues: { slackPost: ReviewPostQueue };
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

/** Many drafts at once (intake batches, recall): addBulk in chunks. */
export async function enqueueReviewPosts(deps: QueueDeps, draftIds: string[]): Promise<void> {
  if (draftIds.length === 1) return enqueueReviewPost(deps, draftIds[0]!);
  for (let i = 0; i < draftIds.length; i += 500) await deps.queues.slackPost.addBulk(draftIds.slice(i, i + 500).map(reviewPostJob));
}
