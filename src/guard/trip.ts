/**
 * Acting on a trip (recorded by monitors.ts as pendingTrip): pause the scope with source
 * `anomaly` and the trip's evidence, then ONE alert — the alerts row's unique dedupe_key
 * (`anomaly:<monitor>:<pause id>`) is claimed by exactly one handler, and only that handler posts to Slack
 * (the alert channel and the workflow owner's DM, falling back to the policy owners). Then the
 * pendingTrip is cleared. A crash before the clear retries: pauseScope returns the existing pause
 * and the alert insert finds its key taken, so a retry never alerts twice. While the scope stays
 * paused, later trips of the same monitor (rejections keep arriving) add no alert: the key is per
 * pause, so people hear once per pause. The alert row is written in the same transaction that
 * clears the pendingTrip (the trip is settled exactly when its alert exists); posting it is the
 * outbox's job (alerts.ts): tried at once, retried by the worker until Slack has it.
 */
import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { drafts } from '../db/schema.js';
import { getActivePolicy } from '../policy-store/store.js';
import type { Policy } from '../policy/schema.js';
import { deliverAlerts, recordAlert } from './alerts.js';
import { pauseScope, scopeCondition, type PauseResult } from './pauses.js';
import { clearPendingTrip, pendingTrips, type Trip } from './monitors.js';
import { alertText, buildAlertBlocks } from './blocks.js';

export interface TripOutcome {
  trip: Trip;
  pause: PauseResult['pause'];
  alreadyPaused: boolean;
  /** True when this call created the alert (and posted it). */
  alerted: boolean;
  posted: Array<{ channel: string; ts: string }>;
}

/** Who may resume an anomaly pause of `workflow`: the workflow's owner and the policy owners. */
export function resumeOwners(policy: Policy, workflow: string | null): string[] {
  const wfOwner = workflow ? policy.workflows[workflow]?.owner : undefined;
  return [...new Set([...(wfOwner ? [wfOwner] : []), ...policy.owners])];
}

/** The workflow an anomaly pause recorded in its evidence, else null. */
export function pauseWorkflow(pause: { evidence: unknown }): string | null {
  const w = (pause.evidence as { workflow?: unknown } | null)?.workflow;
  return typeof w === 'string' ? w : null;
}

/**
 * The one rule for who may resume a pause from Slack (the alert's Resume button and
 * /resume-outreach): the policy owners, plus the owner of the workflow an anomaly pause names.
 * `pause` is the active pause of the scope (null when none: then only the policy owners).
 */
export function canResume(policy: Policy, pause: { evidence: unknown } | null, userId: string): boolean {
  return resumeOwners(policy, pause ? pauseWorkflow(pause) : null).includes(userId);
}

export async function tripScope(deps: Deps, trip: Trip): Promise<TripOutcome> {
  const { policy } = await getActivePolicy(deps.db);
  const pause = await pauseScope(deps, { scope: trip.scope, reason: trip.reason, source: 'anomaly', actor: { type: 'guard', monitor: trip.monitor }, evidence: { ...trip.evidence, trip_id: trip.id, workflow: trip.workflow } });

  // While the scope stays paused this count is read but not used (the alert key is taken).
  const [{ n }] = (await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(drafts)
    .where(and(inArray(drafts.status, ['approved', 'queued']), isNull(drafts.decidedBy), scopeCondition(trip.scope)))) as [{ n: number }];
  const owners = resumeOwners(policy, trip.workflow);
  // The workflow owner (else the policy owners) gets it directly too: a DM to a user id.
  const dmTo = trip.workflow && policy.workflows[trip.workflow]?.owner ? [policy.workflows[trip.workflow]!.owner!] : policy.owners;
  const alertId = await deps.db.transaction(async (tx) => {
    const id = await recordAlert(tx, {
      kind: `anomaly.${trip.monitor}`,
      dedupeKey: `anomaly:${trip.monitor}:${pause.pause.id}`,
      text: alertText(trip),
      blocks: buildAlertBlocks(trip, pause.pause.id, { unsentAutoApproved: n, ownerIds: owners }),
      to: { alertChannel: true, users: dmTo },
      scope: trip.scope,
      pauseId: pause.pause.id,
      payload: { trip },
      audit: { actor: { type: 'guard', monitor: trip.monitor }, data: { scope: trip.scope, pause_id: pause.pause.id, trip_id: trip.id, already_paused: pause.alreadyPaused } },
    });
    await clearPendingTrip(tx, trip);
    return id;
  });
  const alerted = alertId !== null;
  const posted = alertId ? (await deliverAlerts(deps, { id: alertId })).posted : [];
  deps.log.warn({ scope: trip.scope, monitor: trip.monitor, pauseId: pause.pause.id, alerted }, 'guard tripped');
  return { trip, pause: pause.pause, alreadyPaused: pause.alreadyPaused, alerted, posted };
}

/** Act on every recorded, unhandled trip. One failing trip does not block the others. */
export async function handlePendingTrips(deps: Deps): Promise<TripOutcome[]> {
  const out: TripOutcome[] = [];
  for (const trip of await pendingTrips(deps)) {
    try {
      out.push(await tripScope(deps, trip));
    } catch (err) {
      deps.log.error({ err, trip: trip.id }, 'acting on a trip failed; retried next tick');
    }
  }
  return out;
}
