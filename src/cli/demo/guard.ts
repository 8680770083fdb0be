/**
 * Demo scene "guard": after the scripted reviewer rejected the flawed template's drafts, run the
 * monitors, show the trip, the pause with its evidence (from getStatus and the pause row) and the
 * audit trail, then recall the template's unsent auto-approved drafts and print how many moved.
 * The worker's own guard part may have tripped first (it runs every GUARD_INTERVAL_MS): the scene
 * reads the pause from Postgres either way.
 */
import { and, asc, eq, isNull, like, or, sql } from 'drizzle-orm';
import type { Deps } from '../../deps.js';
import { alerts, auditLog, drafts, pauses } from '../../db/schema.js';
import { describeActor, type Actor } from '../../audit/actor.js';
import { runGuardOnce } from '../../guard/run.js';
import { getStatus } from '../../reports/status.js';
import { recallScope } from '../../guard/recall.js';
import { afterCommit } from '../../effects.js';

export interface GuardSceneContext {
  flawedTemplate?: string;
}

export async function guardScene(deps: Deps, out: (line: string) => void, ctx: GuardSceneContext = {}): Promise<{ tripped: boolean; recalled: number }> {
  const scope = `template:${ctx.flawedTemplate ?? 'tpl-flawed'}`;
  out('');
  out('guard: running the anomaly monitors (draftgate guard run)');
  const run = await runGuardOnce(deps);
  out(`guard: ${run.monitors.reviewsProcessed} new review(s) read; ${run.handled.length} trip(s) acted on in this run`);

  const status = await getStatus(deps);
  const shown = status.pauses.find((p) => p.scope === scope);
  const [pause] = await deps.db.select().from(pauses).where(and(eq(pauses.scope, scope), isNull(pauses.endedAt)));
  if (!shown || !pause) {
    out(`guard: no pause on ${scope} — the reviews so far do not show a rejection rate nearer p1 than p0`);
    return { tripped: false, recalled: 0 };
  }
  out(`status: ${shown.scope} paused since ${shown.startedAt} (source ${shown.source}): ${shown.reason}`);
  const ev = pause.evidence as Record<string, unknown>;
  out(`evidence: ${ev.rejections_weighted} rejection(s) in ${ev.reviews} review(s) (rate ${ev.rate}); CUSUM statistic ${ev.statistic} ≥ threshold ${ev.threshold} (p0 ${ev.p0}, p1 ${ev.p1}, alpha ${ev.alpha}, beta ${ev.beta})`);
  for (const r of (ev.last_rejected as Array<{ draft_id: string; decision: string; reason_category: string | null; reason_text: string | null; reviewer: string }> | undefined) ?? []) {
    out(`  ${r.decision} ${r.draft_id} by ${r.reviewer}: ${r.reason_category ?? ''}${r.reason_text ? ` — ${r.reason_text}` : ''}`);
  }
  const [alert] = await deps.db.select().from(alerts).where(eq(alerts.pauseId, pause.id));
  out(alert ? `alert: one alert (${alert.kind}) ${alert.slackTs ? `posted to ${alert.slackChannel}` : 'recorded (Slack is not configured in the demo)'} with Resume (owners only) and Recall buttons` : 'alert: none recorded');

  const recall = await recallScope(deps, { scope, actor: { type: 'system', component: 'demo' }, reason: 'demo: Recall pressed on the guard alert' });
  await afterCommit(deps, recall.effects);
  out(`recall: ${recall.recalled.length} unsent auto-approved draft(s) of ${scope} moved back to pending_review and posted for review`);
  const [{ n: alreadySent }] = (await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(drafts)
    .where(and(eq(drafts.templateId, scope.slice('template:'.length)), eq(drafts.status, 'sent'), isNull(drafts.decidedBy)))) as [{ n: number }];
  if (alreadySent) out(`recall: ${alreadySent} auto-approved draft(s) of ${scope} had already been sent before the trip (the blast-radius cap limits how many can)`);

  const trail = await deps.db
    .select()
    .from(auditLog)
    .where(or(eq(auditLog.subject, `pause:${scope}`), like(auditLog.subject, 'alert:%')))
    .orderBy(asc(auditLog.id));
  out('audit trail:');
  for (const a of trail) out(`  ${new Date(a.at).toISOString()}  ${a.action.padEnd(16)} ${a.subject}  by ${describeActor(a.actor as Actor)}`);
  return { tripped: true, recalled: recall.recalled.length };
}
