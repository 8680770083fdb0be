/**
 * The review-post reconciler (WORKER_PARTS `review-reconciler`, every RECONCILE_INTERVAL_MS).
 * Postgres is the truth: every draft waiting for review must reach a reviewer. A draft in
 * `pending_review` with no card (slack_ts null) whose slack-post job is gone (Redis flushed or lost)
 * gets its job again; one whose job exhausted its attempts is retried once the failure is older
 * than RETRY_FAILED_AFTER_MS (Slack may be back; the job itself keeps its 8 attempts and backoff).
 * Idempotent and safe in any number of workers: jobId = draftId, and the post worker posts a
 * draft only while it has no card.
 */
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { drafts } from '../db/schema.js';
import { every, type Stopper } from '../lib/periodic.js';
import { reviewPostJob } from './queue.js';

/** Drafts younger than this are left to intake's own enqueue (it runs right after commit). */
export const POST_GRACE_MS = 5_000;
export const RETRY_FAILED_AFTER_MS = 5 * 60_000;

export interface ReviewReconcileReport {
  reposted: number;
  retried: number;
}

export async function reconcileReviewPosts(deps: Pick<Deps, 'db' | 'queues' | 'log'>, opts: { graceMs?: number; retryFailedAfterMs?: number; now?: number } = {}): Promise<ReviewReconcileReport> {
  const report: ReviewReconcileReport = { reposted: 0, retried: 0 };
  const grace = opts.graceMs ?? POST_GRACE_MS;
  const now = opts.now ?? Date.now();
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await deps.db
      .select({ id: drafts.id })
      .from(drafts)
      .where(and(eq(drafts.status, 'pending_review'), isNull(drafts.slackTs), lt(drafts.updatedAt, sql`now() - make_interval(secs => ${grace / 1000})`), sql`${drafts.id} > ${after}`))
      .orderBy(drafts.id)
      .limit(500);
    if (!page.length) break;
    const missing: string[] = [];
    for (const { id } of page) {
      const job = await deps.queues.slackPost.getJob(id);
      if (!job) missing.push(id);
      else if (job.finishedOn && job.failedReason !== undefined && (await job.isFailed()) && now - job.finishedOn > (opts.retryFailedAfterMs ?? RETRY_FAILED_AFTER_MS)) {
        await job.retry('failed').then(() => report.retried++, (err: unknown) => deps.log.warn({ err, draftId: id }, 'review post retry failed'));
      }
    }
    if (missing.length) {
      await deps.queues.slackPost.addBulk(missing.map(reviewPostJob));
      report.reposted += missing.length;
    }
    if (page.length < 500) break;
    after = page[page.length - 1]!.id;
  }
  return report;
}

/** WORKER_PARTS entry. */
export function startReviewReconciler(deps: Deps, opts: { intervalMs?: number } = {}): Stopper {
  return every(deps, 'review.reconcile', opts.intervalMs ?? deps.config.RECONCILE_INTERVAL_MS, async () => {
    const r = await reconcileReviewPosts(deps);
    if (r.reposted || r.retried) deps.log.info({ reconcile: r }, 'review-post reconciler acted');
  });
}
