/**
 * Word runs ("shingles") for verbatim-copy detection: free-text notes leaked six words at a
 * time, agent prompts leaked eight words at a time. Words are maximal runs of letters/digits in
 * folded lower-case text, so case and punctuation never matter ("Budget-freeze; CFO" ≡
 * "budget freeze cfo"). A window of n words is keyed by a 30-bit
 * hash; a hit is confirmed by comparing the words themselves.
 */

export interface WordSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  /** The text the offsets point into. */
  text: string;
}

const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;

function isWord(s: string, code: number, at: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ||
    (code >= 128 && WORD_UNIT.test(s[at] as string));
}

export function splitWords(lower: string): WordSpans {
  const cap = (lower.length >> 1) + 1;
  return splitWordsIn(lower, new Int32Array(cap), new Int32Array(cap), new Int32Array(cap));
}

let scratch: { starts: Int32Array; ends: Int32Array; hashes: Int32Array } | undefined;

/**
 * splitWords into buffers shared by every call: the spans are valid until the next call (for a
 * scan loop that reads them at once; no three arrays to allocate and clear per field).
 */
export function splitWordsShared(lower: string): WordSpans {
  const cap = (lower.length >> 1) + 1;
  if (scratch === undefined || scratch.starts.length < cap) {
    const size = Math.max(cap, 4096);
    scratch = { starts: new Int32Array(size), ends: new Int32Array(size), hashes: new Int32Array(size) };
  }
  return splitWordsIn(lower, scratch.starts, scratch.ends, scratch.hashes);
}

function splitWordsIn(lower: string, starts: Int32Array, ends: Int32Array, hashes: Int32Array): WordSpans {
  const n = lower.length;
  let count = 0;
  let start = -1;
  let h = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 32;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && isWord(lower, c, i));
    if (word) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (start >= 0) {
      starts[count] = start;
      ends[count] = i;
      hashes[count] = h;
      count++;
      start = -1;
    }
  }
  return { count, starts, ends, hashes, text: lower };
}

/** Words [from, from + size) joined by single spaces. */
export function wordsAt(w: WordSpans, from: number, size: number): string {
  const out: string[] = [];
  for (let k = from; k < from + size && k < w.count; k++) out.push(w.text.slice(w.starts[k], w.ends[k]));
  return out.join(' ');
}

/**
 * Key of the window of `size` words starting at word index `at`: 30 bits (a small integer, the
 * fast Map key). Collisions are possible and harmless: every hit is confirmed on the words.
 */
export function windowKey(hashes: Int32Array, at: number, size: number): number {
  let a = 0x9e3779b9 | 0;
  for (let k = 0; k < size; k++) {
    a = Math.imul(a ^ (hashes[at + k] as number), 0x5bd1e995);
    a ^= a >>> 15;
  }
  return a & 0x3fffffff;
}

export const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its ' +
    'this that these those we you your our they their he she his her i me my us them do does did ' +
    'not no so than then there here what which who whom when where why how all any each few more ' +
    'most other some such only own same too very can will just should would could may might must ' +
    'have has had about into over after before up down out off again further once let know').split(' '),
);

/** True when a run of words carries enough content to be worth matching verbatim. */
export function isContentful(words: string[] | string): boolean {
  let content = 0;
  for (const w of typeof words === 'string' ? words.split(' ') : words) if (w.length >= 3 && !STOPWORDS.has(w)) content++;
  return content >= 2;
}

/** FNV-1a hashes (as splitWords computes them) of the stop words: content checks without slicing. */
export const STOPWORD_HASHES: ReadonlySet<number> = new Set([...STOPWORDS].map((w) => splitWords(w).hashes[0] as number));

/** Abbreviations whose full stop ends no sentence ("approx. 220 staff", "Mr. Okafor", "e.g. Slack"). */
const ABBREVIATIONS = new Set(['approx', 'appx', 'ca', 'cf', 'e.g', 'eg', 'i.e', 'ie', 'etc', 'vs', 'no', 'nos', 'nr', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'est', 'incl', 'excl', 'dept', 'fig', 'jr', 'sr', 'min', 'max', 'avg', 'ref', 'tel', 'ext',
  // Company forms and titles inside a sentence ("named to the Inc. 5000 list, as your newsroom announced", "Rev. Jones").
  'inc', 'ltd', 'corp', 'co', 'bros', 'hon', 'rev', 'capt', 'col', 'lt', 'sgt', 'atty', 'engr', 'vol']);

/**
 * Whether the full stop at `i` of `s` ends an abbreviation ("approx. 220 staff", "(e.g. HOLD",
 * "Mr. Okafor") rather than a sentence: the rules' sentences read the whole list (ABBREVIATIONS),
 * the sentence model's the shorter MID_SENTENCE_ABBREVIATIONS below.
 */
export function abbreviationStopAt(s: string, i: number, abbreviations: ReadonlySet<string> = ABBREVIATIONS): boolean {
  let w = i;
  while (w > 0 && i - w < 6 && /[a-z.]/i.test(s[w - 1] as string)) w--;
  return w !== i && abbreviations.has(s.slice(w, i).toLowerCase()) && !(w > 0 && /[\p{L}\p{N}]/u.test(s[w - 1] as string));
}

/**
 * The abbreviations the sentence model reads through: titles before a name and Latin ones before
 * an example ("Mr. Okafor", "(e.g. HOLD"). Not the ones that often end a sentence too ("Acme
 * Corp. The release…", "Honestly, no. Our discounts…"): the model reads one sentence at a time,
 * and two joined read as neither.
 */
export const MID_SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set(['e.g', 'eg', 'i.e', 'ie', 'cf', 'vs', 'approx', 'appx', 'incl', 'excl', 'mr', 'mrs', 'ms', 'dr', 'prof', 'tel', 'ext', 'fig']);
