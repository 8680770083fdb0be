/**
 * Sampling of low-tier drafts and per-template switching rules after ISO 2859-1.
 *
 * Switching (trust is earned with evidence and lost fast):
 *   normal    → tightened  when `tighten_after.rejections` of the last `tighten_after.of_last`
 *                          sampled reviews were rejections;
 *   tightened → normal     after `relax_after_clean` consecutive clean reviews (ISO: 5 accepted);
 *   normal    → reduced    after `reduce_after_clean` consecutive clean reviews;
 *   reduced   → normal     on any rejection.
 * "Clean" = approved unchanged. An edit is a minor defect: it breaks a clean run but does not
 * count as a rejection.
 *
 * Determinism: `isSampled` hashes `${policyVersion}:${draftId}` with SHA-256 (node:crypto, a pure
 * function of its input) and compares the first 32 bits to the rate, so any decision can be
 * recomputed from the audit trail, even in SQL: in Postgres,
 * `('x' || left(encode(sha256(convert_to(v || ':' || id, 'UTF8')), 'hex'), 8))::bit(32)::bigint / 4294967296.0 < rate`.
 */
import { createHash } from 'node:crypto';
import type { Policy } from './schema.js';

export type TemplateState = 'normal' | 'tightened' | 'reduced';
export type ReviewOutcome = 'approve' | 'edit' | 'reject';

export interface TemplateHistory {
  /** Drafts of this template seen before the current one (drives new-template probation). */
  seen: number;
  state: TemplateState;
  /** Outcomes of the most recent sampled reviews, oldest first (at most `of_last`). */
  recentSampled: ReviewOutcome[];
  /** Consecutive clean reviews since the last edit or rejection. */
  cleanRun: number;
}

export function newTemplateHistory(): TemplateHistory {
  return { seen: 0, state: 'normal', recentSampled: [], cleanRun: 0 };
}

/** The history after one more draft of the template was received. */
export function countTemplateDraft(h: TemplateHistory): TemplateHistory {
  return { ...h, seen: h.seen + 1 };
}

/** The history after a reviewed draft of the template got `outcome`. */
export function nextTemplateHistory(h: TemplateHistory, outcome: ReviewOutcome, policy: Policy): TemplateHistory {
  const { tighten_after, reduce_after_clean, relax_after_clean } = policy.sampling;
  const recentSampled = [...h.recentSampled, outcome].slice(-tighten_after.of_last);
  const cleanRun = outcome === 'approve' ? h.cleanRun + 1 : 0;
  const rejections = recentSampled.filter((o) => o === 'reject').length;
  let state = h.state;
  if (h.state === 'reduced') {
    if (outcome === 'reject') state = 'normal';
  } else if (h.state === 'tightened') {
    if (cleanRun >= relax_after_clean) state = 'normal';
  } else if (rejections >= tighten_after.rejections) {
    state = 'tightened';
  } else if (cleanRun >= reduce_after_clean) {
    state = 'reduced';
  }
  // On leaving tightened the old rejections must not immediately tighten again.
  const carried = h.state === 'tightened' && state === 'normal' ? [] : recentSampled;
  // Entering normal from reduced restarts the clean run; entering reduced keeps counting.
  return { seen: h.seen, state, recentSampled: carried, cleanRun: state !== h.state && state !== 'reduced' ? 0 : cleanRun };
}

export function sampleRateFor(h: TemplateHistory, policy: Policy): number {
  const s = policy.sampling;
  if (h.state === 'tightened') return s.tightened_rate;
  if (h.state === 'reduced') return s.floor_rate;
  return s.base_rate;
}

/** The draw in [0, 1) of a draft under a policy version: first 32 bits of SHA-256. */
export function sampleDraw(draftId: string, policyVersion: number): number {
  const digest = createHash('sha256').update(`${policyVersion}:${draftId}`, 'utf8').digest();
  return digest.readUInt32BE(0) / 4294967296;
}

export function isSampled(draftId: string, policyVersion: number, rate: number): boolean {
  if (rate >= 1) return true;
  if (rate <= 0) return false;
  return sampleDraw(draftId, policyVersion) < rate;
}
