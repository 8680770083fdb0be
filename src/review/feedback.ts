/**
 * getReviewFeedback: what reviewers decided about the CALLER'S OWN drafts, so the agent can learn
 * where it is weak (issue 11, item 7). Read-only; behind GET /v1/feedback and the MCP tool
 * `get_review_feedback`.
 *
 * What must stay true:
 * - Only drafts of the caller's client (token name) — never another client's — and only of the
 *   workflows the token may use (empty = any).
 * - Never a CRM value: the reviewer's note and the edit diff are scanned against the draft's account
 *   and every sensitive match is replaced by "[withheld]", on removed lines too (a diff that removes
 *   the agent's "$73,250" must not confirm that it was a contract value). No reviewer identity, no
 *   account data beyond the draft's own ids.
 */
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { accounts, drafts, reviews } from '../db/schema.js';
import { AppError, parseInput } from '../lib/errors.js';
import { BOOK_STAMP_SQL, getBook, rowToAccount } from '../accounts/book.js';
import { getActivePolicy } from '../policy-store/store.js';
import { scanDraft } from '../detect/scan.js';
import { findNumbers, numberKey } from '../detect/numbers.js';
import type { Account } from '../detect/types.js';
import type { Book } from '../detect/book.js';
import type { Policy } from '../policy/schema.js';

export const FeedbackQuery = z.strictObject({
  workflow: z.string().min(1).max(100).optional().describe('only this workflow'),
  template_id: z.string().min(1).max(200).optional().describe('only this template'),
  decision: z.enum(['approve', 'edit', 'reject']).optional().describe('only this decision'),
  since: z.iso.datetime({ offset: true }).optional().describe('only reviews after this instant (ISO 8601)'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('most recent first; at most 200'),
});
export type FeedbackQuery = z.input<typeof FeedbackQuery>;

export const FeedbackItem = z.object({
  draft_id: z.uuid(),
  external_id: z.string(),
  workflow: z.string(),
  template_id: z.string(),
  draft_version: z.number().int(),
  decision: z.enum(['approve', 'edit', 'reject']),
  reason_category: z.string().nullable(),
  note: z.string().nullable(),
  diff: z.string().nullable(),
  decided_at: z.string(),
});

export const FeedbackOut = z.object({
  summary: z.object({
    reviews: z.number().int(),
    approved: z.number().int(),
    edited: z.number().int(),
    rejected: z.number().int(),
    by_reason: z.record(z.string(), z.number().int()),
  }),
  feedback: z.array(FeedbackItem),
});
export type FeedbackOut = z.infer<typeof FeedbackOut>;

const WITHHELD = '[withheld]';

/**
 * Replace every sensitive CRM match in `text`: what the scanner flags as a sensitive field for the
 * draft's account, and — stricter than the scanner, because this channel could confirm a guess —
 * any amount, percentage or 3+ digit number equal to ANY account's sensitive number.
 */
function withhold(text: string, draft: { toEmail: string; fromMailbox: string }, account: Account, book: Book, policy: Policy): string {
  const spans: Array<[number, number]> = scanDraft({ subject: '', body: text, to: { email: draft.toEmail }, from: draft.fromMailbox }, account, book, policy)
    .filter((f) => f.kind === 'sensitive_field' && f.field === null)
    .map((f) => [f.start, f.end]);
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    for (const m of findNumbers(lower)) {
      if (!(m.currency || m.percent || m.scaled || m.digits >= 3)) continue;
      if (m.values.some((v) => (book.numbers.get(numberKey(v))?.length ?? 0) > 0)) spans.push([m.start, m.end]);
    }
  }
  spans.sort((a, b) => b[0] - a[0]);
  let out = text;
  let floor = Infinity;
  for (const [start, rawEnd] of spans) {
    const end = Math.min(rawEnd, floor);
    if (end <= start) continue;
    out = `${out.slice(0, start)}${WITHHELD}${out.slice(end)}`;
    floor = start;
  }
  return out;
}

export async function getReviewFeedback(
  deps: Pick<Deps, 'db' | 'sql'>,
  input: { client: string; workflows: string[]; query: unknown },
): Promise<FeedbackOut> {
  const q = parseInput(FeedbackQuery, input.query ?? {}, 'feedback query');
  if (q.workflow !== undefined && input.workflows.length > 0 && !input.workflows.includes(q.workflow)) {
    throw new AppError('FORBIDDEN', `this token may not read feedback for workflow "${q.workflow}"`);
  }
  const conds = [eq(drafts.source, input.client)];
  if (input.workflows.length > 0) conds.push(inArray(drafts.workflow, input.workflows));
  if (q.workflow !== undefined) conds.push(eq(drafts.workflow, q.workflow));
  if (q.template_id !== undefined) conds.push(eq(drafts.templateId, q.template_id));
  if (q.decision !== undefined) conds.push(eq(reviews.decision, q.decision));
  if (q.since !== undefined) conds.push(gte(reviews.createdAt, new Date(q.since)));

  const rows = await deps.db
    .select({
      draftId: drafts.id, externalId: drafts.externalId, workflow: drafts.workflow, templateId: drafts.templateId,
      accountId: drafts.accountId, toEmail: drafts.toEmail, fromMailbox: drafts.fromMailbox,
      version: reviews.draftVersion, decision: reviews.decision, reasonCategory: reviews.reasonCategory,
      reasonText: reviews.reasonText, diff: reviews.diff, at: reviews.createdAt,
    })
    .from(reviews)
    .innerJoin(drafts, eq(drafts.id, reviews.draftId))
    .where(and(...conds))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(q.limit);

  const needsScan = rows.filter((r) => (r.reasonText ?? '') !== '' || (r.diff ?? '') !== '');
  let scan: ((text: string, r: (typeof rows)[number]) => string) | null = null;
  if (needsScan.length > 0) {
    const { policy } = await getActivePolicy(deps.db);
    const [stamp] = await deps.sql.unsafe<Array<{ stamp: string }>>(`select ${BOOK_STAMP_SQL} as stamp`);
    const book = await getBook(deps.db, stamp!.stamp, policy.sensitive_fields);
    const ids = [...new Set(needsScan.map((r) => r.accountId))];
    const accountRows = await deps.db.select().from(accounts).where(inArray(accounts.id, ids));
    const byId = new Map(accountRows.map((a) => [a.id, rowToAccount(a)]));
    scan = (text, r) => {
      const account = byId.get(r.accountId);
      // An account gone from the book: nothing to compare with, so nothing of the text is returned.
      return account === undefined ? WITHHELD : withhold(text, r, account, book, policy);
    };
  }

  const counts = await deps.db
    .select({ decision: reviews.decision, reason: reviews.reasonCategory, n: sql<number>`count(*)::int` })
    .from(reviews)
    .innerJoin(drafts, eq(drafts.id, reviews.draftId))
    .where(and(...conds))
    .groupBy(reviews.decision, reviews.reasonCategory);
  const summary = { reviews: 0, approved: 0, edited: 0, rejected: 0, by_reason: {} as Record<string, number> };
  for (const c of counts) {
    summary.reviews += c.n;
    if (c.decision === 'approve') summary.approved += c.n;
    else if (c.decision === 'edit') summary.edited += c.n;
    else summary.rejected += c.n;
    if (c.reason !== null) summary.by_reason[c.reason] = (summary.by_reason[c.reason] ?? 0) + c.n;
  }

  return {
    summary,
    feedback: rows.map((r) => ({
      draft_id: r.draftId,
      external_id: r.externalId,
      workflow: r.workflow,
      template_id: r.templateId,
      draft_version: r.version,
      decision: r.decision,
      reason_category: r.reasonCategory,
      note: r.reasonText && scan ? scan(r.reasonText, r) : r.reasonText || null,
      diff: r.diff && scan ? scan(r.diff, r) : r.diff || null,
      decided_at: r.at.toISOString(),
    })),
  };
}
