/**
 * getDraftStatus: what became of a draft, for the agent that submitted it. A token sees only its
 * own drafts (another source's draft is "not found", never "forbidden": no existence oracle),
 * unless it is admin. Reviewer comments and CRM-quoting finding messages are not returned, and
 * sensitive-field findings come back collapsed, without offsets or excerpt (agent-view.ts).
 */
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { drafts, reviews } from '../db/schema.js';
import { agentFindings } from './agent-view.js';
import { AppError } from '../lib/errors.js';
import { DraftSummaryOut } from './intake.js';

export const DraftStatusOut = DraftSummaryOut.extend({
  decision: z.enum(['approve', 'edit', 'reject']).nullable(),
  reviewer: z.string().nullable(),
  decided_at: z.string().nullable(),
  sent_at: z.string().nullable(),
  created_at: z.string(),
});
export type DraftStatusOut = z.infer<typeof DraftStatusOut>;

const UUID = z.uuid();

export async function getDraftStatus(deps: Pick<Deps, 'db'>, input: { id: string; source: string | null }): Promise<DraftStatusOut> {
  if (!UUID.safeParse(input.id).success) throw new AppError('NOT_FOUND', 'no such draft');
  const [d] = await deps.db.select().from(drafts).where(eq(drafts.id, input.id));
  if (!d || (input.source !== null && d.source !== input.source)) throw new AppError('NOT_FOUND', 'no such draft');
  const [last] = await deps.db
    .select({ decision: reviews.decision, reviewer: reviews.reviewer })
    .from(reviews)
    .where(eq(reviews.draftId, d.id))
    .orderBy(desc(reviews.id))
    .limit(1);
  return {
    id: d.id,
    external_id: d.externalId,
    status: d.status,
    tier: d.tier,
    sampled: d.sampled,
    decision: last?.decision ?? null,
    reviewer: last?.reviewer ?? d.decidedBy ?? null,
    decided_at: d.decidedAt?.toISOString() ?? null,
    sent_at: d.sentAt?.toISOString() ?? null,
    created_at: d.createdAt.toISOString(),
    findings: agentFindings(d.findings),
  };
}
