/**
 * A CRM note restated in other words (sensitive.note-paraphrase): the target's notes and those of
 * accounts the draft names, never the rest of the book; common sales words never make a match.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { ACME_ANALYTICS, ACME_LOGISTICS, makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const policy = testPolicy();
const book = buildBook([ACME_ANALYTICS, ACME_LOGISTICS], { sensitiveFields: policy.sensitive_fields });

function paraphrases(body: string, account = ACME_ANALYTICS, b = book) {
  const draft = { account_id: account.id, to: { email: `pat@${account.domain}`, name: 'Pat Lee' }, from: 'sam@ourco.com', subject: 'Idea', body: `Hi Pat,\n\n${body}\n\nBest,\nSam` };
  return scanDraft(draft, account, b, policy).filter((f) => f.rule === 'sensitive.note-paraphrase');
}

describe('a note restated in other words', () => {
  // Acme Analytics: "CFO is pushing back hard on budget after the reorg and may churn at renewal";
  // "Champion Dana prefers phone calls and dislikes long slide decks".
  it.each([
    'I know your CFO has been pushing back on budget since the reorg.',
    'Given the reorg, I understand there is some risk you churn at renewal.',
    'Dana mentioned she dislikes slide decks, so I will call instead.',
    'Knowing you prefer phone calls to long decks, I kept this short.',
  ])('fires on the target\'s note: %s', (body) => {
    const found = paraphrases(body);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warn');
    expect(found[0]!.excerpt).toBe(body);
  });

  it.each([
    'Happy to send a short deck or jump on a call, whichever you prefer.',
    'Most teams review budget before renewal; we can fit your cycle.',
    'Our champions program gives every customer a named contact.',
    'After a reorg, teams often revisit their tools.',
  ])('passes ordinary sales text: %s', (body) => {
    expect(paraphrases(body)).toEqual([]);
  });

  it('reads another account\'s note only when the draft names that account', () => {
    // Acme Logistics: "Procurement froze all new vendor spend until the audit closes".
    const sentence = 'Procurement froze vendor spend until the audit wraps up, I hear.';
    expect(paraphrases(sentence)).toEqual([]);
    expect(paraphrases(`Acme Logistics is in a similar spot. ${sentence}`)).toHaveLength(1);
    expect(paraphrases(sentence, ACME_LOGISTICS)).toHaveLength(1);
  });

  it('a copied run is reported once, as the copy', () => {
    const body = 'Champion Dana prefers phone calls and dislikes long slide decks, right?';
    const all = scanDraft({ account_id: ACME_ANALYTICS.id, to: { email: 'pat@acmeanalytics.com', name: 'Pat Lee' }, from: 'sam@ourco.com', subject: 'Idea', body }, ACME_ANALYTICS, book, policy)
      .filter((f) => f.kind === 'sensitive_field');
    expect(all.map((f) => f.rule)).toEqual(['sensitive.crm-values']);
  });

  it('in a big book, a word many notes use is not distinctive', () => {
    // 120 notes say "escalated"; it cannot be one of the two distinctive words any more.
    const many = Array.from({ length: 120 }, (_, i) => makeAccount({ id: `n${i}`, name: `Northwind ${i}`, sensitive: { deal_risk_notes: `They escalated the outage ticket number ${i} to their regional director` } }));
    const target = makeAccount({ id: 't', name: 'Target Co', sensitive: { deal_risk_notes: 'They escalated twice about slow invoices and threatened to leave' } });
    const big = buildBook([target, ...many], { sensitiveFields: policy.sensitive_fields });
    expect(paraphrases('Sorry again about the slow invoices you escalated twice.', target, big)).toHaveLength(1);
    expect(paraphrases('If anything slow comes up, it can be escalated to me.', target, big)).toEqual([]);
  });
});

describe('how notes are written', () => {
  const target = makeAccount({ id: 'q', name: 'Quarter Co', domain: 'quarterco.com', sensitive: { deal_risk_notes: 'Hard budget freeze until Q2; champion Lena may leave in March' } });
  const b = buildBook([target, ACME_ANALYTICS], { sensitiveFields: policy.sensitive_fields });
  it.each([
    'I understand there is a budget freeze until Q2.',
    'I hear budgets are frozen until Q2 on your side.',
  ])('a period ("Q2") and an irregular form ("frozen") count as the note\'s words: %s', (body) => {
    expect(paraphrases(body, target, b)).toHaveLength(1);
  });

  it.each([
    'We plan our Q2 budget in April.',
    'Happy to revisit in Q2 when budgets open up.',
    'Budgets freeze every December for us too.',
  ])('a period or a shared word alone is not a restatement: %s', (body) => {
    expect(paraphrases(body, target, b)).toEqual([]);
  });
});

describe('a CRM percentage written in words', () => {
  // Acme Analytics' discount_pct is 22.
  const sensitive = (body: string) => scanDraft({ account_id: ACME_ANALYTICS.id, to: { email: 'pat@acmeanalytics.com', name: 'Pat Lee' }, from: 'sam@ourco.com', subject: 'Idea', body: `Hi Pat,\n\n${body}\n\nBest,\nSam` }, ACME_ANALYTICS, book, policy)
    .filter((f) => f.kind === 'sensitive_field').map((f) => [f.severity, f.excerpt]);
  it('is the value as surely as "22%", in a price context', () => {
    expect(sensitive('We can keep your twenty-two percent discount at renewal.')).toEqual([['critical', 'twenty-two percent']]);
    expect(sensitive('We can keep your twenty two per cent discount.')).toEqual([['critical', 'twenty two per cent']]);
  });
  it('is not a leak outside one, nor another number', () => {
    expect(sensitive('Teams like yours see a twenty-two percent lift in replies.')).toEqual([]);
    expect(sensitive('We can keep your twenty percent discount.')).toEqual([]);
  });
});

describe('sentences for the note check', () => {
  it('a dot inside a number or a domain does not end a sentence', () => {
    // Split at "3." the sentence would lose "pushing back", "budget" and "reorg" to two halves.
    const found = paraphrases('Since the 2.5 reorg our CFO has been pushing back on budget, per acme.com news.');
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toBe('Since the 2.5 reorg our CFO has been pushing back on budget, per acme.com news.');
  });
});
