/**
 * The reconciler (WORKER_PARTS; at start and every RECONCILE_INTERVAL_MS). Postgres is the truth,
 * Redis is work in flight; this rebuilds the second from the first. Safe to run in any number of
 * processes at once: every step is idempotent (guarded lifecycle moves, jobId = draftId).
 *
 * 1. Pause flags and cap windows: rebuilt when Redis lost them; flags of ended pauses dropped,
 *    flags of active pauses recorded while Redis was unreachable raised.
 * 2. Drafts in `sending` whose worker is gone:
 *    - a 'started' attempt whose lease ran out (send/lease.ts: the live worker renews it, so a
 *      worker waiting at the fence through a Redis outage or inside a slow call keeps its draft)
 *      → taken over in one transaction (drafts row, then sends row; lease re-checked under the
 *      locks): row 'unknown', token cleared, draft held, alert. NEVER back to the transport.
 *    - no 'started' attempt for longer than SEND_LOCK_MS (no call happened) → released to queued
 *      and enqueued again.
 * 3. Approved drafts → queued + job; queued drafts without a job in Redis → job added again.
 * 4. Waiting/delayed jobs whose draft is no longer sendable → removed.
 * 5. Cap limits changed (a policy apply): jobs delayed under the old limits are promoted to meet
 *    the fence again under the new ones (a raised cap does not leave them waiting for old slots).
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { drafts, sends } from '../db/schema.js';
import { holdDraft, releaseClaim } from '../drafts/lifecycle.js';
import { systemActor } from '../audit/actor.js';
import { getActivePolicy } from '../policy-store/store.js';
import { dropEndedFlags, raiseMissingFlags, forgetJob, isSynced, limitsChanged, limitsFromPolicy, releaseCapDelays, syncFromPostgres, type CapLimits } from './fence/fence.js';
import { addSendJobs, draftsWithoutJob, enqueueSend } from './queue.js';
import { every, type Stopper } from '../lib/periodic.js';
import { raiseHeldAlert } from './held.js';
import { leaseExpired } from './lease.js';

const actor = systemActor('reconciler');
/** Longer than the policy cache of the workers (policy-store: 1 s). */
const POLICY_SETTLE_MS = 2000;

export interface ReconcileReport {
  resynced: boolean;
  held: string[];
  released: number;
  enqueuedApproved: number;
  requeuedMissing: number;
  droppedJobs: number;
  /** Jobs promoted because the cap limits changed. */
  reevaluated: number;
}

export async function reconcileSends(deps: Deps, opts: { limits?: CapLimits } = {}): Promise<ReconcileReport> {
  const report: ReconcileReport = { resynced: false, held: [], released: 0, enqueuedApproved: 0, requeuedMissing: 0, droppedJobs: 0, reevaluated: 0 };

  // 1. Redis state from Postgres.
  if (!(await isSynced(deps))) {
    await syncFromPostgres(deps, opts.limits ?? limitsFromPolicy((await getActivePolicy(deps.db)).policy));
    report.resynced = true;
  } else {
    await dropEndedFlags(deps);
    await raiseMissingFlags(deps);
  }

  // 2. Stale `sending`: a started attempt whose lease ran out, or no started attempt at all.
  const lockMs = deps.config.SEND_LOCK_MS;
  const stale = await deps.db
    .select({
      id: drafts.id,
      toEmail: drafts.toEmail,
      templateId: drafts.templateId,
      started: sql<number>`(select count(*)::int from sends s where s.draft_id = "drafts"."id" and s.status = 'started')`,
    })
    .from(drafts)
    .where(
      and(
        eq(drafts.status, 'sending'),
        sql`(exists (select 1 from ${sends} where ${sends.draftId} = ${drafts.id} and ${sends.status} = 'started' and ${leaseExpired(lockMs)})
          or (not exists (select 1 from ${sends} where ${sends.draftId} = ${drafts.id} and ${sends.status} = 'started')
              and ${lt(drafts.updatedAt, sql`now() - make_interval(secs => ${lockMs / 1000})`)}))`,
      ),
    )
    .limit(1000);
  for (const d of stale) {
    if (d.started > 0) {
      const reason = 'outcome unknown: the send worker stopped during the transport call';
      const moved = await deps.db.transaction(async (tx) => {
        // The one lock order: the draft row, then its attempt; the lease is re-checked under both.
        const [cur] = await tx.select({ status: drafts.status }).from(drafts).where(eq(drafts.id, d.id)).for('update');
        if (cur?.status !== 'sending') return false;
        const [live] = await tx.select({ id: sends.id }).from(sends).where(and(eq(sends.draftId, d.id), eq(sends.status, 'started'), leaseExpired(lockMs))).for('update');
        if (!live) return false; // renewed meanwhile: the worker is alive
        const r = await holdDraft(tx, d.id, actor, reason, { lock_ms: lockMs });
        if (r.ok) await tx.update(sends).set({ status: 'unknown', error: reason, leaseToken: null }).where(eq(sends.id, live.id));
        return r.ok;
      });
      if (moved) {
        report.held.push(d.id);
        await raiseHeldAlert(deps, d, reason);
      }
    } else {
      const r = await releaseClaim(deps.db, d.id, actor, 'claim expired before any transport call');
      if (r.ok) {
        await deps.queues.send.remove(d.id).catch(() => 0);
        await addSendJobs(deps, [r.draft]);
        report.released++;
      }
    }
  }

  // 3a. Approved but never queued (crash between commit and effect).
  const approved = await deps.db.select({ id: drafts.id }).from(drafts).where(eq(drafts.status, 'approved')).limit(5000);
  for (const a of approved) if (await enqueueSend(deps, a.id, actor)) report.enqueuedApproved++;

  // 3b. Queued without a job (Redis lost or flushed). A job hash exists only for live jobs.
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await deps.db
      .select()
      .from(drafts)
      .where(and(eq(drafts.status, 'queued'), sql`${drafts.id} > ${after}`))
      .orderBy(drafts.id)
      .limit(1000);
    if (!page.length) break;
    const without = await draftsWithoutJob(deps, page.map((d) => d.id));
    const missing = page.filter((d) => without.has(d.id));
    if (missing.length) {
      await addSendJobs(deps, missing);
      report.requeuedMissing += missing.length;
    }
    if (page.length < 1000) break;
    after = page[page.length - 1]!.id;
  }

  // 4. Jobs whose draft is no longer sendable.
  for (let start = 0; ; start += 1000) {
    const jobs = await deps.queues.send.getJobs(['waiting', 'delayed', 'prioritized'], start, start + 999);
    if (!jobs.length) break;
    const ids = jobs.map((j) => j?.id).filter((x): x is string => !!x);
    const rows = ids.length ? await deps.db.select({ id: drafts.id, status: drafts.status }).from(drafts).where(inArray(drafts.id, ids)) : [];
    const sendable = new Set(rows.filter((r) => r.status === 'queued' || r.status === 'approved').map((r) => r.id));
    for (const j of jobs) {
      if (j?.id && !sendable.has(j.id)) {
        await j.remove().then(() => report.droppedJobs++, () => {});
        await forgetJob(deps, j.id);
      }
    }
    if (jobs.length < 1000) break;
  }
  // 5. Limits changed. Workers cache the policy for a second: wait until an apply is older than that.
  const active = await getActivePolicy(deps.db, { fresh: true });
  if (!active.appliedAt || Date.now() - new Date(active.appliedAt).getTime() > POLICY_SETTLE_MS) {
    if (await limitsChanged(deps, opts.limits ?? limitsFromPolicy(active.policy))) {
      for (const id of await releaseCapDelays(deps)) {
        const job = await deps.queues.send.getJob(id);
        if (job && (await job.isDelayed())) await job.promote().then(() => report.reevaluated++, () => {});
      }
    }
  }
  return report;
}

/** WORKER_PARTS entry: reconcile at start and every RECONCILE_INTERVAL_MS. */
export function startReconciler(deps: Deps, opts: { limits?: CapLimits; intervalMs?: number } = {}): Stopper {
  return every(deps, 'send.reconcile', opts.intervalMs ?? deps.config.RECONCILE_INTERVAL_MS, async () => {
    const r = await reconcileSends(deps, opts);
    if (r.held.length || r.released || r.enqueuedApproved || r.requeuedMissing || r.droppedJobs || r.resynced || r.reevaluated) deps.log.info({ reconcile: r }, 'send reconciler acted');
  });
}
