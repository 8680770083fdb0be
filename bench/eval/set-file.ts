/**
 * One writer's set file (bench/eval/sets/*.json) scored by its shape, for `score-sets.ts` and the
 * detect benchmark's never-read figures:
 *
 *   { "emails": [{ "kind", "subject", "body", "problem" }] }   problem emails (scoreProblemEmails)
 *   { "emails": [{ "subject", "body" }] }                       whole clean emails (scoreEmails)
 *   { "tone": [...], "clean": [...], … }                        sentences in clean drafts (scoreHandwritten)
 *
 * Any shape may name its seller, `"seller": { "company": "Brightwell", "domain": "brightwell.io" }`:
 * the emails are scanned under a policy naming that company and domain as ours (Ourco, ourco.com
 * when it names none).
 */
import type { EvalBook } from './book.js';
import type { LabelledDraft } from './generate.js';
import { scoreHandwritten, type HandwrittenScores } from './handwritten.js';
import { sellerPolicy, type Seller, scoreEmails, scoreProblemEmails, type EmailScores, type EmailSet, type ProblemEmailScores, type ProblemEmailSet } from './emails.js';

export type ScoredSetFile =
  | { shape: 'problem'; scores: ProblemEmailScores }
  | { shape: 'clean'; scores: EmailScores }
  | { shape: 'sentences'; scores: HandwrittenScores };

export function scoreSetFile(data: Record<string, unknown>, evalBook: EvalBook, train: readonly LabelledDraft[]): ScoredSetFile {
  const emails = data.emails as Array<Record<string, unknown>> | undefined;
  if (Array.isArray(emails) && typeof emails[0]?.kind === 'string') {
    return { shape: 'problem', scores: scoreProblemEmails(data as unknown as ProblemEmailSet, evalBook, train) };
  }
  if (Array.isArray(emails)) return { shape: 'clean', scores: scoreEmails(data as unknown as EmailSet, evalBook, train) };
  const sets: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(data)) if (Array.isArray(v)) sets[k] = v as string[];
  return { shape: 'sentences', scores: scoreHandwritten(sets, evalBook, train, sellerPolicy(evalBook, data.seller as Seller | undefined)) };
}
