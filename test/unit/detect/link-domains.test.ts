/**
 * `links.allow_domains` and `sender.own_domains`: a domain holds itself and its subdomains; `name.*`
 * holds the name under any country or generic suffix (our own country sites), never our name in
 * front of someone else's domain.
 */
import { describe, expect, it } from 'vitest';
import { hostAllowed, needsNoAllowEntry } from '../../../src/policy/domains.js';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';
import { checkSender } from '../../../src/policy/mailboxes.js';

describe('needsNoAllowEntry', () => {
  it.each(['proxy.internal', 'proxy.firma.local', 'nas.home.arpa', 'intranet.corp', 'router.lan', 'localhost', 'www.gov.uk', 'www.cai.gouv.qc.ca', 'www2.gov.bc.ca', 'your-domain.example'])('%s is the reader\'s own network, a public body or a reserved name', (host) => {
    expect(needsNoAllowEntry(host)).toBe(true);
  });
  it.each(['internal.com', 'local.ourco.com.evil.io', 'corp.example.org.evil.com', 'msrc.microsoft.com', 'lan-party.net', 'evil.gov.co.uk', 'gouv.qc.ca.evil.com'])('%s needs an allow entry', (host) => {
    expect(needsNoAllowEntry(host)).toBe(false);
  });
});

describe('hostAllowed', () => {
  it.each(['ourco.co.uk', 'ourco.com.br', 'ourco.sg', 'events.ourco.sg', 'ourco.com', 'www2.ourco.ac.jp'])('ourco.* allows %s', (host) => {
    expect(hostAllowed(host, ['ourco.*'])).toBe(true);
  });

  it.each(['ourco.evil.com', 'ourco-login.com', 'myourco.com', 'ourco', 'evil.com', 'ourco.co.uk.evil.com'])('ourco.* does not allow %s', (host) => {
    expect(hostAllowed(host, ['ourco.*'])).toBe(false);
  });

  it('a plain domain allows itself and its subdomains only', () => {
    expect(hostAllowed('cal.calendly.com', ['calendly.com'])).toBe(true);
    expect(hostAllowed('calendly.com.evil.io', ['calendly.com'])).toBe(false);
  });
});

describe('a draft whose links are on our country sites', () => {
  const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
  const book = buildBook([account]);
  const body = 'Hi Dana,\n\nThe case study is at https://ourco.co.uk/customers/beacon and the meetup at https://events.ourco.sg/meetup.\n\nBest,\nSam';
  const links = (allow: string[]): string[] => {
    const policy = testPolicy();
    const p = { ...policy, links: { allow_domains: allow } };
    return scanDraft({ subject: 'Case study', body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, p)
      .filter((f) => f.kind === 'link').map((f) => f.excerpt);
  };

  it('flags them without the entry and passes them with ourco.*', () => {
    expect(links([]).length).toBe(2);
    expect(links(['ourco.*'])).toEqual([]);
  });
});

describe('our own domains written as ourco.*', () => {
  const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
  const book = buildBook([account]);
  const ours = (): ReturnType<typeof testPolicy> => {
    const policy = testPolicy();
    return { ...policy, mailboxes: [], sender: { ...policy.sender, own_domains: ['ourco.*'] }, links: { allow_domains: [] } };
  };
  const scan = (body: string, to = 'dana@target.example') =>
    scanDraft({ subject: 'Case study', body, to: { email: to, name: 'Dana Reyes' }, from: 'sam@ourco.co.uk' }, account, book, ours());

  it('a sender at a country site is ours; a look-alike is not', () => {
    expect(checkSender(ours(), 'sam@ourco.co.uk').ok).toBe(true);
    expect(checkSender(ours(), 'sam@events.ourco.sg').ok).toBe(true);
    expect(checkSender(ours(), 'sam@ourco.evil.com').ok).toBe(false);
  });
  it('links to our country sites pass, a look-alike does not', () => {
    const links = scan('Hi Dana,\n\nSee https://ourco.com.br/casos/atlantica and https://ourco.evil.com/login.\n\nBest,\nSam')
      .filter((f) => f.kind === 'link').map((f) => f.excerpt);
    expect(links).toEqual(['https://ourco.evil.com/login']);
  });
  it('a recipient at one of our country sites is at our own domain', () => {
    const f = scan('Hi Dana,\n\nThe notes are below.\n\nBest,\nSam', 'dana@ourco.de').filter((x) => x.kind === 'recipient_mismatch' || x.kind === 'other_account');
    expect(f.map((x) => x.message ?? '').join(' ')).toMatch(/our own domain/);
  });
});

describe('links no allow-list needs to name', () => {
  const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
  const book = buildBook([account]);
  const links = (url: string): string[] => {
    const body = `Hi Dana,\n\nDetails are at ${url} if useful.\n\nBest,\nSam`;
    return scanDraft({ subject: 'Details', body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, testPolicy())
      .filter((f) => f.kind === 'link').map((f) => f.excerpt);
  };

  it.each([
    'https://www.gov.pl/web/arimr', 'https://www.applytosupply.digitalmarketplace.service.gov.uk/g-cloud', 'https://www.impots.gouv.fr/aide',
    'https://www.gob.mx/sat', 'https://www.meti.go.jp/english', 'https://digital-strategy.ec.europa.eu', 'https://www.sam.gov/opp', 'http://localhost:8787', 'http://127.0.0.1:3000/health',
  ])('a public body\'s site or the reader\'s own machine passes: %s', (url) => {
    expect(links(url)).toEqual([]);
  });

  // Names reserved for documentation (RFC 2606 / 6761) stand for the reader's own address in setup steps (FH).
  it.each(['https://your-domain.example/ourco/reservations', 'https://hotel.test/webhook', 'https://example.com/callback', 'https://api.example.org/v1'])('a reserved example name passes: %s', (url) => {
    expect(links(url)).toEqual([]);
  });

  it.each(['https://gov.evil.com/login', 'https://example.evil.com/login', 'https://example-bank.com/x', 'https://mytest.io/login', 'https://gov-pl.com/arimr', 'https://europa.eu.evil.io', 'http://localhost.evil.io', 'https://www.gov.pl/web?email=dana%40target.example'])('a look-alike, or data in the query, still fires: %s', (url) => {
    expect(links(url).length).toBeGreaterThan(0);
  });
});

describe('a key inside a link outside the allow-list', () => {
  const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
  const book = buildBook([account]);
  const scan = (body: string) => scanDraft({ subject: 'Alerts', body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, testPolicy());

  it('reports the key and the unapproved host both: striking the key still leaves the host', () => {
    const f = scan('Hi Dana,\n\nPost alerts to https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefgh and you are set.\n\nBest,\nSam');
    expect(f.filter((x) => x.kind === 'secret' && x.severity === 'critical').length).toBe(1);
    const links = f.filter((x) => x.kind === 'link');
    expect(links.length).toBe(1);
    expect(links[0]?.excerpt).toMatch(/^https:\/\/discord\.com\/api\/webhooks\//);
  });
});
