/**
 * Who may decide a draft (pure). Permitted approvers: the account owner, members of any of the
 * policy's review.approver_groups, and the policy owners. Everyone else is refused (and audited
 * by the caller).
 */
import type { Policy } from '../policy/schema.js';

export function canReview(policy: Policy, account: { ownerSlackId: string | null }, userId: string): boolean {
  if (account.ownerSlackId && account.ownerSlackId === userId) return true;
  if (policy.owners.includes(userId)) return true;
  return Object.values(policy.review.approver_groups).some((members) => members.includes(userId));
}

/** Seconds a reader needs for `text` at `wpm` words per minute. */
export function readingSeconds(text: string, wpm: number): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return (words / wpm) * 60;
}
