import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { asciiDomainEmail, cleanHost, detectRecipientDomain, domainSuffixes, accountDomains } from '../../../src/detect/recipient-domain.js';
import type { Account } from '../../../src/detect/types.js';
import { parsePolicy, defaultPolicy } from '../../../src/policy/schema.js';

const acct = (id: string, name: string, domain: string, more: Partial<Account> = {}): Account => ({
  id, name, domain, aliases: [], valueUsd: 1000, segment: 'smb', strategic: false, namedOpportunity: null,
  ownerSlackId: null, ownerEmail: null, doNotContact: false, sensitive: {}, facts: [], custom: {}, ...more,
});

const book = buildBook([
  acct('A', 'Acme Analytics', 'acme.com', { domains: ['acme.io'] }),
  acct('G', 'Globex', 'globex.com', { doNotContact: true }),
  acct('S', 'Stark Industries', 'stark.com', { strategic: true }),
  acct('E', 'Acme Europe', 'eu.acme.com'),
  acct('P', 'Pat Solo', 'gmail.com'),
  acct('T1', 'Twin One', 'twins.com'),
  acct('T2', 'Twin Two', 'twins.com'),
]);
const policy = defaultPolicy();
const find = (email: string, id = 'A', p = policy, workflow?: string) =>
  detectRecipientDomain({ to: { email }, workflow }, book.get(id)!, book, p);

describe('internationalized domains', () => {
  // The book holds a domain written in Unicode in its ASCII form (accounts import: cleanHost).
  const idn = buildBook([acct('M', 'Münchner Bau', cleanHost('münchner-bau.de')), acct('A', 'Acme Analytics', 'acme.com')]);
  const findIdn = (email: string, id: string) => detectRecipientDomain({ to: { email } }, idn.get(id)!, idn, policy);

  it('reads a recipient\'s domain in Unicode as the same domain as its ASCII form', () => {
    expect(cleanHost('münchner-bau.de')).toBe('xn--mnchner-bau-thb.de');
    expect(findIdn('jana@münchner-bau.de', 'M')).toEqual([]);
    expect(findIdn('jana@xn--mnchner-bau-thb.de', 'M')).toEqual([]);
    const other = findIdn('jana@münchner-bau.de', 'A');
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ kind: 'recipient_mismatch', severity: 'critical' });
  });

  it('asciiDomainEmail writes only the domain in ASCII, and leaves anything else as it was', () => {
    expect(asciiDomainEmail('jana@Münchner-Bau.de')).toBe('jana@xn--mnchner-bau-thb.de');
    expect(asciiDomainEmail('jana@acme.com')).toBe('jana@acme.com');
    expect(asciiDomainEmail('not an address')).toBe('not an address');
  });
});

describe('recipient domain vs the book', () => {
  it('passes the account\'s own domains, its other domains and their subdomains', () => {
    expect(find('bob@acme.com')).toEqual([]);
    expect(find('Bob@ACME.IO')).toEqual([]);
    expect(find('bob@mail.acme.io')).toEqual([]);
    expect(find('bob@twins.com', 'T1')).toEqual([]);
  });

  it('another account\'s domain is critical, naming it and its do-not-contact / strategic flag', () => {
    const [dnc] = find('ceo@globex.com');
    expect(dnc).toMatchObject({ kind: 'recipient_mismatch', severity: 'critical', field: 'to', excerpt: 'globex.com', start: 4, end: 14 });
    expect(dnc!.message).toMatch(/Globex \(do-not-contact\)/);
    const [strategic] = find('tony@hq.stark.com');
    expect(strategic).toMatchObject({ severity: 'critical' });
    expect(strategic!.message).toMatch(/Stark Industries \(strategic\)/);
    expect(strategic!.message).toMatch(/another account than Acme Analytics/);
  });

  it('a more specific domain of another account wins over the parent domain', () => {
    expect(find('hans@eu.acme.com')[0]).toMatchObject({ severity: 'critical' });
    expect(find('hans@eu.acme.com', 'E')).toEqual([]);
    expect(find('hans@de.eu.acme.com', 'E')).toEqual([]);
  });

  it('a domain shared with a do-not-contact account blocks even for the sharing account', () => {
    const b = buildBook([acct('X', 'X Corp', 'x.com'), acct('Y', 'X Legal', 'x.com', { doNotContact: true })]);
    const [f] = detectRecipientDomain({ to: { email: 'a@x.com' } }, b.get('X')!, b, policy);
    expect(f).toMatchObject({ severity: 'critical' });
    expect(f!.message).toMatch(/do-not-contact/);
  });

  it('an unknown domain warns, with a typo hint when it is close to the account\'s', () => {
    const [typo] = find('bob@acme.co');
    expect(typo).toMatchObject({ severity: 'warn' });
    expect(typo!.message).toMatch(/did you mean acme.com/);
    expect(find('bob@unrelated.org')[0]).toMatchObject({ severity: 'warn' });
  });

  it('personal mailboxes warn unless the workflow allows them; a book row at gmail.com is not an owner', () => {
    expect(find('bob@gmail.com')[0]).toMatchObject({ severity: 'warn' });
    const r = parsePolicy('workflows:\n  intro:\n    allow_personal_mailboxes: true\n  other: {}\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(find('bob@gmail.com', 'A', r.policy, 'intro')).toEqual([]);
    expect(find('bob@gmail.com', 'A', r.policy, 'other')[0]).toMatchObject({ severity: 'warn' });
    expect(find('pat@gmail.com', 'P')).toEqual([]);
  });

  it('our own domain warns (the mailbox domains count as ours)', () => {
    const r = parsePolicy('mailboxes:\n  - address: sdr@seller.example\n    owner: U0REP0001\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.sender.own_domains).toEqual(['seller.example']);
    expect(find('me@seller.example', 'A', r.policy)[0]).toMatchObject({ severity: 'warn' });
  });

  it('helpers', () => {
    expect(domainSuffixes('a.b.acme.co.uk')).toEqual(['a.b.acme.co.uk', 'b.acme.co.uk', 'acme.co.uk', 'co.uk']);
    expect(accountDomains({ domain: 'https://www.Acme.com/x', domains: ['acme.com', 'acme.io.'] })).toEqual(['acme.com', 'acme.io']);
  });
});

describe('recipient domain: CRM website hosts and internationalized names', () => {
  it('a recipient at the parent of the account\'s website host is the account\'s, unless another account claims it', () => {
    const b = buildBook([acct('W', 'Webshop Co', 'shop.webshop.example'), acct('X', 'Other', 'other.example')]);
    expect(detectRecipientDomain({ to: { email: 'ann@webshop.example' } }, b.get('W')!, b, policy)).toEqual([]);
    const claimed = buildBook([acct('W', 'Webshop Co', 'shop.webshop.example'), acct('P', 'Webshop Parent', 'webshop.example')]);
    expect(detectRecipientDomain({ to: { email: 'ann@webshop.example' } }, claimed.get('W')!, claimed, policy)[0]).toMatchObject({ severity: 'critical' });
  });

  it('book domains are compared in their ASCII form', () => {
    const b = buildBook([acct('M', 'München Bau', 'https://www.münchen-bau.de/')]);
    expect(detectRecipientDomain({ to: { email: 'info@xn--mnchen-bau-9db.de' } }, b.get('M')!, b, policy)).toEqual([]);
  });
});
