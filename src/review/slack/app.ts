/**
 * The Bolt app: review buttons and modals, slash commands, App Home. Listeners ack first (modals
 * open with the trigger_id at once), then call exactly one verb, then map its outcome once:
 * AppError → ephemeral message (or modal field errors); stale → ephemeral "who decided what, when";
 * success → the card is updated in place and after-commit effects run.
 * `createSlackApp(deps)` is the builder; other capabilities register their listeners here
 * (registerGuardActions for the guard's Resume/Recall buttons).
 */
import { App, type BlockAction, type ButtonAction, type SlackActionMiddlewareArgs, type AllMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Hono } from 'hono';
import type { Deps } from '../../deps.js';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import { AppError } from '../../lib/errors.js';
import { afterCommit } from '../../effects.js';
import { getActivePolicy } from '../../policy-store/store.js';
import { approveReview } from '../approve-review.js';
import { editReview } from '../edit-review.js';
import { rejectReview } from '../reject-review.js';
import type { RejectCategory, ReviewResult } from '../decide.js';
import { loadCard, refreshReviewCard, toCardAccount, toCardDraft } from '../card.js';
import { listPendingReviews } from '../list-pending.js';
import { buildEditModal, buildFullDraftModal, buildHomeView, buildRejectModal, parseActionId, type ModalMeta } from './blocks.js';
import { HonoSlackReceiver } from './receiver.js';
import { pauseScope, resumeScope } from '../../guard/pauses.js';
import { getStatus } from '../../guard/status.js';
import { postAlert } from './client.js';
import { registerGuardActions } from '../../guard/slack-actions.js';

const repActor = (user: string, team?: string): Actor => ({ type: 'rep', slackUserId: user, ...(team ? { teamId: team } : {}) });

/** Tell one user something privately: ephemeral in the channel when there is one, else a DM. */
async function tell(client: WebClient, user: string, channel: string | undefined, text: string): Promise<void> {
  if (channel) await client.chat.postEphemeral({ channel, user, text });
  else await client.chat.postMessage({ channel: user, text });
}

/** Map a verb outcome (after ack) for a button click or a modal submit. */
async function afterDecision(deps: Deps, client: WebClient, user: string, channel: string | undefined, r: ReviewResult): Promise<void> {
  if (!r.ok) {
    await tell(client, user, channel, r.message);
    return;
  }
  await afterCommit(deps, r.effects);
  await refreshReviewCard({ ...deps, slack: client }, r.draft.id, { outcome: r.decision, by: user, at: deps.now(), reason: r.review.reasonCategory ?? undefined, fast: r.fastApproval });
  if (r.decision === 'first_approval') await tell(client, user, channel, `Recorded your approval of version ${r.draft.version}; a second, different approver is needed.`);
}

function appErrorText(e: unknown): string {
  if (e instanceof AppError) return [e.message, ...(e.extra.errors ?? []).map((f) => `• ${f.path}: ${f.message}`)].join('\n');
  throw e;
}

export interface SlackApp {
  app: App;
  receiver: HonoSlackReceiver;
}

export function createSlackApp(deps: Deps): SlackApp | null {
  if (!deps.config.SLACK_SIGNING_SECRET || !deps.config.SLACK_BOT_TOKEN) return null;
  const receiver = new HonoSlackReceiver(deps);
  const app = new App({
    token: deps.config.SLACK_BOT_TOKEN,
    receiver,
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: deps.config.SLACK_API_URL, retryConfig: { retries: 0 } },
    // We ack ourselves and never want Bolt to wait past Slack's 3 s.
    processBeforeResponse: false,
  });
  app.error(async (err) => {
    deps.log.error({ err }, 'slack app error');
  });

  // ---- review buttons ---------------------------------------------------------------------
  app.action<BlockAction<ButtonAction>>(/^dg:(approve|edit|reject|view):/, async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    const ref = parseActionId(action.action_id);
    if (!ref) return;
    const user = body.user.id;
    const channel = body.channel?.id;
    const meta: ModalMeta = { draftId: ref.draftId, version: ref.version, channel, ts: body.message?.ts };
    try {
      if (ref.action === 'approve') {
        const r = await approveReview(deps, { draftId: ref.draftId, version: ref.version, reviewer: user, actor: repActor(user, body.team?.id) });
        await afterDecision(deps, client, user, channel, r);
        return;
      }
      const c = await loadCard(deps, ref.draftId);
      if (!c) return tell(client, user, channel, 'That draft no longer exists.');
      if (ref.action === 'view') {
        await client.views.open({ trigger_id: body.trigger_id, view: buildFullDraftModal(c.card, c.account) as never });
        return;
      }
      if (c.draft.status !== 'pending_review' || c.draft.version !== ref.version) {
        const { staleMessage } = await import('../decide.js');
        return tell(client, user, channel, staleMessage(c.draft, ref.version));
      }
      const view = ref.action === 'edit' ? buildEditModal(c.card, meta) : buildRejectModal(c.card, meta);
      await client.views.open({ trigger_id: body.trigger_id, view: view as never });
    } catch (e) {
      await tell(client, user, channel, appErrorText(e));
    }
  });

  // ---- modal submits ----------------------------------------------------------------------
  app.view(/^dg:edit:/, async ({ ack, body, view, client }) => {
    const ref = parseActionId(view.callback_id);
    const meta = JSON.parse(view.private_metadata || '{}') as ModalMeta;
    if (!ref) return ack();
    const user = body.user.id;
    const subject = view.state.values.subject?.value?.value ?? '';
    const text = view.state.values.body?.value?.value ?? '';
    let r: ReviewResult;
    try {
      r = await editReview(deps, { draftId: ref.draftId, version: ref.version, reviewer: user, actor: repActor(user, body.team?.id), subject, body: text });
    } catch (e) {
      if (e instanceof AppError) {
        const errors: Record<string, string> = {};
        for (const f of e.extra.errors ?? []) {
          const k = f.path === 'subject' ? 'subject' : 'body';
          errors[k] = errors[k] ? `${errors[k]}; ${f.message}` : f.message;
        }
        if (!Object.keys(errors).length) errors.body = e.message;
        for (const k of Object.keys(errors)) errors[k] = errors[k]!.slice(0, 300);
        return ack({ response_action: 'errors', errors });
      }
      throw e;
    }
    if (!r.ok) return ack({ response_action: 'errors', errors: { body: r.message.slice(0, 300) } });
    await ack();
    await afterDecision(deps, client, user, meta.channel, r);
  });

  app.view(/^dg:reject:/, async ({ ack, body, view, client }) => {
    const ref = parseActionId(view.callback_id);
    const meta = JSON.parse(view.private_metadata || '{}') as ModalMeta;
    if (!ref) return ack();
    const user = body.user.id;
    const category = view.state.values.category?.value?.selected_option?.value as RejectCategory | undefined;
    const reason = view.state.values.reason?.value?.value ?? '';
    let r: ReviewResult;
    try {
      r = await rejectReview(deps, { draftId: ref.draftId, version: ref.version, reviewer: user, actor: repActor(user, body.team?.id), reasonCategory: category as RejectCategory, reasonText: reason });
    } catch (e) {
      if (e instanceof AppError) return ack({ response_action: 'errors', errors: { category: e.message.slice(0, 300) } });
      throw e;
    }
    await ack();
    await afterDecision(deps, client, user, meta.channel, r);
  });

  // ---- App Home ---------------------------------------------------------------------------
  app.event('app_home_opened', async ({ event, client }) => {
    const rows = await listPendingReviews(deps, { reviewer: event.user, limit: 100 });
    const items = rows.map((r) => ({ draft: toCardDraft(r.draft), account: toCardAccount(r.account), postedAt: r.draft.postedAt }));
    await client.views.publish({ user_id: event.user, view: buildHomeView(items, event.user) as never });
  });

  // ---- slash commands ---------------------------------------------------------------------
  app.command('/pause-outreach', async ({ command, ack }) => {
    const [scopeArg, ...rest] = command.text.trim().split(/\s+/).filter(Boolean);
    const looksLikeScope = scopeArg !== undefined && /^(all|(template|workflow|mailbox|account):\S+)$/.test(scopeArg);
    const scope = looksLikeScope ? scopeArg! : 'all';
    const reason = (looksLikeScope ? rest : [scopeArg, ...rest].filter(Boolean)).join(' ') || `paused from Slack by <@${command.user_id}>`;
    try {
      const r = await pauseScope(deps, { scope, reason, source: 'slash_command', actor: repActor(command.user_id, command.team_id) });
      const text = `${r.alreadyPaused ? 'Already paused' : 'Paused'}: *${scope}*. ${r.heldCount} approved draft(s) are held; ${r.inFlight.count} send(s) were in flight and may complete. Resume with \`/resume-outreach ${scope}\` (owners only).`;
      await ack({ response_type: 'in_channel', text });
      await postAlert(deps, { text: `:octagonal_sign: <@${command.user_id}> paused outreach (${scope}): ${reason.replace(/[<>&]/g, '')}. ${r.heldCount} held, ${r.inFlight.count} in flight.` });
    } catch (e) {
      await ack({ response_type: 'ephemeral', text: appErrorText(e) });
    }
  });

  app.command('/resume-outreach', async ({ command, ack }) => {
    const scope = command.text.trim().split(/\s+/)[0] || 'all';
    const { policy } = await getActivePolicy(deps.db);
    const actor = repActor(command.user_id, command.team_id);
    if (!policy.owners.includes(command.user_id)) {
      await appendAudit(deps.db, { actor, action: 'pause.resume_denied', subject: `pause:${scope}`, data: { via: 'slash_command' } });
      await ack({ response_type: 'ephemeral', text: 'Only the policy owners may resume outreach.' });
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
      const s = await getStatus(deps);
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

  registerGuardActions(app, deps);
  return { app, receiver };
}

/** Mount POST /slack/events on the Hono app (no-op without Slack credentials). */
export function registerSlackRoutes(http: Hono<any>, deps: Deps): void {
  const slack = createSlackApp(deps);
  http.post('/slack/events', (c) => (slack ? slack.receiver.handle(c) : c.json({ error: 'slack is not configured (SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN)' }, 503)));
}
