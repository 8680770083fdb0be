/**
 * Hand an approved draft to the send queue: approved → queued in Postgres first (committed), then
 * the BullMQ job with jobId = draftId. A crash between the two leaves a queued draft with no job,
 * which the reconciler re-enqueues; a duplicate add is a no-op because the job id is the draft id.
 */
import type { Deps } from '../deps.js';
import { queueDraft } from '../drafts/lifecycle.js';
import type { Actor } from '../audit/actor.js';

export async function enqueueSend(deps: Pick<Deps, 'db' | 'queues'>, draftId: string, actor: Actor): Promise<boolean> {
  const moved = await queueDraft(deps.db, draftId, actor);
  if (!moved.ok && !(moved.reason === 'lost_race' && moved.current.status === 'queued')) return false;
  await deps.queues.send.add('send.draft', { draftId }, { jobId: draftId, removeOnComplete: 1000, removeOnFail: 5000 });
  return true;
}
