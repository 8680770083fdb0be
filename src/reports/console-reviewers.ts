/**
 * Read models for the console's Reviewers page: per reviewer, decisions, median and p90 seconds to
 * decide, and the share of fast approvals (approved faster than reading speed allows — the
 * `fast_approval` flag the review verbs store). The rubber-stamp view.
 */
import { desc, eq, gte, and } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { accounts, drafts, reviews } from '../db/schema.js';

export interface ReviewerRow {
  reviewer: string;
  decisions: number;
  approvals: number;
  edits: number;
  rejections: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  fastApprovals: number;
  /** fast approvals / (approvals + edits): the share of approvals given faster than reading speed. */
  fastShare: number;
  lastAt: string;
}

export async function listReviewers(deps: Pick<Deps, 'db'>, opts: { days?: number; only?: string } = {}): Promise<ReviewerRow[]> {
  const since = new Date(Date.now() - (opts.days ?? 30) * 86_400_000);
  const rows = await deps.db
    .select({
      reviewer: reviews.reviewer,
      decisions: sql<number>`count(*)::int`,
      approvals: sql<number>`count(*) filter (where ${reviews.decision} = 'approve')::int`,
      edits: sql<number>`count(*) filter (where ${reviews.decision} = 'edit')::int`,
      rejections: sql<number>`count(*) filter (where ${reviews.decision} = 'reject')::int`,
      median: sql<number | null>`percentile_cont(0.5) within group (order by ${reviews.secondsToDecide})`,
      p90: sql<number | null>`percentile_cont(0.9) within group (order by ${reviews.secondsToDecide})`,
      fast: sql<number>`count(*) filter (where ${reviews.fastApproval})::int`,
      lastAt: sql<string>`max(${reviews.createdAt})`,
    })
    .from(reviews)
    .where(and(gte(reviews.createdAt, since), opts.only ? eq(reviews.reviewer, opts.only) : undefined))
    .groupBy(reviews.reviewer)
    .orderBy(desc(sql`count(*)`))
    .limit(500);
  return rows.map((r) => {
    const approving = r.approvals + r.edits;
    return {
      reviewer: r.reviewer,
      decisions: r.decisions,
      approvals: r.approvals,
      edits: r.edits,
      rejections: r.rejections,
      medianSeconds: r.median === null ? null : Number(r.median),
      p90Seconds: r.p90 === null ? null : Number(r.p90),
      fastApprovals: r.fast,
      fastShare: approving ? r.fast / approving : 0,
      lastAt: new Date(r.lastAt).toISOString(),
    };
  }).sort((a, b) => b.fastShare - a.fastShare || b.decisions - a.decisions);
}

export interface ReviewerDecision {
  id: number;
  draftId: string;
  subject: string;
  account: string;
  tier: string;
  decision: string;
  reasonCategory: string | null;
  secondsToDecide: number | null;
  fastApproval: boolean;
  words: number;
  createdAt: string;
}

export async function reviewerDecisions(deps: Pick<Deps, 'db'>, reviewer: string, limit = 200): Promise<ReviewerDecision[]> {
  const rows = await deps.db
    .select({
      id: reviews.id,
      draftId: reviews.draftId,
      subject: drafts.subject,
      account: accounts.name,
      tier: drafts.tier,
      decision: reviews.decision,
      reasonCategory: reviews.reasonCategory,
      secondsToDecide: reviews.secondsToDecide,
      fastApproval: reviews.fastApproval,
      words: sql<number>`coalesce(array_length(regexp_split_to_array(trim(${drafts.body}), '\\s+'), 1), 0)::int`,
      createdAt: reviews.createdAt,
    })
    .from(reviews)
    .innerJoin(drafts, eq(drafts.id, reviews.draftId))
    .innerJoin(accounts, eq(accounts.id, drafts.accountId))
    .where(eq(reviews.reviewer, reviewer))
    .orderBy(desc(reviews.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
