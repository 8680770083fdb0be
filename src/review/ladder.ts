/**
 * The review ladder: what happens to a draft nobody decides (policy `review:`).
 *
 *   remind_after_hours    one reminder to its reviewer (a DM to the account owner with a link to
 *                         the card; a card posted to a channel gets the reminder there)
 *   escalate_after_hours  the card is posted again to `escalate_to` (each member of that approver
 *                         group), else the review channel, else the policy owners; the original
 *                         card says where it went. Either copy decides the draft.
 *   expire_after_hours    pending_review → expired through drafts/lifecycle (guarded move + audit
 *                         row); the card is updated; never sent; the agent sees `expired` and may
 *                         submit again under a new external_id.
 *
 * Hours count from when the card was posted (`posted_at`), or from when the draft arrived when it
 * was never posted (no Slack). A step whose hours are not below the next enabled step's is skipped
 * (its window is empty): a draft 80 h old is expired, not first reminded and escalated.
 *
 * Any number of workers: every step is a guarded UPDATE (`… AND reminded_at IS NULL`,
 * `… AND escalated_at IS NULL`, the lifecycle's `WHERE status = 'pending_review'`), so each step
 * happens once per draft whoever runs it; the winner writes the audit row and, in the same
 * transaction, the Slack message as an alert-outbox row (guard/alerts.ts), so a crash after the
 * commit still delivers it. Time is `deps.now()` (tests inject a clock).
 */
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { accounts, drafts } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import type { Actor } from '../audit/actor.js';
import { expireDraft } from '../drafts/lifecycle.js';
import { getActivePolicy } from '../policy-store/store.js';
import type { Policy } from '../policy/schema.js';
import { deliverAlerts, recordAlert } from '../guard/alerts.js';
import { every, type Stopper } from '../lib/periodic.js';
import { buildReviewBlocks, LIMITS, reviewFallbackText } from './blocks.js';
import { loadCard, refreshReviewCard } from './card.js';

export const LADDER_ACTOR: Actor = { type: 'system', component: 'review-ladder' };
const BATCH = 200;
const HOUR = 3_600_000;

export interface LadderResult {
  reminded: string[];
  escalated: string[];
  expired: string[];
}

type LadderDeps = Pick<Deps, 'db' | 'slack' | 'log' | 'now'>;

/** Each step's window [from, until) in hours since the card was posted; null = the step is off. */
export function ladderWindows(review: Policy['review']): { remind: [number, number] | null; escalate: [number, number] | null; expire: number } {
  const { remind_after_hours: r, escalate_after_hours: e, expire_after_hours: x } = review;
  const escalate: [number, number] | null = e < x ? [e, x] : null;
  const next = escalate ? e : x;
  return { remind: r < next ? [r, next] : null, escalate, expire: x };
}

/** Where a draft's waiting clock started. */
const startedAt = sql`coalesce(${drafts.postedAt}, ${drafts.createdAt})`;
const cutoff = (now: Date, hours: number) => new Date(now.getTime() - hours * HOUR).toISOString();
const olderThan = (now: Date, hours: number) => sql`${startedAt} <= ${cutoff(now, hours)}::timestamptz`;
const youngerThan = (now: Date, hours: number) => sql`${startedAt} > ${cutoff(now, hours)}::timestamptz`;

/** A link to the card: Slack's permalink when it answers, else a note naming where the card is. */
async function cardLink(deps: LadderDeps, channel: string | null, ts: string | null): Promise<string> {
  if (deps.slack && channel && ts) {
    try {
      const r = await deps.slack.chat.getPermalink({ channel, message_ts: ts });
      if (r.permalink) return `<${r.permalink}|open the card>`;
    } catch (err) {
      deps.log.debug({ err }, 'no permalink for the review card');
    }
  }
  return channel?.startsWith('D') || !channel ? 'the card is in your DMs from draftgate' : `the card is in <#${channel}>`;
}

async function candidates(deps: LadderDeps, conds: SQL[]) {
  return deps.db
    .select({ d: drafts, ownerSlackId: accounts.ownerSlackId, accountName: accounts.name })
    .from(drafts)
    .innerJoin(accounts, eq(accounts.id, drafts.accountId))
    .where(and(eq(drafts.status, 'pending_review'), ...conds))
    .orderBy(asc(drafts.createdAt))
    .limit(BATCH);
}

export async function expireWaiting(deps: LadderDeps, policy: Policy): Promise<string[]> {
  const hours = policy.review.expire_after_hours;
  const rows = await candidates(deps, [olderThan(deps.now(), hours)]);
  const expired: string[] = [];
  for (const { d } of rows) {
    // The lifecycle's guarded move: a draft decided a moment ago is a lost race, not an error.
    const r = await expireDraft(deps.db, d.id, LADDER_ACTOR);
    if (r.ok) expired.push(d.id);
  }
  for (const id of expired) await refreshReviewCard(deps, id, { outcome: 'expired', by: '', at: deps.now(), reason: `nobody decided within ${hours} h; it will not be sent` });
  return expired;
}

function escalationTargets(policy: Policy): { users: string[]; label: string } {
  const group = policy.review.escalate_to;
  if (group && policy.review.approver_groups[group]?.length) return { users: policy.review.approver_groups[group]!, label: `the ${group} approvers` };
  if (policy.review.channel) return { users: [policy.review.channel], label: `<#${policy.review.channel}>` };
  return { users: policy.owners, label: 'the policy owners' };
}

export async function escalateWaiting(deps: LadderDeps, policy: Policy, window: [number, number]): Promise<string[]> {
  const now = deps.now();
  const rows = await candidates(deps, [isNull(drafts.escalatedAt), olderThan(now, window[0]), youngerThan(now, window[1])]);
  if (!rows.length) return [];
  const to = escalationTargets(policy);
  // The cards first, outside the transaction; only the stamp's winners use them.
  const cards = new Map((await Promise.all(rows.map((r) => loadCard(deps, r.d.id)))).filter((c) => c !== null).map((c) => [c.draft.id, c]));
  const won = await deps.db.transaction(async (tx) => {
    const ids = await tx
      .update(drafts)
      .set({ escalatedAt: now })
      .where(and(inArray(drafts.id, rows.map((r) => r.d.id)), eq(drafts.status, 'pending_review'), isNull(drafts.escalatedAt)))
      .returning({ id: drafts.id });
    const out: Array<{ id: string; alertId: string | null }> = [];
    for (const { id } of ids) {
      const row = rows.find((r) => r.d.id === id)!;
      const c = cards.get(id);
      const blocks = c ? buildReviewBlocks(c.card, c.account) : [];
      const note = { type: 'context', elements: [{ type: 'mrkdwn', text: `:rotating_light: Escalated: nobody decided in ${window[0]} h${row.ownerSlackId ? ` (reviewer <@${row.ownerSlackId}>)` : ''}. It expires ${window[1] - window[0]} h from now.` }] };
      await appendAudit(tx, { actor: LADDER_ACTOR, action: 'draft.escalated', subject: `draft:${id}`, data: { after_hours: window[0], to: to.users } });
      const alertId = to.users.length && c
        ? await recordAlert(tx, {
            kind: 'review.escalated',
            dedupeKey: `review.escalated:${id}`,
            scope: `draft:${id}`,
            text: `Escalated review: ${reviewFallbackText(c.card, c.account)}`,
            blocks: [note, ...blocks].slice(0, LIMITS.messageBlocks),
            to: { alertChannel: false, users: to.users },
          })
        : null;
      out.push({ id, alertId });
    }
    return out;
  });
  for (const w of won) {
    if (w.alertId) await deliverAlerts(deps, { id: w.alertId });
    await markOriginalCard(deps, w.id, `:rotating_light: Escalated to ${to.label} after ${window[0]} h without a decision; deciding here still works.`);
  }
  return won.map((w) => w.id);
}

/** Add a note to the posted card, buttons kept (best effort: the card is a view, the row is the truth). */
async function markOriginalCard(deps: LadderDeps, draftId: string, note: string): Promise<void> {
  if (!deps.slack) return;
  const c = await loadCard(deps, draftId);
  if (!c?.draft.slackChannel || !c.draft.slackTs) return;
  const blocks = buildReviewBlocks(c.card, c.account);
  if (blocks.length < LIMITS.messageBlocks) blocks.splice(blocks.length - 1, 0, { type: 'context', elements: [{ type: 'mrkdwn', text: note }] });
  try {
    await deps.slack.chat.update({ channel: c.draft.slackChannel, ts: c.draft.slackTs, text: reviewFallbackText(c.card, c.account), blocks: blocks as never });
  } catch (err) {
    deps.log.warn({ err, draftId }, 'could not update the escalated card');
  }
}

export async function remindWaiting(deps: LadderDeps, policy: Policy, window: [number, number]): Promise<string[]> {
  const now = deps.now();
  const rows = await candidates(deps, [isNull(drafts.remindedAt), isNull(drafts.escalatedAt), olderThan(now, window[0]), youngerThan(now, window[1])]);
  if (!rows.length) return [];
  // Links first (a Slack call each), outside the transaction; only the stamp's winners use them.
  const prepared = await Promise.all(
    rows.map(async (r) => {
      const inChannel = !!r.d.slackChannel && !r.d.slackChannel.startsWith('D');
      const to = inChannel ? r.d.slackChannel! : r.ownerSlackId;
      return { row: r, to, link: await cardLink(deps, r.d.slackChannel, r.d.slackTs) };
    }),
  );
  const won = await deps.db.transaction(async (tx) => {
    const ids = await tx
      .update(drafts)
      .set({ remindedAt: now })
      .where(and(inArray(drafts.id, rows.map((r) => r.d.id)), eq(drafts.status, 'pending_review'), isNull(drafts.remindedAt)))
      .returning({ id: drafts.id });
    const out: Array<string | null> = [];
    for (const { id } of ids) {
      const p = prepared.find((x) => x.row.d.id === id)!;
      await appendAudit(tx, { actor: LADDER_ACTOR, action: 'draft.reminded', subject: `draft:${id}`, data: { after_hours: window[0], to: p.to } });
      const left = policy.review.expire_after_hours - window[0];
      out.push(
        p.to
          ? await recordAlert(tx, {
              kind: 'review.reminder',
              dedupeKey: `review.reminder:${id}`,
              scope: `draft:${id}`,
              text: `:hourglass_flowing_sand: Reminder: a draft to ${p.row.d.toEmail} (${p.row.accountName}, "${p.row.d.finalSubject ?? p.row.d.subject}") has waited ${window[0]} h for your review; it expires in ${left} h. ${p.link}`.slice(0, 3000),
              to: { alertChannel: false, users: [p.to] },
            })
          : null,
      );
    }
    return { ids: ids.map((i) => i.id), alertIds: out };
  });
  for (const a of won.alertIds) if (a) await deliverAlerts(deps, { id: a });
  return won.ids;
}

/** One pass of the ladder: expire, then escalate, then remind. */
export async function runReviewLadder(deps: LadderDeps): Promise<LadderResult> {
  const { policy } = await getActivePolicy(deps.db);
  const w = ladderWindows(policy.review);
  const expired = await expireWaiting(deps, policy);
  const escalated = w.escalate ? await escalateWaiting(deps, policy, w.escalate) : [];
  const reminded = w.remind ? await remindWaiting(deps, policy, w.remind) : [];
  if (expired.length + escalated.length + reminded.length) deps.log.info({ expired: expired.length, escalated: escalated.length, reminded: reminded.length }, 'review ladder');
  return { reminded, escalated, expired };
}

/** Worker part. */
export function startReviewLadder(deps: Deps): Stopper {
  return every(deps, 'review.ladder', deps.config.REVIEW_LADDER_INTERVAL_MS, () => runReviewLadder(deps));
}
