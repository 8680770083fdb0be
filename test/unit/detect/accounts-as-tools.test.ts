/**
 * A book of enterprise accounts holds the names of the tools a seller integrates with (Salesforce,
 * Box, SAP). Named as a tool the reader works with ("we sync with Salesforce", "a Box or Google
 * Drive folder", "the SAP connector"), such a name is no other prospect in the draft; named as a
 * company (a customer, a team, a story), it still is.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import type { Account } from '../../../src/detect/types.js';
import { defaultPolicy } from '../../../src/policy/schema.js';

const account = (id: string, name: string, domain: string): Account => ({
  id, name, domain, aliases: [], valueUsd: 1000, segment: 'smb', strategic: false, namedOpportunity: null,
  ownerSlackId: 'U1', ownerEmail: null, doNotContact: false, sensitive: {}, facts: [], custom: {},
});
const accounts = [
  account('a1', 'Acme Analytics', 'acme.com'), account('a2', 'Salesforce', 'salesforce.com'), account('a3', 'Box', 'box.com'),
  account('a4', 'SAP', 'sap.com'), account('a5', 'Apple', 'apple.com'), account('a6', 'Monday.com', 'monday.com'),
];
const book = buildBook(accounts);

function otherAccounts(sentence: string): string[] {
  const draft = { to: { email: 'dana@acme.com', name: 'Dana Reyes' }, from: 'sam@ourco.com', subject: 'Hello', body: `Hi Dana,\n\n${sentence}\n\nBest,\nSam` };
  return scanDraft(draft, accounts[0] as Account, book, defaultPolicy()).filter((f) => f.kind === 'other_account').map((f) => f.excerpt);
}

describe('another account named as a tool', () => {
  it.each([
    'We sync with Salesforce and HubSpot out of the box.',
    'It connects to your Salesforce org in minutes.',
    'Export from Salesforce, HubSpot or Pipedrive and we do the rest.',
    'Drop the files in a Box or Google Drive folder and we pick them up.',
    'Our Box integration keeps every file in one place.',
    'The SAP connector reads your purchase orders nightly.',
    'It works on any Apple or Windows laptop.',
  ])('is a tool: %s', (sentence) => {
    expect(otherAccounts(sentence)).toEqual([]);
  });

  it.each([
    ['We recently helped Salesforce cut reporting time in half.', 'Salesforce'],
    ['Salesforce switched to us last year.', 'Salesforce'],
    ['As I told the Apple team last week, the pilot starts in March.', 'Apple'],
    ['Box, SAP and a dozen others already use us.', 'Box'],
    ['We work with Salesforce in your space, so we know the pitfalls.', 'Salesforce'],
    // A domain is another account's wherever it stands.
    ['Would a Monday.com integration matter to you?', 'Monday.com'],
  ])('is another account: %s', (sentence, name) => {
    expect(otherAccounts(sentence)).toContain(name);
  });
});

describe('a one-word account name that is also an English word, capitalized by its place', () => {
  const words = [account('a1', 'Acme Analytics', 'acme.com'), account('w1', 'Next plc', 'next.co.uk'), account('w2', 'Target Corporation', 'target.com'), account('w3', 'Globex', 'globex.com')];
  const wordBook = buildBook(words);
  const named = (subject: string, body: string): string[] => {
    const draft = { to: { email: 'dana@acme.com', name: 'Dana Reyes' }, from: 'sam@ourco.com', subject, body: `Hi Dana,\n\n${body}\n\nBest,\nSam` };
    return scanDraft(draft, words[0] as Account, wordBook, defaultPolicy()).filter((f) => f.kind === 'other_account').map((f) => `${f.field ?? 'body'}:${f.excerpt}`);
  };

  it.each([
    ['Next steps for the pilot', 'Thanks for the call.'],
    ['Pilot plan', 'Next steps: I will send the plan on Monday.'],
    ['Pilot plan', 'Thanks for the call. Next, we set up the sandbox.'],
    ['Pilot plan', 'Target: a 20% cut in review time.'],
    ['Pilot plan', '- Target date: 1 March\n- Owner: Dana'],
    ['Pilot plan', 'Our goal for the quarter is simple. Target one team first, then widen.'],
  ])('is the word: "%s" / "%s"', (subject, body) => {
    expect(named(subject, body)).toEqual([]);
  });

  it.each([
    ['Pilot plan', 'We rolled this out at Next last spring.', ['body:Next']],
    ['Pilot plan', 'Teams at Target cut review time by a third.', ['body:Target']],
    ['Pilot plan', 'Globex cut review time by a third.', ['body:Globex']],
    ['Next plc and us', 'Thanks for the call.', ['subject:Next plc']],
    ['Pilot plan', "Target's new stores open in May.", ['body:Target']],
    ['Pilot plan', 'Next, Globex and Initech joined the pilot.', ['body:Next', 'body:Globex']],
  ])('mid-sentence, possessive or in a list of names it is the company; a name that is no word counts anywhere: "%s" / "%s"', (subject, body, expected) => {
    expect(named(subject, body)).toEqual(expected);
  });
});
