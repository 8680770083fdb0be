/**
 * The worker process: BullMQ workers, monitors, reconciler and the audit sealer. Each part is a
 * `start…(deps)` returning a stopper; `startWorkerProcess` starts them all and stops them in
 * reverse order. Several worker processes may run at once: every part is safe to run twice.
 */
import type { Deps } from './deps.js';
import { sealAudit } from './audit/seal.js';
import { anchorAudit } from './audit/anchor.js';
import { startGuard } from './guard/run.js';
import { startWeeklyDigest } from './reports/digest.js';
import { startSendWorker } from './send/worker.js';
import { startReconciler } from './send/reconcile.js';
import { startSlackPostWorker } from './review/post-worker.js';
import { startReviewReconciler } from './review/reconcile-posts.js';
import { every, type Stopper } from './lib/periodic.js';
import { startWorkerMetrics } from './http/metrics.js';
import { startAlertOutbox } from './guard/alerts.js';
import { ensureHeldAlerts } from './send/held.js';
import { startReviewLadder } from './review/ladder.js';

export type { Stopper } from './lib/periodic.js';

/** Seal new audit rows; every AUDIT_ANCHOR_INTERVAL_MS also anchor the chain's head (audit/anchor.ts). */
export function startAuditSealer(deps: Deps): Stopper {
  const seal = every(deps, 'audit.seal', deps.config.AUDIT_SEAL_INTERVAL_MS, () => sealAudit(deps.sql));
  const anchor = every(deps, 'audit.anchor', deps.config.AUDIT_ANCHOR_INTERVAL_MS, async () => {
    await sealAudit(deps.sql);
    const a = await anchorAudit(deps.sql, { file: deps.config.AUDIT_ANCHOR_FILE });
    if (a) deps.log.info({ anchor: a }, 'audit head anchored');
  });
  return async () => {
    await anchor();
    await seal();
  };
}

/** The guard's monitor loop and the weekly digest loop (reports/digest.ts), stopped together. */
export function startGuardAndDigest(deps: Deps): Stopper {
  const monitors = startGuard(deps);
  const digest = startWeeklyDigest(deps);
  return async () => {
    await Promise.all([monitors(), digest()]);
  };
}

export type WorkerPart = (deps: Deps) => Stopper | Promise<Stopper>;

/** Every part of the worker process, in start order (add new parts here, explicitly). */
export const WORKER_PARTS: ReadonlyArray<{ name: string; start: WorkerPart }> = [
  { name: 'audit-sealer', start: startAuditSealer },
  { name: 'guard', start: startGuardAndDigest },
  { name: 'send-reconciler', start: (deps) => startReconciler(deps) },
  { name: 'send', start: (deps) => startSendWorker(deps) },
  { name: 'slack-post', start: (deps) => startSlackPostWorker(deps) },
  { name: 'review-reconciler', start: (deps) => startReviewReconciler(deps) },
  // Held drafts whose alert was never recorded (a crash right after the hold) get theirs first.
  { name: 'alert-outbox', start: (deps) => startAlertOutbox(deps, { before: [() => ensureHeldAlerts(deps)] }) },
  { name: 'review-ladder', start: (deps) => startReviewLadder(deps) },
  { name: 'metrics', start: (deps) => startWorkerMetrics(deps) },
];

export async function startWorkerProcess(deps: Deps, only?: string[]): Promise<Stopper> {
  const stoppers: Stopper[] = [];
  for (const p of WORKER_PARTS) {
    if (only && !only.includes(p.name)) continue;
    stoppers.push(await p.start(deps));
    deps.log.info({ part: p.name }, 'worker part started');
  }
  return async () => {
    for (const s of stoppers.reverse()) await s().catch((err) => deps.log.warn({ err }, 'stop failed'));
  };
}
