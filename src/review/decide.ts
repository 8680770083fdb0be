/**
 * The one code path behind approveReview / editReview / rejectReview (Slack buttons, modals and
 * the `draftgate review` CLI all land here).
 *
 * Order (STYLE "verbs have one shape"): load + authorize → one transaction: lock the draft row,
 * decide stale/first-approval/final, guarded write through drafts/lifecycle, reviews row, template
 * switching state, audit → return the result plus after-commit effects (send on approval).
 *
 * What must stay true:
 * - a click on a decided draft or an older version changes nothing and says who decided what, when;
 * - concurrent clicks: the row lock serialises them and lifecycle's guarded UPDATE settles the
 *   winner; every loser gets `stale`;
 * - two-person drafts: two distinct reviewers approving the SAME version; the first approval is
 *   only a reviews row (+ audit) and the draft stays pending;
 * - an unauthorized attempt writes one audit row (review.denied) in its own transaction and
 *   changes nothing else.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import type { Tx } from '../db/client.js';
import { accounts, drafts, reviews, templates } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import type { Actor } from '../audit/actor.js';
import { AppError } from '../lib/errors.js';
import { approveDraft, rejectDraft, reviseDraft, type DraftRow, type TransitionResult } from '../drafts/lifecycle.js';
import type { Effect } from '../drafts/effects.js';
import { getActivePolicy } from '../policy-store/store.js';
import { nextTemplateHistory, type ReviewOutcome } from '../policy/sampling.js';
import type { Policy } from '../policy/schema.js';
import { canReview, readingSeconds } from './authorize.js';

export type ReviewRow = typeof reviews.$inferSelect;

import { REJECT_CATEGORIES, type RejectCategory } from './reject-categories.js';
export { REJECT_CATEGORIES, type RejectCategory };

export type ReviewResult =
  | { ok: true; decision: 'approved' | 'edited' | 'rejected'; draft: DraftRow; review: ReviewRow; fastApproval: boolean; effects: Effect[] }
  | { ok: true; decision: 'first_approval'; draft: DraftRow; review: ReviewRow; fastApproval: boolean; effects: Effect[]; waitingFor: number }
  | { ok: false; reason: 'stale'; draft: DraftRow; message: string }
  | { ok: false; reason: 'already_voted'; draft: DraftRow; message: string };

export interface DecideInput {
  draftId: string;
  version: number;
  reviewer: string;
  actor: Actor;
  kind: ReviewOutcome;
  final?: { subject: string; body: string };
  diff?: string;
  reasonCategory?: RejectCategory;
  reasonText?: string;
  /** Extra audit data (e.g. the re-scan findings of an edit). */
  data?: Record<string, unknown>;
}

export const finalText = (d: Pick<DraftRow, 'subject' | 'body' | 'finalSubject' | 'finalBody'>) => ({ subject: d.finalSubject ?? d.subject, body: d.finalBody ?? d.body });

const when = (d: Date | string | null) => (d ? new Date(d).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : 'earlier');

/** The sentence a stale clicker reads. */
export function staleMessage(current: DraftRow, clickedVersion: number): string {
  if (current.status === 'pending_review') {
    return `This draft was edited since you opened it (you clicked version ${clickedVersion}; it is now version ${current.version}). Review the new version.`;
  }
  const decided = current.status === 'rejected' ? 'rejected' : current.status === 'expired' ? 'expired' : current.status === 'cancelled' ? 'cancelled' : 'approved';
  const who = current.decidedBy ? ` by <@${current.decidedBy}>` : '';
  return `Already ${decided}${who} at ${when(current.decidedAt)} (status: ${current.status}); nothing changed.`;
}

export interface LoadedDraft {
  draft: DraftRow;
  account: typeof accounts.$inferSelect;
  policy: Policy;
  policyVersion: number;
}

/** Load the draft and its account, and authorize the reviewer (audit + FORBIDDEN when refused). */
export async function loadAndAuthorize(deps: Pick<Deps, 'db'>, draftId: string, reviewer: string, actor: Actor, action: string): Promise<LoadedDraft> {
  const [draft] = await deps.db.select().from(drafts).where(eq(drafts.id, draftId));
  if (!draft) throw new AppError('NOT_FOUND', `draft ${draftId} not found`);
  const [account] = await deps.db.select().from(accounts).where(eq(accounts.id, draft.accountId));
  if (!account) throw new AppError('NOT_FOUND', `account ${draft.accountId} of draft ${draftId} not found`);
  const { policy, version } = await getActivePolicy(deps.db);
  if (!canReview(policy, account, reviewer)) {
    // Own transaction: the refusal is recorded even though the verb then throws.
    await appendAudit(deps.db, { actor, action: 'review.denied', subject: `draft:${draftId}`, data: { attempted: action, reviewer, account_id: account.id } });
    throw new AppError('FORBIDDEN', `<@${reviewer}> is not a permitted approver for ${account.name} (the account owner, the policy owners and the approver groups are).`);
  }
  return { draft, account, policy, policyVersion: version };
}

async function updateTemplateState(tx: Tx, draft: DraftRow, outcome: ReviewOutcome, policy: Policy): Promise<void> {
  if (draft.tier !== 'low' || !draft.sampled) return;
  const [row] = await tx.select().from(templates).where(eq(templates.templateId, draft.templateId)).for('update');
  const h = row
    ? { seen: row.seen, state: row.state, recentSampled: row.recentSampled as ReviewOutcome[], cleanRun: row.cleanRun }
    : { seen: 0, state: 'normal' as const, recentSampled: [] as ReviewOutcome[], cleanRun: 0 };
  const next = nextTemplateHistory(h, outcome, policy);
  if (row) {
    await tx.update(templates).set({ state: next.state, recentSampled: next.recentSampled, cleanRun: next.cleanRun, updatedAt: sql`now()` }).where(eq(templates.templateId, draft.templateId));
  } else {
    await tx.insert(templates).values({ templateId: draft.templateId, workflow: draft.workflow, seen: 1, state: next.state, recentSampled: next.recentSampled, cleanRun: next.cleanRun });
  }
  if (next.state !== h.state) {
    await appendAudit(tx, { actor: { type: 'system', component: 'sampling' }, action: 'template.state_changed', subject: `template:${draft.templateId}`, data: { from: h.state, to: next.state, outcome, draft_id: draft.id } });
  }
}

function secondsSince(postedAt: Date | null, now: Date): number | null {
  return postedAt ? Math.max(0, (now.getTime() - new Date(postedAt).getTime()) / 1000) : null;
}

function lifecycleFailure(r: Exclude<TransitionResult, { ok: true }>, clicked: number): never | { draft: DraftRow; message: string } {
  if (r.reason === 'not_found') throw new AppError('NOT_FOUND', 'draft not found');
  if (r.reason === 'illegal_transition') throw new AppError('INVALID_TRANSITION', `cannot move draft from ${r.from.join('/')} to ${r.to}`);
  return { draft: r.current, message: staleMessage(r.current, clicked) };
}

class Stale extends Error {
  constructor(readonly draft: DraftRow, readonly msg: string) {
    super('stale');
  }
}

/** Decide a review. Callers (the three verbs) have parsed input; this authorizes and writes. */
export async function decideReview(deps: Pick<Deps, 'db' | 'now'>, loaded: LoadedDraft, input: DecideInput): Promise<ReviewResult> {
  const { policy } = loaded;
  const now = deps.now();
  try {
    return await deps.db.transaction(async (tx) => {
      // Serialise decisions on this draft (double clicks, two-person votes); the guarded UPDATE
      // in lifecycle remains the arbiter.
      const [draft] = await tx.select().from(drafts).where(eq(drafts.id, input.draftId)).for('update');
      if (!draft) throw new AppError('NOT_FOUND', `draft ${input.draftId} not found`);
      if (draft.status !== 'pending_review' || draft.version !== input.version) throw new Stale(draft, staleMessage(draft, input.version));

      const seconds = secondsSince(draft.postedAt, now);
      const text = input.final ?? finalText(draft);
      const fast = input.kind !== 'reject' && seconds !== null && seconds < readingSeconds(`${text.subject} ${text.body}`, policy.review.reading_words_per_minute);
      const auditData = {
        reviewer: input.reviewer,
        seconds_to_decide: seconds,
        fast_approval: fast,
        ...(input.reasonCategory ? { reason_category: input.reasonCategory, reason_text: input.reasonText ?? '' } : {}),
        ...(input.diff ? { diff: input.diff } : {}),
        ...input.data,
      };

      const insertReview = async (version: number, decision: ReviewOutcome) => {
        const [row] = await tx
          .insert(reviews)
          .values({
            draftId: draft.id, draftVersion: version, reviewer: input.reviewer, decision,
            reasonCategory: input.reasonCategory ?? null, reasonText: input.reasonText ?? null, diff: input.diff ?? null,
            secondsToDecide: seconds, fastApproval: fast,
          })
          .onConflictDoNothing()
          .returning();
        return row;
      };

      if (input.kind === 'reject') {
        const r = await rejectDraft(tx, { draftId: draft.id, version: input.version, actor: input.actor, decidedBy: input.reviewer, data: auditData });
        if (!r.ok) {
          const f = lifecycleFailure(r, input.version);
          throw new Stale(f.draft, f.message);
        }
        const review = await insertReview(input.version, 'reject');
        await updateTemplateState(tx, draft, 'reject', policy);
        return { ok: true, decision: 'rejected', draft: r.draft, review: review!, fastApproval: false, effects: [] } as const;
      }

      if (draft.twoPerson) {
        // Versions an edit creates are approved by their editor (review row at the new version).
        let current = draft;
        let version = input.version;
        if (input.kind === 'edit' && input.final) {
          const r = await reviseDraft(tx, { draftId: draft.id, version, actor: input.actor, final: input.final, data: auditData });
          if (!r.ok) {
            const f = lifecycleFailure(r, version);
            throw new Stale(f.draft, f.message);
          }
          current = r.draft;
          version = r.draft.version;
        }
        const review = await insertReview(version, input.kind);
        if (!review) {
          return { ok: false, reason: 'already_voted', draft: current, message: `You already approved version ${version}; a second, different approver is needed (two-person rule).` } as const;
        }
        const voters = await tx
          .selectDistinct({ reviewer: reviews.reviewer })
          .from(reviews)
          .where(and(eq(reviews.draftId, draft.id), eq(reviews.draftVersion, version), inArray(reviews.decision, ['approve', 'edit'])));
        if (voters.length < 2) {
          await appendAudit(tx, { actor: input.actor, action: 'review.first_approval', subject: `draft:${draft.id}`, data: { version, ...auditData } });
          return { ok: true, decision: 'first_approval', draft: current, review, fastApproval: fast, effects: [], waitingFor: 2 - voters.length } as const;
        }
        const r = await approveDraft(tx, { draftId: draft.id, version, actor: input.actor, decidedBy: input.reviewer, data: { ...auditData, approvers: voters.map((v) => v.reviewer) } });
        if (!r.ok) {
          const f = lifecycleFailure(r, version);
          throw new Stale(f.draft, f.message);
        }
        await updateTemplateState(tx, draft, input.kind, policy);
        return { ok: true, decision: input.kind === 'edit' ? 'edited' : 'approved', draft: r.draft, review, fastApproval: fast, effects: [{ kind: 'send', draftId: draft.id, actor: input.actor }] } as const;
      }

      const r = await approveDraft(tx, {
        draftId: draft.id, version: input.version, actor: input.actor, decidedBy: input.reviewer,
        ...(input.kind === 'edit' && input.final ? { final: input.final } : {}),
        data: { ...auditData, decision: input.kind },
      });
      if (!r.ok) {
        const f = lifecycleFailure(r, input.version);
        throw new Stale(f.draft, f.message);
      }
      // An edit's review row names the version it produced (the text that will be sent).
      const review = await insertReview(r.draft.version, input.kind);
      await updateTemplateState(tx, draft, input.kind, policy);
      return { ok: true, decision: input.kind === 'edit' ? 'edited' : 'approved', draft: r.draft, review: review!, fastApproval: fast, effects: [{ kind: 'send', draftId: draft.id, actor: input.actor }] } as const;
    });
  } catch (e) {
    if (e instanceof Stale) return { ok: false, reason: 'stale', draft: e.draft, message: e.msg };
    throw e;
  }
}
