/**
 * Hand an approved draft to the send queue: approved → queued in Postgres first (committed), then
 * the BullMQ job with jobId = draftId. A crash between the two leaves a queued draft with no job,
 * which the reconciler re-enqueues; a duplicate add is a no-op because the job id is the draft id.
 * The job carries the draft's scopes (template, workflow, mailbox, account, recipient domain,
 * reviewed or not) so the worker's fence needs no Postgres read; none of them change after
 * approval (an edit changes only the final text).
 */
import type { JobsOptions } from 'bullmq';
import type { Deps } from '../deps.js';
import { queueDraft, type DraftRow } from '../drafts/lifecycle.js';
import type { Actor } from '../audit/actor.js';
import type { SendTarget } from './fence.js';

export const SEND_JOB = 'send.draft';
export const SEND_ATTEMPTS = 6;

/** Completed/failed jobs are removed at once: a job hash in Redis means a live job (the reconciler relies on it). */
export const sendJobOptions = (draftId: string): JobsOptions => ({
  jobId: draftId,
  attempts: SEND_ATTEMPTS,
  backoff: { type: 'jitter', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: true,
});

export function sendTargetOf(d: Pick<DraftRow, 'id' | 'templateId' | 'workflow' | 'fromMailbox' | 'accountId' | 'toEmail' | 'decidedBy'>): SendTarget {
  return {
    draftId: d.id,
    templateId: d.templateId,
    workflow: d.workflow,
    mailbox: d.fromMailbox.toLowerCase(),
    accountId: d.accountId,
    domain: (d.toEmail.split('@')[1] ?? '').toLowerCase(),
    unreviewed: d.decidedBy === null,
  };
}

export async function enqueueSend(deps: Pick<Deps, 'db' | 'queues'>, draftId: string, actor: Actor): Promise<boolean> {
  const moved = await queueDraft(deps.db, draftId, actor);
  let row: DraftRow;
  if (moved.ok) row = moved.draft;
  else if (moved.reason === 'lost_race' && moved.current.status === 'queued') row = moved.current;
  else return false;
  await deps.queues.send.add(SEND_JOB, sendTargetOf(row), sendJobOptions(draftId));
  return true;
}

/** Add jobs for drafts already queued in Postgres (reconciler, held release). */
export async function addSendJobs(deps: Pick<Deps, 'queues'>, rows: Parameters<typeof sendTargetOf>[0][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await deps.queues.send.addBulk(rows.slice(i, i + 500).map((r) => ({ name: SEND_JOB, data: sendTargetOf(r), opts: sendJobOptions(r.id) })));
  }
}
