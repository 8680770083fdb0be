/**
 * `links.allow_domains`: a domain allows itself and its subdomains; `name.*` allows the name under
 * any country or generic suffix (our own country sites), never our name in front of someone
 * else's domain.
 */
import { describe, expect, it } from 'vitest';
import { hostAllowed } from '../../../src/detect/text-detectors.js';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

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
