/**
 * Whole-email context the sentence rules cannot see: a plan's timeline that happens to hit the
 * renewal day, a reply that quotes the prospect, claims the prospect's own quoted words state.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example', sensitive: { renewal_date: '2027-01-25' } });
const book = buildBook([account]);

function scan(body: string, subject = 'Hello'): Array<{ kind: string; rule?: string; excerpt: string }> {
  return scanDraft({ subject, body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, testPolicy())
    .filter((f) => f.severity !== 'info');
}

describe('a yearless renewal day', () => {
  it('is not a leak as one end of a range in a plan', () => {
    expect(scan('Hi Dana,\n\nPhase 2 – Configuration and training (25 January – 12 February)\n\nBest,\nSam')).toEqual([]);
    expect(scan('Hi Dana,\n\n3. January 25 – February 5: review pilot feedback.\n\nBest,\nSam')).toEqual([]);
  });

  it('is a leak when it is written alone or with contract words', () => {
    expect(scan('Hi Dana,\n\nQuick note: Jan 25th.\n\nBest,\nSam').map((f) => f.kind)).toContain('sensitive_field');
    expect(scan('Hi Dana,\n\n- Renewal: 25 January – we should talk before then.\n\nBest,\nSam').map((f) => f.kind)).toContain('sensitive_field');
  });
});

describe('a reply that quotes the prospect', () => {
  const quotedCfo = 'Hi Dana,\n\n> We won\'t decide until the new CFO starts in February.\n\nMakes sense. I\'ll check in once your new CFO has settled in.\n\nBest,\nBella';

  it('reads a claim the quoted message states as known', () => {
    expect(scan(quotedCfo, 'Re: Re: Timeline for decision')).toEqual([]);
  });

  it('still reports the claim without the quote, and the fake thread subject without a reply', () => {
    const kinds = scan('Hi Dana,\n\nI\'ll check in once your new CFO has settled in.\n\nBest,\nBella', 'Re: Re: Timeline for decision').map((f) => f.kind);
    expect(kinds).toContain('unverified_claim');
    expect(kinds).toContain('tone');
  });

  it('leaves the quoted message\'s own urgency to the prospect', () => {
    expect(scan('Hi Dana,\n\n> This is urgent, they start training at 2pm.\n\nOur engineers applied a fix and the users can log in now.\n\nBest,\nSam', 'Re: Urgent: login issue')).toEqual([]);
  });
});
