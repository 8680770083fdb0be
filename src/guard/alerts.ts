/**
 * Alerts: the one room where draftgate tells people something went wrong (guard trips, held
 * drafts, pause/resume notices, the weekly digest).
 *
 * `raiseAlert` contract: insert the `alerts` row (unique dedupe_key; ON CONFLICT DO NOTHING) —
 * optionally with an audit row in the same transaction — and only the caller that inserted it
 * posts: to the policy's alert channel and/or to users by DM. The first place it landed and
 * `posted_at` are stored on the row. A second raise with the same key returns `alerted: false` and
 * posts nothing. A crash between the insert and the post loses the Slack message, not the event
 * (the row stays unposted, visible in status and audit).
 *
 * `postAlert` posts without a row (notices that need no dedupe). Neither ever throws for a Slack
 * failure: an alert must not fail the pause that caused it.
 */
import { eq, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import type { Actor } from '../audit/actor.js';
import { alerts } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import { getActivePolicy } from '../policy-store/store.js';

export type AlertBlocks = Array<Record<string, unknown>>;

export interface AlertTargets {
  /** Post to the policy's `review.alert_channel`. */
  alertChannel: boolean;
  /** Slack user ids to DM. */
  users?: string[];
}

export interface RaiseAlertInput {
  kind: string;
  dedupeKey: string;
  text: string;
  blocks?: AlertBlocks;
  to: AlertTargets;
  /** What the alert is about: a pause scope or `draft:<id>`. */
  scope: string;
  pauseId?: string;
  payload?: Record<string, unknown>;
  /** Audit `alert.created` in the insert's transaction. */
  audit?: { actor: Actor; data: Record<string, unknown> };
}

export interface RaisedAlert {
  /** True when this call created the alert (and posted it). */
  alerted: boolean;
  alertId: string | null;
  posted: Array<{ channel: string; ts: string }>;
}

type AlertDeps = Pick<Deps, 'db' | 'slack' | 'log'>;

export async function raiseAlert(deps: AlertDeps, input: RaiseAlertInput): Promise<RaisedAlert> {
  const row = await deps.db.transaction(async (tx) => {
    const [r] = await tx
      .insert(alerts)
      .values({ kind: input.kind, scope: input.scope, pauseId: input.pauseId ?? null, dedupeKey: input.dedupeKey, payload: input.payload ?? {} })
      .onConflictDoNothing()
      .returning({ id: alerts.id });
    if (r && input.audit) await appendAudit(tx, { actor: input.audit.actor, action: 'alert.created', subject: `alert:${r.id}`, data: input.audit.data });
    return r ?? null;
  });
  if (!row) return { alerted: false, alertId: null, posted: [] };

  const msg = { text: input.text, ...(input.blocks ? { blocks: input.blocks } : {}) };
  const posted: Array<{ channel: string; ts: string }> = [];
  if (input.to.alertChannel) {
    const p = await postAlert(deps, msg);
    if (p) posted.push(p);
  }
  for (const user of input.to.users ?? []) {
    const p = await postAlert(deps, { ...msg, channel: user });
    if (p) posted.push(p);
  }
  if (posted[0]) await deps.db.update(alerts).set({ slackChannel: posted[0].channel, slackTs: posted[0].ts, postedAt: sql`now()` as unknown as Date }).where(eq(alerts.id, row.id));
  return { alerted: true, alertId: row.id, posted };
}

/**
 * Post to the policy's alert channel, or to `channel` (a channel or user id). Returns where it
 * landed, or null when Slack is not configured or no alert channel is set (logged, never thrown).
 */
export async function postAlert(deps: AlertDeps, input: { text: string; blocks?: AlertBlocks; channel?: string }): Promise<{ channel: string; ts: string } | null> {
  const channel = input.channel ?? (await getActivePolicy(deps.db)).policy.review.alert_channel;
  if (!deps.slack || !channel) {
    deps.log.info({ alert: input.text, channel: channel ?? null }, 'alert not posted to Slack (no client or no review.alert_channel)');
    return null;
  }
  try {
    const r = await deps.slack.chat.postMessage({ channel, text: input.text, ...(input.blocks ? { blocks: input.blocks as never } : {}), unfurl_links: false, unfurl_media: false });
    return { channel: String(r.channel ?? channel), ts: String(r.ts) };
  } catch (err) {
    deps.log.warn({ err, channel }, 'alert post failed');
    return null;
  }
}
