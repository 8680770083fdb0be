/**
 * editReview: approve with the reviewer's final text. The edited text is scanned again first; a
 * critical finding refuses the edit (UNPROCESSABLE, field errors on subject/body) and nothing is
 * written. Otherwise the version is bumped and the diff stored with the review.
 */
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { Actor } from '../audit/actor.js';
import { AppError, type FieldError, parseInput } from '../lib/errors.js';
import { scanDraft } from '../detect/scan.js';
import { decideReview, finalText, loadAndAuthorize, type ReviewResult } from './decide.js';
import { loadBook, rowToAccount } from '../accounts/book.js';
import { draftDiff } from './diff.js';
import { SlackUserId } from '../lib/slack-ids.js';

export const EditReviewInput = z.object({
  draftId: z.string().uuid(),
  version: z.number().int().positive(),
  reviewer: SlackUserId,
  actor: Actor,
  subject: z.string().trim().min(1, 'subject is empty').max(998),
  body: z.string().min(1, 'body is empty').max(100_000),
});
export type EditReviewInput = z.infer<typeof EditReviewInput>;

export async function editReview(deps: Pick<Deps, 'db' | 'now'>, input: EditReviewInput): Promise<ReviewResult> {
  const p = parseInput(EditReviewInput, input, 'edit');
  const loaded = await loadAndAuthorize(deps, p.draftId, p.reviewer, p.actor, 'edit');
  const { draft, account, policy } = loaded;
  const final = { subject: p.subject, body: p.body };
  const book = await loadBook(deps.db, policy.sensitive_fields);
  const findings = scanDraft(
    { subject: final.subject, body: final.body, to: { email: draft.toEmail, name: draft.toName ?? undefined }, from: draft.fromMailbox, workflow: draft.workflow, template_id: draft.templateId, prompt: draft.prompt ?? undefined },
    rowToAccount(account),
    book,
    policy,
  );
  const critical = findings.filter((f) => f.severity === 'critical');
  if (critical.length) {
    const errors: FieldError[] = critical.map((f) => ({ path: f.field === 'subject' ? 'subject' : 'body', message: `${f.kind}: "${f.excerpt}"${f.message ? ` — ${f.message}` : ''}` }));
    throw new AppError('UNPROCESSABLE', 'the edited text has a critical finding; nothing was changed', { errors, findings: critical });
  }
  return decideReview(deps, loaded, {
    ...p,
    kind: 'edit',
    final,
    diff: draftDiff(finalText(draft), final),
    data: { findings_after_edit: findings.map((f) => ({ kind: f.kind, severity: f.severity, excerpt: f.excerpt })) },
  });
}
