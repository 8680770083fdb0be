/**
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
import { isAppError } from '../lib/errors.js';
import { GUARD_ACTIONS, parseGuardValue } from './blocks.js';
import { recallScope } from './recall.js';
import { afterCommit } from '../effects.js';
import { resumeFromAlert } from './resume-from-alert.js';

type Respond = (msg: { text: string; response_type?: 'ephemeral' | 'in_channel'; replace_original?: boolean }) => Promise<unknown>;

async function reportError(deps: Deps, respond: Respond, e: unknown): Promise<void> {
  if (isAppError(e)) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: e.message });
    return;
  }
  deps.log.error({ err: e }, 'guard action failed');
  await respond({ response_type: 'ephemeral', replace_original: false, text: 'Something went wrong; nothing was changed. Try again or use `draftgate resume` / `draftgate recall`.' });
}

export function registerGuardActions(app: App, deps: Deps): void {
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
      const actor = { type: 'rep', slackUserId: body.user.id, ...(body.team?.id ? { teamId: body.team.id } : {}) } as const;
      const r = await recallScope(deps, { scope: v.scope, actor, reason: `recalled from the guard alert by ${body.user.id}` });
      await afterCommit(deps, r.effects);
      await respond({ response_type: 'in_channel', replace_original: false, text: `<@${body.user.id}> recalled ${r.recalled.length} unsent auto-approved draft(s) of ${v.scope} for review.` });
    } catch (e) {
      await reportError(deps, respond, e);
    }
  });
}
