/**
 * A small hand-written check beside the generated holdout (bench/eval/handwritten.json): single
 * sentences of each kind, and clean sentences, each placed as the third paragraph of a clean
 * train draft. It measures what the generator cannot: phrasings from a different writer.
 */
import { readFileSync } from 'node:fs';
import { buildBook } from '../../src/detect/book.js';
import { scanDraft } from '../../src/detect/scan.js';
import type { Account, Finding } from '../../src/detect/types.js';
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

/** One set sentence as the scorers place it: the third paragraph of a clean train draft to its account (a "Subject: …" line: its subject). */
export interface PlacedSentence {
  kind: string;
  sentence: string;
  account: Account;
  findings: Finding[];
}

/**
 * Every sentence of a set placed and scanned, in order: carriers are the first 60 clean train
 * drafts without a verified fact, taken in turn; under another sender (the writers' Ourco) the
 * carrier speaks as that sender too.
 */
export function* placeSentences(sentences: Record<string, string[]>, evalBook: EvalBook, train: readonly LabelledDraft[], policy: EvalBook['policy'] = evalBook.policy): Generator<PlacedSentence> {
  const book = buildBook(evalBook.accounts.map((a) => a.account), { sensitiveFields: policy.sensitive_fields });
  const carriers = train.filter((d) => d.expected.kinds.length === 0 && !d.traps.includes('verified_fact')).slice(0, 60);
  if (carriers.length === 0) throw new Error('no clean train drafts to carry the hand-written sentences');
  const own = evalBook.policy.sender.company;
  const speakAs = (body: string): string => (policy.sender.company === own || own === '' ? body : body.replaceAll(own, policy.sender.company));
  let next = 0;
  for (const [kind, list] of Object.entries(sentences)) {
    for (const raw of list) {
      const carrier = carriers[next++ % carriers.length] as LabelledDraft;
      const account = book.get(carrier.draft.account_id) as Account;
      const sentence = raw.replaceAll('{NAME}', account.name);
      // A line the writer gave as "Subject: …" is the carrier's subject, where the subject rules
      // read it (as a body paragraph it would be a leaked draft header, not the writer's meaning).
      const subject = /^subject:\s*(.+)$/is.exec(sentence.trim())?.[1];
      if (subject !== undefined) {
        yield { kind, sentence, account, findings: scanDraft({ ...carrier.draft, subject, body: speakAs(carrier.draft.body) }, account, book, policy) };
        continue;
      }
      const paragraphs = speakAs(carrier.draft.body).split('\n\n');
      paragraphs.splice(2, 0, sentence);
      yield { kind, sentence, account, findings: scanDraft({ ...carrier.draft, body: paragraphs.join('\n\n') }, account, book, policy) };
    }
  }
}

export function scoreHandwritten(sentences: Record<string, string[]>, evalBook: EvalBook, train: readonly LabelledDraft[], policy: EvalBook['policy'] = evalBook.policy): HandwrittenScores {
  const counts: Record<string, number> = Object.fromEntries(Object.entries(sentences).map(([k, list]) => [k, list.length]));
  const caught: Record<string, number> = {};
  const misses: string[] = [];
  for (const { kind, sentence, findings } of placeSentences(sentences, evalBook, train, policy)) {
    // Caught means reported at warn or critical: an info finding is shown in the card but sets no tier.
    const ok = kind === 'clean' ? !findings.some((f) => f.severity !== 'info') : findings.some((f) => f.kind === kind && f.severity !== 'info');
    if (ok) caught[kind] = (caught[kind] ?? 0) + 1;
    // A false alarm names the rules that raised it.
    else misses.push(kind === 'clean' ? `${kind}: ${sentence}  [${[...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.rule))].join(', ')}]` : `${kind}: ${sentence}`);
  }
  const recall = Object.fromEntries(Object.keys(counts).map((k) => [k, round3((caught[k] ?? 0) / Math.max(1, counts[k] as number))]));
  return { recall, sentences: counts, misses };
}
