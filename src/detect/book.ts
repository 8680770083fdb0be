/**
 * The book, compiled for scanning: ONE Aho-Corasick automaton over every account's name,
 * aliases, domain and short sensitive phrases (the rules' phrases and keywords have their own,
 * compiled per policy version: rules/compile.ts), and hash
 * indexes of every sensitive value by canonical form (numbers, dates, six-word runs of notes).
 *
 * Why indexes beside the automaton: a sensitive number has unboundedly many spellings
 * ($48,000 / 48k / 48 thousand / 48.000 ...). Instead of compiling spellings we canonicalize
 * what the draft says (numbers.ts) and look the canonical value up. Same for dates and for note
 * text (words.ts). Built once per import of the book, reused for every draft.
 */
import type { Account } from './types.js';
import { buildAutomaton, type Automaton } from './automaton.js';
import { normalizeTerm, stripMarks } from './normalize.js';
import { numberKey, parseDateValue, parseNumberValue } from './numbers.js';
import { DEFAULT_SENSITIVE_FIELDS } from '../policy/schema.js';
import { isContentful, splitWords, STOPWORD_HASHES, windowKey, wordsAt, type WordSpans } from './words.js';

export type TermKind = 'name' | 'alias' | 'domain' | 'phrase';

export interface TermRef {
  account: number;
  kind: TermKind;
  /** Sensitive field for `phrase` terms, null otherwise. */
  field: string | null;
  /** Only counts when the draft writes it with an upper-case first letter (plain-word names). */
  requireCapital: boolean;
}

export type SensitiveKind = 'money' | 'percent' | 'date' | 'text';

export interface SensitiveRef {
  account: number;
  field: string;
  kind: SensitiveKind;
  /** The value as stored, for messages. */
  value: string;
  /** Significant digits of a number (48000 → 2, 48250 → 4): distinctive numbers need no context. */
  significant: number;
  /** Canonical `YYYY-MM-DD` of a date value. */
  date?: string;
  /** The amount of a money value (the target's own values are also read rounded). */
  amount?: number;
}

/** Every indexed note, once. */
export interface NoteRef {
  account: number;
  field: string;
  spans: WordSpans;
}

/**
 * Six-word runs of notes, allocation-free: `first.get(key)` is the index of the first run with
 * that key; runs with the same key chain through `next` (-1 ends). Run r is words
 * [at[r], at[r] + 6) of note `note[r]`.
 */
export interface ShingleIndex {
  readonly size: number;
  readonly first: ReadonlyMap<number, number>;
  readonly note: readonly number[];
  readonly at: readonly number[];
  readonly next: readonly number[];
  readonly notes: readonly NoteRef[];
}

export const SHINGLE_WORDS = 6;

export interface Book {
  readonly accounts: readonly Account[];
  readonly sensitiveFields: readonly string[];
  get(id: string): Account | undefined;
  indexOf(id: string): number;
  readonly automaton: Automaton;
  /** Pattern index → accounts that own that text (empty for trigger patterns). */
  readonly terms: ReadonlyArray<readonly TermRef[]>;
  readonly numbers: ReadonlyMap<number, readonly SensitiveRef[]>;
  /** Keyed `YYYY-MM-DD` and `--MM-DD`. */
  readonly dates: ReadonlyMap<string, readonly SensitiveRef[]>;
  /** Account index → its date refs (dates only count for the target and named accounts). */
  readonly datesOf: ReadonlyArray<readonly SensitiveRef[] | undefined>;
  /** Account index → its money refs (the target's are read rounded too: "your ~$73k contract"). */
  readonly moneyOf: ReadonlyArray<readonly SensitiveRef[] | undefined>;
  readonly shingles: ShingleIndex;
  /**
   * Bitset over shingle keys (2^21 bits, 256 KB): nearly every window of a draft is rejected
   * here, in cache, before touching the much larger map.
   */
  readonly shingleFilter: Uint32Array;
  /** Bitset over the word hashes of every indexed note: a window needs six such words in a row. */
  readonly noteWordFilter: Uint32Array;
}

export const SHINGLE_FILTER_MASK = (1 << 21) - 1;
export const NOTE_WORD_MASK = (1 << 20) - 1;


const LEGAL_SUFFIX =
  /[,\s]+(inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|s\.a|plc|bv|b\.v|oy|ab|pty|pte|srl|spa|nv|kk)\.?$/;
const LEADING_THE = /^the\s+(?=\S+\s)/;

/**
 * The forms a company name is written in, from its normalized name as filed: itself, without its
 * legal forms ("kestrel robotics pty ltd" → "kestrel robotics", "soylent & co. llc" → "soylent"),
 * without a leading "the" when two words or more remain ("the hartwell group" → "hartwell
 * group"), and each of those without accents ("müller logistik" → "muller logistik"), as people
 * type them.
 */
export function nameForms(text: string): string[] {
  const forms = [text];
  let bare = text;
  for (let before = ''; before !== bare;) {
    before = bare;
    bare = bare.replace(LEGAL_SUFFIX, '').replace(/(?:[\s,]+(?:&|and))+$|[\s,]+$/, '');
  }
  if (bare !== text && bare.length >= 4) forms.push(bare);
  for (const f of [...forms]) {
    const noThe = f.replace(LEADING_THE, '');
    if (noThe !== f && noThe.length >= 4 && !forms.includes(noThe)) forms.push(noThe);
  }
  for (const f of [...forms]) {
    const plain = stripMarks(f);
    if (plain !== f && !forms.includes(plain)) forms.push(plain);
  }
  return forms;
}

const PERCENT_FIELD = /pct|percent|discount|rate|margin/;
const NOTES_FIELD = /notes?$|comment|memo|description/;

/** Significant digits of a value, cents included: 48000 → 2, 48250 → 4. */
export function significantDigits(v: number): number {
  let n = Math.round(Math.abs(v) * 100);
  if (n === 0) return 0;
  while (n % 10 === 0) n /= 10;
  return String(n).length;
}

function cleanDomain(domain: string): string {
  return normalizeTerm(domain)
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
}

function startsUpper(text: string): boolean {
  const first = text.trim()[0] ?? '';
  return first !== first.toLowerCase();
}

export function buildBook(accounts: Account[], opts: { sensitiveFields?: string[] } = {}): Book {
  const sensitiveFields = opts.sensitiveFields ?? DEFAULT_SENSITIVE_FIELDS;
  const byId = new Map<string, number>();
  const patternOf = new Map<string, number>();
  const specs: Array<{ text: string; bit: number }> = [];
  const terms: TermRef[][] = [];
  const numbers = new Map<number, SensitiveRef[]>();
  const dates = new Map<string, SensitiveRef[]>();
  const first = new Map<number, number>();
  const runNote: number[] = [];
  const runAt: number[] = [];
  const runNext: number[] = [];
  const notes: NoteRef[] = [];
  const datesOf: SensitiveRef[][] = [];
  const moneyOf: SensitiveRef[][] = [];
  const noteWordFilter = new Uint32Array((NOTE_WORD_MASK + 1) >>> 5);

  const addTerm = (text: string, ref: TermRef): void => {
    if (text.length < 3 || (text.length < 8 && text.replace(/[^\p{L}\p{N}]/gu, '').length < 3)) return;
    let p = patternOf.get(text);
    if (p === undefined) {
      p = specs.length;
      patternOf.set(text, p);
      specs.push({ text, bit: 0 });
      terms.push([]);
    }
    const list = terms[p] as TermRef[];
    if (!list.some((r) => r.account === ref.account && r.kind === ref.kind && r.field === ref.field)) {
      list.push(ref);
    }
  };
  const push = <K, V>(map: Map<K, V[]>, key: K, v: V): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [v]);
    else list.push(v);
  };
  const addName = (raw: string, a: number, kind: TermKind): void => {
    const text = normalizeTerm(raw);
    if (text === '') return;
    const plain = /^[\p{L}\p{M}' &-]+$/u.test(text);
    for (const form of nameForms(text)) addTerm(form, { account: a, kind, field: null, requireCapital: plain && startsUpper(raw) });
  };

  accounts.forEach((account, a) => {
    byId.set(account.id, a);
    addName(account.name, a, 'name');
    for (const alias of account.aliases) addName(alias, a, 'alias');
    if (account.domain.trim() !== '') {
      addTerm(cleanDomain(account.domain), { account: a, kind: 'domain', field: null, requireCapital: false });
    }

    for (const field of sensitiveFields) {
      const raw = account.sensitive[field] ?? account.custom[field];
      if (raw === undefined || raw.trim() === '') continue;
      // Numbers first (cheap, and never a date: no '-' or '/'), then dates, then text.
      const num = parseNumberValue(raw);
      if (num !== null) {
        const percent = num.percent || PERCENT_FIELD.test(field);
        const kind: SensitiveKind = percent ? 'percent' : 'money';
        const values = percent && num.value > 0 && num.value < 1 ? [num.value, num.value * 100] : [num.value];
        for (const v of values) {
          const ref: SensitiveRef = { account: a, field, kind, value: raw, significant: significantDigits(v), amount: v };
          push(numbers, numberKey(v), ref);
          if (kind === 'money') (moneyOf[a] ??= []).push(ref);
        }
        continue;
      }
      const date = raw.length <= 40 && /\d/.test(raw) ? parseDateValue(raw) : null;
      if (date !== null) {
        const ref: SensitiveRef = { account: a, field, kind: 'date', value: raw, significant: 0, date };
        (datesOf[a] ??= []).push(ref);
        push(dates, date, ref);
        push(dates, `--${date.slice(5)}`, ref);
        continue;
      }
      const norm = normalizeTerm(raw);
      const spans = splitWords(norm);
      if (spans.count >= SHINGLE_WORDS) {
        for (let k = 0; k < spans.count; k++) {
          const bit = (spans.hashes[k] as number) & NOTE_WORD_MASK;
          noteWordFilter[bit >>> 5] = (noteWordFilter[bit >>> 5] as number) | (1 << (bit & 31));
        }
        let noteIndex = -1;
        const content = new Uint8Array(spans.count);
        for (let k = 0; k < spans.count; k++) {
          const len = (spans.ends[k] as number) - (spans.starts[k] as number);
          content[k] = len >= 3 && !STOPWORD_HASHES.has(spans.hashes[k] as number) ? 1 : 0;
        }
        for (let i = 0; i + SHINGLE_WORDS <= spans.count; i++) {
          let n = 0;
          for (let k = i; k < i + SHINGLE_WORDS; k++) n += content[k] as number;
          if (n < 2) continue; // same rule as isContentful: two content words at least
          if (noteIndex < 0) {
            noteIndex = notes.length;
            notes.push({ account: a, field, spans });
          }
          const key = windowKey(spans.hashes, i, SHINGLE_WORDS);
          const run = runNote.length;
          runNote.push(noteIndex);
          runAt.push(i);
          runNext.push(first.get(key) ?? -1);
          first.set(key, run);
        }
      } else if (!NOTES_FIELD.test(field) || (spans.count >= 3 && isContentful(wordsAt(spans, 0, spans.count)))) {
        const phrase = wordsAt(spans, 0, spans.count);
        if (phrase.length >= 4) {
          addTerm(phrase, {
            account: a, kind: 'phrase', field,
            requireCapital: spans.count === 1 && startsUpper(raw),
          });
        }
      }
    }
  });


  const shingleFilter = new Uint32Array((SHINGLE_FILTER_MASK + 1) >>> 5);
  for (const key of first.keys()) {
    const bit = key & SHINGLE_FILTER_MASK;
    shingleFilter[bit >>> 5] = (shingleFilter[bit >>> 5] as number) | (1 << (bit & 31));
  }
  const automaton = buildAutomaton(specs);
  return {
    accounts,
    sensitiveFields,
    get: (id) => {
      const i = byId.get(id);
      return i === undefined ? undefined : accounts[i];
    },
    indexOf: (id) => byId.get(id) ?? -1,
    automaton,
    terms,
    numbers,
    dates,
    datesOf,
    moneyOf,
    shingles: { size: runNote.length, first, note: runNote, at: runAt, next: runNext, notes },
    shingleFilter,
    noteWordFilter,
  };
}
