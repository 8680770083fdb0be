/**
 * Text folding for detection, with an offset map back to the original string.
 *
 * What must stay true: every detector matches against `lower` (or `folded` when case matters),
 * and every finding's offsets are translated back with `toSource` so that `start`/`end` are
 * UTF-16 offsets into the ORIGINAL subject/body, whatever the folding removed or expanded.
 *
 * Folding, per code point: zero-width and other format characters (Unicode Cf, soft hyphen)
 * vanish; every decimal digit of any script (fullwidth, Arabic-Indic, Devanagari, ...) becomes
 * its ASCII digit; a few Latin look-alikes (Cyrillic а, Greek ο, curly quotes, dashes) become
 * ASCII; everything else goes through NFKC. `lower` is `folded` lower-cased char by char, so both
 * share one map. Pure ASCII text (the common case) takes a fast path with an identity map.
 */
import { lineStartOf } from './text-index.js';

export interface FoldedText {
  source: string;
  /** Folded text, case preserved. */
  folded: string;
  /** `folded` lower-cased; always the same length as `folded`. */
  lower: string;
  /** Source offset where the code point that produced folded char i starts; null = identity. */
  startMap: Int32Array | null;
  /** Source offset just past the code point that produced folded char i; null = identity. */
  endMap: Int32Array | null;
  /**
   * Words that still spell our name where the fold of our name left it as written (inside a host
   * or an address: "brightwell" of events.brightwell.io), which the sentence model reads as
   * OUR_TOKEN (our-name.ts).
   */
  ourWords?: ReadonlySet<string>;
}

const NON_ASCII = /[^\x00-\x7f]/;
// Format characters, and the Arabic vowel marks and tatweel (the kashida that stretches a word):
// "ستُغلق غدًا" and "ستغلق غدا" are one text to a pattern, as Arabic search reads them.
const FORMAT_CHAR = /^[\p{Cf}\u00ad\u180e\u034f\u0640\u064b-\u065f\u0670]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Look-alikes NFKC leaves alone but that are used to dodge filters or vary punctuation. */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'і': 'i', 'ј': 'j', 'ѕ': 's',
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T',
  'Х': 'X', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S',
  // Greek
  'ο': 'o', 'Ο': 'O', 'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Τ': 'T',
  'Ρ': 'P', 'Χ': 'X', 'Ζ': 'Z',
  // punctuation
  '\u2018': "'", '\u2019': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

const digitCache = new Map<number, string>();

/** ASCII digit for any Unicode decimal digit (Nd digits come in contiguous runs of 0..9). */
function foldDigit(cp: number): string {
  const cached = digitCache.get(cp);
  if (cached !== undefined) return cached;
  let zero = cp;
  while (zero > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  const digit = String((cp - zero) % 10);
  digitCache.set(cp, digit);
  return digit;
}

export function foldCodePoint(ch: string, cp: number): string {
  const look = LOOKALIKES[ch];
  if (look !== undefined) return look;
  if (FORMAT_CHAR.test(ch)) return '';
  if (DECIMAL_DIGIT.test(ch)) return foldDigit(cp);
  const nfkc = ch.normalize('NFKC');
  if (nfkc.length === 1 && nfkc.charCodeAt(0) < 128) return nfkc;
  // NFKC may produce digits of other scripts or look-alikes again (rare): fold once more.
  let out = '';
  for (const c of nfkc) {
    const l = LOOKALIKES[c];
    out += l ?? (DECIMAL_DIGIT.test(c) ? foldDigit(c.codePointAt(0) ?? 0) : c);
  }
  return out;
}

export function foldText(source: string): FoldedText {
  if (!NON_ASCII.test(source)) {
    return { source, folded: source, lower: source.toLowerCase(), startMap: null, endMap: null };
  }
  const folded: string[] = [];
  const lower: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      const ch = source[i] as string;
      folded.push(ch);
      lower.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const cp = source.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    const ch = source.slice(i, i + width);
    const piece = foldCodePoint(ch, cp);
    if (piece.length > 0) {
      const low = piece.toLowerCase();
      const lowPiece = low.length === piece.length ? low : piece;
      for (let k = 0; k < piece.length; k++) {
        folded.push(piece[k] as string);
        lower.push(lowPiece[k] as string);
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  const foldedText = folded.join('');
  const lowerText = lower.join('');
  return {
    source,
    folded: foldedText,
    // One string when they agree (no capitals): texts are remembered by value (text-index.ts), and
    // two equal strings are compared character by character each time one is looked up.
    lower: lowerText === foldedText ? foldedText : lowerText,
    startMap: Int32Array.from(starts),
    endMap: Int32Array.from(ends),
  };
}

/** `text` with every character a regex gives a meaning escaped: a name or a word matched as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Maps a span [start, end) of the folded text back to UTF-16 offsets in the source. */
export function toSource(t: FoldedText, start: number, end: number): { start: number; end: number } {
  if (t.startMap === null || t.endMap === null) return { start, end };
  if (end <= start) {
    const s = start < t.startMap.length ? (t.startMap[start] ?? t.source.length) : t.source.length;
    return { start: s, end: s };
  }
  return { start: t.startMap[start] ?? 0, end: t.endMap[end - 1] ?? t.source.length };
}

/** The one word every name of ours is read as once a draft is scanned (our-name.ts): "Ourco", "OURCO"; lower case "ourco". */
export const OUR_TOKEN = 'ourco';

/** Without combining marks ("São Paulo" → "Sao Paulo", "Müller" → "Muller"); ASCII text as it is. */
export function stripMarks(s: string): string {
  return /[^\x00-\x7f]/.test(s) ? s.normalize('NFD').replace(/\p{M}+/gu, '') : s;
}

/** Lower-cased, folded, whitespace-collapsed form of a term (names, aliases, phrases). */
export function normalizeTerm(text: string): string {
  return foldText(text).lower.replace(/\s+/g, ' ').trim();
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;
ASCII_WORD[95] = 0;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** True when the UTF-16 unit at i is part of a word (letter, digit, mark). */
export function isWordAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  return WORD_CHAR.test(s[i] as string);
}

/**
 * A quoted line of an earlier message ("> …", ">>> …"). ">> " opens both a second-level quote and
 * a marked note (">> Sam: check this <<"): it is a quote when the line above or below is quoted
 * too (a reply's quoted block), a note when it stands alone.
 */
export function quoted(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 62) return false;
  if (!(text.charCodeAt(at + 1) === 62 && text.charCodeAt(at + 2) === 32)) return true;
  const above = at > 0 ? text.lastIndexOf('\n', at - 2) + 1 : -1;
  const below = text.indexOf('\n', at) + 1;
  return (above >= 0 && lineOpensWithQuote(text, above)) || (below > 0 && lineOpensWithQuote(text, below));
}

function lineOpensWithQuote(text: string, k: number): boolean {
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  return text.charCodeAt(k) === 62;
}

/**
 * The line that opens an earlier message inside a reply or a forward: "On Tue, 3 Mar, Dana Reyes
 * wrote:" (and its usual translations), "Dana Reyes wrote:" right above a quoted ("> ") line,
 * "-----Original Message-----", "---------- Forwarded message ---------". A regex source without
 * anchors or flags; its users read it case-insensitively (thread.ts: a reply quotes;
 * addressed-note.ts: where the earlier message starts; rules/engine.ts: a hold quoted from it is
 * the prospect's).
 */
/** "wrote" in an attribution line and its usual translations (ATTRIBUTION_LINE, rules/engine.ts's quoted attribution). */
export const WROTE = String.raw`(?:wrote|a écrit|schrieb|escribió|scrisse|escreveu|schreef)`;

export const ATTRIBUTION_LINE = String.raw`[ \t]*(?:on [^\n]{3,160}?\b(?:${WROTE}|said):|[^\s>:][^\n>:.!?]{1,60}? ${WROTE}:(?=\n[ \t]*>)|-{2,}[ \t]*(?:original|forwarded) message[ \t]*-{2,})[ \t]*`;

/**
 * The first line of an earlier message under a reply, as a regex (multiline, case-insensitive):
 * an attribution line, a mail header's "From:" in the usual languages, or a "> " quote. What
 * follows it is the thread, not the draft (addressed-note.ts, foreign-line.ts).
 */
export const QUOTED_PART_START = new RegExp(String.raw`^(?:${ATTRIBUTION_LINE}|(?:From|De|Von|Da|Van|Od|Fra|Från|Lähettäjä|От|Από|差出人|发件人):[ \t]\S|>)`, 'mi');

/** The line holding `at` is a quoted line: any sentence on it, not only the one that opens it. */
export function inQuotedLine(folded: string, at: number): boolean {
  let k = lineStartOf(folded, at);
  while (k < at && (folded.charCodeAt(k) === 32 || folded.charCodeAt(k) === 9)) k++;
  return quoted(folded, k);
}
