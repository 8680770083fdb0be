/**
 * Demo scene "review": a scripted reviewer works the pending queue through the CLI code path
 * (the same verbs as the Slack buttons): approves clean drafts, rejects drafts of the flawed
 * template `tpl-flawed` with reason category factual_error, and edits one. Each draft is decided
 * by its account owner (a permitted approver), exactly as a rep in Slack would; a two-person draft
 * then gets its second approval from a sales lead of the demo policy's approver group. Only final
 * decisions are counted: a first approval of a two-person draft is not an approval.
 *
 * Review timing is real, not made up: the demo has no Slack, so the cards reach the reviewers
 * through `presentReviews` (the same `posted_at` stamp the Slack post worker sets when it posts a
 * card), and every decision is timed by the review verbs from that stamp on the real clock. One
 * owner, DEMO_FAST_REVIEWER, approves the moment the cards arrive — faster than the policy's
 * reading speed allows for the draft, so the verbs flag those approvals `fast_approval` (the
 * console's Reviewers page: the rubber stamp). Every other reviewer decides a draft only after
 * reading time for it has passed since its card arrived (the scene waits when it must, a few
 * seconds at most, since the queue is worked while the clock runs).
 */
import type { Deps } from '../../deps.js';
import { listPendingReviews } from '../../review/list-pending.js';
import { presentReviews } from '../../review/present-reviews.js';
import { readingSeconds } from '../../review/authorize.js';
import { getActivePolicy } from '../../policy-store/store.js';
import { systemActor } from '../../audit/actor.js';
import { reviewApprove, reviewEdit, reviewReject } from '../commands/review.js';
import { finalText } from '../../review/decide.js';
import { isAppError } from '../../lib/errors.js';
import { DEMO_LEADS } from './policy.js';

/** The demo's rubber stamp: approves as soon as a card arrives, without reading it. */
export const DEMO_FAST_REVIEWER = 'U0REP0007';

export interface ReviewSceneContext {
  /** Template whose drafts the reviewer rejects. */
  flawedTemplate?: string;
  limit?: number;
  /** The owner who approves without reading (default DEMO_FAST_REVIEWER). */
  fastReviewer?: string;
}

export interface ReviewSceneResult {
  approved: number;
  edited: number;
  rejected: number;
  skipped: number;
  waiting: number;
  /** Approvals (first or final) the review verbs flagged as faster than reading speed. */
  fastApprovals: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function reviewScene(deps: Deps, out: (line: string) => void, ctx: ReviewSceneContext = {}): Promise<ReviewSceneResult> {
  const flawed = ctx.flawedTemplate ?? 'tpl-flawed';
  const fastReviewer = ctx.fastReviewer ?? DEMO_FAST_REVIEWER;
  const pending = await listPendingReviews(deps, { limit: ctx.limit ?? 500 });
  const { policy } = await getActivePolicy(deps.db);
  const wpm = policy.review.reading_words_per_minute;
  out('');
  out(`review: ${pending.length} draft(s) waiting; a scripted reviewer works them via \`draftgate review\` (oldest first)`);
  // The cards reach their reviewers now (no Slack in the demo): posted_at is stamped as a post would.
  const shown = await presentReviews(deps, { draftIds: pending.map((p) => p.draft.id), actor: systemActor('demo'), via: 'demo' });
  const postedAt = new Map(shown.presented.map((p) => [p.draftId, p.postedAt.getTime()]));
  out(`review: ${shown.presented.length} card(s) presented to their reviewers (posted_at stamped; time to decide counts from here); ${fastReviewer} approves without reading`);
  const n: ReviewSceneResult = { approved: 0, edited: 0, rejected: 0, skipped: 0, waiting: 0, fastApprovals: 0 };
  const quiet = () => {};
  type Approval = Awaited<ReturnType<typeof reviewApprove>>;
  const countFast = (r: Approval) => {
    if (r.ok && r.fastApproval) n.fastApprovals++;
  };
  /** The final decision of an approval round: approved, or still waiting for a second approver. */
  const countDecision = (r: Approval) => {
    if (r.ok && r.decision === 'approved') n.approved++;
    else if (r.ok && r.decision === 'first_approval') n.waiting++;
  };
  /** A refusal (an AppError) skips the draft and says why; anything else is a bug and throws. */
  const orSkip = async (draftId: string, act: () => Promise<void>) => {
    try {
      await act();
    } catch (e) {
      if (!isAppError(e)) throw e;
      n.skipped++;
      out(`  ${draftId}: ${e.message}`);
    }
  };
  /** A careful reviewer decides only once reading time for the draft has passed since its card arrived. */
  const read = async (draft: (typeof pending)[number]['draft'], body?: string) => {
    const since = postedAt.get(draft.id) ?? draft.postedAt?.getTime();
    if (since === undefined) return;
    const text = finalText(draft);
    const due = since + Math.ceil(readingSeconds(`${text.subject} ${body ?? text.body}`, wpm) * 1200) + 250;
    const wait = due - deps.now().getTime();
    if (wait > 0) await sleep(wait);
  };
  // The rubber stamp goes first (the moment the cards arrive); a second approver still reads.
  const order = [...pending.filter((p) => p.account.ownerSlackId === fastReviewer), ...pending.filter((p) => p.account.ownerSlackId !== fastReviewer)];
  const seconds: Array<(typeof pending)[number]['draft']> = [];
  for (const { draft, account } of order) {
    const as = account.ownerSlackId;
    if (!as) {
      n.skipped++;
      continue;
    }
    const fast = as === fastReviewer;
    await orSkip(draft.id, async () => {
      const editing = !fast && draft.templateId !== flawed && n.edited === 0 && !draft.findings.some((f) => f.severity === 'critical');
      const edited = editing ? `${finalText(draft).body.trimEnd()}\n\nP.S. Happy to send a short summary first if that is easier.` : undefined;
      // Reading the final text (an edit is read too) takes time; only then the decision.
      if (!fast) await read(draft, edited);
      if (draft.templateId === flawed) {
        const r = await reviewReject(deps, { id: draft.id, as, reasonCategory: 'factual_error', reason: 'the template cites a product capability we do not have' }, quiet);
        if (r.ok) n.rejected++;
      } else if (edited !== undefined) {
        const r = await reviewEdit(deps, { id: draft.id, as, body: edited }, quiet);
        if (r.ok) {
          n.edited++;
          out(`  edited ${draft.id} as ${as} → version ${r.draft.version}; diff stored with the review`);
        }
      } else {
        let r = await reviewApprove(deps, { id: draft.id, as }, quiet);
        countFast(r);
        // Two-person rule: a sales lead (not the owner) gives the second approval, after reading.
        const second = DEMO_LEADS.find((lead) => lead !== as);
        if (r.ok && r.decision === 'first_approval' && second !== undefined) {
          if (fast) {
            seconds.push(draft);
            return;
          }
          r = await reviewApprove(deps, { id: draft.id, as: second }, quiet);
          countFast(r);
        }
        countDecision(r);
      }
    });
  }
  // Second approvals of the rubber stamp's two-person drafts: the lead reads first.
  for (const draft of seconds) {
    const second = DEMO_LEADS.find((lead) => lead !== fastReviewer)!;
    await orSkip(draft.id, async () => {
      await read(draft);
      const r = await reviewApprove(deps, { id: draft.id, as: second }, quiet);
      countFast(r);
      countDecision(r);
    });
  }
  out(`review: approved ${n.approved}, edited ${n.edited}, rejected ${n.rejected} (${flawed}, factual_error), skipped ${n.skipped}${n.waiting ? `, ${n.waiting} still waiting for a second approver` : ''} (final decisions only)`);
  out(`review: ${n.fastApprovals} approval(s) flagged fast (decided sooner after the card arrived than reading the draft takes at ${wpm} words/min)`);
  return n;
}
