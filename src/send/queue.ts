/**
 * The send queue (BullMQ `send`): the only module that knows its name, its job name, the job data
 * and the job options. Every send job — single approval, batch intake, reconciler, held release —
 * is built here, so every job gets the same retries and the same removal policy.
 *
 * Contract:
 * - jobId = draftId: a duplicate add is a no-op.
 * - data = the draft's SendTarget (template, workflow, mailbox, account, recipient domain,
 *   reviewed or not) so the worker's fence needs no Postgres read; none of them change after
 *   approval (an edit changes only the final text).
 * - attempts = SEND_ATTEMPTS with jittered backoff: a transient transport error is retried.
 * - Completed/failed jobs are removed at once: a job hash in Redis means a live job (the
 *   reconciler relies on it).
 * - priority = FRESH_PRIORITY: a new job waits in BullMQ's prioritized set. A job the fence sends
 *   away to wait (a cap ticket, a pause) is set to AGED_PRIORITY first, so when it is due it goes
 *   to the wait list, which workers serve before the prioritized set: a job whose slot has come is
 *   not stuck behind thousands of jobs that have not met the fence yet (a batch of 3,000 left the
 *   first tickets' seconds empty). Among equals the order stays first in, first out.
 *
 * `enqueueSend` moves approved → queued in Postgres first (committed), then adds the job. A crash
 * between the two leaves a queued draft with no job, which the reconciler re-enqueues.
 */
import type { JobsOptions, Queue } from 'bullmq';
import type { Db } from '../db/client.js';
import { queueDraft, queueDrafts, type DraftRow } from '../drafts/lifecycle.js';
import type { Actor } from '../audit/actor.js';
import type { SendTarget } from './fence/fence.js';

export const SEND_QUEUE = 'send';
export const SEND_JOB = 'send.draft';
export const SEND_ATTEMPTS = 6;
/** BullMQ adds at most this many jobs per addBulk call here. */
const BULK = 500;

/** Job data: the fence's target. Older jobs may carry only {draftId}; the worker then loads it. */
export type SendJobData = SendTarget;
export type SendQueue = Queue<SendJobData>;

interface QueueDeps {
  queues: { send: SendQueue };
}

/** A job that has not met the fence yet (see the contract above). */
export const FRESH_PRIORITY = 1;
/** A job the fence delayed: served before fresh ones when due. */
export const AGED_PRIORITY = 0;

export const sendJobOptions = (draftId: string): JobsOptions => ({
  jobId: draftId,
  priority: FRESH_PRIORITY,
  attempts: SEND_ATTEMPTS,
  backoff: { type: 'jitter', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: true,
});

export type SendTargetSource = Pick<DraftRow, 'id' | 'templateId' | 'workflow' | 'fromMailbox' | 'accountId' | 'toEmail' | 'decidedBy'> & Partial<Pick<DraftRow, 'client'>>;

export function sendTargetOf(d: SendTargetSource): SendTarget {
  return {
    draftId: d.id,
    templateId: d.templateId,
    workflow: d.workflow,
    mailbox: d.fromMailbox.toLowerCase(),
    accountId: d.accountId,
    client: d.client ?? null,
    domain: (d.toEmail.split('@')[1] ?? '').toLowerCase(),
    unreviewed: d.decidedBy === null,
  };
}

/** The one place a send job is built: name, data and options. */
export const sendJob = (d: SendTargetSource) => ({ name: SEND_JOB, data: sendTargetOf(d), opts: sendJobOptions(d.id) });

/** approved → queued (guarded, audited), then the job. False when the draft was not approved/queued. */
export async function enqueueSend(deps: { db: Db } & QueueDeps, draftId: string, actor: Actor): Promise<boolean> {
  const moved = await queueDraft(deps.db, draftId, actor);
  let row: DraftRow;
  if (moved.ok) row = moved.draft;
  else if (moved.reason === 'lost_race' && moved.current.status === 'queued') row = moved.current;
  else return false;
  const job = sendJob(row);
  await deps.queues.send.add(job.name, job.data, job.opts);
  return true;
}

/** Batches (intake): one guarded UPDATE approved → queued for all, then addBulk. Returns the ids queued. */
export async function enqueueSends(deps: { db: Db } & QueueDeps, draftIds: string[], actor: Actor): Promise<string[]> {
  const queued = await queueDrafts(deps.db, draftIds, actor);
  await addSendJobs(deps, queued);
  return queued.map((d) => d.id);
}

/** Add jobs for drafts already queued in Postgres (batch intake, reconciler, held release). */
export async function addSendJobs(deps: QueueDeps, rows: SendTargetSource[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BULK) await deps.queues.send.addBulk(rows.slice(i, i + BULK).map(sendJob));
}

/** Remove a draft's job (waiting, delayed or parked); an active job cannot be removed and throws. */
export async function removeSendJob(deps: QueueDeps, draftId: string): Promise<void> {
  await deps.queues.send.remove(draftId);
}

/** Of these drafts, those with no job hash in Redis. A job hash exists only for live jobs (removeOnComplete/Fail). */
export async function draftsWithoutJob(deps: { redis: import('ioredis').Redis; prefix: string }, draftIds: string[]): Promise<Set<string>> {
  const pipe = deps.redis.pipeline();
  for (const id of draftIds) pipe.exists(`${deps.prefix}:bull:${SEND_QUEUE}:${id}`);
  const res = (await pipe.exec()) ?? [];
  return new Set(draftIds.filter((_, i) => Number(res[i]?.[1] ?? 0) === 0));
}
