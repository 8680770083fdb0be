/**
 * Side effects a verb returns for after its transaction commits (STYLE: Redis and Postgres do not
 * commit together). Verbs only describe them; `afterCommit` in `src/effects.ts` runs them, called
 * by the adapter after the verb returns. If the process dies first, the reconciler sweeps
 * approved/queued drafts without a job.
 */
import type { Actor } from '../audit/actor.js';
import type { DraftRow } from './lifecycle.js';

/** What a send job is built from (send/queue.ts sendTargetOf), known at intake without a read. */
export type QueuedDraft = Pick<DraftRow, 'id' | 'templateId' | 'workflow' | 'fromMailbox' | 'accountId' | 'toEmail' | 'decidedBy' | 'client'>;

export type Effect =
  /** Remove the draft's send job (recall): a later approval can enqueue it afresh (jobId = draftId). */
  | { kind: 'drop_send'; draftId: string }
  /** Post the draft to Slack for review (slack-post queue). */
  | { kind: 'post_review'; draftId: string }
  /** approved → queued (audited as `actor`), then the send job. */
  | { kind: 'send'; draftId: string; actor: Actor }
  /** Already queued in Postgres (intake stores an auto-approved draft as queued): only the send job. */
  | { kind: 'add_send_job'; draft: QueuedDraft };
