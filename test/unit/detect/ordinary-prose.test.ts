/**
 * Ordinary prose of polished drafts (an AI assistant's house style) that reads, word by word, like
 * a claim, a hold, pressure or the agent talking to the rep; each beside the same words used as
 * the problem. Checked in a whole clean email, beside the rules' own examples.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
const book = buildBook([account]);

function rules(line: string, subject = 'Following up'): string[] {
  const body = `Hi Dana,\n\nThanks for the time on Tuesday.\n\n${line}\n\nBest,\nSam`;
  return scanDraft({ subject, body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, testPolicy())
    .filter((f) => f.severity !== 'info' && f.rule !== undefined && !f.rule.endsWith('.model'))
    .map((f) => f.rule as string);
}

const cases: ReadonlyArray<{ rule: string; pass: string[]; fire: string[] }> = [
  {
    rule: 'claim.growth-figures',
    pass: [
      'The sessions work best with no more than 15 people each, so we can add a date if the group is larger.',
      'We run the workshop in groups of 12 people.',
      'Seasonal hiring usually means scheduling hundreds of new team members at once.',
    ],
    fire: ['With 500 employees, onboarding must be a beast.', 'You usually hire hundreds of new staff every summer.'],
  },
  {
    rule: 'claim.acquisition',
    pass: [
      'I can send the contract details to whoever handles purchasing at Target Co.',
      'Ourco is available through a cooperative purchasing contract for public agencies.',
      'Picking up our conversation from last autumn, here is where the pilot stands.',
    ],
    fire: ['Congrats on picking up Brightline last month.', 'Target Co is purchasing Brightline, I hear.'],
  },
  {
    rule: 'internal.rep-directive',
    pass: [
      "Of course. Here are the resources I mentioned, in the order I'd suggest reading them:",
      'Certainly. Here are the two papers we discussed on the call.',
    ],
    fire: ['Of course! Here are three subject lines you could use:'],
  },
  {
    rule: 'tone.deadline-pressure',
    pass: ['I know nobody enjoys a price increase, so here is the detail behind it.'],
    fire: ['Nobody likes missing out, and the price increase hits on Friday, so act now.'],
  },
  {
    rule: 'tone.deadline-hold',
    pass: ['This is our first price change in three years, and it reflects the integrations we have added since.'],
    fire: ['Prices change in two weeks, so lock in now.'],
  },
  {
    rule: 'internal.hold',
    pass: ['The dashboard shows at a glance which papers are waiting for review and for how long.'],
    fire: ['This email is waiting for review by legal.', 'Waiting for review from deal desk on the discount.'],
  },
];

describe.each(cases)('$rule', ({ rule, pass, fire }) => {
  // A rule and its named variant ("claim.acquisition-named") answer together.
  const family = (line: string): string[] => rules(line).filter((r) => r === rule || r.startsWith(`${rule}-`));
  it.each(pass)('passes: %s', (line) => {
    expect(family(line)).toEqual([]);
  });
  it.each(fire)('fires: %s', (line) => {
    expect(family(line).length).toBeGreaterThan(0);
  });
});
