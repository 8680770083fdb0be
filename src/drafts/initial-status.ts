/**
 * The first status of a stored draft, decided from its tier (pure): blocked stays blocked; high
 * tier or sampled waits for a person; the rest is auto-approved by the active policy.
 */
export type InitialStatus = 'blocked' | 'pending_review' | 'approved';

export function initialStatus(t: { tier: 'blocked' | 'high' | 'low'; sampled: boolean }): InitialStatus {
  if (t.tier === 'blocked') return 'blocked';
  return t.tier === 'high' || t.sampled ? 'pending_review' : 'approved';
}
