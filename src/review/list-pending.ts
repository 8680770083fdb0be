/** listPendingReviews: pending drafts a reviewer may decide, oldest first (App Home, `draftgate review list`). */
import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { accounts, drafts } from '../db/schema.js';
import { getActivePolicy } from '../policy-store/store.js';
import type { DraftRow } from '../drafts/lifecycle.js';

export async function listPendingReviews(deps: Pick<Deps, 'db'>, input: { reviewer?: string; limit?: number }): Promise<Array<{ draft: DraftRow; account: typeof accounts.$inferSelect }>> {
  const { policy } = await getActivePolicy(deps.db);
  const conds: SQL[] = [eq(drafts.status, 'pending_review')];
  if (input.reviewer) {
    const broad = policy.owners.includes(input.reviewer) || Object.values(policy.review.approver_groups).some((g) => g.includes(input.reviewer!));
    // Owners and approver-group members may decide any draft; others only their accounts'.
    if (!broad) conds.push(or(eq(accounts.ownerSlackId, input.reviewer))!);
  }
  const rows = await deps.db
    .select({ draft: drafts, account: accounts })
    .from(drafts)
    .innerJoin(accounts, eq(accounts.id, drafts.accountId))
    .where(and(...conds))
    .orderBy(asc(drafts.createdAt), asc(drafts.id))
    // 1001: a caller asking for 1000 can fetch one more to tell the list was cut.
    .limit(Math.min(input.limit ?? 100, 1001));
  return rows;
}
