/**
 * A small hand-written check beside the generated holdout (bench/eval/handwritten.json): single
 * sentences of each kind, and clean sentences, each placed as the third paragraph of a clean
 * train draft. It measures what the generator cannot: phrasings from a different writer.
 */
import { readFileSync } from 'node:fs';
import { buildBook } from '../../src/detect/book.js';
import { scanDraft } from '../../src/detect/scan.js';
import type { Account } from '../../src/detect/types.js';
import type { EvalBook } from './book.js';
import type { LabelledDraft } from './generate.js';

interface HandwrittenFile {
  note: string;
  /** Sets whose misses reached a rule writer: regression checks, no longer a measure. */
  spent: string[];
  [set: `set${number}`]: Record<string, string[]>;
}

export interface HandwrittenScores {
  /** Caught / written, per kind; `clean` is the share of clean sentences with no warn or critical finding. */
  recall: Record<string, number>;
  sentences: Record<string, number>;
  misses: string[];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function loadHandwritten(): HandwrittenFile {
  return JSON.parse(readFileSync(new URL('./handwritten.json', import.meta.url), 'utf8')) as HandwrittenFile;
}

export function scoreHandwritten(sentences: Record<string, string[]>, evalBook: EvalBook, train: readonly LabelledDraft[], policy: EvalBook['policy'] = evalBook.policy): HandwrittenScores {
  const book = buildBook(evalBook.accounts.map((a) => a.account), { sensitiveFields: policy.sensitive_fields });
  const carriers = train.filter((d) => d.expected.kinds.length === 0 && !d.traps.includes('verified_fact')).slice(0, 60);
  if (carriers.length === 0) throw new Error('no clean train drafts to carry the hand-written sentences');
  const recall: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const misses: string[] = [];
  let next = 0;
  for (const [kind, list] of Object.entries(sentences)) {
    let caught = 0;
    for (const raw of list) {
      const carrier = carriers[next++ % carriers.length] as LabelledDraft;
      const account = book.get(carrier.draft.account_id) as Account;
      const sentence = raw.replaceAll('{NAME}', account.name);
      // Under another sender (the writers' Ourco) the carrier speaks as that sender too.
      const own = evalBook.policy.sender.company;
      const body = policy.sender.company === own || own === '' ? carrier.draft.body : carrier.draft.body.replaceAll(own, policy.sender.company);
      const paragraphs = body.split('\n\n');
      paragraphs.splice(2, 0, sentence);
      const findings = scanDraft({ ...carrier.draft, body: paragraphs.join('\n\n') }, account, book, policy);
      // Caught means reported at warn or critical: an info finding is shown in the card but sets no tier.
      const ok = kind === 'clean' ? !findings.some((f) => f.severity !== 'info') : findings.some((f) => f.kind === kind && f.severity !== 'info');
      if (ok) caught++;
      // A false alarm names the rules that raised it.
      else misses.push(kind === 'clean' ? `${kind}: ${sentence}  [${[...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.rule))].join(', ')}]` : `${kind}: ${sentence}`);
    }
    recall[kind] = round3(caught / Math.max(1, list.length));
    counts[kind] = list.length;
  }
  return { recall, sentences: counts, misses };
}
