/**
 * The guard's Slack listeners, registered on the Bolt app by src/slack/app.ts:
 * - /pause-outreach [scope] [reason] → pauseScope; /resume-outreach [scope] → resumeScope (canResume:
 *   the policy owners and the owner of an anomaly pause's workflow; a refusal is audited); /outreach-status → the status report. The answer is the
 *   ack itself (in_channel or ephemeral), then a notice to the alert channel.
 * Slack listeners for guard alerts (adapters: ack first, then exactly one verb each).
 * - Resume (dgg:resume) → resumeFromAlert: owners only; anyone else gets an ephemeral refusal
 *   (the verb audits it) and the pause stays.
 * - Recall (dgg:recall) → recallScope: every unsent auto-approved draft of the scope goes back to
 *   review. Anyone who can see the alert may recall: it only adds human review, never sends.
 * Errors map once, here: AppError → ephemeral message; anything else is logged and reported as a
 * generic failure (Bolt would otherwise swallow it after the ack).
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Deps } from '../deps.js';
import { AppError, isAppError } from '../lib/errors.js';
import { repActor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import { getActivePolicy } from '../policy-store/store.js';
import { activePause, pauseScope, REDIS_ANSWER_MS, resumeScope } from './pauses.js';
import { isNull } from 'drizzle-orm';
import { pauses as pauseRows } from '../db/schema.js';
import { canResume } from './trip.js';
import { parseScope } from '../policy/scope.js';
import { getStatus } from '../reports/status.js';
import { postAlert } from './alerts.js';
import { GUARD_ACTIONS, parseGuardValue } from './blocks.js';
import { recallScope } from './recall.js';
import { afterCommit } from '../effects.js';
import { resumeFromAlert } from './resume-from-alert.js';

type Respond = (msg: { text: string; response_type?: 'ephemeral' | 'in_channel'; replace_original?: boolean }) => Promise<unknown>;

function appErrorText(e: unknown): string {
  if (e instanceof AppError) return [e.message, ...(e.extra.errors ?? []).map((f) => `• ${f.path}: ${f.message}`)].join('\n');
  throw e;
}

async function reportError(deps: Deps, respond: Respond, e: unknown): Promise<void> {
  if (isAppError(e)) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: e.message });
    return;
  }
  deps.log.error({ err: e }, 'guard action failed');
  await respond({ response_type: 'ephemeral', replace_original: false, text: 'Something went wrong; nothing was changed. Try again or use `draftgate resume` / `draftgate recall`.' });
}

export function registerGuardListeners(app: App, deps: Deps): void {
  // ---- slash commands ---------------------------------------------------------------------
  app.command('/pause-outreach', async ({ command, ack }) => {
    const [scopeArg, ...rest] = command.text.trim().split(/\s+/).filter(Boolean);
    const looksLikeScope = scopeArg !== undefined && parseScope(scopeArg) !== null;
    const scope = looksLikeScope ? scopeArg! : 'all';
    const reason = (looksLikeScope ? rest : [scopeArg, ...rest].filter(Boolean)).join(' ') || `paused from Slack by <@${command.user_id}>`;
    try {
      const r = await pauseScope(deps, { scope, reason, source: 'slash_command', actor: repActor(command.user_id, command.team_id) });
      // The answer never waits on Redis: without it, say what Postgres recorded (pauses.ts contract).
      const sending = r.fenced
        ? `${r.inFlight.count} send(s) were in flight and may complete.`
        : `Paused in the database; sending is stopped once the queue is reachable — ${r.sendingNow ? `${r.sendingNow} send(s) are in progress and may complete.` : 'nothing is sending now.'}`;
      const text = `${r.alreadyPaused ? 'Already paused' : 'Paused'}: *${scope}*. ${r.heldCount} approved draft(s) are held; ${sending} Resume with \`/resume-outreach ${scope}\` (owners only).`;
      await ack({ response_type: 'in_channel', text });
      // One alert per pause: repeating the command on a paused scope answers, but alerts nobody again.
      if (!r.alreadyPaused) await postAlert(deps, { text: `:octagonal_sign: <@${command.user_id}> paused outreach (${scope}): ${reason.replace(/[<>&]/g, '')}. ${r.heldCount} held, ${r.inFlight.count} in flight.` });
    } catch (e) {
      await ack({ response_type: 'ephemeral', text: appErrorText(e) });
    }
  });

  app.command('/resume-outreach', async ({ command, ack }) => {
    const scope = command.text.trim().split(/\s+/)[0] || 'all';
    const { policy } = await getActivePolicy(deps.db);
    const actor = repActor(command.user_id, command.team_id);
    if (!canResume(policy, await activePause(deps, scope), command.user_id)) {
      await appendAudit(deps.db, { actor, action: 'pause.resume_denied', subject: `pause:${scope}`, data: { via: 'slash_command' } });
      await ack({ response_type: 'ephemeral', text: 'Only the policy owners (or the owner of the paused workflow) may resume outreach.' });
      return;
    }
    try {
      const r = await resumeScope(deps, { scope, actor });
      await ack({ response_type: 'in_channel', text: `Resumed: *${scope}*. ${r.released} waiting send(s) released.` });
      await postAlert(deps, { text: `:arrow_forward: <@${command.user_id}> resumed outreach (${scope}).` });
    } catch (e) {
      await ack({ response_type: 'ephemeral', text: appErrorText(e) });
    }
  });

  app.command('/outreach-status', async ({ ack }) => {
    try {
      // Queue depths come from Redis; when it fails or does not answer in time, say so and report the
      // pauses from Postgres (the truth) instead of answering nothing.
      let timer: NodeJS.Timeout | undefined;
      const s = await Promise.race([getStatus(deps).catch(() => null), new Promise<null>((r) => (timer = setTimeout(() => r(null), REDIS_ANSWER_MS)))]).finally(() => clearTimeout(timer));
      if (!s) {
        const active = await deps.db.select({ scope: pauseRows.scope, startedAt: pauseRows.startedAt, source: pauseRows.source }).from(pauseRows).where(isNull(pauseRows.endedAt));
        const list = active.length ? active.map((p) => `• *${p.scope}* since ${p.startedAt.toISOString()} (${p.source})`).join('\n') : '• none';
        await ack({ response_type: 'ephemeral', text: `*Pauses* (from the database)\n${list}\n*Send queue* unreachable right now (Redis): no send can start until it is back.` });
        return;
      }
      const pauses = s.pauses.length ? s.pauses.map((p) => `• *${p.scope}* since ${p.startedAt} (${p.source})`).join('\n') : '• none';
      const rej = s.rejectionByTemplate.slice(0, 10).map((t) => `• ${t.templateId}: ${(t.rate * 100).toFixed(0)}% of ${t.reviews}`).join('\n') || '• no reviews today';
      const text = [
        `*Pauses*\n${pauses}`,
        `*Send queue* waiting ${s.queue.waiting} · active ${s.queue.active} · delayed ${s.queue.delayed} · failed ${s.queue.failed}`,
        `*Today's tiers* blocked ${s.tiersToday.blocked} · high ${s.tiersToday.high} · low ${s.tiersToday.low} (sampled ${s.tiersToday.sampled})`,
        `*Rejection rate per template*\n${rej}`,
      ].join('\n');
      await ack({ response_type: 'ephemeral', text: text.slice(0, 3900) });
    } catch (e) {
      await ack({ response_type: 'ephemeral', text: appErrorText(e) });
    }
  });

  // ---- alert buttons ----------------------------------------------------------------------
  app.action<BlockAction<ButtonAction>>(GUARD_ACTIONS.resume, async ({ ack, body, action, respond }) => {
    await ack();
    const v = parseGuardValue(action.value);
    if (!v) return void (await respond({ response_type: 'ephemeral', replace_original: false, text: 'This button is malformed; nothing was changed.' }));
    try {
      const r = await resumeFromAlert(deps, { scope: v.scope, pauseId: v.pauseId, userId: body.user.id, ...(body.team?.id ? { teamId: body.team.id } : {}) });
      await respond({ response_type: 'in_channel', replace_original: false, text: `<@${body.user.id}> resumed ${v.scope}; ${r.released} waiting send(s) released.` });
    } catch (e) {
      await reportError(deps, respond, e);
    }
  });

  app.action<BlockAction<ButtonAction>>(GUARD_ACTIONS.recall, async ({ ack, body, action, respond }) => {
    await ack();
    const v = parseGuardValue(action.value);
    if (!v) return void (await respond({ response_type: 'ephemeral', replace_original: false, text: 'This button is malformed; nothing was changed.' }));
    try {
      const actor = repActor(body.user.id, body.team?.id);
      const r = await recallScope(deps, { scope: v.scope, actor, reason: `recalled from the guard alert by ${body.user.id}` });
      await afterCommit(deps, r.effects);
      await respond({ response_type: 'in_channel', replace_original: false, text: `<@${body.user.id}> recalled ${r.recalled.length} unsent auto-approved draft(s) of ${v.scope} for review.` });
    } catch (e) {
      await reportError(deps, respond, e);
    }
  });
}
