/**
 * Whole clean emails (bench/eval/clean-emails.json): complete, sendable B2B emails an independent
 * writer composed — quotes with seat counts, meeting recaps, event invitations, replies that quote
 * the prospect, graceful break-ups. None should get a warn or critical finding. The generated
 * holdout's clean drafts are made of a few stock paragraphs; this set is what real mail reads like,
 * and its false-alarm rate is the one a rep feels.
 *
 * Each email is scanned as a draft to a clean train draft's account, with the recipient's name
 * taken from the greeting so the greeting check has a real name to compare.
 */
import { readFileSync } from 'node:fs';
import { buildBook } from '../../src/detect/book.js';
import { scanDraft } from '../../src/detect/scan.js';
import { SALUTATIONS, TITLES } from '../../src/detect/recipient.js';
import type { Account } from '../../src/detect/types.js';
import { FINDING_KINDS } from '../../src/detect/rules/schema.js';
import { parsePolicy } from '../../src/policy/schema.js';
import type { EvalBook } from './book.js';
import type { LabelledDraft } from './generate.js';

/** The company a writer's emails are sent from: its name and website. Ourco (ourco.com) unless the set says otherwise. */
export interface Seller {
  company: string;
  domain: string;
}

export const OURCO: Seller = { company: 'Ourco', domain: 'ourco.com' };

export interface EmailSet {
  note: string;
  /** Seen: findings on it shaped rules (a regression check), or never shown to a rule writer. */
  seen: boolean;
  /** Whose emails they are, when not Ourco's: scanned under a policy naming that company and domain. */
  seller?: Seller;
  emails: Array<{ subject: string; body: string }>;
}

export interface EmailScores {
  emails: number;
  flagged: number;
  /** Flagged emails whose every warn or critical finding is the sentence model's (`*.model`). */
  flagged_by_model_only: number;
  clean_false_alarm_rate: number;
  by_kind: Record<string, number>;
  /** Flagged emails per rule id (an email counts once per rule): ids and counts only, no text. */
  by_rule: Record<string, number>;
  misses: string[];
}

/** The greeting's salutation, optional titles ("Herr Dr."), name particles ("Van", "de", "Al", "bin") and name, in every language the scanner greets in (src/detect/recipient.ts). */
const GREETING = new RegExp(
  String.raw`^\s*(?:${[...SALUTATIONS].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})[\s,]+(?:(${TITLES.map((w) => w.replace(/[.]/g, '\\.')).join('|')})\.?\s+(?:(?:${TITLES.map((w) => w.replace(/[.]/g, '\\.')).join('|')})\.?\s+)?)?((?:(?:van|von|de|der|den|da|di|du|del|della|le|la|al|el|bin|ibn|ter|ten|dos|das|do|ó|ní|nic|mac|uí|ua)\s+){0,3}\p{Lu}[\p{L}'’-]+)`,
  'iu',
);

/** A Japanese or Korean honorific after a greeted surname ("Suzuki-san", "Ishikawa-sama", "Kim-nim"). */
const HONORIFIC = /-(?:san|sama|sensei|nim|ssi|shi)$/i;
const BARE_HONORIFIC_GREETING = /^\s*(\p{Lu}[\p{L}'’]+)-(?:san|sama|sensei|nim|ssi|shi)\s*,/iu;
/** A greeting that is the name alone on the first line ("Matías,"): it names the reader as a salutation does. */
const BARE_NAME_GREETING = /^\s*(\p{Lu}[\p{L}'’-]+)[ \t]*,[ \t]*\n/u;

export function loadEmailSet(file: string): EmailSet {
  return JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as EmailSet;
}

/**
 * The writers' world: their mail is from their seller (Ourco at ourco.com unless the set names
 * another), our own name and site, not a third party's.
 */
/** The link hosts the shipped policy allows (src/policy/default-policy.yaml `links.allow_domains`), read from the file. */
let shippedHosts: string[] | undefined;
function shippedAllowDomains(): string[] {
  if (shippedHosts !== undefined) return shippedHosts;
  const parsed = parsePolicy(readFileSync(new URL('../../src/policy/default-policy.yaml', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`the shipped policy does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
  shippedHosts = parsed.policy.links.allow_domains;
  return shippedHosts;
}

export function sellerPolicy(evalBook: EvalBook, seller: Seller = OURCO): EvalBook['policy'] {
  // The writers' reps book meetings on cal.com as well as calendly (their briefs name both) and send
  // video-call links (zoom.us, a company's own zoom.us subdomain, Teams, Meet, Webex): what the shipped
  // policy allows. Since the forty-first session.
  const links = { ...evalBook.policy.links, allow_domains: [...new Set([...evalBook.policy.links.allow_domains, ...shippedAllowDomains()])] };
  return { ...evalBook.policy, links, sender: { ...evalBook.policy.sender, company: seller.company, own_domains: [...evalBook.policy.sender.own_domains, seller.domain] } };
}

/**
 * A writer's `{NAME}` filled with the carrier's account: its name in prose, its domain where the
 * writer made a host of it ("https://{NAME}.example/news" → its site; "{NAME}.ourco.app" and
 * "https://{NAME}-sandbox.ourco.com" → its first label). Filled with the name there, the URL would
 * be broken ("https://Acme Analytics.example") and read as a link to nobody's site.
 */
export function fillName(t: string, account: Account): string {
  return t
    .replace(/\{NAME\}\.example\b/g, account.domain)
    .replace(/\{NAME\}(?=\.[a-z])|(?<=[/@.])\{NAME\}(?=-[\w-]*\.[a-z])/g, account.domain.split('.')[0] ?? account.domain)
    .replaceAll('{NAME}', account.name);
}

/** What both email sets are scanned with: the policy as the seller's, the book, and clean train drafts to carry them. */
export function emailScan(evalBook: EvalBook, train: readonly LabelledDraft[], seller: Seller = OURCO) {
  const policy = sellerPolicy(evalBook, seller);
  const book = buildBook(evalBook.accounts.map((a) => a.account), { sensitiveFields: policy.sensitive_fields });
  const carriers = train.filter((d) => d.expected.kinds.length === 0 && !d.traps.includes('verified_fact'));
  if (carriers.length === 0) throw new Error('no clean train drafts to carry the emails');
  /** Email `i` as a draft of its carrier, to the name its greeting uses; its findings (warn and critical). */
  return (i: number, subject: string, body: string, fill: (t: string, account: Account) => string = (t) => t) => {
    const carrier = carriers[i % carriers.length] as LabelledDraft;
    const account = book.get(carrier.draft.account_id) as Account;
    const g = GREETING.exec(body);
    // "Suzuki-san", "Kim-nim": a surname with its honorific, as "Mr. Suzuki" is (the suffix is no part of the name).
    // A greeting that is the surname and its honorific alone ("Nakamura-san,") names the reader too.
    const bare = g === null ? BARE_HONORIFIC_GREETING.exec(body) : null;
    const alone = g === null && bare === null ? BARE_NAME_GREETING.exec(body) : null;
    const honorific = g === null ? null : HONORIFIC.exec(g[2] as string);
    const name = bare !== null ? `Jordan ${bare[1]}` : alone !== null ? `${alone[1]} Whitfield`
      : g === null ? carrier.draft.to.name : g[1] !== undefined ? `Jordan ${g[2]}` : honorific !== null ? `Jordan ${(g[2] as string).slice(0, honorific.index)}` : `${g[2]} Whitfield`;
    // From a mailbox of the writers' company whose name is nobody's: the carrier's own sender (a
    // generated Sam or Tomas) would make "Samuel, …" in a writer's email a note to the sender.
    const draft = { ...carrier.draft, subject: fill(subject, account), body: fill(body, account), to: { ...carrier.draft.to, name }, from: `hello@${seller.domain}` };
    return { account, found: scanDraft(draft, account, book, policy).filter((f) => f.severity !== 'info') };
  };
}

export function scoreEmails(set: EmailSet, evalBook: EvalBook, train: readonly LabelledDraft[]): EmailScores {
  const scan = emailScan(evalBook, train, set.seller);
  // Every kind, zero included: bench/results.json keeps its keys when a kind's count falls to none.
  const byKind: Record<string, number> = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0]));
  const byRule: Record<string, number> = {};
  const misses: string[] = [];
  let flagged = 0;
  let modelOnly = 0;
  set.emails.forEach((e, i) => {
    // Set E names the prospect as {NAME}: the carrier's account, as in the problem emails.
    const { found } = scan(i, e.subject, e.body, fillName);
    if (found.length === 0) return;
    flagged++;
    if (found.every((f) => f.rule?.endsWith('.model') === true)) modelOnly++;
    for (const f of found) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    for (const rule of new Set(found.map((f) => f.rule ?? f.kind))) byRule[rule] = (byRule[rule] ?? 0) + 1;
    misses.push(`#${i}: ${found.map((f) => `${f.kind}/${f.rule ?? ''}: ${f.excerpt}`).join(' | ')}`);
  });
  return {
    emails: set.emails.length, flagged, flagged_by_model_only: modelOnly, clean_false_alarm_rate: Math.round((flagged / Math.max(1, set.emails.length)) * 1000) / 1000,
    by_kind: byKind, by_rule: byRule, misses,
  };
}

export interface ProblemEmailSet {
  note: string;
  seen: boolean;
  seller?: Seller;
  emails: Array<{ kind: string; subject: string; body: string; problem: string }>;
}

export interface ProblemEmailScores {
  emails: number;
  /** Share of each kind's emails in which a finding of that kind appears. */
  recall: Record<string, number>;
  /** Emails with a warn or critical finding of another kind than their problem. */
  with_other_findings: number;
  /** Per kind: emails whose problem was found, and emails of that kind. */
  caught: Record<string, [number, number]>;
  misses: string[];
}

/**
 * Whether a finding of kind `found` answers a problem labelled `labelled`. Writers since the
 * twenty-first session were asked for "a credential or sensitive identifier" under `secret`
 * (card numbers, national ids and IBANs among them), which the scanner reports as `pii`: both are
 * leaked data it blocks, so a pii finding answers a secret problem.
 */
function sameKind(found: string, labelled: string): boolean {
  return found === labelled || (labelled === 'secret' && found === 'pii');
}

/** Whole emails with exactly one problem each (bench/eval/problem-emails.json): is it found, and nothing else? */
export function scoreProblemEmails(set: ProblemEmailSet, evalBook: EvalBook, train: readonly LabelledDraft[]): ProblemEmailScores {
  const scan = emailScan(evalBook, train, set.seller);
  const caught: Record<string, [number, number]> = {};
  const misses: string[] = [];
  let other = 0;
  set.emails.forEach((e, i) => {
    const { account, found } = scan(i, e.subject, e.body, fillName);
    const c = (caught[e.kind] ??= [0, 0]);
    c[1]++;
    if (found.some((f) => sameKind(f.kind, e.kind))) c[0]++;
    else misses.push(`#${i} ${e.kind}: ${fillName(e.problem, account)}`);
    const others = found.filter((f) => !sameKind(f.kind, e.kind));
    if (others.length > 0) {
      other++;
      misses.push(`#${i} ${e.kind}, also: ${others.map((f) => `${f.kind}/${f.rule ?? ''}: ${f.excerpt}`).join(' | ')}`);
    }
  });
  const recall = Object.fromEntries(Object.entries(caught).map(([k, [a, b]]) => [k, Math.round((a / Math.max(1, b)) * 1000) / 1000]));
  return { emails: set.emails.length, recall, with_other_findings: other, caught, misses };
}
