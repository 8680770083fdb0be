/** approveReview: a permitted reviewer approves one exact version of a pending draft. */
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { Actor } from '../audit/actor.js';
import { parseInput } from '../lib/errors.js';
import { decideReview, loadAndAuthorize, type ReviewResult } from './decide.js';
import { SlackUserId } from '../lib/slack-ids.js';

export const ApproveReviewInput = z.object({
  draftId: z.string().uuid(),
  version: z.number().int().positive(),
  reviewer: SlackUserId,
  actor: Actor,
});
export type ApproveReviewInput = z.infer<typeof ApproveReviewInput>;

export async function approveReview(deps: Pick<Deps, 'db' | 'now'>, input: ApproveReviewInput): Promise<ReviewResult> {
  const p = parseInput(ApproveReviewInput, input, 'approval');
  const loaded = await loadAndAuthorize(deps, p.draftId, p.reviewer, p.actor, 'approve');
  return decideReview(deps, loaded, { ...p, kind: 'approve' });
}
