/**
 * Recipient binding (DESIGN promise 10): the `to` address of a draft must belong to the account
 * the draft is filed under.
 *
 * - The recipient's domain (or a parent of it: subdomains count) is a domain of ANOTHER account of
 *   the book → critical `recipient_mismatch` naming that account, and whether it is do-not-contact
 *   or strategic: the draft is blocked. Filing a draft under a harmless account must never be a
 *   way round the rules of the account that actually receives it.
 * - Any account owning the recipient's domain at any level is do-not-contact → critical, even when
 *   the draft's own account shares the domain: do-not-contact is checked against the recipient.
 * - The domain is unknown to the book (a personal mailbox, a typo, our own company) → warn, so a
 *   person looks. A workflow may allow personal mailbox domains (`allow_personal_mailboxes`).
 *
 * The finding's `field` is `"to"`: `start`/`end` are UTF-16 offsets into the recipient address and
 * `excerpt` is its domain. Pure: the index over the book's domains is built once per Book object.
 */
import { domainWithin } from '../policy/domains.js';
import { domainToASCII } from 'node:url';
import type { Account, Finding } from './types.js';
import type { Book } from './book.js';
import type { Policy } from '../policy/schema.js';

/** Free mailbox providers: an address there says nothing about the company. */
export const PERSONAL_MAILBOX_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'live.com', 'live.co.uk',
  'msn.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'ymail.com', 'rocketmail.com', 'aol.com', 'icloud.com',
  'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'pm.me', 'tutanota.com', 'tuta.io', 'gmx.com', 'gmx.de', 'gmx.net',
  'web.de', 't-online.de', 'mail.com', 'zoho.com', 'zohomail.com', 'fastmail.com', 'fastmail.fm', 'hey.com', 'yandex.com',
  'yandex.ru', 'mail.ru', 'qq.com', '163.com', '126.com', 'naver.com', 'orange.fr', 'free.fr', 'laposte.net', 'libero.it',
  'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'btinternet.com', 'sky.com', 'inbox.com', 'hushmail.com',
]);

/**
 * `https://www.Acme.com/x` → `acme.com`, as CRMs write websites: scheme, `www`/`www2` prefix,
 * port, path, query, trailing dots, a leading `@` or `user@` removed; an internationalized name in
 * its ASCII (punycode) form, the form addresses arrive in.
 */
export function cleanHost(raw: string): string {
  const host = raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\d*\./, '')
    .replace(/\.+$/, '');
  return asciiHost(host);
}

/** A hostname written in Unicode in its ASCII form ("münchner-bau.de" → "xn--mnchner-bau-thb.de"); others as they are. */
function asciiHost(host: string): string {
  return /^[\x00-\x7f]*$/.test(host) ? host : domainToASCII(host) || host;
}

const domainsCache = new WeakMap<object, string[]>();

/** Every domain of an account: `domain` first, then `domains`, cleaned and without repeats (cached per account object). */
export function accountDomains(a: Pick<Account, 'domain' | 'domains'>): string[] {
  const hit = domainsCache.get(a);
  if (hit !== undefined) return hit;
  const out: string[] = [];
  for (const d of [a.domain, ...(a.domains ?? [])]) {
    const h = cleanHost(d);
    if (h.includes('.') && !out.includes(h)) out.push(h);
  }
  domainsCache.set(a, out);
  return out;
}

/** The domain of an address, lower-cased (`Bob@EU.Acme.com.` → `eu.acme.com`). */
export function emailDomain(email: string): string {
  // An internationalized domain in the ASCII form the book holds.
  return asciiHost(email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase().replace(/\.+$/, ''));
}

/**
 * An address whose domain is written in Unicode ("jane@münchner-bau.de") with that domain in its
 * ASCII form ("jane@xn--mnchner-bau-thb.de"), as the book holds domains and mail servers take
 * them; any other text unchanged.
 */
export function asciiDomainEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const host = email.slice(at + 1);
  if (at < 0 || /^[\x00-\x7f]*$/.test(host)) return email;
  return `${email.slice(0, at)}@${asciiHost(host.toLowerCase())}`;
}

/** `a.b.acme.com` → [`a.b.acme.com`, `b.acme.com`, `acme.com`]: most specific first, two labels at least. */
export function domainSuffixes(host: string): string[] {
  const labels = host.split('.').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 2 <= labels.length; i++) out.push(labels.slice(i).join('.'));
  return out;
}

const indexCache = new WeakMap<Book, ReadonlyMap<string, readonly number[]>>();

/** Domain → indexes of the accounts that own it (personal mailbox domains are never indexed). */
export function bookDomainIndex(book: Book): ReadonlyMap<string, readonly number[]> {
  const hit = indexCache.get(book);
  if (hit !== undefined) return hit;
  const index = new Map<string, number[]>();
  book.accounts.forEach((a, i) => {
    for (const d of accountDomains(a)) {
      if (PERSONAL_MAILBOX_DOMAINS.has(d)) continue;
      const list = index.get(d);
      if (list === undefined) index.set(d, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  });
  indexCache.set(book, index);
  return index;
}

/** Damerau–Levenshtein distance, giving up (returning max + 1) beyond `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

function describe(a: Account): string {
  const flags = [a.doNotContact ? 'do-not-contact' : null, a.strategic ? 'strategic' : null].filter(Boolean);
  return flags.length ? `${a.name} (${flags.join(', ')})` : a.name;
}

function listNames(accounts: Account[]): string {
  const shown = accounts.slice(0, 3).map(describe);
  return accounts.length > 3 ? `${shown.join(', ')} and ${accounts.length - 3} more` : shown.join(', ');
}

export interface RecipientDraft {
  to: { email: string };
  workflow?: string | undefined;
}

/**
 * Findings about the recipient's address for a draft filed under `account` (0 or 1 finding).
 * `ownDomains` are our company's domains (policy `sender.own_domains`, which already holds the
 * domains of the policy's mailboxes); the caller may add the draft's `from` domain.
 */
export function detectRecipientDomain(
  draft: RecipientDraft,
  account: Account,
  book: Book,
  policy: Policy,
  ownDomains: readonly string[] = policy.sender.own_domains,
): Finding[] {
  const email = draft.to.email;
  const at = email.lastIndexOf('@');
  const domain = emailDomain(email);
  if (at < 0 || domain === '') return [];
  const start = at + 1;
  const end = email.length;
  const finding = (severity: 'critical' | 'warn', message: string): Finding[] => [
    { kind: 'recipient_mismatch', severity, field: 'to', start, end, excerpt: email.slice(start, end), message },
  ];

  const self = book.indexOf(account.id);
  // The book's own object for this account: its domains are cleaned once, when the index is built.
  const own = accountDomains(self >= 0 ? (book.accounts[self] as Account) : account);
  const selfMatch = own.some((d) => domainWithin(domain, d));
  const index = bookDomainIndex(book);

  // Owners at every level, most specific first.
  const levels: Array<{ domain: string; owners: Account[] }> = [];
  for (const d of domainSuffixes(domain)) {
    const owners = index.get(d);
    if (owners === undefined) continue;
    levels.push({ domain: d, owners: owners.filter((i) => i !== self).map((i) => book.accounts[i] as Account) });
  }

  // Do-not-contact is checked against the recipient, whoever else shares the domain.
  const dnc = levels.flatMap((l) => l.owners.filter((a) => a.doNotContact && a.id !== account.id));
  if (dnc.length > 0) {
    const lvl = levels.find((l) => l.owners.some((a) => a.doNotContact)) as { domain: string };
    return finding('critical', `recipient ${email} is at ${lvl.domain}, a domain of ${listNames(dnc)}: that account is do-not-contact`);
  }

  if (selfMatch) {
    // A more specific domain that belongs only to other accounts wins (eu.acme.com of a subsidiary).
    const ownBest = Math.max(...own.filter((d) => domainWithin(domain, d)).map((d) => d.length));
    const deeper = levels.find((l) => l.domain.length > ownBest && l.owners.length > 0 && !own.includes(l.domain));
    if (deeper === undefined) return [];
    return finding('critical', `recipient ${email} is at ${deeper.domain}, a domain of ${listNames(deeper.owners)}, another account than ${account.name}`);
  }

  const owned = levels.find((l) => l.owners.length > 0);
  // The CRM has a website host (shop.acme.com) and people write from the company domain (acme.com):
  // the recipient's domain is a parent of one of the account's, and no other account claims it.
  if (owned === undefined && own.some((d) => d.endsWith(`.${domain}`)) && domain.includes('.') && !PERSONAL_MAILBOX_DOMAINS.has(domain)) return [];
  if (owned !== undefined) {
    return finding('critical', `recipient ${email} is at ${owned.domain}, a domain of ${listNames(owned.owners)}, another account than ${account.name}: the draft would bypass that account's rules`);
  }

  if (ownDomains.some((d) => domainWithin(domain, cleanHost(d)))) {
    return finding('warn', `recipient ${email} is at our own domain, not at ${account.name} (${own.join(', ') || 'no domain on file'})`);
  }
  if (domainSuffixes(domain).some((d) => PERSONAL_MAILBOX_DOMAINS.has(d))) {
    const wf = draft.workflow === undefined ? undefined : policy.workflows[draft.workflow];
    if (wf?.allow_personal_mailboxes === true) return [];
    return finding('warn', `recipient ${email} uses a personal mailbox (${domain}), not a domain of ${account.name} (${own.join(', ') || 'no domain on file'})`);
  }
  const typo = own.find((d) => editDistance(domain, d, 2) <= 2);
  if (typo !== undefined) {
    return finding('warn', `recipient domain ${domain} is not a domain of ${account.name}; did you mean ${typo}?`);
  }
  return finding('warn', `recipient domain ${domain} belongs to no account in the book (${account.name}: ${own.join(', ') || 'no domain on file'})`);
}
