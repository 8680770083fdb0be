/** approveReview: a permitted reviewer approves one exact version of a pending draft. */
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { Actor } from '../audit/actor.js';
import { AppError, zodFieldErrors } from '../lib/errors.js';
import { decideReview, loadAndAuthorize, type ReviewResult } from './decide.js';

export const ApproveReviewInput = z.object({
  draftId: z.string().uuid(),
  version: z.number().int().positive(),
  reviewer: z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'expected a Slack user id like U012ABCDEF'),
  actor: Actor,
});
export type ApproveReviewInput = z.infer<typeof ApproveReviewInput>;

export async function approveReview(deps: Pick<Deps, 'db' | 'now'>, input: ApproveReviewInput): Promise<ReviewResult> {
  const p = ApproveReviewInput.safeParse(input);
  if (!p.success) throw new AppError('BAD_REQUEST', 'invalid approval', { errors: zodFieldErrors(p.error.issues) });
  const loaded = await loadAndAuthorize(deps, p.data.draftId, p.data.reviewer, p.data.actor, 'approve');
  return decideReview(deps, loaded, { ...p.data, kind: 'approve' });
}
