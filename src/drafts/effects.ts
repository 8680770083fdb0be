/**
 * Side effects a verb returns for after its transaction commits (STYLE: Redis and Postgres do not
 * commit together). Run them only after commit; if the process dies first, the reconciler sweeps
 * approved/queued drafts without a job and pending drafts never posted.
 */
import type { Deps } from '../deps.js';
import type { Actor } from '../audit/actor.js';
import { enqueueSend } from '../send/enqueue.js';
import { enqueueReviewPost } from '../review/enqueue.js';
import { queueDrafts } from './lifecycle.js';

export type Effect = { kind: 'post_review'; draftId: string } | { kind: 'send'; draftId: string };

export async function runEffects(deps: Pick<Deps, 'db' | 'queues' | 'log'>, effects: Effect[], actor: Actor): Promise<void> {
  const posts = effects.filter((e) => e.kind === 'post_review');
  if (posts.length > 1) {
    await deps.queues.slackPost.addBulk(
      posts.map((e) => ({ name: 'review.post', data: { draftId: e.draftId }, opts: { jobId: e.draftId, removeOnComplete: 1000, removeOnFail: 5000, attempts: 8, backoff: { type: 'exponential', delay: 1000 } } })),
    );
  } else if (posts[0]) await enqueueReviewPost(deps, posts[0].draftId);
  const sends = effects.filter((e) => e.kind === 'send');
  if (sends.length > 1) {
    // Batches (intake): one guarded UPDATE + one addBulk instead of a transaction and an add per draft.
    const queued = await queueDrafts(deps.db, sends.map((e) => e.draftId), actor);
    await deps.queues.send.addBulk(queued.map((id) => ({ name: 'send.draft', data: { draftId: id }, opts: { jobId: id, removeOnComplete: 1000, removeOnFail: 5000 } })));
    return;
  }
  for (const e of effects) {
    if (e.kind === 'send') {
      await enqueueSend(deps, e.draftId, actor).catch((err) => deps.log.warn({ err, draftId: e.draftId }, 'enqueue failed; the reconciler will retry'));
    }
  }
}
