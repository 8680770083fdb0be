/**
 * Demo scene "review": a scripted reviewer works the pending queue through the CLI code path
 * (the same verbs as the Slack buttons): approves clean drafts, rejects drafts of the flawed
 * template `tpl-flawed` with reason category factual_error, and edits one. Each draft is decided
 * by its account owner (a permitted approver), exactly as a rep in Slack would; a two-person draft
 * then gets its second approval from a sales lead of the demo policy's approver group. Only final
 * decisions are counted: a first approval of a two-person draft is not an approval.
 */
import type { Deps } from '../../deps.js';
import { listPendingReviews } from '../../review/list-pending.js';
import { reviewApprove, reviewEdit, reviewReject } from '../commands/review.js';
import { finalText } from '../../review/decide.js';
import { isAppError } from '../../lib/errors.js';
import { DEMO_LEADS } from './policy.js';

export interface ReviewSceneContext {
  /** Template whose drafts the reviewer rejects. */
  flawedTemplate?: string;
  limit?: number;
}

export async function reviewScene(deps: Deps, out: (line: string) => void, ctx: ReviewSceneContext = {}): Promise<{ approved: number; edited: number; rejected: number; skipped: number; waiting: number }> {
  const flawed = ctx.flawedTemplate ?? 'tpl-flawed';
  const pending = await listPendingReviews(deps, { limit: ctx.limit ?? 500 });
  out('');
  out(`review: ${pending.length} draft(s) waiting; a scripted reviewer works them via \`draftgate review\` (oldest first)`);
  const n = { approved: 0, edited: 0, rejected: 0, skipped: 0, waiting: 0 };
  const quiet = () => {};
  for (const { draft, account } of pending) {
    const as = account.ownerSlackId;
    if (!as) {
      n.skipped++;
      continue;
    }
    try {
      if (draft.templateId === flawed) {
        const r = await reviewReject(deps, { id: draft.id, as, reasonCategory: 'factual_error', reason: 'the template cites a product capability we do not have' }, quiet);
        if (r.ok) n.rejected++;
      } else if (n.edited === 0 && !draft.findings.some((f) => f.severity === 'critical')) {
        const text = finalText(draft);
        const r = await reviewEdit(deps, { id: draft.id, as, body: `${text.body.trimEnd()}\n\nP.S. Happy to send a short summary first if that is easier.` }, quiet);
        if (r.ok) {
          n.edited++;
          out(`  edited ${draft.id} as ${as} → version ${r.draft.version}; diff stored with the review`);
        }
      } else {
        let r = await reviewApprove(deps, { id: draft.id, as }, quiet);
        // Two-person rule: a sales lead (not the owner) gives the second approval.
        const second = DEMO_LEADS.find((lead) => lead !== as);
        if (r.ok && r.decision === 'first_approval' && second !== undefined) r = await reviewApprove(deps, { id: draft.id, as: second }, quiet);
        if (r.ok && r.decision === 'approved') n.approved++;
        else if (r.ok && r.decision === 'first_approval') n.waiting++;
      }
    } catch (e) {
      if (!isAppError(e)) throw e;
      n.skipped++;
      out(`  ${draft.id}: ${e.message}`);
    }
  }
  out(`review: approved ${n.approved}, edited ${n.edited}, rejected ${n.rejected} (${flawed}, factual_error), skipped ${n.skipped}${n.waiting ? `, ${n.waiting} still waiting for a second approver` : ''} (final decisions only)`);
  return n;
}
