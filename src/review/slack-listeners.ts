/**
 * Review's Slack listeners: review buttons, the edit/reject modals, App Home. Registered on the
 * Bolt app by src/slack/app.ts. Listeners ack first (modals open with the trigger_id at once),
 * then call exactly one verb, then map its outcome once: AppError → ephemeral message (or modal
 * field errors); stale → ephemeral "who decided what, when"; success → the card is updated in
 * place and after-commit effects run.
 */
import type { App, BlockAction, ButtonAction, SlackActionMiddlewareArgs, AllMiddlewareArgs } from '@slack/bolt';
import { ErrorCode, type WebClient } from '@slack/web-api';
import type { Deps } from '../deps.js';
import { repActor } from '../audit/actor.js';
import { AppError } from '../lib/errors.js';
import { afterCommit } from '../effects.js';
import { approveReview } from './approve-review.js';
import { editReview } from './edit-review.js';
import { rejectReview } from './reject-review.js';
import { staleMessage, type RejectCategory, type ReviewResult } from './decide.js';
import { loadCard, refreshReviewCard, toCardAccount, toCardDraft } from './card.js';
import { listPendingReviews } from './list-pending.js';
import { buildEditModal, buildFullDraftModal, buildHomeView, buildRejectModal, parseActionId, type ModalMeta } from './blocks.js';

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

/** Slack Web API platform error code (e.g. `expired_trigger_id`), else null. */
function slackErrorCode(e: unknown): string | null {
  const err = e as { code?: unknown; data?: { error?: unknown } } | null;
  return err?.code === ErrorCode.PlatformError && typeof err.data?.error === 'string' ? err.data.error : null;
}

/**
 * What the person who clicked is told when their action could not be carried out: no listener
 * swallows a user's action without a message. A modal opened after Slack's 3 s trigger window
 * (`expired_trigger_id`) asks for another click; anything unexpected is logged and said plainly.
 */
function failureText(deps: Deps, e: unknown, action: string): string {
  if (e instanceof AppError) return appErrorText(e);
  if (slackErrorCode(e) === 'expired_trigger_id') return `Slack closed the window for opening the form before it was ready (it allows 3 seconds) — click ${action} again.`;
  deps.log.error({ err: e, action }, 'review action failed');
  return 'Something went wrong and nothing was changed; try again in a moment.';
}

export function registerReviewListeners(app: App, deps: Deps): void {
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
        return tell(client, user, channel, staleMessage(c.draft, ref.version));
      }
      const view = ref.action === 'edit' ? buildEditModal(c.card, meta) : buildRejectModal(c.card, meta);
      await client.views.open({ trigger_id: body.trigger_id, view: view as never });
    } catch (e) {
      const label = ref.action === 'edit' ? 'Edit' : ref.action === 'reject' ? 'Reject' : ref.action === 'view' ? 'View' : 'Approve';
      await tell(client, user, channel, failureText(deps, e, label));
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
      return ack({ response_action: 'errors', errors: { body: failureText(deps, e, 'Save') } });
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
      return ack({ response_action: 'errors', errors: { category: failureText(deps, e, 'Reject') } });
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
}
