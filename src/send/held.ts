/**
 * Held drafts (outcome unknown): a person decides. releaseHeld says "I checked: it was not
 * delivered, send it" — in one transaction the unknown/started attempt is closed as failed (so the
 * one-live-attempt index admits a new one) and the draft goes held → queued; the job is added
 * after commit. cancelHeld says "do not send". Both audited through the lifecycle.
 * raiseHeldAlert tells people a draft was held (one alert per draft, deduped in guard/alerts).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { drafts, sends } from '../db/schema.js';
import { cancelDraft, requeueHeld, type DraftRow } from '../drafts/lifecycle.js';
import type { Actor } from '../audit/actor.js';
import { AppError } from '../lib/errors.js';
import { addSendJobs } from './queue.js';
import { raiseAlert } from '../guard/alerts.js';

/** One alert per held draft (dedupe key `send.held:<id>`), posted to the alert channel when configured. */
export async function raiseHeldAlert(deps: Pick<Deps, 'db' | 'slack' | 'log' | 'now'>, draft: { id: string; toEmail: string; templateId: string }, reason: string): Promise<void> {
  await raiseAlert(deps, {
    kind: 'send.held',
    dedupeKey: `send.held:${draft.id}`,
    scope: `draft:${draft.id}`,
    payload: { draft_id: draft.id, reason },
    text: `:warning: Draft ${draft.id} to ${draft.toEmail} (template ${draft.templateId}) is *held*: ${reason}. It may already have been delivered, so it will not be sent again unless someone checks and releases it (\`draftgate held release ${draft.id}\`) or cancels it.`,
    to: { alertChannel: true },
  });
}

/**
 * The hold commits before its alert is recorded (the hold is the lifecycle's transaction): a
 * process that died in between left a held draft without an alert. The alert-outbox part calls
 * this before each pass, so every held draft gets its one alert (the dedupe key keeps it to one).
 */
export async function ensureHeldAlerts(deps: Pick<Deps, 'db' | 'slack' | 'log' | 'now'>): Promise<number> {
  const missing = await deps.db
    .select({ id: drafts.id, toEmail: drafts.toEmail, templateId: drafts.templateId, holdReason: drafts.holdReason })
    .from(drafts)
    .where(and(eq(drafts.status, 'held'), sql`not exists (select 1 from alerts a where a.dedupe_key = 'send.held:' || ${drafts.id}::text)`))
    .limit(100);
  for (const d of missing) await raiseHeldAlert(deps, d, d.holdReason ?? 'the outcome of its send is unknown');
  return missing.length;
}

function check(r: Awaited<ReturnType<typeof requeueHeld>>, draftId: string): DraftRow {
  if (r.ok) return r.draft;
  if (r.reason === 'not_found') throw new AppError('NOT_FOUND', `no draft ${draftId}`);
  if (r.reason === 'lost_race' || r.reason === 'stale_version') throw new AppError('INVALID_TRANSITION', `draft ${draftId} is ${r.current.status}, not held`);
  throw new AppError('INVALID_TRANSITION', `draft ${draftId} cannot move`);
}

export async function releaseHeld(deps: Pick<Deps, 'db' | 'queues'>, input: { draftId: string; actor: Actor; reason?: string }): Promise<DraftRow> {
  const row = await deps.db.transaction(async (tx) => {
    // Lock order: the draft row (the guarded update), then its sends rows.
    const r = await requeueHeld(tx, input.draftId, input.actor, input.reason ?? 'released by a person after checking delivery');
    const d = check(r, input.draftId);
    // An attempt recorded as sent means it was delivered: releasing would send it twice.
    const [delivered] = await tx.select({ attempt: sends.attempt }).from(sends).where(and(eq(sends.draftId, input.draftId), eq(sends.status, 'sent'))).limit(1);
    if (delivered) {
      throw new AppError('CONFLICT', `draft ${input.draftId} was delivered (attempt ${delivered.attempt} is recorded as sent); it cannot be released — cancel it instead`);
    }
    await tx
      .update(sends)
      .set({ status: 'failed', error: 'closed on release: a person confirmed it was not delivered' })
      .where(and(eq(sends.draftId, input.draftId), inArray(sends.status, ['started', 'unknown'])));
    return d;
  });
  await deps.queues.send.remove(row.id).catch(() => 0);
  await addSendJobs(deps, [row]);
  return row;
}

export async function cancelHeld(deps: Pick<Deps, 'db'>, input: { draftId: string; actor: Actor; reason?: string }): Promise<DraftRow> {
  return check(await cancelDraft(deps.db, input.draftId, ['held'], input.actor, input.reason ?? 'cancelled by a person while held'), input.draftId);
}

export async function listHeld(deps: Pick<Deps, 'db'>): Promise<DraftRow[]> {
  return deps.db.select().from(drafts).where(eq(drafts.status, 'held')).orderBy(drafts.updatedAt).limit(500);
}
