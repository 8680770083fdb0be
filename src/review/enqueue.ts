/** Ask the slack-post worker to post a draft for review. jobId = draftId: a retry never posts twice. */
import type { Deps } from '../deps.js';

export async function enqueueReviewPost(deps: Pick<Deps, 'queues'>, draftId: string): Promise<void> {
  await deps.queues.slackPost.add('review.post', { draftId }, { jobId: draftId, removeOnComplete: 1000, removeOnFail: 5000, attempts: 8, backoff: { type: 'exponential', delay: 1000 } });
}
