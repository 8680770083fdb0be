/**
 * Our own name, read as one word whatever the policy calls us.
 *
 * The rules say "us" in many ways: "we", "our", and our company's name ("Brightwell opened an
 * office in Lyon" is our news, "Brightwell's 3,000 customers" our figure, "WHAT BRIGHTWELL COVERS"
 * a heading about us). Written once per company they would only know the company they were
 * written for, so the scan folds every name we go by onto one token, OUR_TOKEN, before any
 * detector reads the text, and the packs (and the code) name us with that token. The offset maps
 * carry the fold like any other (normalize.ts): findings still point at "Brightwell" in the draft.
 *
 * The names we go by:
 * - `sender.company`, without its legal form ("Brightwell Systems, Inc." → "Brightwell Systems"),
 *   in any case;
 * - `sender.aliases` (a short name, a former name), in any case;
 * - the company's first word when the name has more than one ("Brightwell" of "Brightwell
 *   Systems") and that word is not an English word ("Blue" of "Blue Harbor Software" is not us),
 *   written with its capital;
 * - with no company in the policy, the first label of each of our domains ("brightwell" of
 *   brightwell.io and of the draft's own `from` domain) when it is not an English word, written
 *   with its capital ("Brightwell", "BRIGHTWELL").
 *
 * A name inside a host, an address or a path ("events.brightwell.io", "sam@brightwell.io",
 * "brightwell-sandbox") is left alone: links and addresses are checked against our domains as
 * written.
 */
import type { Policy } from '../policy/schema.js';
import type { FoldedText } from './normalize.js';
import type { Book } from './book.js';
import { escapeRegExp, normalizeTerm, OUR_TOKEN } from './normalize.js';
import { isEnglishWord } from './model/detect.js';

export { OUR_TOKEN };

/** Legal forms after a company's name: "Inc.", "Ltd", "GmbH", "S.A.", "Pty Ltd", "B.V.". */
const LEGAL_FORM = /(?:[\s,]+(?:inc|incorporated|ltd|limited|llc|llp|lp|plc|corp|corporation|co|company|gmbh|ag|kg|se|sa|sas|sarl|srl|spa|bv|nv|ab|as|asa|oy|oyj|aps|a\/s|kk|pty|pte|sdn bhd|bhd|ulc|pvt|private|s\.?\s?a\.?\s?s\.?|s\.?\s?a\.?|s\.?\s?r\.?\s?l\.?|s\.?\s?p\.?\s?a\.?|b\.?\s?v\.?|n\.?\s?v\.?|s\.?\s?l\.?|k\.?\s?k\.?|l\.?\s?l\.?\s?c\.?)\.?)+\s*$/i;

interface OurNames {
  /** One alternation over every name, case-insensitive, global. */
  re: RegExp;
  /** Names (normalized) that count only when written with a capital. */
  capitalOnly: ReadonlySet<string>;
  /** The one-word names, as the sentence model meets them in a host ("brightwell" of brightwell.io). */
  words: ReadonlySet<string>;
  /** Every name, normalized, longest first (ourNamesOf). */
  names: readonly string[];
}

const cache = new WeakMap<Policy, OurNames | null>();

/** The names we go by under this policy, normalized (lower case, single spaces), longest first. */
export function ourNamesOf(policy: Policy): { name: string; capitalOnly: boolean }[] {
  const out = new Map<string, boolean>();
  const add = (raw: string, capitalOnly: boolean): void => {
    const name = normalizeTerm(raw);
    if (name.length < 3 || name === OUR_TOKEN || !/\p{L}/u.test(name)) return;
    // A name listed in any case wins over the same name read only with its capital.
    out.set(name, (out.get(name) ?? true) && capitalOnly);
  };
  // "Harbrook & Co" → "Harbrook": the legal form, and the ampersand or comma it leaves behind.
  const company = policy.sender.company.trim().replace(LEGAL_FORM, '').replace(/[\s,&]+$/, '').trim();
  if (company !== '') {
    add(company, false);
    const words = company.split(/\s+/);
    const first = (words[0] ?? '').replace(/[,.]+$/, '');
    if (words.length > 1 && /^\p{Lu}/u.test(first) && first.length >= 4 && !isEnglishWord(first.toLowerCase())) add(first, true);
  } else {
    for (const d of policy.sender.own_domains) {
      const label = d.replace(/^\*\./, '').split('.')[0] ?? '';
      if (label.length >= 4 && /^[a-z][a-z0-9]*$/.test(label) && !isEnglishWord(label)) add(label, true);
    }
  }
  for (const alias of policy.sender.aliases) add(alias, false);
  return [...out].sort((a, b) => b[0].length - a[0].length).map(([name, capitalOnly]) => ({ name, capitalOnly }));
}

const clashCache = new WeakMap<Book, WeakMap<Policy, string[]>>();

/**
 * The book's account names and aliases (normalized) that start with one of our names and go on
 * longer ("pinecrest dental" when our name is "pinecrest"): where the text reads one of them, the
 * name is that account's. Once per book and policy.
 */
function clashesFor(book: Book, policy: Policy, ours: readonly string[]): string[] {
  let byPolicy = clashCache.get(book);
  if (byPolicy === undefined) clashCache.set(book, (byPolicy = new WeakMap()));
  let found = byPolicy.get(policy);
  if (found === undefined) {
    const out = new Set<string>();
    for (const a of book.accounts) {
      for (const raw of [a.name, ...a.aliases]) {
        const n = normalizeTerm(raw);
        if (ours.some((o) => n.length > o.length && n.startsWith(o) && !/[\p{L}\p{N}]/u.test(n.charAt(o.length)))) out.add(n);
      }
    }
    found = [...out].sort((x, y) => y.length - x.length);
    byPolicy.set(policy, found);
  }
  return found;
}

function namesFor(policy: Policy): OurNames | null {
  if (cache.has(policy)) return cache.get(policy) ?? null;
  const names = ourNamesOf(policy);
  let found: OurNames | null = null;
  if (names.length > 0) {
    const alternation = names.map((n) => escapeRegExp(n.name).replace(/ /g, '\\s+')).join('|');
    found = {
      // Not inside a word, a host ("events.brightwell"), an address or a path; not before ".io" or "-sandbox".
      re: new RegExp(String.raw`(?<![\p{L}\p{N}\p{M}@/_]|[\p{L}\p{N}][.-])(?:${alternation})(?![\p{L}\p{N}\p{M}_@]|[.-][\p{L}\p{N}])`, 'giu'),
      capitalOnly: new Set(names.filter((n) => n.capitalOnly).map((n) => n.name)),
      words: new Set(names.map((n) => n.name).filter((n) => /^[\p{L}\p{N}]+$/u.test(n))),
      names: names.map((n) => n.name),
    };
  }
  cache.set(policy, found);
  return found;
}

/**
 * The folded text with every name we go by replaced by OUR_TOKEN ("OURCO" where the name is
 * written in capitals, "Ourco" otherwise; `lower` "ourco"), offsets mapped to the whole name.
 * The text itself when it names us nowhere.
 */
export function foldOurName(t: FoldedText, policy: Policy, book?: Book): FoldedText {
  const names = namesFor(policy);
  if (names === null) return t;
  const { re, capitalOnly, words } = names;
  const clashes = book === undefined ? [] : clashesFor(book, policy, names.names);
  // A one-word name left in a host or an address ("events.brightwell.io") is read by the sentence model as our name too.
  const t2 = [...words].some((w) => t.lower.includes(w)) ? { ...t, ourWords: words } : t;
  const spans: [number, number, string][] = [];
  for (const m of t.folded.matchAll(re)) {
    const said = m[0];
    if (capitalOnly.has(normalizeTerm(said)) && said[0] === said[0]?.toLowerCase()) continue;
    // Another account whose name starts with ours ("Pinecrest Dental" of the book when we are
    // Pinecrest Dental Supply): that company, named, not us.
    if (clashes.length > 0 && clashes.some((c) => c.length > said.length && t.lower.startsWith(c, m.index) && !/[\p{L}\p{N}]/u.test(t.lower.charAt(m.index + c.length)))) continue;
    const caps = said === said.toUpperCase() && said !== said.toLowerCase() && said.length > 1;
    spans.push([m.index, m.index + said.length, caps ? 'OURCO' : 'Ourco']);
  }
  if (spans.length === 0) return t2;
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  const copy = (from: number, to: number): void => {
    folded += t.folded.slice(from, to);
    for (let i = from; i < to; i++) {
      starts.push(t.startMap === null ? i : (t.startMap[i] as number));
      ends.push(t.endMap === null ? i + 1 : (t.endMap[i] as number));
    }
  };
  for (const [s, e, token] of spans) {
    copy(at, s);
    const start = t.startMap === null ? s : (t.startMap[s] as number);
    const end = t.endMap === null ? e : (t.endMap[e - 1] as number);
    folded += token;
    for (let k = 0; k < token.length; k++) {
      starts.push(start);
      ends.push(end);
    }
    at = e;
  }
  copy(at, t.folded.length);
  // `lower` is `folded` lower-cased char by char (normalize.ts): the copied runs of it and the token keep that.
  let lower = '';
  at = 0;
  let j = 0;
  for (const [s, e, token] of spans) {
    lower += t.lower.slice(at, s) + OUR_TOKEN.slice(0, token.length);
    j += s - at + token.length;
    at = e;
  }
  lower += t.lower.slice(at);
  return { ...t2, folded, lower: lower === folded ? folded : lower, startMap: Int32Array.from(starts), endMap: Int32Array.from(ends) };
}
