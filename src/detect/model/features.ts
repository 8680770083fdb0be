/**
 * Sentences and their features for the learned tone / internal-marker model (model.ts).
 *
 * What must stay true: training (bench/eval/train-model.ts) and scoring call the SAME
 * `sentenceFeatures`, so a feature means one thing on both sides; features are a pure function of
 * the sentence's text (deterministic, no state but a stem cache). Offsets are into the folded
 * text of a field (normalize.ts); the caller maps them back with `toSource`.
 *
 * Features of one sentence (each present or absent, never counted):
 *   - stemmed words (`stemmer`, Porter) and stemmed bigrams; runs of digits become `0`; in a
 *     sentence written in another language (language.ts `notEnglish`) a word the lexicon knows
 *     (lexicon.ts: "prüfen", "avant", "descuento") is read as its English word, so what the model
 *     learned from English notes and pressure carries to the other languages;
 *   - the first word, marked `^` (an imperative or a label opens a sentence);
 *   - shape, marked `~`: share of capitals in the ORIGINAL text, runs of `!` / `?`, a leading
 *     `Name —` / `Name:` address or a `label:` opener, brackets, angle brackets, second- vs
 *     first- vs third-person pronouns, digits, length, whether it is written in another language
 *     and whether it is the subject line.
 */
import { stemmer } from 'stemmer';
import type { FoldedText } from '../normalize.js';
import { toSource } from '../normalize.js';
import { notEnglish } from '../language.js';
import { englishFor } from './lexicon.js';

export interface Span {
  /** [start, end) in the folded text, trimmed of surrounding whitespace. */
  start: number;
  end: number;
}

/**
 * Receives the features of one sentence. Words and word pairs come as stems plus the folded span
 * they were read from (so a rep sees the words as written, computed only when a finding needs
 * them); shape features as their key (`~…`, labels in SHAPE_LABELS).
 */
export interface FeatureSink {
  word(stem: string, start: number, end: number): void;
  pair(first: string, second: string, start: number, end: number): void;
  /** The sentence's first word, as its stem (its key is `^` + stem). */
  opener(stem: string, start: number, end: number): void;
  shape(key: string): void;
}

/** Key of a word pair feature: the two stems joined by a space (stems hold no spaces). */
export const pairKey = (a: string, b: string): string => `${a} ${b}`;

/** What a shape feature means, as a rep reads it ('' = not a reason worth showing). */
export const SHAPE_LABELS: Readonly<Record<string, string>> = {
  '~caps': 'written in capitals', '~caps-some': 'many capitals', '~caps-words': 'words in capitals',
  '~!!': '"!!"', '~!': '"!"', '~??': '"??"', '~?': 'a question', '~addr': 'addressed to a name',
  '~label': 'opens with a label', '~opens-bracket': 'in brackets', '~bracket': 'brackets', '~angle': 'angle brackets',
  '~markup': 'markup', '~digit': 'a number', '~you': 'addresses the reader', '~you2': 'addresses the reader',
  '~you0': '', '~first': 'speaks as I/we', '~third': '',
  '~third-not-you': 'about them, not to the reader', '~imp': 'opens with an instruction',
  '~len1': '', '~len2': '', '~len3': '', '~len4': '', '~subject': 'as a subject line',
  '~foreign': 'written in another language',
};

/** Every feature key of a sentence, for training (same features the scorer reads). */
export function featureKeys(t: FoldedText, start: number, end: number, subject = false, clusters?: ReadonlyMap<string, number>): string[] {
  const keys = new Set<string>();
  sentenceFeatures(t, start, end, {
    word: (s) => {
      keys.add(s);
      const c = clusters?.get(s);
      if (c !== undefined) keys.add(clusterKey(c));
    },
    pair: (a, b) => {
      keys.add(pairKey(a, b));
      const ca = clusters?.get(a);
      const cb = clusters?.get(b);
      if (ca !== undefined && cb !== undefined) keys.add(pairKey(clusterKey(ca), clusterKey(cb)));
    },
    opener: (s) => keys.add(`^${s}`),
    shape: (k) => keys.add(k),
  }, subject);
  return [...keys].sort();
}

/** Key of a word-cluster feature (clusters.json): `@` and the cluster's number. */
export const clusterKey = (c: number): string => `@${c}`;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

/**
 * Sentences of a field: a line break ends one; `.`, `!` or `?` ends one when a space or the end
 * follows ("3.5", "acme.com", "!!!" mid-run do not). Same breaks as rules/engine.ts `sentenceAround`.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let from = 0;
  const push = (to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      from = i + 1;
    } else if ((c === 46 || c === 33 || c === 63) && (i + 1 >= n || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) {
      push(i + 1);
      from = i + 1;
    }
  }
  push(n);
  return out;
}

export { quoted } from '../normalize.js';

const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

interface WordInfo {
  word: string;
  stem: string;
  /** PERSON of the word, 0 when it is no pronoun. */
  person: number;
}

/** Words by their hash (collisions settled by comparing the text); cleared when it grows large. */
const wordCache = new Map<number, WordInfo>();

function wordInfo(lower: string, i: number, j: number, h: number): WordInfo {
  const hit = wordCache.get(h);
  if (hit !== undefined && hit.word.length === j - i && lower.startsWith(hit.word, i)) return hit;
  const word = lower.slice(i, j);
  const info = { word, stem: stemWord(word), person: PERSON.get(word) ?? 0 };
  if (wordCache.size >= STEM_CACHE_MAX) wordCache.clear();
  wordCache.set(h, info);
  return info;
}

/**
 * Whether a sentence is written in another language: by its function words (language.ts), or, in
 * a short note with few of them ("Dernière chance : l'offre expire vendredi"), by two words or
 * more that the lexicon knows and that no English word spells, against no English function word.
 */
function readsForeign(text: string): boolean {
  if (notEnglish(text)) return true;
  let known = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0];
    if (ENGLISH_WORD.test(w)) return false;
    if (translatedInfo(w) !== null && ++known >= 2) return true;
  }
  return false;
}

const WORD_RE = /[\p{L}'’]+/gu;
/** English function words: one of them makes a sentence English enough to read as written. */
const ENGLISH_WORD = /^(?:the|and|to|of|are|you|your|we|our|for|with|this|that|it|on|be|have|has|would|can|could|should|i|my|as|at|by|from|if|not|or|were|do|does|all|about|any|us|they|their|there|what|when|which|who|how|is|in|a|an|will|please|thanks|hi|let|know)$/;

/** The English words of a word of another language (lexicon.ts), as word infos; null when it has none. */
function translatedInfo(word: string): readonly WordInfo[] | null {
  const cached = translatedCache.get(word);
  if (cached !== undefined) return cached;
  // French and Italian elide articles and pronouns into the word ("l'offre", "d'ici", "dell'offerta").
  const apostrophe = word.indexOf("'");
  const english = englishFor(word) ?? (apostrophe > 0 && apostrophe <= 4 ? englishFor(word.slice(apostrophe + 1)) : undefined);
  const infos = english === undefined ? null : english.map((w) => ({ word: w, stem: stemWord(w), person: PERSON.get(w) ?? 0 }));
  if (translatedCache.size >= STEM_CACHE_MAX) translatedCache.clear();
  translatedCache.set(word, infos);
  return infos;
}

const translatedCache = new Map<string, readonly WordInfo[] | null>();

/** Porter stem of a lower-case word, cached (stemming is the costly step of scoring). */
export function stemWord(w: string): string {
  let s = stemCache.get(w);
  if (s !== undefined) return s;
  s = /^\d+$/.test(w) ? '0' : stemmer(w.replace(/'/g, ''));
  if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
  stemCache.set(w, s);
  return s;
}

const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isWordCode(s: string, c: number, i: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && WORD_UNIT.test(s[i] as string));
}

/** Pronoun → person: 2 second (the reader), 1 first (the writer), 3 third (someone talked about). */
const PERSON = new Map<string, number>([
  ...['you', 'your', 'yours', "you're", "you've", "you'll", "you'd", 'yourself', 'yourselves', 'u', 'ur'].map((w) => [w, 2] as const),
  ...['i', 'me', 'my', 'mine', "i'm", "i've", "i'll", "i'd", 'we', 'us', 'our', 'ours', "we're", "we've", "we'll", "we'd"].map((w) => [w, 1] as const),
  ...['they', 'them', 'their', 'theirs', "they're", "they've", "they'll", 'he', 'him', 'his', 'she', 'her', 'hers', "he's", "she's"].map((w) => [w, 3] as const),
]);

/** Words that open an instruction to someone ("add the case study", "don't mention pricing"). */
const IMPERATIVE = new Set((
  'add check verify confirm remove delete drop cut swap replace insert use mention avoid skip include make keep ' +
  'change update fix tweak soften trim rewrite reword rephrase ask ping loop flag follow send call reply respond ' +
  'act sign book grab lock decide hurry claim secure buy order register join stop click let tell put fill plug ' +
  'double pull push chase nudge lead close end try bump escalate note remember ensure consider pick choose ' +
  "don't do"
).split(' '));

/** A leading address: `Sam —`, `Sam:`, `@sam`, `- Priya -` (folded dashes are `-`). */
const ADDRESS_RE = /^[-*>•\s]*@?[A-Z][a-zA-Z']+(?:\s[A-Z][a-zA-Z']+)?\s*(?::|\s-\s|-\s|,\s*(?:can|could|please|pls|make|do|did|remember)\b)/;
/** A leading label: `Note:`, `TODO:`, `Internal -`, `[Draft]`. */
const LABEL_RE = /^[-*>•\s]*[[(<{]?\s*[A-Za-z][A-Za-z/ ]{0,24}[)\]>}]?\s*(?::|\s-\s)/;

/**
 * Calls `sink` once per feature of the sentence [start, end) of `t` (folded offsets). The
 * capitals share reads the ORIGINAL text (the fold keeps case, but reading the source keeps the
 * feature honest whatever the fold does).
 */
export function sentenceFeatures(t: FoldedText, start: number, end: number, sink: FeatureSink, subject = false): void {
  const lower = t.lower;
  const folded = t.folded;
  let words = 0;
  let you = 0;
  let first = 0;
  let third = 0;
  let prevStem = '';
  let prevStart = 0;
  let firstWord = '';
  let digits = false;
  const foreign = readsForeign(lower.slice(start, end));
  let i = start;
  while (i < end) {
    const c = lower.charCodeAt(i);
    if (!isWordCode(lower, c, i)) {
      i++;
      continue;
    }
    // The word's hash as it is read: the word cache is looked up without slicing the word out.
    let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    let j = i + 1;
    while (j < end) {
      const d = lower.charCodeAt(j);
      if (isWordCode(lower, d, j) || (d === 39 && j + 1 < end && lower.charCodeAt(j + 1) >= 97 && isWordCode(lower, lower.charCodeAt(j + 1), j + 1))) {
        h = Math.imul(h ^ d, 0x01000193);
        j++;
      } else break;
    }
    let info = wordInfo(lower, i, j, h & 0x3fffffff);
    if (foreign) {
      const english = translatedInfo(info.word);
      if (english !== null) {
        for (let e = 1; e < english.length; e++) sink.word((english[e] as WordInfo).stem, i, j);
        info = english[0] as WordInfo;
      }
    }
    if (!digits && c >= 48 && c <= 57) digits = true;
    words++;
    if (info.person === 2) you++;
    else if (info.person === 1) first++;
    else if (info.person === 3) third++;
    sink.word(info.stem, i, j);
    if (prevStem !== '') sink.pair(prevStem, info.stem, prevStart, j);
    else {
      firstWord = info.word;
      sink.opener(info.stem, i, j);
    }
    prevStem = info.stem;
    prevStart = i;
    i = j;
  }

  // Capitals: letters of the original sentence.
  const src = toSource(t, start, end);
  const source = t.source;
  let upper = 0;
  let letters = 0;
  let capsRun = 0;
  let capsWords = 0;
  for (let k = src.start; k < src.end; k++) {
    let c = source.charCodeAt(k);
    // Capitals of other scripts and widths ("ＡＣＴ", "É") count as capitals, small letters as small.
    if (c >= 128) c = UPPER.test(source[k] as string) ? 65 : LOWER.test(source[k] as string) ? 97 : 32;
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
      capsRun++;
    } else {
      if (c >= 97 && c <= 122) {
        letters++;
        capsRun = -1000;
      } else {
        if (capsRun >= 3) capsWords++;
        capsRun = 0;
      }
    }
  }
  if (capsRun >= 3) capsWords++;
  if (letters >= 8 && upper / letters >= 0.6) sink.shape('~caps');
  else if (letters >= 8 && upper / letters >= 0.25) sink.shape('~caps-some');
  if (capsWords >= 2) sink.shape('~caps-words');

  // Punctuation, one pass over the folded sentence.
  let bangs = 0;
  let bangRun = false;
  let questions = 0;
  let qRun = false;
  let brackets = false;
  let angle = false;
  let markup = false;
  for (let k = start; k < end; k++) {
    const c = folded.charCodeAt(k);
    const next = k + 1 < end ? folded.charCodeAt(k + 1) : 0;
    if (c === 33) {
      bangs++;
      if (next === 33 || next === 63) bangRun = true;
    } else if (c === 63) {
      questions++;
      if (next === 63 || next === 33) qRun = true;
    } else if (c === 91 || c === 93 || c === 40 || c === 41 || c === 123 || c === 125) brackets = true;
    else if (c === 60 || c === 62) angle = true;
    else if ((c === 95 || c === 61 || c === 124 || c === 35 || c === 42) && next === c) markup = true;
    else if ((c === 45 || c === 61) && next === 62) markup = true;
  }
  if (bangRun) sink.shape('~!!');
  else if (bangs > 0) sink.shape('~!');
  if (qRun) sink.shape('~??');
  else if (questions > 0) sink.shape('~?');
  // Both need a separator near the start: most sentences have none and skip the regexes.
  const headEnd = Math.min(end, start + 60);
  let separator = false;
  for (let k = start; k < headEnd && !separator; k++) {
    const c = folded.charCodeAt(k);
    separator = c === 58 || c === 45 || c === 44;
  }
  if (separator) {
    const head = folded.slice(start, headEnd);
    if (ADDRESS_RE.test(head)) sink.shape('~addr');
    else if (LABEL_RE.test(head)) sink.shape('~label');
  }
  const c0 = folded.charCodeAt(start);
  if (c0 === 91 || c0 === 40 || c0 === 123 || c0 === 60) sink.shape('~opens-bracket');
  else if (brackets) sink.shape('~bracket');
  if (angle) sink.shape('~angle');
  if (markup) sink.shape('~markup');
  if (digits) sink.shape('~digit');
  if (you > 0) sink.shape(you >= 2 ? '~you2' : '~you');
  else sink.shape('~you0');
  if (first > 0) sink.shape('~first');
  if (third > 0) sink.shape('~third');
  if (third > 0 && you === 0) sink.shape('~third-not-you');
  if (IMPERATIVE.has(firstWord)) sink.shape('~imp');
  sink.shape(words <= 3 ? '~len1' : words <= 8 ? '~len2' : words <= 20 ? '~len3' : '~len4');
  // A sentence in another language inside an English email is often a colleague's aside; the
  // model weighs that from its training (an email written in that language is not read at all).
  if (foreign) sink.shape('~foreign');
  // A subject line is read differently ("Is this still a priority?" as a subject is a nudge).
  if (subject) sink.shape('~subject');
}
