/**
 * presentReviews: the review card reached its reviewer by a way other than a Slack post (no Slack
 * configured: the demo's scripted reviewers, a terminal reviewer's queue). Stamps `posted_at` —
 * the moment time-to-decide and the fast-approval flag count from (./decide.ts), and the review
 * ladder's clock (./ladder.ts) — exactly as the Slack post worker does when it posts a card, with
 * an audit row `review.presented` per draft. Only pending drafts whose card was never posted or
 * presented are stamped (a second call changes nothing), so the time a reviewer had is never
 * shortened after the fact. One transaction.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import type { Actor } from '../audit/actor.js';
import { drafts } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import { AppError } from '../lib/errors.js';

export interface PresentReviewsInput {
  draftIds: string[];
  actor: Actor;
  /** Where the card was shown: `cli`, `demo`, … (stored in the audit row). */
  via: string;
}

export interface PresentReviewsResult {
  /** Drafts stamped now (pending, never posted before), with the stamp. */
  presented: Array<{ draftId: string; postedAt: Date }>;
}

const MAX_DRAFTS = 5000;

export async function presentReviews(deps: Pick<Deps, 'db' | 'now'>, input: PresentReviewsInput): Promise<PresentReviewsResult> {
  const ids = [...new Set(input.draftIds)];
  if (ids.length > MAX_DRAFTS) throw new AppError('BAD_REQUEST', `at most ${MAX_DRAFTS} drafts at a time (got ${ids.length})`);
  if (!input.via.trim()) throw new AppError('BAD_REQUEST', 'via is required');
  if (!ids.length) return { presented: [] };
  const at = deps.now();
  return deps.db.transaction(async (tx) => {
    const rows = await tx
      .update(drafts)
      .set({ postedAt: at, updatedAt: sql`now()` })
      .where(and(inArray(drafts.id, ids), eq(drafts.status, 'pending_review'), isNull(drafts.postedAt), isNull(drafts.slackTs)))
      .returning({ id: drafts.id, version: drafts.version });
    if (rows.length) {
      await appendAudit(tx, rows.map((r) => ({ actor: input.actor, action: 'review.presented', subject: `draft:${r.id}`, data: { via: input.via, version: r.version, at: at.toISOString() } })));
    }
    return { presented: rows.map((r) => ({ draftId: r.id, postedAt: at })) };
  });
}
