/**
 * The target's own contract value written rounded is still its contract value: "your ~$73k
 * contract" for 73,250. Other accounts' values are never read rounded (chance over a big book),
 * nor are figures more than 5% off, our public prices, or round figures without price words.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { ACME_ANALYTICS, ACME_LOGISTICS, makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const policy = testPolicy();
const book = buildBook([ACME_ANALYTICS, ACME_LOGISTICS, makeAccount({ id: 'glob', name: 'Globex Corporation', sensitive: { contract_value: '45100' } })], { sensitiveFields: policy.sensitive_fields });

function sensitive(body: string, account = ACME_LOGISTICS) {
  const draft = { account_id: account.id, to: { email: `pat@${account.domain}`, name: 'Pat Lee' }, from: 'sam@ourco.com', subject: 'Idea', body: `Hi Pat,\n\n${body}\n\nBest,\nSam` };
  return scanDraft(draft, account, book, policy).filter((f) => f.kind === 'sensitive_field');
}

describe('the target contract value, rounded', () => {
  it.each([
    'Your ~$73k contract already covers the seats.',
    'At roughly $73,000 a year, the add-on is a small step up from your contract.',
    'Since you pay about 73 thousand dollars today, the upgrade is modest.',
    'Your renewal at around $72.5k is coming up.',
    'With a contract of just under $73k, you qualify.',
  ])('fires: %s', (body) => {
    const found = sensitive(body);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/rounded/);
  });

  it.each([
    'Teams your size usually land near $60k.', // more than 5% off
    'Our plan lists at $48,000 for the year.', // a public price (and Acme Analytics' exact value is another account's)
    'We raised $73 million last year.', // a different magnitude
    'The report covered 73,000 shipments.', // not money
    'A customer of ours reached $73k in new pipeline within a quarter.', // no price words, no approximation
  ])('passes: %s', (body) => {
    expect(sensitive(body)).toEqual([]);
  });

  it('another account\'s value is never read rounded', () => {
    // Globex pays 45,100; "about $45k" in a draft to Acme Logistics says nothing about Globex.
    expect(sensitive('Most contracts start at about $45k.')).toEqual([]);
  });
});
