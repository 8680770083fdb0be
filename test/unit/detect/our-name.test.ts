/**
 * Our own name read as one token whatever the policy calls us (src/detect/our-name.ts): a draft
 * from Brightwell about Brightwell reads as a draft from Ourco about Ourco, and its findings still
 * point at what the draft wrote.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { foldText, toSource } from '../../../src/detect/normalize.js';
import { foldOurName, ourNamesOf } from '../../../src/detect/our-name.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { BUILTIN_MODEL, modelView } from '../../../src/detect/model/detect.js';
import { scoreSentence } from '../../../src/detect/model/model.js';
import { Policy } from '../../../src/policy/schema.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
const book = buildBook([account]);

function policyAs(sender: Partial<Policy['sender']>): Policy {
  const base = testPolicy();
  return { ...base, sender: { ...base.sender, aliases: [], ...sender } };
}

function folded(sender: Partial<Policy['sender']>, text: string): string {
  return foldOurName(foldText(text), policyAs(sender)).folded;
}

/** Rules (warn and critical) that fire on one line of an email from the seller's own mailbox. */
function rules(sender: Partial<Policy['sender']>, line: string, from = 'sam@brightwell.io'): string[] {
  const body = `Hi Dana,\n\nThanks for the time on Tuesday.\n\n${line}\n\nBest,\nSam`;
  return scanDraft({ subject: 'Following up', body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from }, account, book, policyAs(sender))
    .filter((f) => f.severity !== 'info')
    .map((f) => f.rule ?? f.kind);
}

const BRIGHTWELL = { company: 'Brightwell Systems, Inc.', own_domains: ['brightwell.io'] };

describe('the names we go by', () => {
  it('reads the company without its legal form, its first word when that is no English word, and the aliases', () => {
    expect(ourNamesOf(policyAs({ company: 'Brightwell Systems, Inc.', aliases: ['BWS'] }))).toEqual([
      { name: 'brightwell systems', capitalOnly: false },
      { name: 'brightwell', capitalOnly: true },
      { name: 'bws', capitalOnly: false },
    ]);
    expect(ourNamesOf(policyAs({ company: 'Harbrook & Co.' })).map((n) => n.name)).toEqual(['harbrook']);
    // "Blue" of Blue Harbor Software is a word, not our name.
    expect(ourNamesOf(policyAs({ company: 'Blue Harbor Software GmbH' })).map((n) => n.name)).toEqual(['blue harbor software']);
  });

  it('refuses an alias too short to be a name, with the key in the error', () => {
    const r = Policy.safeParse({ sender: { company: 'Brightwell', aliases: ['BW', 'Brightwell Cloud'] } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['sender', 'aliases', 0]);
    expect(r.error?.issues[0]?.message).toMatch(/at least 3 characters/);
  });

  it('takes the first label of our domains when the policy names no company, never an English word', () => {
    expect(ourNamesOf(policyAs({ company: '', own_domains: ['brightwell.io', 'seller.example'] }))).toEqual([{ name: 'brightwell', capitalOnly: true }]);
    expect(ourNamesOf(policyAs({ company: '', own_domains: [] }))).toEqual([]);
  });

  it('folds the name in prose, in capitals and before a possessive, and leaves hosts, addresses and lower-case words alone', () => {
    expect(folded(BRIGHTWELL, 'Brightwell opened an office. BRIGHTWELL SYSTEMS AT A GLANCE. Brightwell’s 3,000 customers'))
      .toBe("Ourco opened an office. OURCO AT A GLANCE. Ourco's 3,000 customers");
    expect(folded(BRIGHTWELL, 'See https://events.brightwell.io/q4 or write to sam@brightwell.io; the brightwell-sandbox host.'))
      .toBe('See https://events.brightwell.io/q4 or write to sam@brightwell.io; the brightwell-sandbox host.');
    // The first word counts with its capital only; the whole name in any case.
    expect(folded(BRIGHTWELL, 'a brightwell morning with brightwell systems')).toBe('a brightwell morning with Ourco');
    expect(folded({ company: 'Ourco' }, 'Ourco is us')).toBe('Ourco is us');
  });

  it('maps every character of the token back to the whole name in the source', () => {
    const source = 'Héllo — Brightwell Systems wins';
    const t = foldOurName(foldText(source), policyAs(BRIGHTWELL));
    const at = t.lower.indexOf('ourco');
    const span = toSource(t, at, at + 5);
    expect(source.slice(span.start, span.end)).toBe('Brightwell Systems');
    const wins = t.lower.indexOf('wins');
    expect(source.slice(toSource(t, wins, wins + 4).start, toSource(t, wins, wins + 4).end)).toBe('wins');
  });
});

describe('a draft about us under any name', () => {
  const ours = [
    'Brightwell opened a new office in Lyon last month, so support now runs on your hours.',
    'Brightwell was named a Leader in the G2 Winter report.',
    'Brightwell closed a $40 million Series B last month.',
  ];
  it.each(ours)('is our own news, not the prospect\'s: %s', (line) => {
    expect(rules(BRIGHTWELL, line).filter((r) => r.startsWith('claim.'))).toEqual([]);
    // Under a policy that does not name Brightwell, the same line is a third party's unsourced news.
    expect(rules({ company: 'Zzz Corp', own_domains: ['zzz.io'] }, line, 'sam@zzz.io').some((r) => r.startsWith('claim.'))).toBe(true);
  });

  it('still reads the same news told of the prospect as a claim', () => {
    expect(rules(BRIGHTWELL, 'Target Co opened a new office in Lyon last month, so support now runs on your hours.').some((r) => r.startsWith('claim.'))).toBe(true);
  });

  it('reads an alias as us too, and only the names the policy gives', () => {
    const line = 'BWS was named a Leader in the G2 Winter report.';
    expect(rules({ ...BRIGHTWELL, aliases: ['BWS'] }, line).filter((r) => r.startsWith('claim.'))).toEqual([]);
    expect(rules(BRIGHTWELL, line).some((r) => r.startsWith('claim.'))).toBe(true);
  });

  it('points a finding at the name as written', () => {
    const body = 'Hi Dana,\n\nBrightwell Systems guarantees you will double revenue in 30 days or your money back!!!\n\nBest,\nSam';
    const found = scanDraft({ subject: 'Hello', body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@brightwell.io' }, account, book, policyAs(BRIGHTWELL))
      .filter((f) => f.severity !== 'info');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(body.slice(f.start, f.end)).toBe(f.excerpt);
  });
});

describe('our own links under any name', () => {
  const lines = [
    'Register here: https://events.ourco.com/webinars/2025-expense-policy?utm_source=email&utm_medium=sdr',
    'Sign up: https://ourco.com/events/consent-mode-v2-webinar?utm_source=outbound&utm_campaign=cmv2_apr',
    'Their CRM director is refreshingly honest about that in the case study: https://ourco.com/customers/halden-group',
  ];
  const brightwell = policyAs({ company: 'Brightwell', own_domains: ['brightwell.com'] });
  it.each(lines)('read by the sentence model as Ourco\'s are: %s', (line) => {
    const ours = foldText(line);
    const theirs = foldOurName(foldText(line.replace(/ourco\.com/g, 'brightwell.com')), brightwell);
    const p = (t: typeof ours) => scoreSentence(BUILTIN_MODEL, t, 0, t.folded.length).p;
    expect(p(modelView(theirs))).toEqual(p(ours));
    // Read as written, the host's "brightwell" is a word the model never met: the reading differs.
    expect(p(theirs)).not.toEqual(p(ours));
  });
});

describe('an account of the book whose name starts with ours', () => {
  const target = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
  const other = makeAccount({ id: 'pd', name: 'Pinecrest Dental', domain: 'pinecrestdental.com' });
  const withOther = buildBook([target, other]);
  const scan = (line: string) => scanDraft({ subject: 'Following up', body: `Hi Dana,\n\n${line}\n\nBest,\nSam`, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@pinecrestsupply.com' }, target, withOther, policyAs({ company: 'Pinecrest Dental Supply', own_domains: ['pinecrestsupply.com'] }))
    .filter((f) => f.severity !== 'info').map((f) => f.kind);

  it('is that account where the draft names it, and our name is ours', () => {
    expect(scan('Pinecrest Dental in Ohio moved its ordering to us last year.')).toContain('other_account');
    expect(scan('Pinecrest Dental Supply opened a warehouse in Ohio last year.')).not.toContain('other_account');
    expect(scan('Pinecrest opened a warehouse in Ohio last year, so deliveries now take a day.')).not.toContain('other_account');
  });
});
