/**
 * Account names as CRMs export them ("Kestrel Robotics Pty Ltd", "The Hartwell Group", "Müller
 * Logistik AG") are found in a draft the way people write them: without the legal form, without a
 * leading "The", without accents. Words that only look like a name stay clean.
 */
import { describe, expect, it } from 'vitest';
import { buildBook, nameForms } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import type { Account } from '../../../src/detect/types.js';
import { defaultPolicy } from '../../../src/policy/schema.js';

const account = (id: string, name: string, domain: string): Account => ({
  id, name, domain, aliases: [], valueUsd: 1000, segment: 'smb', strategic: false, namedOpportunity: null,
  ownerSlackId: 'U1', ownerEmail: null, doNotContact: false, sensitive: {}, facts: [], custom: {},
});

const accounts = [
  account('a1', 'The Hartwell Group', 'hartwell.co.uk'), account('a2', 'Kestrel Robotics Pty Ltd', 'kestrel.com.au'),
  account('a3', 'Müller Logistik AG', 'mueller-logistik.de'), account('a4', 'Soylent & Co. LLC', 'soylent.co'),
  account('a5', 'GmbH & Co. KG Example Werke GmbH & Co. KG', 'werke.de'), account('a9', 'Acme Analytics', 'acme.com'),
];
const book = buildBook(accounts);
const policy = defaultPolicy();

function otherAccounts(sentence: string): string[] {
  const draft = {
    external_id: 'x', account_id: 'a9', to: { email: 'dana@acme.com', name: 'Dana Reyes' }, from: 'sam@ourco.com',
    subject: 'Hello', body: `Hi Dana,\n\n${sentence}\n\nBest,\nSam`, workflow: 'intro', template_id: 't',
  };
  return scanDraft(draft, accounts[5] as Account, book, policy).filter((f) => f.kind === 'other_account').map((f) => f.excerpt);
}

describe('nameForms: the ways a company name is written', () => {
  it('drops stacked legal forms, a leading "the" and accents', () => {
    expect(nameForms('kestrel robotics pty ltd')).toContain('kestrel robotics');
    expect(nameForms('soylent & co. llc')).toContain('soylent');
    expect(nameForms('the hartwell group')).toContain('hartwell group');
    expect(nameForms('müller logistik ag')).toEqual(expect.arrayContaining(['müller logistik', 'muller logistik']));
  });

  it('keeps a lone word after "the" and never makes a form shorter than four letters', () => {
    expect(nameForms('the hartford')).toEqual(['the hartford']);
    expect(nameForms('abc inc')).toEqual(['abc inc']);
  });
});

describe('another account named the way people write it', () => {
  it.each([
    ['Hartwell Group rolled it out in a week.', 'Hartwell Group'],
    ['Kestrel Robotics is a customer too.', 'Kestrel Robotics'],
    ['Muller Logistik uses it in Hamburg.', 'Muller Logistik'],
    ['Müller Logistik uses it in Hamburg.', 'Müller Logistik'],
    ['Soylent & Co. uses the same workflow.', 'Soylent'],
  ])('%s', (sentence, excerpt) => {
    expect(otherAccounts(sentence)).toEqual([excerpt]);
  });

  it.each(['The kestrel is a bird.', 'Our group of experts can help.', 'A robotics team in Perth uses it.'])('clean: %s', (sentence) => {
    expect(otherAccounts(sentence)).toEqual([]);
  });
});
