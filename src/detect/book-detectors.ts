/**
 * Detectors that read the book: other_account (names, aliases, domains of other accounts) and
 * sensitive_field (any account's sensitive values, whatever the formatting).
 *
 * Precision rules (a reviewer drowned in false alarms rubber-stamps):
 * - Names resolve leftmost-longest over the whole book, so "Acme Logistics" beats the alias
 *   "Acme", and a name inside the target's own longer name is the target. A match must sit on
 *   word boundaries; plain-word names must be written capitalized ("Loop", not "in the loop").
 * - The target account's sensitive numbers and dates always count. Another account's count
 *   only when distinctive (a money value with 3+ significant digits, held by that account alone,
 *   never our public price) or when the draft also names that account: 4,000 accounts' round
 *   numbers and renewal days cover every ordinary number and date otherwise. A value several
 *   accounts share ("$105,000" that four unrelated accounts pay) is no evidence of a leak unless
 *   one of them is named in the draft (the draft's own account counts as named).
 * - Findings carry the ids of the core pack's rules (`sensitive.crm-values`,
 *   `other-account.mention`): `disable:` and `severity:` apply to them like to any rule.
 * - Notes count as six-word verbatim runs with at least two content words, any account.
 */
import type { Book, NoteRef, SensitiveRef, TermRef } from './book.js';
import { NOTE_WORD_MASK, SHINGLE_FILTER_MASK, SHINGLE_WORDS, significantDigits } from './book.js';
import { addFinding, formatUsd, type FieldText, type ScanContext } from './context.js';
import type { FindingKind } from './types.js';

/** Adds a finding of a code detector's rule (nothing when the owner disabled it). */
function emit(ctx: ScanContext, f: FieldText, detector: string, fallback: FindingKind, start: number, end: number, message: string): void {
  const rule = ctx.rules.detector(detector);
  if (rule === undefined) return;
  addFinding(ctx, f, fallback, rule.severity, start, end, message, rule.rule.id);
}
import { normalizeTerm } from './normalize.js';
import { isEnglishWord } from './model/detect.js';
import { lineStartOf } from './text-index.js';
import { hostAllowed } from '../policy/domains.js';
import { isWordAt } from './normalize.js';
import { findDates, findNumbers, findWordPercents, numberKey, type DateMention, type NumberMention } from './numbers.js';
import { splitWordsShared, wordsAt, type WordSpans } from './words.js';

// Imported bindings copied once: hot loops must not pay for live-binding access per iteration.
const WINDOW = SHINGLE_WORDS;
const FILTER_MASK = SHINGLE_FILTER_MASK;

interface Resolved {
  start: number;
  end: number;
  refs: readonly TermRef[];
}

const FIELD_LABEL: Record<string, string> = {
  contract_value: 'contract value',
  discount_pct: 'discount',
  renewal_date: 'renewal date',
  deal_risk_notes: 'deal risk notes',
  private_notes: 'private notes',
};

function label(field: string): string {
  return FIELD_LABEL[field] ?? field.replace(/_/g, ' ');
}

function owner(ctx: ScanContext, account: number): string {
  return account === ctx.accountIndex ? 'this account' : (ctx.book.accounts[account]?.name ?? 'another account');
}

function isDomainChar(s: string, i: number): boolean {
  return isWordAt(s, i) || s[i] === '-';
}

const UPPER_RE = /\p{Lu}/u;

/** Leftmost-longest, boundary-checked term matches of one field. */
export function resolveTerms(book: Book, f: FieldText): Resolved[] {
  const { lower, folded } = f.text;
  const cands: Resolved[] = [];
  for (const m of f.matches) {
    const refs = book.terms[m.pattern];
    if (refs === undefined || refs.length === 0) continue;
    const isDomain = refs[0]?.kind === 'domain';
    const boundary = isDomain ? isDomainChar : isWordAt;
    if (boundary(lower, m.start - 1) || boundary(lower, m.end)) continue;
    if (isDomain && lower[m.end] === '.' && isWordAt(lower, m.end + 1)) continue; // acme.com.au
    // Written capitalized or not: one test per match, and the book's own list when every ref passes.
    const capital = UPPER_RE.test(folded[m.start] ?? '');
    let capitalOk: readonly TermRef[] = refs;
    if (!capital) {
      let all = true;
      for (const r of refs) if (r.requireCapital) all = false;
      if (!all) capitalOk = refs.filter((r) => !r.requireCapital);
    }
    if (capitalOk.length === 0) continue;
    cands.push({ start: m.start, end: m.end, refs: capitalOk });
  }
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Resolved[] = [];
  let reach = -1;
  for (const c of cands) {
    if (c.start < reach) continue;
    out.push(c);
    reach = c.end;
  }
  return out;
}

function senderExcluded(ctx: ScanContext, account: number): boolean {
  const a = ctx.book.accounts[account];
  if (a === undefined) return true;
  const company = ctx.policy.sender.company;
  if (company !== '' && normalizeTerm(company) === normalizeTerm(a.name)) return true;
  const domain = a.domain.toLowerCase().replace(/^www\./, '');
  return hostAllowed(domain, ctx.policy.sender.own_domains);
}

/** other_account findings plus sensitive phrases held in the automaton. Fills ctx.named. */
export function detectTerms(ctx: ScanContext, fields: FieldText[]): void {
  const target = ctx.accountIndex;
  const sender = normalizeTerm(ctx.policy.sender.company);
  const targetNames = [ctx.account.name, ...ctx.account.aliases].map(normalizeTerm);
  for (const f of fields) {
    for (const r of resolveTerms(ctx.book, f)) {
      const phrases = r.refs.filter((x) => x.kind === 'phrase');
      for (const p of phrases) {
        emit(ctx, f, 'sensitive-values', 'sensitive_field', r.start, r.end,
          `${label(p.field ?? '')} of ${owner(ctx, p.account)} appears in the draft`);
      }
      if (phrases.length > 0) continue;
      // The target (or our own company) owning the text wins: "Acme" alias of the target is fine.
      if (r.refs.some((x) => x.account === target)) continue;
      const said = f.text.lower.slice(r.start, r.end);
      if (sender !== '' && said === sender) continue;
      // "Acme" when writing to Acme Logistics means the prospect, even if another account's
      // alias is "Acme": a leading word run of the target's own names never counts.
      if (targetNames.some((n) => n === said || n.startsWith(`${said} `))) continue;
      const others = [...new Set(r.refs.map((x) => x.account))].filter((a) => !senderExcluded(ctx, a));
      if (others.length === 0) continue;
      // A one-word name that is also an English word ("Next" of Next plc, "Target" of Target
      // Corporation, "Box") with its capital only because it opens the subject, a line or a
      // sentence ("Next steps:", "Target: a 20% cut") is the word, not the company.
      if (!said.includes(' ') && r.refs.every((x) => x.requireCapital) && capitalByPlace(f.text.folded, r.start) && !NAMED_AFTER.test(f.text.folded.slice(r.end, r.end + 24)) && isEnglishWord(said)) continue;
      // A name that is also a product the reader works with ("we sync with Salesforce", "a Box or
      // Google Drive folder", "the SAP connector"): a tool named, not another prospect.
      if (r.refs.every((x) => x.kind !== 'domain') && namedAsTool(f.text.lower, r.start, r.end)) continue;
      for (const a of others) ctx.named.add(a);
      const names = others.slice(0, 3).map((a) => ctx.book.accounts[a]?.name ?? '?');
      const what = r.refs[0]?.kind === 'domain' ? 'the domain of' : 'another account,';
      emit(ctx, f, 'other-accounts', 'other_account', r.start, r.end,
        others.length === 1
          ? `mentions ${what} ${names[0]}`
          : `mentions ${names.length === others.length ? names.join(' / ') : `${names.join(' / ')} …`} (other accounts)`);
    }
  }
}

/** What may stand between a line's start and its first word: indentation, a bullet or a number, an opening quote or bracket. */
const LINE_OPENING = /^[ \t]*(?:[-*•>#]+[ \t]*|\d{1,2}[.)][ \t]*)?["“'‘(\[]*$/;
/** A sentence's or a label's end before the word: "…today. Next", "Goal: Target". */
const AFTER_STOP = /[.!?:;][)"”’\]]*[ \t]+["“'‘(\[]*$/;

/** After a name, what makes it one: a possessive ("Target's"), or another name in a list ("Box, SAP and …"). */
const NAMED_AFTER = /^(?:['’]s\b|,?[ \t]+(?:and|or|&)[ \t]+\p{Lu}|,[ \t]*\p{Lu})/u;

/** Whether the word at `at` is written with a capital because of where it stands (a line's or a sentence's first word). */
function capitalByPlace(folded: string, at: number): boolean {
  const lineStart = lineStartOf(folded, at);
  const head = folded.slice(Math.max(lineStart, at - 40), at);
  return (at - lineStart <= 40 && LINE_OPENING.test(head)) || AFTER_STOP.test(head);
}

/** A product's own nouns just after its name: "Salesforce integration", "Box or Google Drive folder", "your SAP instance". */
const TOOL_AFTER = /^(?:\s+(?:or|and|\/|&)\s+[\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+)?)?\s*(?:-\s*)?(?:integration|integrations|connector|connectors|plugin|plug-in|plugins|add-on|add-ons|app|apps|instance|instances|org|orgs|tenant|workspace|workspaces|api|apis|crm|erp|folder|folders|drive|laptop|laptops|desktop|device|devices|marketplace|app store|admin|dashboard|dashboards|sandbox|module|modules|objects?|fields?|login|sso|single sign-on|environment|ecosystem|stack|cloud|sync|export|exports|import|imports|calendar|inbox|channel|channels|sheet|sheets|spreadsheet|spreadsheets|files?|docs?|document|documents)(?![\p{L}])/u;

/**
 * An integration verb before the name in its sentence: "syncs with", "connects to", "export from",
 * "built on", "works on any". Not "works with": "we work with Globex" names a customer.
 */
const TOOL_BEFORE = /(?:(?:integrat\w*|sync\w*|connect\w*|plug\w*|push\w*|pull\w*|import\w*|export\w*|install\w*|deploy\w*|native\w*|supports?|supported|compatible)\s+(?:directly\s+|natively\s+|straight\s+|seamlessly\s+)?(?:with|into|to|from|in|on|inside|via|through|alongside)|(?:works?|working|runs?|running|built|lives?|hosted|available)\s+(?:directly\s+|natively\s+)?(?:on|in|inside|via|through))\s+(?:your\s+|their\s+|our\s+|the\s+|any\s+|a\s+|an\s+)?(?:[\p{L}\p{N}.-]+\s+(?:and|or|&|\/)\s+|[\p{L}\p{N}.-]+,\s+)?$/u;

function namedAsTool(lower: string, start: number, end: number): boolean {
  const [from, to] = sentenceReach(lower, start, end, 80, 40);
  return TOOL_BEFORE.test(lower.slice(from, start)) || TOOL_AFTER.test(lower.slice(end, to));
}

function describeValue(ref: SensitiveRef): string {
  const n = Number(ref.value.replace(/[^\d.]/g, ''));
  if (ref.kind === 'money' && Number.isFinite(n)) return formatUsd(n);
  if (ref.kind === 'percent' && !ref.value.includes('%')) return `${ref.value}%`;
  return ref.value;
}

const PRICE_WORDS =
  /\b(?:discount\w*|off|price\w*|pricing|rate|deal|savings?|save|rebate|markdown|concession|contract|renewal|cheaper|less than|below list|list price|reduction(?! (?:in|of) )|(?:lower|reduction|reduced)(?: (?:in|on|of|to))?(?: (?:the|your|our|its|their|annual|monthly|yearly))? (?:\w+ )?(?:price|prices|pricing|rate|rates|fee|fees|subscription|licen[cs]es?|quote|bill|invoice|cost to you|seat|seats))\b/;

/**
 * A percentage equal to a discount only counts next to price words in the same sentence:
 * "22% off", "a 22 percent discount", "keeping your 22% reduction", "a 22% lower licence fee" leak;
 * "cut ramp time by 30 percent", "a 22% reduction in downtime" and a customer's "22% lower
 * maintenance cost per tonne" are marketing.
 */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

/** Where the sentence around [start, end) begins and ends, at most `before` and `after` units away. */
function sentenceReach(lower: string, start: number, end: number, before: number, after: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < before && !isSentenceEnd(lower.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < lower.length && to - end < after && !isSentenceEnd(lower.charCodeAt(to))) to++;
  return [from, to];
}

function priceContext(lower: string, start: number, end: number): boolean {
  const [from, to] = sentenceReach(lower, start, end, 80, 80);
  return PRICE_WORDS.test(lower.slice(from, to));
}

function refCounts(ctx: ScanContext, ref: SensitiveRef, shared: boolean): boolean {
  if (ref.account === ctx.accountIndex) return true;
  if (ctx.named.has(ref.account)) return true;
  if (ref.kind === 'money' && ref.significant >= 3) return !shared;
  return false;
}

/**
 * The refs of one value, grouped once: whether several accounts hold it, and each account's refs
 * in list order (with their positions), so a mention looks at the target's and the named
 * accounts' refs instead of walking a list that may hold hundreds.
 */
interface ValueRefs {
  shared: boolean;
  byAccount: Map<number, Array<{ ref: SensitiveRef; at: number }>>;
}

const NO_REFS: ReadonlyArray<{ ref: SensitiveRef; at: number }> = [];

const groupCache = new WeakMap<readonly SensitiveRef[], ValueRefs>();

function groupRefs(refs: readonly SensitiveRef[]): ValueRefs {
  let g = groupCache.get(refs);
  if (g === undefined) {
    const first = refs[0]?.account;
    const byAccount = new Map<number, Array<{ ref: SensitiveRef; at: number }>>();
    refs.forEach((ref, at) => {
      const list = byAccount.get(ref.account);
      if (list === undefined) byAccount.set(ref.account, [{ ref, at }]);
      else list.push({ ref, at });
    });
    g = { shared: refs.some((r) => r.account !== first), byAccount };
    groupCache.set(refs, g);
  }
  return g;
}

const priceCache = new WeakMap<number[], Set<number>>();

function publicPricesOf(prices: number[]): Set<number> {
  let set = priceCache.get(prices);
  if (set === undefined) {
    set = new Set(prices.map(numberKey));
    priceCache.set(prices, set);
  }
  return set;
}

/** Words that say a figure is approximate: "roughly $45k", "just under 45,000 dollars". */
const APPROX_BEFORE = /(?:roughly|about|around|approximately|approx\.?|nearly|almost|close to|just (?:under|over|shy of)|north of|south of|some|~)\s*(?:us\$|usd|\$|€|eur|£|gbp)?\s?$/;

/**
 * The target's contract value written rounded ("your ~$45k contract" for 44,800): a money mention
 * within 5% of one of the target's money values, rounder than it, and said to be approximate or
 * sitting among price words. Only the target's own values: across 4,000 accounts a round figure
 * near someone's value is chance.
 */
function roundedTargetValue(ctx: ScanContext, lower: string, n: NumberMention, publicPrices: Set<number>): SensitiveRef | undefined {
  if (n.percent || (!n.currency && !n.scaled)) return undefined;
  const own = ctx.book.moneyOf[ctx.accountIndex];
  if (own === undefined) return undefined;
  let near: SensitiveRef | undefined;
  for (const v of n.values) {
    if (v < 1000 || publicPrices.has(numberKey(v))) continue;
    near ??= own.find((ref) => {
      const value = ref.amount ?? 0;
      return value !== v && Math.abs(v - value) <= value * 0.05 && significantDigits(v) < ref.significant;
    });
  }
  if (near === undefined) return undefined;
  const approx = APPROX_BEFORE.test(lower.slice(Math.max(0, n.start - 24), n.start));
  return approx || priceContext(lower, n.start, n.end) ? near : undefined;
}

const TAX_WORDS = String.raw`(?:vat|gst|hst|pst|qst|sales tax|tax|iva|tva|mwst|ust|btw|moms|mva|alv|dph|áfa|kdv|ppn|sst|igv|itbms|itbis)`;
const TAX_BEFORE = new RegExp(String.raw`(?<![\p{L}])${TAX_WORDS}(?![\p{L}])(?: rate| at)?[ \t(:@-]*$`, 'u');
const TAX_AFTER = new RegExp(String.raw`^[ \t)]*${TAX_WORDS}(?![\p{L}])`, 'u');

/** A percentage next to a tax's name: "+ VAT (19%)", "19% IVA", "GST at 10%" (fifty-third session, KH). */
function isTaxRate(lower: string, start: number, end: number): boolean {
  return TAX_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) || TAX_AFTER.test(lower.slice(end, end + 16));
}

/** sensitive_field findings from numbers, dates and note runs. Run after detectTerms. */
export function detectSensitive(ctx: ScanContext, fields: FieldText[]): void {
  const { book } = ctx;
  const publicPrices = publicPricesOf(ctx.policy.sender.public_prices_usd);
  for (const f of fields) {
    const { lower } = f.text;
    if (book.numbers.size > 0) {
      const words = findWordPercents(lower);
      for (const n of words.length === 0 ? findNumbers(lower) : [...findNumbers(lower), ...words]) {
        let hit: SensitiveRef | undefined;
        let priced: boolean | undefined; // price words around the mention, computed once
        // Whether a ref that counts for this mention (refCounts) fits it as a number.
        const fits = (ref: SensitiveRef, v: number): boolean => {
          if (ref.kind === 'percent') {
            if (!n.percent) return false;
            // A tax rate ("€3,360 + VAT (19%)", "19% IVA") is the law's figure, never a deal's.
            if (isTaxRate(lower, n.start, n.end)) return false;
            priced ??= priceContext(lower, n.start, n.end);
            if (!priced) return false;
          }
          if (ref.kind === 'money') {
            if (n.percent) return false;
            const yearLike = !n.currency && !n.scaled && n.digits === 4 && v >= 1900 && v <= 2100;
            if (yearLike) return false;
            if (!n.currency && !n.scaled && v < 1000) return false;
            // Our public list price is public, whoever happens to pay exactly that.
            if (publicPrices.has(numberKey(v))) return false;
            // Another account's value must at least be written as money (not "draft 1753").
            if (ref.account !== ctx.accountIndex && !ctx.named.has(ref.account) && !n.currency && !n.scaled) return false;
          }
          return true;
        };
        // The first fitting ref of the target wins; else the first fitting ref of another account
        // that counts (named in the draft, or a distinctive money value only it holds), in the
        // order of the values and of each value's refs.
        for (const v of n.values) {
          const refs = book.numbers.get(numberKey(v));
          if (refs === undefined) continue;
          const g = groupRefs(refs);
          for (const x of g.byAccount.get(ctx.accountIndex) ?? NO_REFS) {
            if (fits(x.ref, v)) {
              hit = x.ref;
              break;
            }
          }
          if (hit !== undefined && hit.account === ctx.accountIndex) break;
          if (hit !== undefined) continue;
          let best: { ref: SensitiveRef; at: number } | undefined;
          if (!g.shared) {
            // One account holds every ref of this value (not the target: its refs were read above).
            for (let at = 0; at < refs.length; at++) {
              const ref = refs[at] as SensitiveRef;
              if (ref.account === ctx.accountIndex || !refCounts(ctx, ref, false) || !fits(ref, v)) continue;
              best = { ref, at };
              break;
            }
          } else {
            for (const a of ctx.named) {
              if (a === ctx.accountIndex) continue;
              for (const x of g.byAccount.get(a) ?? NO_REFS) {
                if (best !== undefined && x.at > best.at) break;
                if (fits(x.ref, v)) {
                  best = x;
                  break;
                }
              }
            }
          }
          if (best !== undefined) hit = best.ref;
        }
        if (hit !== undefined) {
          emit(ctx, f, 'sensitive-values', 'sensitive_field', n.start, n.end,
            `${label(hit.field)} of ${owner(ctx, hit.account)} (${describeValue(hit)}) appears in the draft`);
        } else {
          const rounded = roundedTargetValue(ctx, lower, n, publicPrices);
          if (rounded !== undefined) {
            emit(ctx, f, 'sensitive-values', 'sensitive_field', n.start, n.end,
              `${label(rounded.field)} of ${owner(ctx, rounded.account)} (${describeValue(rounded)}) appears rounded in the draft`);
          }
        }
      }
    }
    let dateRefs = book.datesOf[ctx.accountIndex] ?? [];
    for (const a of ctx.named) dateRefs = dateRefs.concat(book.datesOf[a] ?? []);
    if (dateRefs.length > 0) {
      for (const d of findDatesAround(lower, dateRefs)) {
        // A day without a year in a plan's timeline ("Phase 2 (25 January – 12 February)",
        // "3. January 25 – February 5: review") or given as a meeting's slot ("Tentatively Tuesday
        // 25 March, 11:00 WAT": a weekday before it or a time after it; forty-second session, MP)
        // is the stored renewal day by coincidence, unless the words around it speak of a renewal,
        // a contract or a term.
        if (d.keys.every((k) => k.startsWith('--')) && (inTimeline(lower, d.start, d.end) || meetingSlot(lower, d.start, d.end)) &&
          !DATE_CONTEXT.test(lower.slice(Math.max(0, d.start - 80), d.end + 80))) continue;
        // The date of an earlier message in its attribution line ("Le mar. 3 juin 2025 à 09:14,
        // Julie Lavoie a écrit :", "On Tue, 3 Mar 2026 at 09:14, Julie wrote:"): when it was sent.
        if (onAttributionLine(lower, d.start)) continue;
        let hit: SensitiveRef | undefined;
        for (const key of d.keys) {
          // A date written with a year must equal the stored date; a day written without a
          // year matches the stored day (keys `--MM-DD`).
          for (const ref of book.dates.get(key) ?? []) {
            if (ref.account !== ctx.accountIndex && !ctx.named.has(ref.account)) continue;
            if (hit === undefined || ref.account === ctx.accountIndex) hit = ref;
          }
        }
        if (hit !== undefined) {
          emit(ctx, f, 'sensitive-values', 'sensitive_field', d.start, d.end,
            `${label(hit.field)} of ${owner(ctx, hit.account)} (${hit.value}) appears in the draft`);
        }
      }
    }
    if (book.shingles.size > 0) detectShingles(ctx, f);
  }
}

/** A weekday right before a date ("Tuesday 25 March", "Thu, 13 November"). */
const WEEKDAY_BEFORE = /(?<![\p{L}])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?[ \t]+(?:the[ \t]+)?$/u;
/** A clock time right after a date ("25 March, 11:00", "13 November at 2pm", "3 June 08:30–10:00"). */
const TIME_AFTER = /^(?:st|nd|rd|th)?,?[ \t]*(?:at[ \t]+|from[ \t]+|@[ \t]*|,[ \t]*)?(?:\d{1,2}[:.h]\d{2}|\d{1,2}[ \t]*(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}]))/u;

/** Whether the date at [start, end) of `lower` reads as a meeting's slot: a weekday before it or a time after it. */
function meetingSlot(lower: string, start: number, end: number): boolean {
  return WEEKDAY_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) || TIME_AFTER.test(lower.slice(end, end + 20));
}

/** The line holding `at` ends as a quoted message's attribution does ("… wrote:", "… a écrit :"). */
function onAttributionLine(lower: string, at: number): boolean {
  const nl = lower.indexOf('\n', at);
  const line = lower.slice(lower.lastIndexOf('\n', at - 1) + 1, nl < 0 ? lower.length : nl);
  return ATTRIBUTION_END.test(line);
}

const ATTRIBUTION_END = /(?:wrote|a écrit|schrieb|escribió|scrisse|escreveu|schreef|napisał|skrev|kirjoitti|yazdı|menulis)\s*:\s*$/;

/** A date that is one end of a range, or sits on a numbered or bulleted line of a plan. */
function inTimeline(lower: string, start: number, end: number): boolean {
  // The other end of a range is a date too: a digit or a month or weekday name.
  if (/^\s*(?:[-–—]|to|through|until|till)\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/.test(lower.slice(end, end + 20))) return true;
  if (/(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s*(?:[-–—]|to|through|until)\s*$/.test(lower.slice(Math.max(0, start - 24), start))) return true;
  const line = lower.slice(lower.lastIndexOf('\n', start - 1) + 1, start);
  return /^\s*(?:[-*•]|\d{1,2}[.)]|(?:phase|week|step|stage|milestone|sprint|wave)\b)/.test(line);
}

/** Words that make a yearless date a contract date rather than a day in a plan. */
const DATE_CONTEXT = /\b(?:renew\w*|contract\w*|term|terms|expir\w*|agreement|subscription|licen[cs]e|end date|anniversary|notice|cancel\w*|auto-?renew\w*|due)\b/;

/**
 * Date mentions near the places the relevant days are written: every spelling of a date
 * contains its day number, so the full date grammar only runs on small windows around them.
 */
function findDatesAround(lower: string, refs: readonly SensitiveRef[]): DateMention[] {
  const days = new Set<string>();
  for (const r of refs) {
    const day = Number(r.date?.slice(8) ?? '0');
    days.add(String(day));
    if (day < 10) days.add(`0${day}`);
  }
  const windows: Array<[number, number]> = [];
  for (const day of days) {
    for (let at = lower.indexOf(day); at >= 0; at = lower.indexOf(day, at + 1)) {
      const before = lower.charCodeAt(at - 1);
      const after = lower.charCodeAt(at + day.length);
      if ((before >= 48 && before <= 57) || (after >= 48 && after <= 57)) continue;
      windows.push([Math.max(0, at - 24), Math.min(lower.length, at + day.length + 24)]);
    }
  }
  if (windows.length === 0) return [];
  windows.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  const out: DateMention[] = [];
  for (const [from, to] of merged) {
    // Widen to word boundaries so no word or number is cut in half at the window's edges.
    let s = from;
    while (s > 0 && /[\w$€£]/.test(lower[s - 1] as string)) s--;
    let e = to;
    while (e < lower.length && /\w/.test(lower[e] as string)) e++;
    for (const d of findDates(lower.slice(s, e))) out.push({ start: d.start + s, end: d.end + s, keys: d.keys });
  }
  return out;
}

function detectShingles(ctx: ScanContext, f: FieldText): void {
  // Shared buffers: the spans are read only inside this call (reportRun included).
  const spans = splitWordsShared(f.text.lower);
  const hashes = spans.hashes;
  const last = spans.count - WINDOW;
  const filter = ctx.book.shingleFilter;
  const words = ctx.book.noteWordFilter;
  let runStart = -1;
  let runEnd = -1;
  let runAccount = -1;
  let runField = '';
  let noteRun = 0; // consecutive words (ending at i + WINDOW - 1) that occur in some note
  for (let w = 0; w < WINDOW - 1 && w < spans.count; w++) {
    const b = (hashes[w] as number) & NOTE_WORD_MASK;
    noteRun = ((words[b >>> 5] as number) & (1 << (b & 31))) === 0 ? 0 : noteRun + 1;
  }
  for (let i = 0; i <= last; i++) {
    const b = (hashes[i + WINDOW - 1] as number) & NOTE_WORD_MASK;
    noteRun = ((words[b >>> 5] as number) & (1 << (b & 31))) === 0 ? 0 : noteRun + 1;
    if (noteRun < WINDOW) continue;
    // Inline of windowKey (words.ts): keep the two in step.
    let key = 0x9e3779b9 | 0;
    for (let k = i; k < i + WINDOW; k++) {
      key = Math.imul(key ^ (hashes[k] as number), 0x5bd1e995);
      key ^= key >>> 15;
    }
    key &= 0x3fffffff;
    const bit = key & FILTER_MASK;
    if (((filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) continue;
    const index = ctx.book.shingles;
    let run = index.first.get(key) ?? -1;
    if (run < 0) continue;
    const said = wordsAt(spans, i, WINDOW);
    let ref: NoteRef | undefined;
    for (; run >= 0; run = index.next[run] ?? -1) {
      const note = index.notes[index.note[run] ?? -1];
      if (note === undefined || wordsAt(note.spans, index.at[run] ?? 0, WINDOW) !== said) continue;
      if (ref === undefined || note.account === ctx.accountIndex) ref = note;
    }
    if (ref === undefined) continue;
    if (runAccount >= 0 && i <= runEnd + 1 && runAccount === ref.account) {
      runEnd = i + WINDOW - 1;
      continue;
    }
    if (runAccount >= 0) reportRun(ctx, f, spans, runStart, runEnd, runAccount, runField);
    runStart = i;
    runEnd = i + WINDOW - 1;
    runAccount = ref.account;
    runField = ref.field;
  }
  if (runAccount >= 0) reportRun(ctx, f, spans, runStart, runEnd, runAccount, runField);
}

function reportRun(
  ctx: ScanContext, f: FieldText, spans: WordSpans, from: number, to: number, account: number, field: string,
): void {
  emit(ctx, f, 'sensitive-values', 'sensitive_field', spans.starts[from] ?? 0, spans.ends[to] ?? 0,
    `${to - from + 1} words copied from the ${label(field)} of ${owner(ctx, account)}`);
}
