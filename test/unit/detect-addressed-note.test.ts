import { describe, expect, it } from 'vitest';
import { scanExample } from '../../src/detect/rules/examples.js';
import { defaultPolicy, type Policy } from '../../src/policy/schema.js';

/**
 * The addressed-note detector (src/detect/addressed-note.ts): a line or a bracketed note that
 * addresses someone who is not the recipient and asks for an edit or a check. Each sentence is
 * put in a draft from sam@ourco.com to Dana Reyes, after a greeting line and before a sign-off.
 */

const base = defaultPolicy();
const policy: Policy = {
  ...base,
  sender: { ...base.sender, company: 'Ourco', own_domains: ['ourco.com', 'calendly.com'], public_prices_usd: [12_000] },
};

const draft = (line: string): string => `Hi Dana,\n\nThanks for the time on Tuesday.\n\n${line}\n\nBest,\nSam`;
const fired = (line: string): boolean =>
  scanExample(draft(line), policy).some((f) => f.rule === 'internal.addressed-note');

const FIRE: string[] = [
  // the author wondering whether the draft reaches the right person (the recipient's own first name)
  '👀 is this the right Dana? There are two at this company on LinkedIn \u2013 the other one is in procurement.',
  'Not sure this is the right Dana, please double-check before it goes out.',
  // bracketed or parenthesized notes to a teammate, with editing verbs
  "The pilot runs four weeks. (Hannah: soften if she's still upset about the outage)",
  '[Raj \u2014 double-check the headcount]',
  'Our platform cuts review time in half (Priya - tone down the pricing bit if she pushes back).',
  '[Marcus: trim this if it runs long]',
  '(Tom: tweak the opener, feels flat)',
  '(Elena \u2014 punch up the subject line?)',
  "[Jin: cut this para if we're over 150 words]",
  '(Kate: swap in the healthcare logo)',
  '[Omar \u2013 check the renewal date]',
  "(Lucia: verify she's still VP)",
  '(Ben: feel free to rewrite)',
  '[Aisha: sanity check the numbers]',
  '(Greg - make this warmer)',
  '[Nina: is this too pushy?]',
  '(Leo: shorten?)',
  '(Ravi: maybe lose the second stat)',
  '[@Jordan: pls rephrase, sounds stiff]',
  '(Mia, could you reword the close?)',
  '[Chris: fact-check the 40% figure]',
  '(Sam: I left the pricing out on purpose)',
  '(Hannah \u2014 this bit might land badly, maybe reword?)',
  '{Marcus: swap in the Q3 figure}',
  'Thanks again. (Kate: can we say "market leader" or is that a stretch?)',
  '(Tom \u2014 thoughts on this para?)',
  '[Elena: too long? happy to trim]',
  '(Jordan: ok to mention the pilot price here?)',
  '(Tom: lead with the ROI stat)',
  // the same at the start of a line, with the new verbs
  'Hannah: tone down the urgency in the last line.',
  'Raj \u2014 trim the intro if you can.',
];

const PASS: string[] = [
  'Is this the right approach for your team, or would a phased rollout suit better?',
  'Are you the right person to talk to about payroll, Dana?',
  '(Priya: our solutions engineer) will join the call.',
  '(Hannah: Head of Customer Success) can walk you through onboarding.',
  '(Tom, our CTO, will join us.)',
  'Speakers: (Raj: CTO, Elena: VP Product)',
  '(Source: Gartner, 2024)',
  '(Tip: check your spam folder for the invite.)',
  '(Note: prices exclude VAT.)',
  '(Tuesday: 10am works best.)',
  '[Dana \u2014 please review the attached proposal]',
  '(Dana: this part is for you) the pilot starts Monday.',
  'P.S. Dana \u2014 congrats on the launch, could you send me the deck?',
  '(Acme: trim your onboarding time by half)',
  '(SSO: confirm it in settings)',
  'Our solutions engineer (Priya: priya@ourco.com) will join.',
  'On Tue, Dana Reyes wrote:\n> (Marcus: please double-check the dates)',
  '> [Raj - double-check the headcount]',
  '(Marcus - our account manager - will reach out.)',
  '(Optional: trim the pilot to two teams if that is easier.)',
  '(Marcus - check out his talk on data retention!)',
  '[Sam: Account Executive, Ourco]',
  '(Priya: priya@ourco.com, 555-0100)',
  '[Tom: VP Engineering, Ourco]',
  '(Hannah, our CSM, will send the notes.)',
  '(Priya \u2014 our solutions engineer \u2014 will join.)',
  '(Tip: bookmark the status page.)',
];

describe('addressed-note: notes to a teammate a reviewer would stop', () => {
  it.each(FIRE)('%s', (line) => {
    expect(fired(line)).toBe(true);
  });
});

describe('addressed-note: traps that stay clean', () => {
  it.each(PASS)('%s', (line) => {
    expect(fired(line)).toBe(false);
  });
});

describe('addressed-note: a person the mail itself brings in', () => {
  const intro = (body: string): boolean =>
    scanExample(body, policy).some((f) => f.rule === 'internal.addressed-note');

  it('a line to a colleague the mail copies in or greets is part of the mail', () => {
    expect(intro("Hi Dana,\n\nAs promised, I'm copying in my colleague Priya Nair, who leads solutions engineering.\n\nPriya — Dana runs dispatch. Could you send her the GPS integration notes before Friday?\n\nBest,\nSam")).toBe(false);
    expect(intro('Hi Dana, hi Priya,\n\nThanks for the intro.\n\nPriya — could you confirm the store opening date so I can set up your location?\n\nBest,\nSam')).toBe(false);
  });

  it('a line to someone the thread holds: copied, in cc, named with the reader, thanked, or in the quoted message', () => {
    expect(intro("Hi Zara,\n\nI've copied Jess, our support lead, who pulled the login numbers.\n\nJess, could you share the breakdown by user with Zara?\n\nBest,\nSam")).toBe(false);
    expect(intro('Hello Sanne,\n\nMy colleague Pieter (in cc) will run the sessions.\n\nPieter, can you propose some dates to Sanne for the week of 12 May?\n\nBest,\nSam')).toBe(false);
    expect(intro('Hi Lucía,\n\nMy apologies to you and Javier for the confusion in yesterday\'s quote.\n\nJavier, please use this version for the budget request.\n\nBest,\nSam')).toBe(false);
    expect(intro('Hi Viktor,\n\nThanks, Olga, for checking the database side.\n\nOlga, could you grant the import user that permission?\n\nBest,\nSam')).toBe(false);
    expect(intro('Hi Dana,\n\nAgenda: data flows (Dana and Ekaterina).\n\nEkaterina, please bring the current diagram if you have it.\n\nBest,\nSam')).toBe(false);
    expect(intro('Hi Harriet,\n\nThanks for letting me know.\n\nTom, could you send me your testing notes anyway?\n\nBest,\nSimon\n\nOn Fri, 29 Aug, Harriet Lane wrote:\n> Tom and I have decided to go with another provider.')).toBe(false);
  });

  it('the same line to someone the mail never brings in is still a note', () => {
    expect(intro("Hi Dana,\n\nThanks for the call on Tuesday.\n\nPriya — could you double-check the pricing before this goes out?\n\nBest,\nSam")).toBe(true);
  });
});
