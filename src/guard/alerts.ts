/**
 * Alerts: the one room where draftgate tells people something went wrong (guard trips, held
 * drafts), as an OUTBOX — an alert is never lost between the event and Slack.
 *
 * Contract
 * - `recordAlert(tx, input)` inserts the `alerts` row in the CALLER's transaction, so the alert
 *   exists exactly when the event that raised it committed (a trip settled, a draft held). The
 *   row carries the whole message (text, blocks, targets) in `payload.message`. The dedupe key is
 *   unique: a second record with the same key inserts nothing and returns null.
 * - `deliverDueAlerts(deps)` (the worker's `alert-outbox` part, every ALERT_OUTBOX_INTERVAL_MS, any
 *   number of workers) claims unposted rows whose `next_attempt_at` has come, with
 *   `FOR UPDATE SKIP LOCKED` and a lease (next_attempt_at pushed LEASE_MS ahead, attempts + 1), so
 *   each row is worked by one process at a time. It posts to every target not yet reached
 *   (`payload.delivered` remembers the ones that were, so a retry never re-posts to them), then
 *   sets `posted_at`; on a failure it keeps the row, stores `last_error` and backs off
 *   (BASE_BACKOFF_MS × 2^(attempts-1), capped at MAX_BACKOFF_MS, ±20% jitter).
 * - `raiseAlert(deps, input)` = record in its own transaction + deliver that row now (the common
 *   case posts within the request); anything that fails is left to the loop.
 * - A process killed between the row and the post leaves the row unposted: after the lease the
 *   loop posts it, once. (Killed between Slack's answer and the `posted_at` commit — a window of
 *   one UPDATE — is the only way a target can see a message twice.)
 * - Without a Slack client nothing is attempted: the rows wait, and `draftgate status` shows them.
 *   A row with no target at all (no alert channel, nobody to DM) waits an hour between looks and
 *   says so in last_error.
 *
 * `postAlert` posts without a row (pause/resume notices, the digest: nothing to dedupe or retry).
 * Neither ever throws for a Slack failure: an alert must not fail the pause that caused it.
 */
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import type { Executor } from '../db/client.js';
import type { Actor } from '../audit/actor.js';
import { alerts } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import { getActivePolicy } from '../policy-store/store.js';
import { every, type Stopper } from '../lib/periodic.js';

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
  /** True when this call created the alert. */
  alerted: boolean;
  alertId: string | null;
  /** Where it landed now (empty when delivery is left to the outbox loop). */
  posted: Array<{ channel: string; ts: string }>;
}

/** What the row keeps so any process can post it later. */
interface StoredMessage {
  text: string;
  blocks?: AlertBlocks;
  to: AlertTargets;
}
interface AlertPayload {
  message?: StoredMessage;
  /** Targets already posted to ('alert_channel' or a user id), with where the message landed. */
  delivered?: Array<{ target: string; channel: string; ts: string }>;
  [k: string]: unknown;
}

type AlertDeps = Pick<Deps, 'db' | 'slack' | 'log' | 'now'>;

/** A claimed row is not offered to another worker for this long (a post takes well under it). */
export const LEASE_MS = 60_000;
export const BASE_BACKOFF_MS = 5_000;
export const MAX_BACKOFF_MS = 15 * 60_000;
const NO_TARGET_RETRY_MS = 60 * 60_000;

/** Delay before the next attempt after `attempts` failed ones (jitter from `random`, in [0, 1)). */
export function backoffMs(attempts: number, random: number = Math.random()): number {
  const base = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}

/** Insert the alert in the caller's transaction. Returns its id, or null when the key exists. */
export async function recordAlert(tx: Executor, input: RaiseAlertInput): Promise<string | null> {
  const message: StoredMessage = { text: input.text, to: input.to, ...(input.blocks ? { blocks: input.blocks } : {}) };
  const [r] = await tx
    .insert(alerts)
    .values({ kind: input.kind, scope: input.scope, pauseId: input.pauseId ?? null, dedupeKey: input.dedupeKey, payload: { ...(input.payload ?? {}), message, delivered: [] } })
    .onConflictDoNothing()
    .returning({ id: alerts.id });
  if (r && input.audit) await appendAudit(tx, { actor: input.audit.actor, action: 'alert.created', subject: `alert:${r.id}`, data: input.audit.data });
  return r?.id ?? null;
}

/** Record the alert (own transaction) and try to deliver it at once; the outbox loop retries. */
export async function raiseAlert(deps: AlertDeps, input: RaiseAlertInput): Promise<RaisedAlert> {
  const id = await deps.db.transaction((tx) => recordAlert(tx, input));
  if (!id) return { alerted: false, alertId: null, posted: [] };
  const res = await deliverAlerts(deps, { id });
  return { alerted: true, alertId: id, posted: res.posted };
}

export interface DeliveryResult {
  /** Rows fully delivered in this pass. */
  delivered: number;
  /** Rows that failed and were rescheduled. */
  failed: number;
  posted: Array<{ channel: string; ts: string }>;
}

/**
 * Claim due, unposted alerts (up to `limit`), or one just-recorded alert by id (only if nobody has
 * tried it yet), and post them. Safe to run in any number of processes at once: a row is claimed by
 * one of them (SKIP LOCKED + lease: the claim pushes next_attempt_at ahead and counts the attempt).
 */
export async function deliverAlerts(deps: AlertDeps, opts: { id?: string; limit?: number } = {}): Promise<DeliveryResult> {
  const out: DeliveryResult = { delivered: 0, failed: 0, posted: [] };
  if (!deps.slack) return out; // nowhere to post: the rows wait (status shows them)
  const now = deps.now();
  const claimed = await deps.db.transaction(async (tx) => {
    const due = await tx
      .select({ id: alerts.id })
      .from(alerts)
      // A given id is its creator's first try (attempts = 0, whatever the clock says); the loop takes what is due.
      .where(and(isNull(alerts.postedAt), opts.id ? and(eq(alerts.id, opts.id), eq(alerts.attempts, 0)) : lte(alerts.nextAttemptAt, now)))
      .orderBy(asc(alerts.nextAttemptAt))
      .limit(opts.limit ?? 20)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(alerts)
      .set({ attempts: sql`${alerts.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(inArray(alerts.id, due.map((d) => d.id)))
      .returning();
  });
  if (!claimed.length) return out;
  const alertChannel = (await getActivePolicy(deps.db)).policy.review.alert_channel;

  for (const row of claimed) {
    const payload = (row.payload ?? {}) as AlertPayload;
    const msg = payload.message;
    const delivered = [...(payload.delivered ?? [])];
    const done = new Set(delivered.map((d) => d.target));
    const targets: Array<{ target: string; channel: string }> = [];
    if (msg?.to.alertChannel && alertChannel) targets.push({ target: 'alert_channel', channel: alertChannel });
    for (const u of msg?.to.users ?? []) targets.push({ target: u, channel: u });
    let error: string | null = msg ? null : 'alert row carries no message (written before the outbox)';
    if (msg && !targets.length) error = 'no Slack target: set review.alert_channel (and owners) in the policy';
    for (const t of targets) {
      if (done.has(t.target) || error) continue;
      try {
        const r = await deps.slack.chat.postMessage({ channel: t.channel, text: msg!.text, ...(msg!.blocks ? { blocks: msg!.blocks as never } : {}), unfurl_links: false, unfurl_media: false });
        const landed = { target: t.target, channel: String(r.channel ?? t.channel), ts: String(r.ts) };
        delivered.push(landed);
        out.posted.push({ channel: landed.channel, ts: landed.ts });
      } catch (err) {
        // Slack's platform error code when there is one (channel_not_found, ratelimited…), never the stack.
        error = (err as { data?: { error?: string } }).data?.error ?? (err as { code?: string }).code ?? (err as Error).message ?? 'post failed';
        deps.log.warn({ alert: row.id, kind: row.kind, target: t.target, error }, 'alert post failed; will retry');
      }
    }
    const newPayload = { ...payload, delivered };
    if (!error) {
      const first = delivered[0];
      await deps.db
        .update(alerts)
        .set({ postedAt: deps.now(), lastError: null, payload: newPayload, ...(first ? { slackChannel: first.channel, slackTs: first.ts } : {}) })
        .where(eq(alerts.id, row.id));
      out.delivered++;
    } else {
      const wait = msg && !targets.length ? NO_TARGET_RETRY_MS : backoffMs(row.attempts);
      await deps.db.update(alerts).set({ lastError: error, payload: newPayload, nextAttemptAt: new Date(deps.now().getTime() + wait) }).where(eq(alerts.id, row.id));
      out.failed++;
    }
  }
  return out;
}

/** Worker part: the outbox loop. `before` runs first on each pass (sweeps that record missing alerts). */
export function startAlertOutbox(deps: Deps, opts: { before?: Array<() => Promise<unknown>> } = {}): Stopper {
  return every(deps, 'alerts.deliver', deps.config.ALERT_OUTBOX_INTERVAL_MS, async () => {
    for (const sweep of opts.before ?? []) await sweep();
    // Drain in batches while there is work due.
    for (let i = 0; i < 10; i++) {
      const r = await deliverAlerts(deps, { limit: 20 });
      if (r.delivered + r.failed < 20) break;
    }
  });
}

export interface UndeliveredAlerts {
  count: number;
  oldest: Array<{ id: string; kind: string; scope: string; createdAt: string; attempts: number; lastError: string | null; nextAttemptAt: string }>;
}

/** Alerts written but not yet posted (for status). */
export async function listUndeliveredAlerts(deps: Pick<Deps, 'db'>, limit = 5): Promise<UndeliveredAlerts> {
  const [{ n }] = (await deps.db.select({ n: sql<number>`count(*)::int` }).from(alerts).where(isNull(alerts.postedAt))) as [{ n: number }];
  const rows = n
    ? await deps.db.select().from(alerts).where(isNull(alerts.postedAt)).orderBy(asc(alerts.createdAt)).limit(limit)
    : [];
  return {
    count: n,
    oldest: rows.map((r) => ({ id: r.id, kind: r.kind, scope: r.scope, createdAt: r.createdAt.toISOString(), attempts: r.attempts, lastError: r.lastError, nextAttemptAt: r.nextAttemptAt.toISOString() })),
  };
}

/**
 * Post to the policy's alert channel, or to `channel` (a channel or user id). Returns where it
 * landed, or null when Slack is not configured or no alert channel is set (logged, never thrown).
 */
export async function postAlert(deps: Pick<Deps, 'db' | 'slack' | 'log'>, input: { text: string; blocks?: AlertBlocks; channel?: string }): Promise<{ channel: string; ts: string } | null> {
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
