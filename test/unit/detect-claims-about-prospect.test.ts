/**
 * Claims about the prospect, end to end through the scanner (the example book: Acme Analytics,
 * recipient Dana Reyes, our company Ourco): the same claim fires or passes depending on whose
 * news it is and on the prospect's verified facts. Guards the about-the-prospect and
 * fact-support logic of `rules/engine.ts` beyond single-rule examples.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ACCOUNTS, scanExample } from '../../src/detect/rules/examples.js';
import { buildBook } from '../../src/detect/book.js';
import { scanDraft } from '../../src/detect/scan.js';
import { defaultPolicy } from '../../src/policy/schema.js';

const base = defaultPolicy();
const policy = { ...base, sender: { ...base.sender, company: 'Ourco', own_domains: ['ourco.com'], public_prices_usd: [12_000] } };

function claims(text: string, facts: string[] = [], field: 'body' | 'subject' = 'body'): string[] {
  return scanExample({ text, field, facts }, policy)
    .filter((f) => f.kind === 'unverified_claim')
    .map((f) => f.rule ?? '');
}

describe('claims about the prospect fire in many phrasings', () => {
  it.each([
    'With Quanta Ops now part of Northwind Traders, you probably have two sales playbooks to merge.',
    'Now that Acme Analytics is part of Globex, integration must be busy.',
    'With the Initech acquisition closing, two sales teams must be merging.',
    'Heard the Brightpath deal closed, congrats.',
    'Word on the street is that Acme is getting acquired.',
    'Post-IPO, every email gets a second look.',
    'Since the layoffs, each rep is covering more territory.',
    'Saw the press release: Acme Analytics appoints a new CFO.',
    'With your new Dublin team up and running, time zones must be a challenge.',
    'Saw that Acme Analytics is launching in Brazil next quarter.',
    'With 300+ reps, consistency is key.',
    'Congrats on the launch of Acme Insights!',
    // The claim opens the sentence and our pitch follows in the next clause.
    'With the recent layoffs, our tool can help your smaller team cover more accounts.',
    'Given the acquisition of Brightpath, we can help merge the two playbooks.',
    'Since the IPO, we have seen teams like yours tighten review.',
    // People are the subject of leadership news.
    'Saw that Jordan Lee was appointed CEO.',
    'Saw Maria took the reins as CEO.',
    'I wanted to mention the Series B news, congrats!',
  ])('%s', (text) => {
    expect(claims(text)).not.toEqual([]);
  });

  it('fires in a subject line', () => {
    expect(claims('Congrats on the Nasdaq listing', [], 'subject')).not.toEqual([]);
    expect(claims('Congrats on the promotion, Dana', [], 'subject')).not.toEqual([]);
    expect(claims('Quick question about onboarding', [], 'subject')).toEqual([]);
    expect(claims('New role, congrats!', [], 'subject')).not.toEqual([]);
    // A figure in our offer is not the prospect's headcount.
    expect(claims('A pilot for 10 reps', [], 'subject')).toEqual([]);
    expect(claims('Congrats on 10,000 customers', [], 'subject')).not.toEqual([]);
  });
});

describe('news that is not the prospect\'s passes', () => {
  it.each([
    ['the writer\'s own news', 'I was recently promoted to Account Executive, so I\'ll be your contact.'],
    ['the writer joined us', 'I just joined Ourco as an AE and took over your account.'],
    ['a hypothetical', 'If you\'re hiring a new VP of Sales, we can help them ramp.'],
    ['companies in general', 'When companies go public, compliance gets stricter.'],
    ['a generic subject later in the sentence', 'After a funding round, most teams double their SDR headcount.'],
    ['a company named right after the claim', 'The new VP of Sales at Globex loved the pilot.'],
    ['a third party introduced as a customer', 'One of our customers, a logistics company about your size, just closed a Series C.'],
    ['our own news', 'We were named to the Inc. 5000 this year.'],
    ['a note about "their" news', 'I should mention their recent funding to build rapport.'],
    ['our own story after the claim', 'After the acquisition by Globex, we kept our whole team.'],
    ['our news inside the claim\'s clause', 'The layoffs we went through last year taught us a lot.'],
    ['a named company as the subject', 'Stripe acquired Bridge last year, which shows how fast payments move.'],
    ['a customer in the reader\'s space', 'Last year, a customer in your space was acquired, and the integration went smoothly with us.'],
    ['a peer of the reader\'s', 'A peer of yours at Globex just hired a new VP of Sales.'],
    ['a friend\'s company', 'A friend\'s company just got acquired.'],
    ['a quoted reply', 'Happy to set it up.\n\n> Our new CRO wants a demo before the Series C closes.'],
    ['a note to the writer', 'TODO: congratulate them on the Series B.'],
    ['an instruction to the rep', 'Mention the new CRO in the first line.'],
    ['a conditional about the reader', 'Happy to help if your team is restructuring its outbound process.'],
    ['companies in general as the subject', 'A panel of retailers discussed nearshoring at the summit.'],
    ['our own round', 'The round was led by Harbor Lane, with our existing investors joining it.'],
  ])('%s', (_why, text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('a verified fact supports the claim in other words', () => {
  it.each([
    ['Saw the Series B news on TechCrunch, congrats!', 'Raised a Series B in 2025'],
    ['Congrats, Dana, on the Series B!', 'Raised a Series B in 2025'],
    ['Huge congrats on the IPO, Dana!', 'Went public on the Nasdaq in 2024'],
    ['Congrats on the Ledgerly acquisition, Dana!', 'Acquired Ledgerly in 2025'],
    ['Saw on LinkedIn that you joined as VP of Sales.', 'Dana Reyes joined as VP of Sales in 2026'],
    ['Hope the first 90 days in the new job are going well.', 'Dana Reyes joined as VP of Sales in 2026'],
    ['Congrats on buying Fieldline!', 'Acquired Fieldline in 2026'],
    ['With your new Toronto hub opening, onboarding must be busy.', 'Opened a Toronto hub in 2026'],
    ['Now that you have closed your Series D, scaling the team must be top of mind.', 'Closed a $60M Series D in 2026'],
    ['With 1.2K customers, consistency matters.', 'Serves more than 1,200 customers'],
    ['Congrats on the Sao Paulo office!', 'Opened a new office in São Paulo'],
    ['Congrats to Maria on the CFO role.', 'Appointed Maria Chen as Chief Financial Officer'],
    // "Chief executive" names the CEO with or without "officer".
    ['Your new chief executive\'s push on digital operations lines up with our work.', 'Appointed Sam Ortiz as CEO in 2026'],
    ['Congrats on the new CEO.', 'Appointed Sam Ortiz as Chief Executive in 2026'],
    ['Congrats on making Fast Company\'s Most Innovative list!', 'Named to the Fast Company\'s Most Innovative Companies list'],
  ])('%s', (text, fact) => {
    expect(claims(text, [fact])).toEqual([]);
  });

  it('a fact of the same kind with other details does not support it', () => {
    expect(claims('Congrats on the Series C!', ['Raised a $30M Series B in 2025'])).not.toEqual([]);
    expect(claims('Congrats on the $50M raise!', ['Raised a $30M Series B in 2025'])).not.toEqual([]);
    expect(claims('Congrats on the new Berlin office!', ['Opened a London office in 2025'])).not.toEqual([]);
    expect(claims('Congrats on crossing 20,000 customers.', ['Serves 10,000 customers'])).not.toEqual([]);
    expect(claims('Congrats on picking up Brightpath!', ['Acquired Ledgerly in 2025'])).not.toEqual([]);
    expect(claims('Congrats on the Berlin office!', ['Opened a new office in Denver'])).not.toEqual([]);
    expect(claims('With 5K customers, consistency matters.', ['Serves more than 1,200 customers'])).not.toEqual([]);
    expect(claims('Your new chief executive\'s push on digital operations lines up with our work.', ['Appointed Sam Ortiz as CFO in 2026'])).not.toEqual([]);
  });
});

describe('the thread and the country', () => {
  const book = buildBook([...EXAMPLE_ACCOUNTS]);
  const prospect = EXAMPLE_ACCOUNTS[0]!;
  const draft = (subject: string, body: string) => ({ subject, body, to: { email: 'dana@acmeanalytics.com', name: 'Dana Reyes' }, from: 'sam@ourco.com' });
  const subjectClaims = (subject: string, body: string): string[] =>
    scanDraft(draft(subject, body), prospect, book, policy).filter((f) => f.kind === 'unverified_claim' && f.field === 'subject').map((f) => f.rule ?? '');

  it('a reply\'s subject echoing what the prospect wrote in the quoted message is not our claim', () => {
    const quoted = 'Hi Dana,\n\n> We\'re opening the Galway site in the spring and will need another 25 users.\n\nThanks for the heads-up. Adding 25 users is straightforward.\n\nBest,\nSam';
    expect(subjectClaims('Re: The new Galway site', quoted)).toEqual([]);
    // The same subject over a body that quotes nothing about Galway is still a claim.
    expect(subjectClaims('Re: The new Galway site', 'Hi Dana,\n\n> Thanks for the call.\n\nBest,\nSam')).not.toEqual([]);
  });

  it('an item of a recap of what the prospect told us is not our claim', () => {
    expect(claims("Thanks for your time yesterday. I've written up what I understood so you can correct anything:\n\n- You have around 420 employees across two sites\n- HR uses Excel today")).toEqual([]);
    expect(claims('Here is a quick recap of our call:\n\n1. Your team grew to 300 people this year\n2. Payroll runs monthly')).toEqual([]);
    // The same list under a heading that recaps nothing is still a claim.
    expect(claims('A few things worth knowing:\n\n- You have around 420 employees across two sites\n- HR uses Excel today')).not.toEqual([]);
  });

  it('a list or paragraph under another company\'s story is that company\'s news', () => {
    expect(claims("Here's the case study from Nordic Wolves Esports — they're fine with us sharing it.\n\nQuick summary:\n- Started with 3 teams in 2022, now running 9\n- Raised a Series A last year and used part of it on their academy")).toEqual([]);
    expect(claims("As requested, here's a summary of Calder Valley Water's experience.\n\nBackground: a regional water company serving about 400,000 customers, with 14 treatment works.")).toEqual([]);
    // Under a lead-in that tells no one else's story, the same lines are claims about the prospect.
    expect(claims('Quick summary:\n- Started with 3 teams in 2022, now running 9\n- Raised a Series A last year and used part of it on the academy')).not.toEqual([]);
    expect(claims("Here's the case study from Acme Analytics.\n\n- Raised a Series A last year")).not.toEqual([]);
  });

  it('"the US" is a country, not us', () => {
    expect(claims('Following your move into the US with the new Austin office, you will be busy.')).not.toEqual([]);
    // "us" the pronoun still makes the sentence ours.
    expect(claims('Thanks for hosting us at the new Austin office last week.')).toEqual([]);
  });
});
