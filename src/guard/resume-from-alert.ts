/**
 * resumeFromAlert: the Resume button of a guard alert. Only the workflow's owner and the policy
 * owners may resume an anomaly pause; anyone else is refused with FORBIDDEN and one
 * `pause.resume_denied` audit row (own transaction), and the pause stays. Then resumeScope
 * (src/guard/pauses.ts) ends the pause and releases parked sends.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { pauses } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import { repActor } from '../audit/actor.js';
import { AppError, parseInput } from '../lib/errors.js';
import { getActivePolicy } from '../policy-store/store.js';
import { PauseScope, resumeScope, type ResumeResult } from './pauses.js';
import { canResume, pauseWorkflow, resumeOwners } from './trip.js';
import { SlackUserId } from '../lib/slack-ids.js';

export const ResumeFromAlertInput = z.object({
  scope: PauseScope,
  pauseId: z.string().uuid(),
  userId: SlackUserId,
  teamId: z.string().optional(),
});
export type ResumeFromAlertInput = z.input<typeof ResumeFromAlertInput>;

export async function resumeFromAlert(deps: Deps, input: ResumeFromAlertInput): Promise<ResumeResult> {
  const { scope, pauseId, userId, teamId } = parseInput(ResumeFromAlertInput, input, 'resume request');
  const actor = repActor(userId, teamId);
  const [pause] = await deps.db.select().from(pauses).where(and(eq(pauses.id, pauseId), eq(pauses.scope, scope)));
  if (!pause) throw new AppError('NOT_FOUND', `pause ${pauseId} of ${scope} not found`);
  if (pause.endedAt) throw new AppError('CONFLICT', `the pause of ${scope} already ended`);
  const { policy } = await getActivePolicy(deps.db);
  const owners = resumeOwners(policy, pauseWorkflow(pause));
  if (!canResume(policy, pause, userId)) {
    await appendAudit(deps.db, { actor, action: 'pause.resume_denied', subject: `pause:${scope}`, data: { pause_id: pauseId, user: userId, allowed: owners } });
    throw new AppError('FORBIDDEN', `Only ${owners.length ? owners.map((u) => `<@${u}>`).join(', ') : 'the policy owners'} may resume ${scope}; the pause stays.`);
  }
  // Guard against resuming a different, newer pause of the same scope by an old button.
  const [active] = await deps.db.select({ id: pauses.id }).from(pauses).where(and(eq(pauses.scope, scope), isNull(pauses.endedAt)));
  if (!active || active.id !== pauseId) throw new AppError('CONFLICT', `the pause of ${scope} this alert refers to already ended`);
  return resumeScope(deps, { scope, actor });
}
