/**
 * Two readings from the eighteenth session's development sets. A claim put as the premise of
 * advice ("With your headcount doubling this year, I'd suggest…") is read by the sentence model on
 * its opening clause, so the advice after the comma cannot veto it (QF: account managers writing
 * to customers). A number labelled as an order or invoice just before it is a reference, unless a
 * card word is near (set 63: "Your order number is 4539-1488-0343-6467").
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
const book = buildBook([account]);

function kinds(sentence: string): string[] {
  const body = `Hi Dana,\n\n${sentence}\n\nBest,\nSam`;
  return scanDraft({ subject: 'Your account', body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, testPolicy())
    .filter((f) => f.severity !== 'info').map((f) => f.kind);
}

describe('a claim put as the premise of advice', () => {
  it.each([
    "With your headcount doubling this year, I'd suggest we move you from per-seat pricing to our band pricing.",
    "Now that you've opened the new Leeds depot, I've reserved 25 tracking units so they can ship as soon as you confirm.",
    "Following the closure of your Phoenix branch, you'll have around 18 licences no longer in use.",
  ])('is a claim: %s', (s) => {
    expect(kinds(s)).toContain('unverified_claim');
  });

  it.each([
    "With over 2,000 customers on Ourco, we've seen every kind of rollout.",
    "Now that our team has passed 200 engineers, we've opened a Dublin office.",
    "With the seven of you on the plan, I'd suggest the team tier.",
  ])('our own news or the reader\'s own count is not: %s', (s) => {
    expect(kinds(s)).not.toContain('unverified_claim');
  });
});

describe('a card-shaped number with a label', () => {
  it('is a reference when labelled as an order, invoice or ticket', () => {
    expect(kinds('Your order number is 4539-1488-0343-6467, in case finance asks.')).not.toContain('pii');
    expect(kinds('Invoice # 4539 1488 0343 6467 is attached.')).not.toContain('pii');
  });

  it('is a card without a label, or with a card word near', () => {
    expect(kinds('My number is 4539-1488-0343-6467.')).toContain('pii');
    expect(kinds('Order number 4539-1488-0343-6467, paid with the Visa ending 6467.')).toContain('pii');
  });
});
