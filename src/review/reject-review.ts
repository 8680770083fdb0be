/** rejectReview: a permitted reviewer rejects a pending draft with a reason (feeds the monitors). */
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { Actor } from '../audit/actor.js';
import { parseInput } from '../lib/errors.js';
import { decideReview, loadAndAuthorize, REJECT_CATEGORIES, type ReviewResult } from './decide.js';
import { SlackUserId } from '../lib/slack-ids.js';

export const RejectReviewInput = z.object({
  draftId: z.string().uuid(),
  version: z.number().int().positive(),
  reviewer: SlackUserId,
  actor: Actor,
  reasonCategory: z.enum(REJECT_CATEGORIES),
  reasonText: z.string().max(3000).default(''),
});
export type RejectReviewInput = z.input<typeof RejectReviewInput>;

export async function rejectReview(deps: Pick<Deps, 'db' | 'now'>, input: RejectReviewInput): Promise<ReviewResult> {
  const p = parseInput(RejectReviewInput, input, 'rejection');
  const loaded = await loadAndAuthorize(deps, p.draftId, p.reviewer, p.actor, 'reject');
  return decideReview(deps, loaded, { ...p, kind: 'reject' });
}
