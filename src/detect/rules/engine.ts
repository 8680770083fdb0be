/**
 * Runs a compiled rule set over one field: one automaton pass finds every phrase and keyword;
 * only rules whose keyword occurred run their regexes. Each candidate then passes, in order:
 * scope, exceptions (sentence), context words, validator, and for claims "about the prospect"
 * and "not supported by a verified fact". Survivors become findings carrying the rule id.
 *
 * A pattern may mark the span to report with a named group `(?<m>…)`; otherwise the whole
 * match is reported.
 */
import { addFinding, FIRM_FINDINGS, UNREAD_FINDINGS, type FieldText, type ScanContext } from '../context.js';
import { ATTRIBUTION_LINE, WROTE, escapeRegExp, inQuotedLine, isWordAt, normalizeTerm, OUR_TOKEN, quoted, stripMarks } from '../normalize.js';
import { abbreviationStopAt, STOPWORDS } from '../words.js';
import { nameForms } from '../book.js';
import { readSpan, stickyOf, type CompiledRule, type CompiledRules, type PatternUnit } from './compile.js';
import { runValidator, standInSecret } from './validators.js';
import { anyOf } from './any-of.js';
import { inCodeBlock } from '../code-block.js';
import { inUiSteps } from '../ui-steps.js';
import { inWorkflowProse } from '../workflow.js';
import { inQuotedExample, isMention } from '../mention.js';
import { inOwnerPlan } from '../plan.js';
import { ITEM_MARK, LIST_ITEM } from '../owner-list.js';
import { lineEndOf, lineStartOf, tableRowAt } from '../text-index.js';
import { inIntroductionParagraph } from '../introduction.js';
import { inSideActionList } from '../side-list.js';
import { insideSpokenQuote } from '../spoken-quote.js';
import { onHeadingLine } from '../text-detectors.js';
import { compileRuleRegex } from './regex.js';
import type { ParagraphKind } from './schema.js';

export interface RuleHit {
  rule: CompiledRule;
  start: number;
  end: number;
  /** From a firm pattern (schema.ts): the rule's `corroborate` bar does not apply. */
  firm?: true;
}

/** A letter or mark of the Thai block. */
const isThai = (c: number): boolean => c >= 0x0e00 && c <= 0x0e7f;

function isBreak(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 10) return true;
  // Chinese and Japanese stops end a sentence with no space after them: "我是 Marcus。听说…" (forty-fourth session, OY).
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return true;
  // The danda of Bengali and Devanagari ("…চালু করেছে। নতুন…"), the Ethiopic and Myanmar stops,
  // the Urdu full stop; and Thai, which writes no stop: a space between two Thai letters ends a
  // sentence or a clause ("ผมสมชาย จาก Pemberly ครับ ทราบมาว่า …", forty-eighth session, XL).
  if (c === 0x0964 || c === 0x0965 || c === 0x1362 || c === 0x104b || c === 0x06d4) return true;
  if (c === 32 && isThai(s.charCodeAt(i - 1)) && isThai(s.charCodeAt(i + 1))) return true;
  // ". ", "! ", "? " end a sentence; "3.5", "acme.com", "signup?token=" do not.
  if (!((c === 46 || c === 33 || c === 63) && (i + 1 >= s.length || s.charCodeAt(i + 1) === 32 || s.charCodeAt(i + 1) === 10))) return false;
  if (c !== 46 || i + 1 >= s.length || s.charCodeAt(i + 1) === 10) return true;
  return !abbreviationStopAt(s, i);
}

/** [from, to) of the sentence around [start, end), at most `max` chars each side. */
export function sentenceAround(s: string, start: number, end: number, max = 200): [number, number] {
  let from = start;
  while (from > 0 && start - from < max && !isBreak(s, from - 1)) from--;
  let to = end;
  while (to < s.length && to - end < max && !isBreak(s, to)) to++;
  return [from, Math.min(s.length, to + 1)];
}

interface Regions {
  greeting: [number, number] | null;
  signoff: [number, number] | null;
}

const VALEDICTION = /^\s*(?:best|thanks|thank you|many thanks|regards|kind regards|best regards|warm regards|warmly|cheers|sincerely|talk soon|all the best|yours|respectfully)\b[^\n]{0,30}$/;

function regionsOf(lower: string): Regions {
  let i = 0;
  while (i < lower.length && /\s/.test(lower[i] as string)) i++;
  const nl = lower.indexOf('\n', i);
  const greetEnd = nl < 0 ? lower.length : nl;
  const greeting: [number, number] | null = greetEnd - i <= 120 ? [i, greetEnd] : null;
  let signoff: [number, number] | null = null;
  let at = lower.length;
  for (let k = 0; k < 8 && at > 0; k++) {
    const prev = lower.lastIndexOf('\n', at - 1);
    const line = lower.slice(prev + 1, at);
    if (VALEDICTION.test(line)) {
      signoff = [prev + 1, lower.length];
      break;
    }
    at = prev < 0 ? 0 : prev;
  }
  return { greeting, signoff };
}

function inScope(rule: CompiledRule, f: FieldText, start: number, regions: () => Regions): boolean {
  const scope = rule.rule.scope;
  if (f.field === 'subject') return scope.includes('subject');
  if (scope.includes('body')) return true;
  const r = regions();
  if (scope.includes('greeting') && r.greeting !== null && start >= r.greeting[0] && start < r.greeting[1]) return true;
  if (scope.includes('signoff') && r.signoff !== null && start >= r.signoff[0]) return true;
  return false;
}

/**
 * Whether the phrase found at [start, end) stands as whole words. Its first and last characters
 * are read in the text: the automaton matched them, and a phrase neither starts nor ends with a
 * space (the one class that stands for several units).
 */
function boundaryOk(lower: string, start: number, end: number): boolean {
  const wordFirst = isWordAt(lower, start) || lower.charCodeAt(start) >= 128;
  const wordLast = isWordAt(lower, end - 1) || lower.charCodeAt(end - 1) >= 128;
  if (wordFirst && isWordAt(lower, start - 1)) return false;
  if (wordLast && isWordAt(lower, end)) return false;
  return true;
}

/**
 * Characters each side of a keyword hit that a rule's patterns search: every match contains a
 * keyword (the prefilter contract) and no pattern spans more, so a rule's regexes read only the
 * windows around its keywords, not the whole draft. A match found in a window is re-read with a
 * sticky copy of the pattern in the whole text, so lookarounds see the real context.
 */
const WINDOW = 160;

/**
 * Adds to a unit's windows (merged [from, to) pairs in text order) the one around its keyword hit
 * [start, end): WINDOW each side, or less when the unit's matches reach less far (a match holds
 * the keyword, so it starts at most `reach` before the keyword's end and ends at most `reach`
 * after its start). Widened to whitespace, so a slice never starts or ends inside a word.
 */
function addWindow(fg: FieldGrams, u: number, lower: string, start: number, end: number, reach: number): void {
  // When the pattern shows where its keyword stands in a match (compile.ts `span`), the matches
  // this hit anchors lie within `before` ahead of its start and `after` past it: a window about
  // half as wide; matches anchored elsewhere have their own hit and window.
  const from = wordStart(fg, lower, Math.max(0, start - WINDOW, end - reach, start - (fg.before[u] as number)));
  const to = wordEnd(fg, lower, Math.min(lower.length, end + WINDOW, start + reach, start + (fg.after[u] as number)));
  const list = fg.windows[u] as number[];
  const n = fg.windowsLength[u] as number;
  const last = n - 1;
  if (last > 0 && from <= (list[last] as number)) list[last] = Math.max(list[last] as number, to);
  else {
    list[n] = from;
    list[n + 1] = to;
    fg.windowsLength[u] = n + 2;
  }
}

/** Steps a window's edge walks to the next space before it asks the field's word table. */
const EDGE_WALK = 64;

/**
 * Where the word holding offset `i` starts (a window's edge does not cut a word). A short walk
 * answers for prose; text with few spaces (Chinese or Japanese, a run of "<<<<" or "[[[[") asks a
 * table built once per field, so each edge costs O(1) instead of a walk back to the field's start
 * (hits × length: 1.6 s for 10,000 "<" before this table).
 */
function wordStart(fg: FieldGrams, lower: string, i: number): number {
  for (let k = 0; k < EDGE_WALK; k++) {
    if (i <= 0 || isSpace(lower.charCodeAt(i - 1))) return i;
    i--;
  }
  return (wordTable(fg, lower).start[i] as number);
}

/** Where the word holding offset `i` ends (see wordStart). */
function wordEnd(fg: FieldGrams, lower: string, i: number): number {
  for (let k = 0; k < EDGE_WALK; k++) {
    if (i >= lower.length || isSpace(lower.charCodeAt(i))) return i;
    i++;
  }
  return (wordTable(fg, lower).end[i] as number);
}

/** Per offset of the field: the start and the end of the word holding it (built at most once per field). */
function wordTable(fg: FieldGrams, lower: string): { start: Int32Array; end: Int32Array } {
  if (fg.wordsFor === fg.field && fg.words !== null) return fg.words;
  const n = lower.length;
  const start = new Int32Array(n + 1);
  const end = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) start[i] = isSpace(lower.charCodeAt(i - 1)) ? i : (start[i - 1] as number);
  end[n] = n;
  for (let i = n - 1; i >= 0; i--) end[i] = isSpace(lower.charCodeAt(i)) ? i : (end[i + 1] as number);
  fg.words = { start, end };
  fg.wordsFor = fg.field;
  return fg.words;
}

interface Runs {
  /** 2 when the text holds a surrogate pair (an astral character), else 1. */
  unitsPerChar: number;
  /** Longest run of characters other than an ASCII space, tab, newline or CR. */
  word: number;
  /** Longest run of `\s` characters. */
  space: number;
  /** The text holds a letter other than an ASCII one (as `isLetter` counts them). */
  otherLetters: boolean;
}

const JS_SPACE = /\s/;

/** The text's longest runs, which bound what a unit's repeated classes consume (regex.ts `Reach`). */
function longestRuns(s: string): Runs {
  let word = 0;
  let space = 0;
  let w = 0;
  let sp = 0;
  let unitsPerChar = 1;
  let otherLetters = false;
  // A run's length counts toward the maximum when the run ends: most characters are printable
  // ASCII, and for them the loop only extends the word run.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 128) {
      w++;
      if (sp !== 0) {
        if (sp > space) space = sp;
        sp = 0;
      }
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) unitsPerChar = 2;
    else if (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) otherLetters = true;
    if (isSpace(c)) {
      if (w > word) word = w;
      w = 0;
    } else w++;
    // Beyond ASCII, whitespace is rare: only there is the regex engine asked.
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && JS_SPACE.test(s[i] as string))) sp++;
    else if (sp !== 0) {
      if (sp > space) space = sp;
      sp = 0;
    }
  }
  return { unitsPerChar, word: Math.max(word, w), space: Math.max(space, sp), otherLetters };
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function pushMatch(hits: RuleHit[], rule: CompiledRule, m: RegExpExecArray, text: string, firm = false): void {
  if (m[0].length === 0) return;
  let sub = m.groups?.m;
  if (sub === undefined && m.groups !== undefined) {
    for (const [k, v] of Object.entries(m.groups)) {
      if (v !== undefined && k.charCodeAt(0) === 109) {
        sub = v;
        break;
      }
    }
  }
  let start = m.index;
  let end = m.index + m[0].length;
  if (sub !== undefined) {
    const off = m[0].indexOf(sub);
    if (off >= 0) {
      start = m.index + off;
      end = start + sub.length;
    }
  }
  // Trim whitespace a pattern may have swallowed at its edges.
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) hits.push(firm ? { rule, start, end, firm } : { rule, start, end });
}

/**
 * Longest run of ASCII digits in the text, one space, dot or dash allowed between two digits
 * (the longest `\d(?:[ .-]?\d)*`): one pass per field answers every rule's `min_digits`.
 */
function longestDigitRun(s: string): number {
  let best = 0;
  // The regex engine jumps to each run's first digit; the run itself is walked by hand.
  DIGIT_G.lastIndex = 0;
  for (let m = DIGIT_G.exec(s); m !== null; m = DIGIT_G.exec(s)) {
    let i = m.index + 1;
    let run = 1;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        run++;
        i++;
      } else if ((c === 32 || c === 46 || c === 45) && isAsciiDigit(s.charCodeAt(i + 1))) {
        run++;
        i += 2;
      } else break;
    }
    if (run > best) best = run;
    DIGIT_G.lastIndex = i;
  }
  return best;
}

const DIGIT_G = /\d/g;

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Which hashed trigrams and ASCII units occur in one text: a literal with a trigram (or, when
 * shorter than three units, an ASCII unit) that is absent from the text does not occur in it.
 * Slots carry the stamp of the text that wrote them, so nothing is cleared between texts.
 */
interface Grams {
  stamp: number;
  tri: Int32Array;
  uni: Int32Array;
  /** Per literal id: the stamp its answer is for, and the answer (1 = may occur). */
  seen: Int32Array;
  answer: Uint8Array;
}

const TRI_SHIFT = 32 - 14;

function triHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> TRI_SHIFT;
}

let gramStamp = 0;

function newGrams(literals: number): Grams {
  return { stamp: 0, tri: new Int32Array(1 << (32 - TRI_SHIFT)), uni: new Int32Array(128), seen: new Int32Array(literals), answer: new Uint8Array(literals) };
}

function indexGrams(g: Grams, text: string): void {
  gramStamp = (gramStamp + 1) | 0;
  if (gramStamp === 0) {
    gramStamp = 1;
    g.tri.fill(0);
    g.uni.fill(0);
    g.seen.fill(0);
  }
  const stamp = gramStamp;
  g.stamp = stamp;
  const { tri, uni } = g;
  let a = 0;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) uni[c] = stamp;
    if (i >= 2) tri[triHash(a, b, c)] = stamp;
    a = b;
    b = c;
  }
}

function mayOccur(g: Grams, literal: string): boolean {
  const stamp = g.stamp;
  if (literal.length >= 3) {
    let a = literal.charCodeAt(0);
    let b = literal.charCodeAt(1);
    for (let i = 2; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      if (g.tri[triHash(a, b, c)] !== stamp) return false;
      a = b;
      b = c;
    }
    return true;
  }
  for (let i = 0; i < literal.length; i++) {
    const c = literal.charCodeAt(i);
    if (c < 128 && g.uni[c] !== stamp) return false;
  }
  return true;
}

/** False when no literal of the list can occur in the text `g` indexes. */
function anyMayOccur(g: Grams, rules: CompiledRules, ids: Int32Array): boolean {
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    if (g.seen[id] !== g.stamp) {
      g.seen[id] = g.stamp;
      g.answer[id] = mayOccur(g, rules.literals[id] as string) ? 1 : 0;
    }
    if (g.answer[id] === 1) return true;
  }
  return false;
}

/** The two texts of the field being scanned (lower-cased and folded), indexed on first use. */
interface FieldGrams {
  rules: CompiledRules;
  lower: Grams;
  folded: Grams;
  lowerText: string | null;
  foldedText: string | null;
  /** Counts fields; `chosen` and `chosenFor` remember each unit's alternation for this one. */
  field: number;
  chosenFor: Int32Array;
  chosen: Array<RegExp | null>;
  /**
   * Per unit: the field `reach` answers for, and the unit's reach in that field (`Reach` for its
   * longest runs), or -1 when the unit's regexes cannot match there.
   */
  reachFor: Int32Array;
  reach: Float64Array;
  /** Per unit: how far before and after a hit's start its windows reach (Infinity: `reach` bounds them). */
  before: Float64Array;
  after: Float64Array;
  /**
   * Per unit: its merged windows in the field, the first `windowsLength[u]` numbers of
   * `windows[u]` (emptied when `reach` is answered). The arrays are reused field to field and
   * never shortened: setting an array's length costs a runtime call, hundreds per field.
   */
  windows: number[][];
  windowsLength: Int32Array;
  /** Units that may match in this field (reach answered, not -1): the first `liveCount`, in the order first asked. */
  live: Int32Array;
  liveCount: number;
  /** Per automaton pattern asked about by a unit's clauses: the field it was last seen in (`field`). */
  present: Int32Array;
  /** The field's word table (wordTable), when a window's edge needed it, and the field it is for. */
  words: { start: Int32Array; end: Int32Array } | null;
  wordsFor: number;
}

const gramsOf = new WeakMap<CompiledRules, FieldGrams>();

function fieldGrams(rules: CompiledRules): FieldGrams {
  let fg = gramsOf.get(rules);
  if (fg === undefined) {
    fg = {
      rules, lower: newGrams(rules.literals.length), folded: newGrams(rules.literals.length), lowerText: null, foldedText: null,
      field: 0, chosenFor: new Int32Array(rules.units.length).fill(-1), chosen: new Array<RegExp | null>(rules.units.length).fill(null),
      reachFor: new Int32Array(rules.units.length).fill(-1), reach: new Float64Array(rules.units.length),
      before: new Float64Array(rules.units.length), after: new Float64Array(rules.units.length),
      windows: rules.units.map(() => []), windowsLength: new Int32Array(rules.units.length),
      live: new Int32Array(rules.units.length), liveCount: 0,
      present: new Int32Array(rules.presence.length).fill(-1),
      words: null, wordsFor: -1,
    };
    gramsOf.set(rules, fg);
  }
  fg.lowerText = null;
  fg.foldedText = null;
  fg.field = (fg.field + 1) & 0x3fffffff;
  fg.liveCount = 0;
  return fg;
}

/**
 * Whether regex `i` of the unit may match somewhere in `text` (the field's lower-cased or folded
 * text): false when none of its required literals occurs in the field, so neither a window nor
 * the whole text can hold a match.
 */
function mayMatch(fg: FieldGrams, unit: PatternUnit, i: number, text: string, folded: boolean): boolean {
  const ids = unit.literals[i];
  return ids == null || anyMayOccur(gramsFor(fg, text, folded), fg.rules, ids);
}

/** The grams of the field's lower-cased or folded text, indexed on first use. */
function gramsFor(fg: FieldGrams, text: string, folded: boolean): Grams {
  const g = folded ? fg.folded : fg.lower;
  if (folded ? fg.foldedText !== text : fg.lowerText !== text) {
    indexGrams(g, text);
    if (folded) fg.foldedText = text;
    else fg.lowerText = text;
  }
  return g;
}

/** Alternations of a subset of a unit's branches kept per unit (compiled once each, never evicted). */
const SUBSETS_PER_UNIT = 64;

/**
 * The alternation to search a field with: the unit's branches whose required literals may occur
 * in it (a branch that cannot match anywhere in the field changes nothing when left out: at
 * every position the alternation of the rest finds what the whole one finds). The whole
 * alternation when every branch may match or the unit already keeps its share of subsets.
 */
function alternationFor(fg: FieldGrams, u: number, unit: PatternUnit, g: Grams): RegExp | null {
  if (fg.chosenFor[u] === fg.field) return fg.chosen[u] as RegExp | null;
  let re: RegExp | null = unit.search[0] as RegExp;
  const b = unit.branches;
  if (b !== null) {
    // The live branches as a number (a bit per branch; exact up to 53 branches) or, past that,
    // as a list: a key without building a string for the common case.
    const n = b.literals.length;
    let mask = 0;
    let list = '';
    let alive = 0;
    for (let i = 0; i < n; i++) {
      const ids = b.literals[i];
      if (ids == null || anyMayOccur(g, fg.rules, ids)) {
        alive++;
        if (n <= 53) mask += 2 ** i;
        else list += `${i},`;
      }
    }
    if (alive === 0) re = null; // no branch can match in this field
    else if (alive < n) {
      const key = n <= 53 ? mask : list;
      const sub = b.subsets.get(key);
      if (sub !== undefined) re = sub;
      else if (b.subsets.size < SUBSETS_PER_UNIT) {
        const live: string[] = [];
        for (let i = 0; i < n; i++) {
          const ids = b.literals[i];
          if (ids == null || anyMayOccur(g, fg.rules, ids)) live.push(b.sources[i] as string);
        }
        re = compileRuleRegex(live.join('|'), 'gu');
        b.subsets.set(key, re);
      }
    }
  }
  fg.chosenFor[u] = fg.field;
  fg.chosen[u] = re;
  return re;
}

/**
 * Fields shorter than this run every regex their keywords call for. With windows bounded by each
 * unit's reach the regexes read little, and the index cost more than it saved on the ~2 KB scan
 * bench drafts (about 8% of the rule pass) and on 1-4 KB eval drafts; at 8 KB it broke even.
 */
const FILTER_MIN_CHARS = 8000;

/** Runs one unit's regexes over [from, to) of the text (the whole text when it covers it). */
function scanUnit(hits: RuleHit[], fg: FieldGrams, u: number, rule: CompiledRule, unit: PatternUnit, text: string, from: number, to: number): void {
  const whole = from === 0 && to === text.length;
  let slice: string | undefined;
  // On a short field indexing its grams costs about what it saves.
  const filter = text.length >= FILTER_MIN_CHARS;
  for (let i = 0; i < unit.search.length; i++) {
    if (filter && !mayMatch(fg, unit, i, text, rule.rule.case_sensitive)) continue;
    slice ??= whole ? text : text.slice(from, to);
    const re = unit.branches === null || !filter
      ? unit.search[i] as RegExp
      : alternationFor(fg, u, unit, gramsFor(fg, text, rule.rule.case_sensitive));
    if (re === null) continue;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (whole) {
        pushMatch(hits, rule, m, text, unit.firm);
        continue;
      }
      const sticky = stickyOf(unit, i);
      sticky.lastIndex = from + m.index;
      const full = sticky.exec(text);
      if (full !== null) pushMatch(hits, rule, full, text, unit.firm);
    }
  }
}

/**
 * Whether some pattern of the unit has each of its clause sets present in the field (compile.ts
 * `unitClauses`): without that none of its regexes can match there.
 */
function clausesMet(fg: FieldGrams, unit: PatternUnit): boolean {
  const all = unit.clauses;
  if (all === null) return true;
  const { present, field } = fg;
  for (let s = 0; s < all.length; s++) {
    const sets = all[s] as ReadonlyArray<Int32Array>;
    let met = true;
    for (let c = 0; c < sets.length && met; c++) {
      const set = sets[c] as Int32Array;
      met = false;
      for (let k = 0; k < set.length; k++) {
        if (present[set[k] as number] === field) {
          met = true;
          break;
        }
      }
    }
    if (met) return true;
  }
  return false;
}

/**
 * How far unit `u`'s windows reach in the field, or -1 when it cannot match there: its rule does
 * not apply, or (where the literal filter is on) none of its regexes may match. Answered once
 * per field, before any window is built.
 */
function unitReach(fg: FieldGrams, u: number, f: FieldText, digits: { run: number }, runs: Runs): number {
  if (fg.reachFor[u] === fg.field) return fg.reach[u] as number;
  const unit = fg.rules.units[u] as PatternUnit;
  const rule = fg.rules.rules[unit.rule] as CompiledRule;
  const { lower, folded } = f.text;
  let live = applies(rule, f.field === 'subject', lower, digits) && spacesPresent(unit, lower) && clausesMet(fg, unit);
  if (live && lower.length >= FILTER_MIN_CHARS) {
    const cs = rule.rule.case_sensitive;
    live = false;
    for (let i = 0; i < unit.search.length && !live; i++) live = mayMatch(fg, unit, i, cs ? folded : lower, cs);
  }
  const forms = unit.forms;
  const reach = live ? formIn(forms, 0, runs) : -1;
  fg.reachFor[u] = fg.field;
  fg.reach[u] = reach;
  const span = unit.span === undefined ? readSpan(unit) : unit.span;
  // A span that relies on `\b` keeping letters away from the keyword holds only without other letters.
  const spanHolds = span !== null && !(span.ascii && runs.otherLetters);
  fg.before[u] = spanHolds ? formIn(forms, 4, runs) : Infinity;
  fg.after[u] = spanHolds ? formIn(forms, 8, runs) : Infinity;
  fg.windowsLength[u] = 0;
  if (reach >= 0) fg.live[fg.liveCount++] = u;
  return reach;
}

/**
 * Keywords made only of spaces and tabs ("  ", " \t": a merge field that came out empty): the
 * automaton folds every whitespace run to a space, so it finds them at each paragraph break too.
 * Such a unit is live only when one of them is in the field as written.
 */
function spacesPresent(unit: PatternUnit, lower: string): boolean {
  let spaces = SPACE_KEYWORDS.get(unit);
  if (spaces === undefined) {
    const { keywords } = unit.spanOf;
    spaces = keywords.length > 0 && keywords.every((k) => /^[ \t]+$/.test(k)) ? keywords : null;
    SPACE_KEYWORDS.set(unit, spaces);
  }
  return spaces === null || spaces.some((k) => lower.includes(k));
}

const SPACE_KEYWORDS = new WeakMap<PatternUnit, readonly string[] | null>();

/** regex.ts `reachIn` for the form at `forms[at .. at + 4)`. */
function formIn(forms: Float64Array, at: number, runs: Runs): number {
  return (forms[at] as number) + (forms[at + 1] as number) * runs.unitsPerChar + (forms[at + 2] as number) * runs.word + (forms[at + 3] as number) * runs.space;
}

/** Scope and digit prefilters: whether a rule's patterns run on this field at all. */
function applies(rule: CompiledRule, subject: boolean, lower: string, digits: { run: number }): boolean {
  if (subject ? !rule.inSubject : rule.subjectOnly) return false;
  const need = rule.rule.min_digits;
  if (need === undefined) return true;
  if (digits.run < 0) digits.run = longestDigitRun(lower);
  return digits.run >= need;
}

const FOUND: number[] = [];

/** All candidate hits of one field, before filtering. */
function candidates(rules: CompiledRules, f: FieldText): RuleHit[] {
  const { lower, folded } = f.text;
  // One buffer for every field: read before the next call (candidates does not re-enter).
  const found = FOUND;
  found.length = 0;
  rules.automaton.hits(lower, found);
  const hits: RuleHit[] = [];
  const fg = fieldGrams(rules);
  const digits = { run: -1 };
  let runs: Runs | undefined;
  const { phraseStart, phraseRules, keywordStart, keywordAnywhere, keywordUnits, presence } = rules;
  // Where the clauses' strings occur, before any unit is asked whether it can match.
  const present = fg.present;
  for (let k = 0; k < found.length; k += 2) {
    const p = found[k] as number;
    if (presence[p] === 1) present[p] = fg.field;
  }
  for (let k = 0; k < found.length; k += 2) {
    const p = found[k] as number;
    const end = found[k + 1] as number;
    const start = end - (rules.lengths[p] as number);
    const firstOwner = phraseStart[p] as number;
    const lastOwner = phraseStart[p + 1] as number;
    if (firstOwner < lastOwner && boundaryOk(lower, start, end)) {
      for (let r = firstOwner; r < lastOwner; r++) hits.push({ rule: rules.rules[phraseRules[r] as number] as CompiledRule, start, end });
    }
    let firstUnit = keywordStart[p] as number;
    const lastUnit = keywordStart[p + 1] as number;
    if (firstUnit === lastUnit) continue;
    // A written keyword that starts with a letter matches at the start of a word only ("board" is
    // not in "onboarding"); digits before it are fine (tokens like "8Q~"). A literal read from a
    // regex (the units from keywordAnywhere[p] on) counts wherever it occurs.
    if (rules.wordStart[p] === 1 && start > 0 && isLetter(lower.charCodeAt(start - 1))) {
      firstUnit = keywordAnywhere[p] as number;
      if (firstUnit === lastUnit) continue;
    }
    runs ??= longestRuns(lower);
    for (let i = firstUnit; i < lastUnit; i++) {
      const u = keywordUnits[i] as number;
      const reach = unitReach(fg, u, f, digits, runs);
      if (reach >= 0) addWindow(fg, u, lower, start, end, reach);
    }
  }
  const subject = f.field === 'subject';
  for (const u of rules.always) {
    const unit = rules.units[u] as PatternUnit;
    const rule = rules.rules[unit.rule] as CompiledRule;
    if (!applies(rule, subject, lower, digits) || !clausesMet(fg, unit)) continue;
    const text = rule.rule.case_sensitive ? folded : lower;
    scanUnit(hits, fg, u, rule, unit, text, 0, text.length);
  }
  if (runs !== undefined) {
    // Units in order (their hits are pushed in unit order); only a live unit has windows.
    // A typed array sorts numbers without a comparator call per step.
    const live = fg.live.subarray(0, fg.liveCount).sort();
    for (let l = 0; l < live.length; l++) {
      const u = live[l] as number;
      const list = fg.windows[u] as number[];
      const length = fg.windowsLength[u] as number;
      if (length === 0) continue;
      const unit = rules.units[u] as PatternUnit;
      const rule = rules.rules[unit.rule] as CompiledRule;
      const text = rule.rule.case_sensitive ? folded : lower;
      for (let w = 0; w < length; w += 2) scanUnit(hits, fg, u, rule, unit, text, list[w] as number, list[w + 1] as number);
    }
  }
  return hits;
}

// ---------------------------------------------------------------- claims about the prospect

const ABOUT_THEM_RE = /(?<![\p{L}])(?:you|your|you've|you're|you'll|yours|yourselves|congrat\w*|kudos|hats off)(?![\p{L}])/gu;
const ABOUT_THEM_ONE = new RegExp(ABOUT_THEM_RE.source, 'u');
const SAW_RE = /(?<![\p{L}])(?:saw|seen|heard|read|noticed|news|announcement|announced)(?![\p{L}])/gu;
const ABOUT_US_RE = /(?<![\p{L}])(?:we|our|ours|us|we've|we're|my|i|i've|i'm|customers? of ours|one of our|a client|a customer|another client|another customer|competitor|competitors)(?![\p{L}])/u;

const namesCache = new WeakMap<object, string[]>();

function prospectNames(ctx: ScanContext): string[] {
  const hit = namesCache.get(ctx.account);
  if (hit !== undefined) return hit;
  const names = new Set<string>();
  for (const n of [ctx.account.name, ...ctx.account.aliases]) {
    const t = normalizeTerm(n);
    // As written in prose too: "acme analytics" for "Acme Analytics, Inc." (book.ts nameForms).
    for (const form of nameForms(t)) if (form.length >= 3) names.add(form);
    const first = t.split(' ')[0] ?? '';
    if (first.length >= 4 && !STOPWORDS.has(first)) names.add(first);
  }
  const out = [...names];
  namesCache.set(ctx.account, out);
  return out;
}

const namesJoined = new WeakMap<object, string>();

function prospectNamesJoined(ctx: ScanContext): string {
  let joined = namesJoined.get(ctx.account);
  if (joined === undefined) {
    joined = prospectNames(ctx).join(' ');
    namesJoined.set(ctx.account, joined);
  }
  return joined;
}

/**
 * A third party named between the reference and the claim: another account of the book, or a
 * capitalized name introduced as someone else ("your peer Globex, which…", "a customer, Initech,").
 */
function thirdPartyBetween(ctx: ScanContext, f: FieldText, from: number, to: number, named = false): boolean {
  if (to <= from) return false;
  const lower = f.text.lower.slice(from, to);
  // Another account of the book named before the claim is its subject only in a bare report
  // ("I read that Globex raised…"); after "congrats on" it is the object ("…the Initech acquisition").
  if (named) for (const a of ctx.named) {
    const name = normalizeTerm(ctx.book.accounts[a]?.name ?? '');
    if (name !== '' && lower.includes(name.split(' ')[0] ?? name)) return true;
  }
  const names = prospectNames(ctx);
  const folded = f.text.folded.slice(from, to);
  for (const m of folded.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+)*/gu)) {
    const w = m[0].toLowerCase();
    if (names.some((n) => n.includes(w) || w.includes(n))) continue;
    const before = lower.slice(Math.max(0, m.index - 30), m.index);
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/\b(?:customer|customers|client|clients|partner|partners|competitor|competitors|company|startup|firm|vendor|peer|peers|friends|folks|rival|another|other)\b[^.]*$/.test(before)) return true;
    if (/^(?:,? (?:which|who|that)\b|,\s)/.test(after) && /\b(?:like|as|and|including|such as)\s*$/.test(before)) return true;
    if (/^,? (?:which|who)\b/.test(after)) return true;
    // "…at Westmore Plastics (about 400 employees, …)": a parenthesis describing the name.
    if (/^\s*\(/.test(after) && !lower.slice(m.index + m[0].length).includes(')')) return true;
  }
  return false;
}

const OBJECT_CLAIM = /acqui|merg|purchas|buy|takeover|launch|releas|unveil|debut|rollout/;

/** After the claim's clause, our own past ("…, we kept our whole team"), not a pitch ("…, we can help"). */
const OUR_STORY_RE = /^[,;:(\s-]*(?:we|our [a-z]+)\s+(?:[a-z]+\s+)?(?:kept|doubled|tripled|hired|grew|went|were|had|became|moved|merged|raised|opened|closed|launched|added|lost|cut|built|got|joined|rebranded|changed|switched|started)\b/;

const NAME_AFTER_RE = /^\s*,?\s*(?:at|of|from|over at|for)\s+(\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+)*)/u;
const NAME_NEXT_RE = /^\s+(\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+)*)/u;

/** A claim told with a verb ("acquired", "raised", "went public"): the words before it are its subject. */
const CLAIM_VERB = /^(?:[a-z]+ed|[a-z]+ing|went|won|took|made|hit|cut|let|got|shed|bought|sold|grew|became|broke|brought|swept|began|landed|closed|raised|hired|opened|launched|joined|named|is|are|was|were|has|have|had)\b/;
const PERSON_CLAIM = /\b(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|chief|vp|svp|evp|head of|president|principal|headteacher|head teacher|headmaster|headmistress|dean|superintendent|provost|rector|chef|officer|chair|founder|director|counsel|leader|manager|role|helm|reins|took over|step|resign|retir|depart|left|join|hire|appoint|named|promot|brought on|brought in|tapped|welcom|succeed|replac|ousted|fired)/;
const SUBJECT_BEFORE = /(?:^|[\s,;:("])(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*)(?:,[^,.!?\n]{2,60},|\s*\([^()\n]{1,80}\))?\s+(?:(?:just|recently|officially|finally|reportedly|quietly|also|then|later|subsequently|soon|eventually|quickly|again|has|have|had|got|was|were|is|are|been|being)\s+)*$/u;

/** A capitalized name, a comma and an indefinite description ending right before a figure. */
const APPOSITION_RE = /(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*),\s+(?:a|an)\s+(?:[\p{L}\p{N}&'’-]+\s+){1,7}?(?:with|employing|of|serving)\s+(?:(?:about|around|roughly|approximately|over|nearly|almost|some|more than|close to)\s+)?$/u;

/** A capitalized name that has, employs or serves the figure right after it (an aside between them: "Jornal do Vale, in the interior of São Paulo, has…"). */
const COUNT_SUBJECT_BEFORE = /(?:^|[\s,;:("])(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*)(?:,[^,.!?\n]{2,60},|\s*\([^()\n]{1,80}\))?\s+(?:(?:now|then|already|still|also)\s+)?(?:has|had|have|employs|employed|serves|served|counts|counted|reached|grew to|with)\s+(?:(?:about|around|roughly|approximately|over|nearly|almost|some|more than|close to|just over|just under)\s+)?$/u;

/**
 * "Stripe acquired Bridge last year…": a capitalized name that is neither the prospect nor us,
 * right before a claim told with a verb, is the claim's subject: a third party.
 */
function thirdPartySubject(ctx: ScanContext, f: FieldText, from: number, start: number, end: number): boolean {
  const claim = f.text.lower.slice(start, end);
  // "Jordan Lee was appointed CEO": people are the subject of leadership news.
  if (PERSON_CLAIM.test(claim)) return false;
  // "Brookfield had about 9,000 members": a figure owned by the name before it.
  const m = (CLAIM_VERB.test(claim) ? SUBJECT_BEFORE : COUNT_SUBJECT_BEFORE).exec(f.text.folded.slice(from, start));
  if (m === null) return false;
  const w = (m[1] as string).toLowerCase();
  if (STOPWORDS.has(w) || MONTH_OR_DAY.test(w) || /^(?:i|you|we|they|he|she|it|your|our|their|congrats|congratulations|saw|heard|read|noticed)$/.test(w)) return false;
  // "Headcount has grown fivefold": a sentence may open with the measure itself.
  if (/^(?:headcount|revenue|arr|mrr|team|the team|company|the company|business|staff|workforce|sales|bookings|growth|customer base|user base)$/.test(w)) return false;
  if (prospectNames(ctx).some((n) => n.includes(w) || w.includes(n))) return false;
  return !ourName(ctx, w);
}

/**
 * "The new VP of Sales at Globex…": a claim that names its company right after it (at / of /
 * from / over at a capitalized name) is about that company, unless the name is the prospect's.
 */
function thirdPartyAfter(ctx: ScanContext, f: FieldText, start: number, end: number, to: number): boolean {
  // "the acquisition of Brightpath", "the launch of Acme Insights": the name is the object.
  if (OBJECT_CLAIM.test(f.text.lower.slice(start, end))) return false;
  const after = f.text.folded.slice(end, Math.min(to, end + 60));
  // The claim's own pattern may have taken the preposition ("new VP of Sales at").
  const re = /\b(?:at|of|from|for)$/.test(f.text.lower.slice(Math.max(0, end - 6), end)) ? NAME_NEXT_RE : NAME_AFTER_RE;
  let m = re.exec(after);
  let rest = after;
  // "…stepped down as CEO of Globex": the company after the title ("as VP of Sales at Initech").
  if (m === null) {
    m = AS_TITLE_RE.exec(after);
    while (m !== null && DEPARTMENT.test((m[1] as string).toLowerCase())) {
      rest = rest.slice(m.index + m[0].length);
      m = NAME_AFTER_RE.exec(rest);
    }
  }
  if (m === null) return false;
  const w = (m[1] as string).toLowerCase();
  if (MONTH_OR_DAY.test(w.split(' ')[0] ?? '')) return false;
  return !prospectNames(ctx).some((n) => n.includes(w) || w.includes(n));
}

const AS_TITLE_RE = /^\s*,?\s*as\s+(?:the\s+|its\s+|their\s+)?[\p{L}&\s-]{2,50}?\s(?:at|of|from|over at|for)\s+(\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+)*)/u;
/** The part of a title that is capitalized but names no company ("VP of Sales"). */
const DEPARTMENT = /^(?:sales|marketing|engineering|product|products|revenue|operations|finance|people|growth|customer|customers|success|customer success|revops|sales ops|data|security|technology|it|hr|partnerships|business|strategy|design|sales development|enablement|the board|board)$/;

const COUNTRY_US = /(?<![\p{L}.])U\.?S\.?(?![\p{L}])/u;
const US_LOWER = /(?<![\p{L}.])u\.?s\.?(?![\p{L}])/gu;
const withoutCountry = new WeakMap<object, string>();

/** "US" inside a run of capitals ("WHAT YOU TOLD US"): the word before it is in capitals too, so it may be the pronoun. */
function inCapitalsRun(folded: string, at: number, length: number): boolean {
  const before = /(?<![\p{L}])(\p{Lu}{2,})[ \t]+$/u.exec(folded.slice(Math.max(0, at - 30), at));
  return before !== null && !/^(?:THE|IN|TO|FOR|FROM|ACROSS|OUTSIDE|INSIDE|AND)$/.test(before[1] as string) && folded.slice(at + length, at + length + 1) !== '.';
}

/**
 * The field's lower-cased text with the country ("the US", "U.S.") written as "zz": lower-cased it
 * reads as the pronoun "us", and "your move into the US" is not a sentence about us. Same length,
 * so offsets hold.
 */
function lowerWithoutCountry(f: FieldText): string {
  const { lower, folded } = f.text;
  let out = withoutCountry.get(f.text);
  if (out === undefined) {
    out = !COUNTRY_US.test(folded) ? lower
      : lower.replace(US_LOWER, (m: string, at: number) => (folded.slice(at, at + m.length) === m.toUpperCase() && !inCapitalsRun(folded, at, m.length) ? 'z'.repeat(m.length) : m));
    withoutCountry.set(f.text, out);
  }
  return out;
}

/**
 * A line that introduces a recap of what the prospect told us. A proposal's scope or its
 * assumptions ("SCOPE" over "- About 95 employees") list the reader's figures we priced on
 * (forty-third session, NQ).
 */
/**
 * A recap's heading in the other languages of the packs: "CE QUE NOUS AVONS RETENU DE NOS ÉCHANGES",
 * "Lo que nos contaste", "Was wir mitgenommen haben", "O que vocês nos contaram", "Wat we hoorden",
 * "Quello che ci ha detto", "Résumé de notre réunion" (forty-fifth session, TM).
 */
const FOREIGN_RECAP_HEAD = new RegExp(String.raw`(?<![\p{L}])(?:ce que (?:nous avons|j['’]ai) (?:retenu|compris|noté)|ce que vous (?:nous|m['’]) ?avez (?:dit|expliqué|décrit|partagé)|lo que (?:nos|me) (?:contaste|contó|contaron|dijiste|dijo|dijeron|comentaste|comentó|explicaste|explicó)|lo que (?:entendimos|entendí|anotamos)|was (?:wir|ich) (?:mitgenommen|verstanden|notiert) (?:haben|habe)|was sie (?:uns|mir) (?:erzählt|gesagt|geschildert|beschrieben) haben|o que (?:você|vocês|o senhor|a senhora) (?:nos|me) (?:contou|contaram|disse|disseram|explicou|explicaram)|o que (?:entendemos|percebemos|anotámos|anotamos)|wat (?:we|wij|ik) (?:hoorden|begrepen|noteerden|hebben gehoord|hebben begrepen)|quello che (?:ci|mi) (?:ha|hai|avete) (?:detto|raccontato|spiegato)|(?:récapitulatif|compte[- ]rendu|résumé|resumen|resumo|zusammenfassung|samenvatting|riepilogo|riassunto) (?:de|du|da|do|della|del|des|unseres|unserer|van) (?:notre|nos|la|nuestra|nuestro|nossa|nosso|ons|onze|het|des|dem)? ?(?:réunion|échanges?|appel|rendez-vous|reunión|llamada|conversación|reunião|conversa|chamada|gesprächs?|termins?|telefonats?|gesprek|overleg|riunione|chiamata|incontro))`, 'u');

const RECAP_HEAD_EN = anyOf(/(?:^[\s*#_]*(?:\d{1,2}[.)][ \t]+)?(?:(?:a |our |my )?(?:quick |short |brief |call |meeting |discovery )?recap|(?:key )?discussion points|points discussed|discussed|(?:call |meeting )?summary|(?:meeting )?minutes(?: of (?:the|our|today's) meeting)?|agreed actions|what (?:we|i) heard|what we (?:covered|discussed|talked (?:about|through)|went through)(?: today| on the call)?|what you (?:told (?:us|me)|shared|said)|your (?:current )?(?:situation|setup|set-up|priorities|goals|challenges)(?: today)?|(?:project |pilot |proposal |rollout )?scope|(?:our |key |pricing |quote )?assumptions|(?:pricing|quote|price) basis)[\s*_:.]*$|\bhere(?:'s| is| are) (?:the|a|my|our) (?:quick |short |brief )?(?:recap|summary|notes)[.:!]?\s*$|\bhere(?:'s| is| are) (?:the|a|my|our) (?:quick |short |brief )?(?:recap|summary|notes)\b[^\n]{0,60}\b(?:anything(?:'s| is)? (?:off|wrong|missing)|correct me|i missed|i got wrong)|\b(?:thanks|thank you) for (?:meeting|the (?:call|meeting|conversation|chat|session|visit)|your time|speaking|talking)[^\n]{0,120}\b(?:recap|summary|notes)\b|what i (?:understood|heard|noted|took away|jotted down|wrote down|noted down|took down|scribbled down)|(?:shout|tell me|let me know|correct me) if i(?:'ve| have)? (?:misheard|missed|misunderstood|got) (?:anything|something)|what you asked (?:us )?for|(?:make sure|check|confirm) (?:that )?i(?:'ve| have)? (?:got|get|understood|have) (?:this|that|it|everything|things) right|(?:as|what|how) you (?:explained|described|outlined|put) (?:it|them|things|your [\w ]{1,30})|so you can correct|(?:my |a |quick |short )?(?:recap|summary|notes) (?:of|from) (?:our|the|today's|yesterday's|last week's|(?:mon|tues|wednes|thurs|fri)day's) (?:call|meeting|conversation|chat|session|discovery call|demo)|^[\s*#_]*(?:my |a |quick |short )?notes from (?:today|yesterday|this morning|this afternoon|our (?:call|meeting|chat|visit)|the (?:call|meeting|visit|farm walk|site visit))[\s*_:.]*$|(?:from|on|during|after) our (?:call|conversation|meeting|chat)|(?:as|what) you (?:told|shared with|described to|walked) (?:me|us)|to confirm what you (?:said|shared|told (?:me|us))|\byou(?: and [\w.' ]{2,30})? (?:explained|described|told (?:me|us)|mentioned|shared|said|outlined) that[\s:]*$|\((?:as |what )?you (?:shared|described|explained|mentioned|outlined|told (?:us|me)|put it)\)[\s*_:.]*$|\b(?:these are|here are) your (?:points|words|notes|comments|concerns|requirements|answers)\b[^\n]{0,80}:\s*$|\bin your (?:own )?words\b[^\n]{0,60}:\s*$)/);
const RECAP_HEAD = { test: (line: string): boolean => RECAP_HEAD_EN.test(line) || FOREIGN_RECAP_HEAD.test(line) };

/**
 * Whether the line at `from` is an item of a list that a recap line introduces ("Here's what I
 * understood from our call:" then "- You have around 420 employees…"): the prospect's words
 * played back, not news we claim. Reads back over list items and blank lines, at most 1,200
 * characters.
 */
/**
 * The line that leads into the list holding the line at `from` (the first line above it that is not
 * an item, within 1,200 characters), or null when that line is no list item.
 */
export function listLead(lower: string, from: number): string | null {
  const lineStart = lower.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = lower.indexOf('\n', from);
  if (!LIST_ITEM.test(lower.slice(lineStart, lineEnd < 0 ? lower.length : lineEnd))) return null;
  for (const line of leadLines(lower, lineStart, 1200)) return line;
  return null;
}

/** A numbered item's number: "1. ", "2) ". */
const NUMBERED_HEAD = /^[ \t*#_]*\d{1,2}[.)][ \t]+/;

export function inRecapList(lower: string, from: number): boolean {
  const lineStart = lower.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = lower.indexOf('\n', from);
  if (!LIST_ITEM.test(lower.slice(lineStart, lineEnd < 0 ? lower.length : lineEnd))) {
    // A paragraph right under a recap's lead line that ends with a colon ("Want to make sure I got
    // this right before I go build anything:" over "You're a 4-lawyer team at a Series C…"); not a
    // paragraph after the recap's list ("A quick recap:", its items, then "Since Jens took over…").
    for (const line of leadLines(lower, lineStart, 400, true)) return !LIST_ITEM.test(line) && /:\s*$/.test(line) && RECAP_HEAD.test(line);
    return false;
  }
  // The nearest line that leads into the list, or the one before it when that is a short heading
  // ("Your situation" under "Here is the recap.").
  // A numbered section heading counts as a lead line, not an item ("1. WHAT YOU TOLD US" over
  // "- About 380 staff across eleven branches", forty-third session, NQ).
  let read = 0;
  for (const line of leadLines(lower, from, 1200, true)) {
    if (LIST_ITEM.test(line)) {
      const numbered = NUMBERED_HEAD.exec(line);
      // A heading of other languages runs longer: "1. CE QUE NOUS AVONS RETENU DE NOS ÉCHANGES" (forty-fifth session, TM).
      if (numbered !== null && (HEADING.test(line.slice(numbered[0].length)) || FOREIGN_RECAP_HEAD.test(line) && LONG_HEADING.test(line.slice(numbered[0].length))) && RECAP_HEAD.test(line)) return true;
      continue;
    }
    if (RECAP_HEAD.test(line)) return true;
    if (++read === 2 || !HEADING.test(line)) return false;
  }
  return false;
}

/**
 * An item of a list about us: an earlier item of the same list gives our company as the value of
 * a label ("- Legal entity: Ourco, Inc., Delaware corporation", "- Supplier name: Ourco Ltd"), or
 * the line heading the list names us ("About Ourco", "Ourco at a glance", "About us"). A supplier
 * questionnaire's answers ("- Founded 2016; 380 employees; more than 11,000 restaurant customers")
 * are our figures, and so is the paragraph right under such a heading. An item that turns to the
 * reader is not.
 */
function inListAboutUs(ctx: ScanContext, lower: string, from: number): boolean {
  let lineStart = lineStartOf(lower, from);
  const lineEnd = lineEndOf(lower, from);
  // A list item is a line, not a body of one long line.
  if (lineEnd - lineStart > LIST_LINE_MAX) return false;
  const line = lower.slice(lineStart, lineEnd);
  if (YOU_RE.test(line)) return false;
  // An item labelled as our profile: "1. Company profile: founded 2014, 260 employees, offices in…" in an RFI answer (fortieth session, BQ).
  if (OUR_PROFILE_ITEM.test(line)) return true;
  // A paragraph right under a heading about us ("6. About Ourco" over "Founded in 2014, 1,900 customers…").
  if (!LIST_ITEM.test(line)) {
    if (lineStart < 2) return false;
    const headStart = lineStartOf(lower, lineStart - 1);
    return headsAboutUs(ctx, lower.slice(headStart, lineStart - 1));
  }
  // One blank line may stand between the list and the line leading into it.
  let blank = false;
  for (let read = 0; read < 16 && lineStart > 0; read++) {
    const prevStart = lineStartOf(lower, lineStart - 1);
    if (lineStart - 1 - prevStart > LIST_LINE_MAX) return false;
    const prev = lower.slice(prevStart, lineStart - 1);
    lineStart = prevStart;
    if (prev.trim() === '') {
      if (blank) return false;
      blank = true;
      continue;
    }
    if (LIST_ITEM.test(prev)) {
      if (blank) return false;
      // A numbered heading reads as an item: "7. ABOUT OURCO" over "- 140 staff, with offices in…" (thirty-ninth session, BD).
      if (headsAboutUs(ctx, prev)) return true;
      const m = OUR_LABEL_ITEM.exec(prev);
      if (m !== null && ourName(ctx, m[1] as string)) return true;
      continue;
    }
    // Past a blank line only a lead-in ending in a colon leads into the list, or one that says news of ours follows.
    if (blank && !prev.trimEnd().endsWith(':') && !OUR_NEWS_LEAD.test(prev)) return false;
    return headsAboutUs(ctx, prev);
  }
  return false;
}

/**
 * Whether a line is a heading about us ("About Ourco", "6. About us", "Ourco at a glance", "OURCO
 * IN 2025") or a line that leads into what follows as facts about us ("Here's what I can share
 * about Ourco:", "A few numbers on us:").
 */
function headsAboutUs(ctx: ScanContext, line: string): boolean {
  // The lead is the line's last sentence: "That's a fair question. Here's what I can share about Ourco:".
  const lead = line.length > 300 ? '' : line.slice(Math.max(line.lastIndexOf('. '), line.lastIndexOf('! '), line.lastIndexOf('? ')) + 1);
  if (lead.length <= 80) {
    const m = OUR_LEAD.exec(lead);
    if (m !== null && (ourName(ctx, m[0]) || ABOUT_US_LEAD.test(m[0]))) return true;
  }
  if (lead.length <= 160 && WE_ASKED_LEAD.test(lead)) return true;
  // "You asked for some context on Ourco before you take this to the board. Here you go:" (forty-first session, AP).
  if (line.length <= 300 && HERE_IT_IS_LEAD.test(lead) && WE_ASKED_LEAD.test(line.slice(0, line.length - lead.length).trimEnd() + ':')) return true;
  if (line.length <= 300 && OUR_NEWS_LEAD.test(line)) return true;
  // "Mossgrove has closed a $14 million Series A round… In practical terms, it's going towards:" (forty-ninth session, YM).
  if (line.length <= 300 && FUNDS_GO_LEAD.test(lead) && ourName(ctx, line.slice(0, line.length - lead.length))) return true;
  return line.length <= 60 && (ABOUT_US_HEAD.test(line) || (ourName(ctx, line) && OUR_NAME_HEAD.test(line)));
}

/** A line ending in a colon that says what follows is about a company: "here's what i can share about ourco:". */
const OUR_LEAD = /(?<![\p{L}])(?:about|on)[ \t]+[\p{L}\d&.'’-]+(?:[ \t]+[\p{L}\d&.'’-]+){0,2}[ \t]*:[ \t]*$/u;
/**
 * A lead-in answering what the reader asked about us: "Since you asked how big we are before taking
 * things further, here are the facts:" (thirty-ninth session, ZB).
 */
/** A last sentence that only hands over what the sentence before it announced: "Here you go:", "As requested:". */
const HERE_IT_IS_LEAD = /^\s*(?:here you go|here it is|here they are|here goes|as requested|see below)\s*:\s*$/u;
const WE_ASKED_LEAD = /(?<![\p{L}])(?:how (?:big|large|old|established|stable|financially stable) (?:we are|our company is)|who we are|(?:some |a bit of |more )?(?:context|background) on (?:us|ourco)|(?:a |an )?(?:one-page |short |quick |brief )?(?:snapshot|overview|profile|one-pager|summary) of (?:us|ourco)|(?:a few |some )?(?:numbers|facts|figures|details) (?:on|about|from) us|our (?:key )?(?:numbers|facts|figures))(?![\p{L}])[^\n]{0,100}:[ \t]*$/u;
/** A label that says news of ours follows: "Some small Foxcombe news:", "Our own update –" (forty-eighth session, WX). */
const OUR_NEWS_LABEL = String.raw`(?:(?:some|a bit of|a little|a piece of|small|quick|good|happy|exciting|big|proud) )*(?:ourco|our(?: own)?) (?:news|updates?|milestones?)[ \t]*[:—–-]`;
const OUR_NEWS_LABEL_RE = new RegExp(String.raw`(?<![\p{L}])${OUR_NEWS_LABEL}`, 'u');
/**
 * A line that says news of ours follows: "A quick one with some news from our side, because Acme has
 * been a big part of our year!" over "- Headcount across the firm is 146, up from 118 a year ago"
 * (fortieth session, BN).
 */
// "What it means for customers and prospects like Acme:" under our funding news (forty-first session, AJ);
// "here is what the money is for:", "What the money is going to:" (forty-seventh session, VN, VP);
// a label of its own, "Some small Foxcombe news:" (OUR_NEWS_LABEL, forty-eighth session, WX).
const OUR_NEWS_LEAD = new RegExp(String.raw`(?<![\p{L}])(?:(?:(?:some|a bit of|a little|a few|a couple of|quick|good|happy|exciting|big) )?(?:news|updates?|milestones) (?:from|on) (?:our side|our end|us|ourco)|${OUR_NEWS_LABEL}|what (?:it|this|that|the (?:round|raise|funding|news|investment|announcement)) means for (?:(?:our |existing |current )?(?:customers|clients|users|partners|members|prospects)|you(?: in practice)?)|what (?:the|this|that|our) (?:money|funding|round|raise|investment|capital)(?: is| will be|'s)? (?:for|going (?:to|towards?|into)|goes (?:to|towards?|into)|will (?:go|pay) (?:to|towards?|into|for)|pays for|funds)|where (?:the|this|that|our) (?:money|funding|investment|capital) (?:is going|goes|will go))(?![\p{L}])`, 'u');
/** A lead-in that says where money just told of goes: "In practical terms, it's going towards:" (whose money, the sentence before says). */
const FUNDS_GO_LEAD = /(?<![\p{L}])(?:it|this|that|the (?:money|funding|round|raise|investment|capital))(?:['’]s| is| will be| goes| will go|['’]ll go) (?:going |being put |put )?(?:to|towards?|into|on)[ \t]*:[ \t]*$/u;
/** The same line about "us": "a few facts about us:", "some numbers on us:". */
const ABOUT_US_LEAD = /(?<![\p{L}])(?:about|on) us[ \t]*:[ \t]*$/u;

/** The longest line read as an item of a list about us. */
const LIST_LINE_MAX = 1000;

/** A list item labelled as our profile: "1. company profile: founded 2014, 260 employees", "- about us: …". */
const OUR_PROFILE_ITEM = new RegExp(String.raw`^[ \t]*${ITEM_MARK}[ \t]+(?:company (?:profile|overview|background|facts|information|info|details)|(?:supplier|vendor|bidder|respondent|tenderer) (?:profile|overview|background|information|details)|about us|who we are|our company|corporate (?:profile|overview))[ \t]*:`, 'u');

/** A list item giving a company as a label's value: "- legal entity: ourco, inc.". */
const OUR_LABEL_ITEM = new RegExp(String.raw`^[ \t]*${ITEM_MARK}[ \t]+(?:legal (?:entity|name)|(?:registered )?company(?: name)?|(?:supplier|vendor|company) legal name|supplier(?: name)?|vendor(?: name)?|registered name|entity(?: name)?|provider|organi[sz]ation(?: name)?)[ \t]*:[ \t]*([^\n,;(]{2,60})`, 'u');
/** A heading about us: "about us", "who we are". */
const ABOUT_US_HEAD = /^[\s#*_>-]*(?:[a-z\d]{1,2}[.)]\s*)?(?:about us|who we are|what we do|our company|company (?:facts|profile|overview))\b/;
/** A heading naming us: "about ourco", "ourco at a glance", "ourco in numbers", "what ourco is". */
const OUR_NAME_HEAD = /^[\s#*_>-]*(?:[a-z\d]{1,2}[.)]\s*)?(?:about [\p{L}\d&. -]+|(?:what|who) [\p{L}\d&. -]+ (?:is|does)|[\p{L}\d&. -]+ (?:at a glance|in numbers|in brief|facts|profile|overview|key facts|in (?:19|20)\d\d|this year|(?:(?:19|20)\d\d |year )?in review|update|news|today))\s*:?\s*$/u;

/**
 * A line that introduces a report we made on the reader's own account: "Here's your monthly health
 * check", "The full report is attached, and here's the summary", "Here are your Q3 numbers", "Your
 * usage report". Its items are figures our product measured for them ("Flow revenue up 14% vs.
 * February", "about 4,200 new subscribers a month"), not news about them we claim. A heading alone
 * ("The good news", "By the numbers", "Highlights") says nothing of whose figures follow.
 */
const REPORT_HEAD = anyOf(/(?:\bhere(?:'s| is| are) your (?:[\p{L}\d&'’-]+ ){0,3}?(?:health ?check|report|review|summary|scorecard|audit|numbers|stats|statistics|metrics|results|figures|dashboard|snapshot|readout)s?\b|\bhere(?:'s| is| are) the (?:[\p{L}\d&'’-]+ ){0,3}?(?:health ?check|report|summary|scorecard|audit|readout)s?\b|\b(?:monthly|quarterly|weekly|annual|yearly|q[1-4]|h[12]|mid-year|year-end|end-of-year) (?:health ?check|account review|business review|usage report|report|review|scorecard|summary|snapshot|readout)\b|\b(?:usage|account|health|deliverability|performance|adoption|engagement|audit) (?:report|summary|review|scorecard|snapshot|readout|check)\b)/u);

/** A sentence that opens by handing the reader a report on their account ("Here's your monthly snapshot for May …"). */
const REPORT_LEAD = /^\s*(?:[\p{L}]+,\s*)?here(?:'s| is| are) your (?:[\p{L}\d&'’-]+ ){0,3}?(?:health ?check|report|review|summary|scorecard|numbers|stats|statistics|metrics|results|figures|dashboard|snapshot|readout)s?\b/u;

/**
 * Whether the line at `from` is an item of a list that a report on the reader's account
 * introduces (REPORT_HEAD on its lead line, or on the line before a short heading over it: "The
 * good" under "Here's your monthly health check"). Reads back at most 1,200 characters.
 */
export function inAccountReport(lower: string, from: number): boolean {
  const lineStart = lower.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = lower.indexOf('\n', from);
  if (!LIST_ITEM.test(lower.slice(lineStart, lineEnd < 0 ? lower.length : lineEnd))) return false;
  let read = 0;
  for (const line of leadLines(lower, from, 1200)) {
    if (REPORT_HEAD.test(line)) return true;
    if (++read === 3 || !HEADING.test(line)) return false;
  }
  return false;
}

/** A short heading line: a few words, no sentence end. */
const HEADING = /^[ \t*#_]*[\p{L}][\p{L}\p{N} '’&/-]{0,38}[*_:]*[ \t]*$/u;
/** The same up to seventy characters, for the headings of other languages. */
const LONG_HEADING = /^[ \t*#_]*[\p{L}][\p{L}\p{N} '’&/-]{0,68}[*_:]*[ \t]*$/u;

/**
 * The lines before the one at `from` that lead into it, nearest first: neither blank nor list
 * items (a list's items and the blank lines around it are read past; `withItems` yields the items
 * too, for a caller that must see a list between), within `reach` characters.
 */
function* leadLines(text: string, from: number, reach: number, withItems = false): Generator<string> {
  const floor = Math.max(0, from - reach);
  let lineStart = text.lastIndexOf('\n', from - 1) + 1;
  while (lineStart > floor) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    if (line.trim() !== '' && (withItems || !LIST_ITEM.test(line))) yield line;
    lineStart = prevStart;
    if (prevStart === 0) break;
  }
}

/**
 * A lead-in that introduces another company's story: "here's the case study from Nordic Wolves
 * Esports", "a summary of Calder Valley Water's experience", "Halvorsen's results", "they've agreed
 * to act as a reference". What follows it (list items, the next paragraph) is that company's news.
 */
const STORY_HEAD = /(?:(?:case stud(?:y|ies)|story|stories|experience|results|write-?up|reference|numbers|figures|rollout|journey)(?:\s+(?:[Ii]|[Ww]e)\s+(?:mentioned|promised|discussed|talked about)(?:\s+\w+){0,2})?,?\s+(?:from|of|with|at|about|for)\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*)|(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*)\s+(?:has|have)\s+(?:kindly\s+|generously\s+|happily\s+)?(?:agreed|offered)\s+to\s+(?:share|talk|be a reference|act as a reference|speak)|(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*)['’]s?\s+(?:case study|story|experience|results|numbers|figures|rollout|journey|background))/u;
const STORY_REFERENCE = anyOf(/\b(?:^\s*(?:what|here(?:'s| is) what) (?:they|she|he) (?:reported|saw|achieved|measured|found|told us|got|shared)\b|(?:they|who)(?:'ve| have)? (?:agreed|are happy|are fine|were happy) (?:to|for us to|with us) (?:act as a reference|be a reference|share|sharing|talk)|(?:one of our|a) (?:customers?|clients?) (?:of ours )?(?:in|from|like)\b|(?:has|have) (?:kindly |generously |happily )?(?:agreed|offered) to (?:let us |allow us to )?(?:share|talk about|be a reference|act as a reference|speak about))/);

/**
 * Whether the sentence at `from` continues another company's story that an earlier line introduced
 * (STORY_HEAD naming a company other than the prospect): a list item under it, or the paragraph
 * after it. Reads back over list items and blank lines and at most two other lines, 900 characters.
 */
function inThirdPartyStory(ctx: ScanContext, f: FieldText, from: number): boolean {
  // Lines of the sentence's own paragraph before it count too ("Background: …" after the lead-in).
  let plain = 0;
  for (const line of leadLines(f.text.folded, from, 900)) {
    const head = STORY_HEAD.exec(line);
    const name = head === null ? undefined : (head[1] ?? head[2] ?? head[3])?.toLowerCase();
    if (name !== undefined && !STOPWORDS.has(name) && !prospectNames(ctx).some((n) => n.includes(name) || name.includes(n)) && !ourName(ctx, name)) return true;
    if (STORY_REFERENCE.test(line.toLowerCase()) && !/\byou(?:r|'re|'ve)?\b/i.test(line)) return true;
    if (INDEFINITE_STORY_RE.test(line.toLowerCase()) && !/\byou(?:r|'re|'ve)?\b/i.test(line)) return true;
    // "Kestrel Foods (Cork) was acquired by Arden Group in May 2024. Over the following quarter
    // they had to:": a line opening on another company and its verb, the list under it its story.
    // The name is two capitalised words or more, or one the field also writes mid-sentence ("Warm
    // greetings from Ourco." opens on no name).
    // So does one opening on another company described in apposition ("Hotel Mirador de Ronda, a 62-room
    // independent hotel in Andalusia, moved to Ourco PMS in 2023. … according to their own figures:").
    const opened = NAME_THEN_VERB_RE.exec(line) ?? APPOSED_SUBJECT_RE.exec(line);
    if (opened !== null && !/\byou(?:r|'re|'ve)?\b/i.test(line)) {
      const written = withoutOpeners((opened[1] as string).split(/[ \t]+/));
      const name = written.join(' ').toLowerCase();
      const named = written.length >= 2 || (written.length === 1 && namedMidSentence(f.text.folded, written[0] as string));
      if (named && !prospectsOrOurs(ctx, name)) return true;
    }
    if (++plain >= 2) return false;
  }
  return false;
}

/**
 * A company named at the start of the sentence, as a possessive or the subject of a verb
 * ("Pfizer's new plant", "Datadog recently announced", "Northwind Health has opened"): up to
 * four capitalised words, the first of them not a word that opens sentences ("Since", "Your").
 */
const NAMED_SUBJECT_RE = /^[^\p{L}]*(?:(?:(?:Last|This|Next|Earlier this|Late last|Early last) (?:year|month|quarter|spring|summer|autumn|fall|winter|week)|In (?:early |late |mid-)?\d{4}|Back in \d{4}|Recently),?[ \t]+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{N}&.-]*){0,3})(?:[ \t]+\([^()\n]{1,80}\))?(?:[ \t]+(?:in|of|from)[ \t]+\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*)?)?(?:['’]s[ \t]|[ \t]+(?:has|have|had|is|are|was|were|went|underwent|cut|laid|shed|lost|sold|merged|grew|doubled|tripled|just|recently|also|now|finally|officially|then|later|subsequently|eventually|soon|announced|launched|opened|raised|acquired|hired|appointed|named|won|signed|closed|completed|unveiled|released|rolled|expanded|moved|posted|reported|unveils|announces|launches|opens|raises|acquires|hires|appoints|wins|signs|expands|reports)\b)/u;

/** Capitalised words that open a sentence without naming anyone. */
const SENTENCE_OPENERS = new Set('since now with after given following congrats congratulations saw noticed heard just hope as many wishing also your our my the this that these those its their his her we i you they it here there what when where why how if once while so and but or because great good big huge nice thanks thank well today yesterday tomorrow last next recently earlier lately after before during per according by in on at from for to of about all every each some most both several another other one two three four five'.split(' '));

/** A capitalised word or two opening the sentence, then a verb in the present or past ("Millbrook runs", "Helix Labs cut"). */
const NAME_THEN_VERB_RE = /^[^\p{L}]*(?:(?:(?:Last|This|Next|Earlier this|Late last|Early last) (?:year|month|quarter|spring|summer|autumn|fall|winter|week)|In (?:early |late |mid-)?\d{4}|Back in \d{4}|Recently),?[ \t]+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,2})(?:[ \t]+\([^()\n]{1,80}\))?(?:[ \t]+(?:in|of|from)[ \t]+\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*)?)?(?:[ \t]+(?:then|later|also|subsequently|eventually|soon|quickly|recently|just))?[ \t]+(?:[a-z]+(?:s|ed)|ran|cut|grew|built|made|put|set|won|took|saw|hit|got|kept|went)[ \t]/u;

/**
 * Whether `name` is written capitalised in mid-sentence somewhere in the field ("…send you the
 * Millbrook Grocers story…"): a proper name the email already used, not a capitalised first word.
 */
/** A sentence that hands over to a customer's story: "I wanted to share a short story from one of our customers with a similar setup." */
const STORY_LEAD_BEFORE_RE = /\b(?:story|example|case study|experience) (?:from|of|about) (?:one of )?our (?:customers|clients|members|users)\b[^.!?\n]{0,80}[.:]\s*$/i;

function namedMidSentence(folded: string, name: string): boolean {
  const re = new RegExp(`(?<=[\\p{L}\\d,;:)] +|\\(|")${escapeRegExp(name)}(?![\\p{L}])`, 'u');
  return re.test(folded);
}

/** The words of a capitalised run after the ones that open sentences ("How Kestrel Foods" → Kestrel Foods). */
function withoutOpeners(words: string[]): string[] {
  let i = 0;
  while (i < words.length && (SENTENCE_OPENERS.has((words[i] as string).toLowerCase()) || STOPWORDS.has((words[i] as string).toLowerCase()))) i++;
  return words.slice(i);
}

/** Whether a lower-cased name is the prospect (by any of its names, or its first word) or us: then it is nobody else's story. */
/**
 * Whether one of the two sentences before `from` in its paragraph opens on a company other than
 * the prospect or us, as the subject of a verb, a possessive or a name in apposition ("Harbourline
 * Capital, a US online lender for restaurants, started with Ourco…").
 */
function paragraphOpensOnOther(ctx: ScanContext, f: FieldText, from: number): boolean {
  const text = f.text.folded;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const sentences = text.slice(lineStart, from).split(/(?<=[.!?])[ \t]+(?=\p{Lu})/u).filter((s) => s.trim() !== '');
  for (const s of sentences.slice(-2)) {
    const m = APPOSED_SUBJECT_RE.exec(s) ?? NAMED_SUBJECT_RE.exec(s) ?? NAME_THEN_VERB_RE.exec(s);
    if (m === null) continue;
    const name = (m[1] as string).toLowerCase();
    const first = name.split(/[ \t]+/)[0] as string;
    if (!SENTENCE_OPENERS.has(first) && !STOPWORDS.has(first) && !prospectsOrOurs(ctx, name)) return true;
  }
  return false;
}

/**
 * The sentence right before, in the same paragraph, tells our own news with us as its subject
 * ("A bit of good news from us: Ourco has been named in the Sunday Times 100 Tech list.", "We
 * closed our Series B in March."), and neither it nor `sentence` turns to the reader or names
 * them: "Revenue grew 74% over the past two years, and the team has grown to 214 people" goes on
 * with our story. News we heard ("We saw the announcement.") is not ours.
 */
function weCarryStory(ctx: ScanContext, lower: string, sentence: string, from: number): boolean {
  if (YOU_RE.test(sentence) || THEY_RE.test(sentence) || namesProspect(ctx, sentence)) return false;
  // The sentence before, within the line and at most STORY_BACK characters back (a body of one long
  // line is not split whole for every claim in it).
  const lineStart = Math.max(lineStartOf(lower, from), from - STORY_BACK);
  const previous = lower.slice(lineStart, from).split(/(?<=[.!?])[ \t]+/u).filter((x) => x.trim() !== '').at(-1);
  if (previous === undefined || YOU_RE.test(previous) || HEARD_RE.test(previous) || namesProspect(ctx, previous)) return false;
  const m = OUR_SUBJECT_RE.exec(previous);
  return m !== null && (/^we(?:'ve|'re|’ve|’re)?$/.test(m[1] as string) || ourName(ctx, m[1] as string));
}

/** How far back weCarryStory looks for the sentence before. */
const STORY_BACK = 400;

/** A sentence's subject, after a lead-in and its colon at most, and a verb of news after it. */
const OUR_SUBJECT_RE = /^[\s>*•-]*(?:[^:.!?\n]{0,60}:\s*)?([\p{L}][\p{L}\p{N}&.'’-]*(?:\s+[\p{L}][\p{L}\p{N}&.'’-]*){0,2})\s+(?:has|have|had|was|were|is|are|just|recently|also|now|grew|raised|hired|opened|won|became|reached|passed|crossed|doubled|closed|launched|joined|moved|signed)(?![\p{L}])/u;
/** What we heard, not our own news: "We saw the announcement", "I read that…". */
const HEARD_RE = /(?<![\p{L}])(?:saw|seen|heard|read|noticed|spotted|came across|congrat\w*)(?![\p{L}])/u;

function namesProspect(ctx: ScanContext, lower: string): boolean {
  for (const n of prospectNames(ctx)) {
    const at = lower.indexOf(n);
    if (at >= 0 && !isWordAt(lower, at - 1) && !isWordAt(lower, at + n.length)) return true;
  }
  return false;
}

/** `they` / `their` in `head` (the sentence up to the claim), no `you` in the sentence, and a paragraph that opened on another company. */
function theyCarryStory(ctx: ScanContext, f: FieldText, head: string, sentence: string, from: number): boolean {
  return THEY_RE.test(head) && !YOU_RE.test(sentence) && paragraphOpensOnOther(ctx, f, from);
}

function prospectsOrOurs(ctx: ScanContext, name: string): boolean {
  const first = name.split(/[ \t]+/)[0] as string;
  return prospectNames(ctx).some((n) => n.includes(name) || name.includes(n) || n.split(' ')[0] === first) || ourName(ctx, name);
}

/** A name then its verb or its possessive in a subject line ("How Kestrel Foods handled payroll through an acquisition", "What happened to Pinecone Outfitters' stores after the acquisition"). */
const SUBJECT_STORY_RE = /(?:^|[ \t])(\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,2})(?:[ \t]+(?:[a-z]+(?:s|ed)|ran|cut|grew|built|made|won|took|got|kept|went)[ \t]|['’]s?[ \t])/gu;

/**
 * A subject line that tells another company's story: a name that is not the prospect's or ours,
 * the subject of a verb, and named again in the body ("How Kestrel Foods handled payroll through
 * an acquisition" over "Kestrel Foods (Cork) was acquired by Arden Group…").
 */
function storyNameInSubject(ctx: ScanContext, foldedBefore: string): boolean {
  if (ctx.body === undefined) return false;
  for (const m of foldedBefore.matchAll(SUBJECT_STORY_RE)) {
    // "How Kestrel Foods handled…": the words that open sentences are not part of the name.
    const words = withoutOpeners((m[1] as string).split(/[ \t]+/));
    if (words.length === 0) continue;
    const name = words.join(' ');
    if (!prospectsOrOurs(ctx, name.toLowerCase()) && ctx.body.text.folded.includes(name)) return true;
  }
  return false;
}

/** A name opening the sentence, described between commas, then its verb ("Green Leaf Café, a café chain based in Fukuoka, grew…"). */
const APPOSED_SUBJECT_RE = /^[^\p{L}]*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:(?:de|del|della|da|di|do|dos|das|van|von|der|den|la|le|du|y|e|of|the|and)[ \t]+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}),[ \t]+(?:a|an|the|one of (?:the|our))[ \t]+[^,;:()\n]{2,80},[ \t]+(?:[a-z]+(?:s|ed)|grew|ran|cut|won|took|went|got|kept|built|made)[ \t]/u;

/**
 * For a sentence the model reads whole: it opens on another company the email has already named
 * ("…made me think of Brightline Pet. Last year Brightline's parent company went through a round of
 * layoffs"). A name not met before ("Kelly Ortega's exit as CEO") may be the prospect's own person.
 */
function introducedOtherSubject(ctx: ScanContext, f: FieldText, from: number, to: number): boolean {
  const whole = f.text.folded.slice(from, to);
  // "A story from Naples that might interest you: Gruppo Vesuvio raised 3 million euro…": the
  // clause after a lead-in's colon opens on a name of two words or more, its story's subject.
  const colon = whole.indexOf(': ');
  if (colon > 0 && colon < 160) {
    const story = whole.slice(colon + 2);
    const m = NAMED_SUBJECT_RE.exec(story);
    if (m !== null && /^\p{Lu}[\p{L}\p{N}&.-]*[ \t]+(?:&[ \t]+)?\p{Lu}/u.test(m[1] as string)) {
      const name = (m[1] as string).toLowerCase();
      if (!SENTENCE_OPENERS.has(name.split(' ')[0] as string) && !prospectsOrOurs(ctx, name)) return true;
    }
  }
  const sentence = whole;
  const m = NAMED_SUBJECT_RE.exec(sentence) ?? NAME_THEN_VERB_RE.exec(sentence);
  if (m === null) return false;
  const first = (m[1] as string).split(/[ \t]+/)[0] as string;
  const before = f.text.folded.slice(0, from);
  if (!namedMidSentence(before, first) && !(ctx.subject !== undefined && f !== ctx.subject && namedMidSentence(ctx.subject.text.folded, first))) return false;
  return namedOtherSubject(ctx, sentence, sentence, f.text.folded);
}

function namedOtherSubject(ctx: ScanContext, foldedBefore: string, foldedSentence: string, field?: string): boolean {
  const apposed = APPOSED_SUBJECT_RE.exec(foldedBefore);
  if (apposed !== null) {
    const name = (apposed[1] as string).toLowerCase();
    const first = name.split(/[ \t]+/)[0] as string;
    if (!SENTENCE_OPENERS.has(first) && !STOPWORDS.has(first) && !prospectsOrOurs(ctx, name)) return true;
  }
  // "Millbrook runs 48 stores in the Pacific Northwest", after "…the Millbrook Grocers story…"
  // (or under the subject "How Millbrook Grocers…"): a name the email already used, opening its
  // own sentence, owns the figure whatever the verb.
  // The verb may open the hit itself ("Casa Nopal runs 14 restaurants", forty-third session, NQ):
  // read the sentence, with the name wholly before the hit.
  if (field !== undefined) {
    const named = NAME_THEN_VERB_RE.exec(foldedSentence);
    const nameStart = named === null ? 0 : named[0].indexOf(named[1] as string);
    const nameEnd = named === null ? 0 : nameStart + (named[1] as string).length;
    // Or opening the hit ("Elis is the market leader in France", after "why you shouldn't just call
    // Elis": a competitor the email named, forty-seventh session, VO).
    const first = named === null || (nameEnd > foldedBefore.length && nameStart !== foldedBefore.length) ? '' : ((named[1] as string).split(/[ \t]+/)[0] as string);
    // Or right after a lead-in that names a customer's story ("…a short story from one of our
    // customers with a similar setup.\n\nPanadería Alcantara runs 14 branches…", forty-fifth session, TP).
    const at = field.indexOf(foldedSentence);
    // Or under a subject that names a customer's story ("How a 14-restaurant group in Porto cut payroll
    // corrections" over "Tasca Norte Group runs 14 restaurants…", forty-seventh session, VV).
    const storyLead = (at > 0 && STORY_LEAD_BEFORE_RE.test(field.slice(Math.max(0, at - 250), at))) || (ctx.subject !== undefined && STORY_SUBJECT_RE.test(ctx.subject.text.lower));
    if (first !== '' && !SENTENCE_OPENERS.has(first.toLowerCase()) && !STOPWORDS.has(first.toLowerCase()) && (storyLead || namedMidSentence(field, first) || (ctx.subject !== undefined && namedMidSentence(ctx.subject.text.folded, first)))) {
      const lower = first.toLowerCase();
      if (!prospectNames(ctx).some((n) => n.split(' ').includes(lower)) && !ourName(ctx, lower)) return true;
    }
  }
  const m = NAMED_SUBJECT_RE.exec(foldedBefore);
  if (m === null) return false;
  // A name with a verb ("Datadog recently announced") is another company only when the sentence
  // goes on about it as a third party ("…their new product") or as us ("Ourco raised a Series B,
  // which means we're investing…"), and not to the reader: a capitalised first word
  // ("Headcount has grown", "Rumor has it you're…") is no name.
  const possessive = /['’]s[ \t]$/.test(m[0]);
  const rest = foldedSentence.slice(m[0].length).toLowerCase();
  // A name of two capitalised words or more ("Kestrel Foods (Cork) was acquired by Arden Group")
  // is a name whatever follows; one word may be a capitalised first word ("Headcount has grown").
  const twoWords = /^\p{Lu}[\p{L}\p{N}&.-]*[ \t]+(?:&[ \t]+)?\p{Lu}/u.test(m[1] as string);
  if (/\b(?:you|your|you're|you've)\b/.test(rest)) return false;
  if (!possessive && !twoWords && !/\b(?:their|its|they|them|they're|they've|we|we're|we've|our|us)\b/.test(rest)) return false;
  const name = (m[1] as string).toLowerCase();
  const first = name.split(/\s+/)[0] as string;
  if (SENTENCE_OPENERS.has(first) || STOPWORDS.has(first)) return false;
  // The prospect by any of its names, or named anywhere before the claim ("Word is Helix Genomics
  // is about to close…"), owns it.
  const lowerBefore = foldedBefore.toLowerCase();
  if (prospectNames(ctx).some((n) => lowerBefore.includes(n) || n.includes(name) || n.split(' ')[0] === first)) return false;
  return !ourName(ctx, name);
}

/** True when the sentence around the hit speaks about the prospect (not us, not a third party). */
/** Words that open a clause setting the news apart from the pitch around it. */
const BACKDROP_RE = /(?<![\p{L}])(?:following|after|since|given|amid|amidst|now that|because of|in light of|in the wake of|ahead of|who|whom)(?![\p{L}])/gu;

/** `before` from its last backdrop word on (all of it when it has none). */
function afterLastBackdrop(before: string): string {
  let at = -1;
  for (const m of before.matchAll(BACKDROP_RE)) at = m.index;
  return at < 0 ? before : before.slice(at);
}

/**
 * A scale claim opening on "with" and a name: "With Northwinds Health's fleet now spread across 14
 * depots", "With Casa Nopal now running 14 restaurants". (Not a person's move: "With Tom stepping
 * into the COO role" is about the prospect whoever Tom is.)
 */
const WITH_NAMED_RE = /^[Ww]ith (\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})(?:['’]s?\s+(?:fleet|network|estate|portfolio|stores|sites|locations|branches|restaurants|depots|clinics|hotels)|\s+(?:now |already |currently )?(?:running|operating|managing|employing|serving))\s/u;

/**
 * A subject's claim the body tells as our news: "Shortlisted at the Aquaculture Awards" over "Some
 * small Foxcombe news: FeedSense has been shortlisted in the innovation category at this year's
 * Aquaculture Awards" (forty-eighth session, WX). The body's first lines say news of ours follows
 * (OUR_NEWS_LEAD) and a word of the claim comes after that lead.
 */
function subjectToldAsOurNews(body: FieldText, claim: string): boolean {
  const lower = lowerWithoutCountry(body);
  const m = OUR_NEWS_LEAD.exec(lower.slice(0, 600));
  if (m === null) return false;
  const after = lower.slice(m.index, m.index + 600);
  return (claim.match(/[\p{L}\p{N}]{3,}/gu) ?? []).some((w) => !STOPWORDS.has(w) && after.includes(w));
}

function aboutProspect(ctx: ScanContext, f: FieldText, start: number, end: number): boolean {
  const lower = lowerWithoutCountry(f);
  const [from, to] = sentenceAround(lower, start, end, 120);
  const before = lower.slice(from, start);
  // A quoted reply ("> We just closed our Series B…") is the prospect's own words, not our claim.
  const lineStart = lower.lastIndexOf('\n', start - 1) + 1;
  if (/^\s*>/.test(lower.slice(lineStart, start))) return false;
  // "https://ourco.com/news/asia-lab-tech-awards-2025": a page's address, not a sentence.
  if (insideUrl(lower, start, end)) return false;
  // "I was recently promoted to AE", "I just joined Ourco as…": the writer's own news.
  if (SELF_RE.test(before)) return false;
  // "As discussed, … after your reorganisation", "the 40 stores you mentioned": what the prospect
  // told us is not a claim we made up (the reviewer still sees the sentence).
  // "Your careers page is advertising driver roles in six states": their own page, cited.
  if (sourcedAround(lower, start, end, from, to) || namedPageNear(ctx, lower, from, to)) return false;
  // "Congrats on the Series B!" over a body that cites the prospect's own release for it.
  // "Some small Foxcombe news: FeedSense has been shortlisted …": a label on the claim's own line says the news is ours (forty-eighth session, WX).
  const claimLine = lineStartOf(lower, start);
  const labelled = OUR_NEWS_LABEL_RE.exec(lower.slice(claimLine, start));
  if (labelled !== null && !YOU_RE.test(lower.slice(claimLine + labelled.index, start))) return false;
  if (f.field === 'subject' && ctx.body !== undefined && (sourcedInBody(ctx.body, lower.slice(start, end)) || subjectToldAsOurNews(ctx.body, lower.slice(start, end)) || namedPageNear(ctx, lowerWithoutCountry(ctx.body), 0, Math.min(ctx.body.text.lower.length, 600)))) return false;
  // "I've written up what I understood so you can correct anything:\n\n- You have around 420
  // employees": an item of a recap of what the prospect said.
  if (inRecapList(lower, from)) return false;
  if (inListAboutUs(ctx, lower, from)) return false;
  // "Here's your monthly health check" over "• Flow revenue up 14% vs. February": an item of a
  // report we made on the reader's account, not their news.
  if (inAccountReport(lower, from)) return false;
  // "Here's your monthly snapshot for May across your 38 stores:": the line that hands over such a
  // report counts what our system holds for the reader.
  if (REPORT_LEAD.test(lower.slice(from, to))) return false;
  // "TODO: congratulate them on the Series B", "Mention the new CRO": a note to the writer
  // about what to say (the internal-marker rules answer for it), not a claim made to the reader.
  if (NOTE_RE.test(before)) return false;
  // "If you're hiring a new VP…", "When companies go public…": a hypothetical or companies in
  // general, not news about the prospect.
  if (HYPOTHETICAL_RE.test(before)) return false;
  // "A panel of retailers discussed nearshoring", "Growing from 50 to 300 people tends to break
  // onboarding", "Our existing investors joined the round": news that belongs to people in
  // general, or to us.
  if (GENERAL_SUBJECT_RE.test(lower.slice(from, to)) || OTHER_PARTY_RE.test(lower.slice(from, to))) return false;
  // "The latest AIHW figures show public hospital admissions rose by around 3%": a statistic a
  // source reports about a sector, not the prospect's news (unless the source is theirs).
  if (STATISTIC_SOURCE_RE.test(before) && !YOU_RE.test(before)) return false;
  // "Go to Purchasing > Suppliers", "the tool merges notes from the newer record": a paragraph of
  // product steps for the reader, not news about them.
  if (inUiSteps(lower, start, end)) return false;
  if ((EXISTENCE_QUESTION_RE.test(before) || INTENT_QUESTION_RE.test(before)) && /\?\s*$/.test(lower.slice(end, to))) return false;
  // "I read that you're opening a site in Johor — is that correct?": news put to the reader to confirm, not asserted.
  if (CONFIRM_QUESTION_RE.test(before) && /\?/.test(lower.slice(end, to + 1))) return false;
  if (CHECKED_WITH_READER_RE.test(lower.slice(end, Math.min(lower.length, to + 60)))) return false;
  // "…after moving to Ourco": a claim that names us is about our customer, not the prospect's news.
  if (ourName(ctx, lower.slice(start, end))) return false;
  // "Ourco opened a new depot in Cluj-Napoca this month. … With the new depot, our response time…":
  // news the email already told as ours, referred back to.
  if (toldAsOursEarlier(ctx, lower, start, end, from)) return false;
  // "Congrats on the promotion to VP": the reference may be part of the claim itself. "We" before
  // it makes it ours ("One of our customers hired your former CFO") unless a backdrop clause
  // sets the claim apart from the pitch ("We'd love to help following the departure of your CEO",
  // "…to Tomasz, who now leads your security team").
  if (ABOUT_THEM_ONE.test(lower.slice(start, end))) return !WE_RE.test(afterLastBackdrop(before));
  let refEnd = -1;
  for (const r of before.matchAll(ABOUT_THEM_RE)) refEnd = r.index + r[0].length;
  for (const n of prospectNames(ctx)) {
    const at = before.lastIndexOf(n);
    if (at >= 0 && at + n.length >= refEnd && !isWordAt(before, at - 1) && !isWordAt(before, at + n.length)) refEnd = at + n.length;
  }
  const afterText = lower.slice(end, to);
  let weak = false;
  // "One of our customers, a logistics company about your size, just closed a Series C";
  // "Relaylane was named a G2 Leader".
  // "…how Thornbury Precision, a contract machinist in Sheffield with around 180 staff, …":
  // a name described in apposition owns the figure: a third party, or the prospect itself.
  const apposed = APPOSITION_RE.exec(f.text.folded.slice(from, start));
  if (apposed !== null) {
    const w = (apposed[1] as string).toLowerCase();
    if (prospectNames(ctx).some((n) => n.includes(w) || w.includes(n))) return !WE_RE.test(before.slice(apposed.index));
    if (!STOPWORDS.has(w)) return false;
  }
  // Our name counts in the claim's own clause: "ich melde mich von Gravelock: da Acme gerade den
  // Markteintritt vorbereitet" names us before the colon, and the news after it is Acme's (forty-third session, NR).
  const clause = before.slice(Math.max(before.lastIndexOf(': '), before.lastIndexOf('; ')) + 1);
  if (THIRD_PARTY_RE.test(before) || INDEFINITE_SUBJECT_RE.test(before) || REPORTED_OTHERS_RE.test(before) || DEFINITE_THIRD_RE.test(before) || ourName(ctx, clause)) return false;
  // "Pfizer's new Irish plant has been in the news", "Datadog recently announced their new …": a
  // company named as the subject, not the prospect, owns the news.
  // Read from the sentence's true start when it is longer than the window ("Brightwater Insurance,
  // a Canadian P&C insurer, acquired three regional brokerages …, growing from 180 to 640 employees").
  const nameFrom = start - from >= 120 ? sentenceAround(lower, start, end, 320)[0] : from;
  if (namedOtherSubject(ctx, f.text.folded.slice(nameFrom, start), f.text.folded.slice(nameFrom, to), f.text.folded)) return false;
  // "With Casa Nopal now running 14 restaurants, …": the company the claim's "with" names owns it,
  // unless it is the prospect (forty-third session, NR).
  if (withOtherNamed(ctx, f.text.folded.slice(start, end)) || withOtherNamed(ctx, f.text.folded.slice(nameFrom, end))) return false;
  // "You may have seen the announcement from Apex Lift Engineering last month that it is winding
  // down its maintenance business": the news of the company the announcement came from.
  if (announcedByOther(ctx, f.text.folded.slice(nameFrom, start), false, f.text.folded.slice(start, to))) return false;
  // "Harbourline Logistics, a freight forwarder operating across six ASEAN markets, faced something
  // similar": another company named and described at the sentence's start owns what describes it.
  if (opensOnOtherNamed(ctx, f.text.folded.slice(nameFrom, to), start - nameFrom)) return false;
  // "- The Verizon 2024 Data Breach Investigations Report found a human element in 68% of breaches":
  // a published report as the subject of the sentence, telling what it found.
  if (REPORT_SUBJECT_RE.test(f.text.folded.slice(from, to))) return false;
  if (PUBLIC_MEASURE_RE.test(lower.slice(from, to))) return false;
  if (refEnd < 0) {
    // "Here's the case study from Nordic Wolves Esports: … - Raised a Series A last year": the
    // story's company, not the prospect.
    if (inThirdPartyStory(ctx, f, from)) return false;
    // "Harbourline Capital, a US online lender, started with Ourco on a pilot. After closing their
    // $40M Series B last spring, they rolled it out…": "their" carries on the story of the company
    // an earlier sentence of the paragraph opened on.
    if (theyCarryStory(ctx, f, lower.slice(from, end), lower.slice(from, to), from)) return false;
    if (weCarryStory(ctx, lower, lower.slice(from, to), from)) return false;
    // "I should mention their recent funding": "they" in a mail to the prospect is someone
    // else, or a note about the prospect that the internal-marker rules answer for.
    // "We understand that Vantage Point will merge with Tohoku Green Power": what we heard about
    // them is their news; the "we" of hearsay does not make it ours.
    const unheard = before.replace(HEARSAY_RE, '');
    if (WE_RE.test(unheard) || THEY_RE.test(unheard)) return false;
    // "…the recent layoffs at Contoso Pharma": the prospect named after the claim.
    for (const n of prospectNames(ctx)) {
      const at = afterText.indexOf(n);
      if (at >= 0 && !isWordAt(afterText, at - 1) && !isWordAt(afterText, at + n.length) && !WE_RE.test(afterText.slice(0, at))) return true;
    }
    // "…the layoffs at your company", "the restructuring has been tough on your team".
    const youAfter = /(?<![\p{L}])(?:you|your|you've|you're|yours)(?![\p{L}])/u.exec(afterText);
    if (youAfter !== null && !WE_RE.test(afterText.slice(0, youAfter.index))) {
      return !thirdPartyBetween(ctx, f, start, end + youAfter.index);
    }
    // The subject line of a mail to the prospect is about them unless it says otherwise
    // ("A pilot for 10 reps" is our offer, not their headcount).
    if (f.field === 'subject') return !OFFER_BEFORE.test(before) && !GENERIC_RE.test(before) && !storyNameInSubject(ctx, f.text.folded.slice(0, start)) && !STORY_SUBJECT_RE.test(lower);
    // "Saw the news about the Series B": about the prospect unless someone else is named.
    for (const r of before.matchAll(SAW_RE)) refEnd = r.index + r[0].length;
    weak = true;
    if (refEnd < 0) {
      // No reference at all ("With 500 employees, onboarding must be a beast", "With the IPO on
      // the horizon, …"): in a mail to the prospect that is about the prospect, unless the
      // sentence speaks about us, a third party or companies in general.
      // "With the recent layoffs, our tool can help…": the pitch after the claim's own clause
      // does not make the claim ours; "the layoffs we went through" does.
      const sentence = lower.slice(from, to);
      const cut = afterText.search(CLAUSE_BREAK);
      // "We heard X is opening a new operation near Arequipa": the "we" of hearsay does not make it ours (forty-ninth session, ZG).
      const own = lower.slice(from, cut < 0 ? to : end + cut).replace(HEARSAY_RE, '');
      return !WE_RE.test(own) && !GENERIC_RE.test(before) && !OFFER_FOR_RE.test(before) && !FOR_INDEFINITE_RE.test(before) && !GENERIC_SUBJECT_RE.test(sentence) && !ourName(ctx, own) &&
        !thirdPartySubject(ctx, f, from, start, end) &&
        !thirdPartyBetween(ctx, f, from, start, true) && !thirdPartyAfter(ctx, f, start, end, to) &&
        !(cut >= 0 && OUR_STORY_RE.test(afterText.slice(cut)));
    }
  }
  if (ABOUT_US_RE.test(before.slice(refEnd))) return false;
  // "…might interest you: Gruppo Vesuvio raised 3 million euro": a name after the reference that is
  // the claim's own subject owns it, whether the reference was "you" or only "saw".
  // A name right after "your" is the reader's own ("Your ACO has roughly 180,000 lives"); one after
  // a colon or a comma starts a story of its own. So does one opening a reported clause ("You'll have seen the announcement that Coastline Dental
  // and Sunreef Dental are merging").
  if ((weak || /[:;,—–]\s*\p{Lu}|(?<![\p{L}])that\s+\p{Lu}/u.test(f.text.folded.slice(from + refEnd, start))) && thirdPartySubject(ctx, f, from + refEnd, start, end)) return false;
  return !thirdPartyBetween(ctx, f, from + refEnd, start, weak);
}

/**
 * An announcement named by its company, its news told as "it" or "they" ("…the announcement from Apex
 * Lift Engineering last month that it is…", "…that Brokerly announced it will stop servicing Irish
 * clients with fewer than 100 employees", thirty-ninth session, BA and BB).
 */
const ANNOUNCED_BY = String.raw`(?:(?<![\p{L}])(?:announcement|news|press release|statement|notice|update|post|letter)s? (?:from|by) (\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})(?:[^.!?\n](?!(?:you|your)(?![\p{L}]))){0,40}?(?<![\p{L}])that|(?<![\p{L}])(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}) (?:has |had |have )?(?:announced|confirmed|revealed|said|stated|told (?:clients|customers|brokers|members))(?: (?:last|this) (?:week|month|year))?(?: that)?) (?:it|they)(?:'s|’s|'re|’re)?`;
const ANNOUNCED_BY_RE = new RegExp(String.raw`${ANNOUNCED_BY}(?![\p{L}])(?:[^.!?;\n](?!(?:you|your)(?![\p{L}]))){0,100}$`, 'u');

/** The same anywhere in a sentence the sentence model reads (no match to read back from). */
const ANNOUNCED_BY_IN_RE = new RegExp(String.raw`${ANNOUNCED_BY}(?![\p{L}])`, 'u');

/** Whether the text before a claim (or, with `anywhere`, a whole sentence) tells another company's announcement. */
function announcedByOther(ctx: ScanContext, folded: string, anywhere = false, rest = ''): boolean {
  const m = (anywhere ? ANNOUNCED_BY_IN_RE : ANNOUNCED_BY_RE).exec(folded);
  if (m === null) return false;
  const name = (m[1] ?? m[2] as string).toLowerCase();
  if (STOPWORDS.has(name.split(/\s+/)[0] as string) || prospectsOrOurs(ctx, name)) return false;
  // "Saw Oracle announced it will acquire Acme Analytics": news that names the prospect is theirs too.
  let after = (folded.slice(m.index + m[0].length) + rest).toLowerCase();
  const stop = after.search(/[.!?](?:\s|$)/);
  if (stop >= 0) after = after.slice(0, stop);
  return !prospectNames(ctx).some((n) => after.includes(n));
}

/**
 * Whether the claim at [start, end), referred to with "the" ("the new depot"), was told earlier in
 * the field in a sentence whose words before it are ours ("Ourco opened a new depot…", "we've
 * opened a new depot") and not the reader's (thirty-ninth session, BE).
 */
function toldAsOursEarlier(ctx: ScanContext, lower: string, start: number, end: number, from: number): boolean {
  let claim = lower.slice(start, end).replace(/^the\s+/, '');
  const refersBack = lower.startsWith('the ', start) || /(?:^|\s)the\s+$/.test(lower.slice(Math.max(0, start - 5), start));
  // One word, the award or prize itself, said again after our news of it ("…Ravensgill won 'Best
  // Pacific EdTech Product' … so it felt like a shared award", forty-seventh session, VP): read back
  // by its stem, after an article, a demonstrative or one word between.
  const word = /^(award|prize|trophy|medal|accolade|ranking)(?:s|ed)?$/.exec(claim);
  if (word !== null && /(?:^|\s)(?:the|this|that|a|an|our|such an?)(?:\s+[\p{L}-]+)?\s+$/u.test(lower.slice(Math.max(0, start - 30), start))) claim = word[1] as string;
  else if (claim.length < 6 || !refersBack) return false;
  for (let at = lower.lastIndexOf(claim, from - 1), n = 0; at >= 0 && n < 4; at = lower.lastIndexOf(claim, at - 1), n++) {
    const head = lower.slice(sentenceAround(lower, at, at + claim.length, 200)[0], at);
    if ((WE_RE.test(head) || ourName(ctx, head)) && !YOU_RE.test(head)) return true;
  }
  return false;
}

/** A subject that announces someone else's story or a general piece ("Merging menus after an acquisition: a customer example"). */
const STORY_SUBJECT_RE = /(?<![\p{L}])(?:(?:a |one |another )?(?:customer|client|real[- ]world|partner|peer)(?:'s)? (?:example|story|case)|case stud(?:y|ies)|success stor(?:y|ies)|lessons? (?:from|learned)|how (?:one|a|an|another) (?:[\w-]+ )?(?:customer|client|team|company|chain|group|retailer|firm|school|hospital|brand)|(?:a |an )(?:acquisition|merger|ipo|funding round|reorg(?:anisation|anization)?|restructuring)(?![\p{L}]))(?![\p{L}])/u;

const NOTE_RE = /(?:^\s*|[:[(]\s*|(?<![\p{L}])(?:should (?:i|we)|need to|needs to|must|remember to|don't forget to|do not forget to|make sure to|be sure to|try to|todo|to-do|note|reminder)\s*:?\s+)(?:mention|reference|bring up|call out|congratulate (?:them|him|her)|lead with|open with|ask about|highlight|cite|tie in|weave in|play up)(?![\p{L}])/u;

/**
 * A condition or companies in general before the claim ("if you're hiring", "when teams go public",
 * "when you hire a new CRO", "would a new office change…"): not news about the prospect.
 */
const HYPOTHETICAL_RE = anyOf(/(?<![\p{L}])(?:if|whether|in case|unless|whenever|should you|^\s*should (?:your|the) (?:\w+ )?(?:team|company|business|board|leadership|org\w*)|(?:would|could|might|will) (?:a|an|another)|(?:when|once|after|before|until) you(?:'re| are)? (?:\w+ )?(?:hire|bring on|appoint|raise|open|expand|go|launch|add|grow|scale|list|acquire|announce|ready)|(?:when|once|whenever|after|before|as soon as|until) (?:a|an|any)|(?:when|once|after|before|as|until) (?:companies|teams|orgs|organizations|startups|businesses|firms|(?:a|any) (?:company|team|startup|business|firm)|most|many))(?![\p{L}])(?:(?![.!?;]).)*$/u);

/**
 * A question that asks whether something exists rather than saying it does ("Is a new CFO part
 * of this decision?", "Are there any new offices we should plan for?").
 */
/** Asking the reader whether news is so ("Did I read correctly that…", "Is it true that…", "Correct me if I'm wrong"). */
const CONFIRM_ASK = String.raw`did i (?:read|hear|see|understand|get) (?:that )?(?:correctly|right)|(?:is|was) it (?:true|right|correct) that|am i right (?:that|in thinking)|do i have it right that|have i got it right that|could you confirm (?:that|whether)|correct me if i(?:'m| am) wrong|unless i(?:'m| am) mistaken`;
const HEDGED = String.raw`i (?:may|might|could) (?:have|be getting) (?:this|that|it) wrong`;
/** A sentence that opens by asking the reader to confirm (the model reads whole sentences). */
const CONFIRM_OPENING_RE = new RegExp(String.raw`^\s*(?:[\p{L}]+,?\s+){0,2}?(?:${HEDGED}|can you confirm (?:that|whether)|${CONFIRM_ASK})(?![\p{L}])`, 'u');

/** Before a claim: a question asking the reader whether it is so ("Did I read correctly that…?", "Is it true that…?"). */
const CONFIRM_QUESTION_RE = anyOf(new RegExp(String.raw`(?<![\p{L}])(?:${HEDGED},? (?:but|so)|can (?:you|i) confirm (?:that|whether)|${CONFIRM_ASK})(?![\p{L}])[^.!?\n]*$`, 'u'));

/**
 * After a claim: a question that asks the reader to confirm it, in the same sentence or the next
 * ("…, is that right?", "Did I read that correctly?"). "If that's right, …" is no question: it
 * goes on from the news ("Word on the street is that you're being picked up by a private-equity
 * firm — if that's right, …", "…, I'd guess the setup is being reviewed. If that's the case, …").
 */
const CHECKED_WITH_READER_RE = /^[^.!?\n]{0,160}?(?:[.!]\s+|\s*[—–,;:(-]\s*|\s+)(?:(?:or )?(?:is|was) (?:that|this|it) (?:correct|right|true|accurate|still (?:the plan|on|happening))|am i right|have i got (?:that|this) right|did i (?:get|read|hear|understand) (?:that|this|it) (?:right|correctly)|do i have (?:that|this) right|(?:or )?did i (?:misread|get (?:that|it) wrong)|is that still the plan|is that the (?:[\w-]+ ){0,2}(?:you|your team) (?:had in mind|meant|mentioned|were thinking of|were planning))\s*(?:[?),]|and\b|or\b)/;

const EXISTENCE_QUESTION_RE = /^\s*(?:[\p{L} ]{1,30}:\s*)?(?:is|are|was|were|will|would|could|does|do|did|has|have|had)\s+(?:there\s+)?(?:a|an|any)\s/u;

/**
 * A question about the prospect's plans rather than a statement of them ("Are you planning to
 * expand into new regions this year?", "Do you expect to raise again in 2026?", "Any plans to
 * list?"): asks, does not claim.
 */
const INTENT_QUESTION_RE = /^\s*(?:[\p{L} ]{1,30}:\s*)?(?:(?:are|is) (?:you|your (?:\w+ )?(?:team|company|business|board|leadership)|[\p{L}&.-]+(?: [\p{L}&.-]+)?) (?:\w+ )?(?:planning|thinking|looking|considering|exploring|hoping|expecting|aiming|preparing|likely|open|about)|(?:do|does|will|would|could|might) (?:you|your (?:\w+ )?(?:team|company|business|board|leadership)) (?:\w+ )?(?:plan|expect|intend|anticipate|want|hope|aim|consider|see|foresee|need)|(?:any|what are (?:the|your)|what's the) (?:plans?|thoughts?|timeline) (?:to|for|on|about)|have you (?:\w+ )?(?:considered|thought about|looked at|explored))(?![\p{L}])/u;

/**
 * "Congrats on the new role! (Your note last week said you'd moved over to CS.)": the source given
 * in a bracketed aside right after the sentence.
 */
function toldInAsideAfter(lower: string, to: number): boolean {
  const m = /^\s*\(([^()\n]{1,200})\)/.exec(lower.slice(to, to + 220));
  if (m !== null && TOLD_RE.test(m[1] as string)) return true;
  // "Hope the move into the new Leeds office went smoothly. You mentioned it was happening in
  // August.": the next sentence gives the prospect as the source of the one before.
  const next = lower.slice(to, to + 160);
  return TOLD_NEXT_RE.test(next) || TOLD_ON_CALL_NEXT_RE.test(next) || SAW_ON_OWN_PAGE_NEXT_RE.test(next) || OWN_PAGE_SAID_NEXT_RE.test(next);
}

/** A date or period naming which publication ("your March 3 press release", "your Q3 results release", "your 2025 annual report"). */
const PAGE_DATE = String.raw`(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?,? (?:\d{4},? )?|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:\d{4} )?|(?:most recent|recent|latest|new|last|q[1-4]|h[12]|\d{4}(?:[-/–]\d{2,4})?|fy ?\d{2,4}(?:[-/–]\d{2,4})?) ))?`;
/** The prospect's own publications, after "your" or its name's possessive ("in Acme's press release"). */
const OWN_PAGE = String.raw`(?:own )?${PAGE_DATE}(?:company |official |corporate )?(?:press releases?|media releases?|news releases?|press statements?|newsroom|news page|blog(?: post)?|websites?|sites?|linkedin(?: page| post| update)?|instagram(?: page| post| account)?|facebook(?: page| post)?|twitter|x account|tiktok|youtube channel|social (?:media|channels)|about(?: us|-us)? page|annual report|(?:integrated|sustainability|esg|impact|interim|half-year|quarterly|transparency|gender pay gap) report|annual review|earnings call|investor (?:presentation|day|deck)|10-k|prospectus|investor update|newsletter|careers? page|(?:job |jobs |recruitment |hiring )?(?:ad|advert|advertisement|posting|vacancy|vacancy notice)(?: (?:on|at|in) (?:seek|indeed|linkedin|glassdoor|reed|totaljobs|stepstone|jobstreet|naukri|monster|workable|greenhouse|lever|their site|the website))?|(?:[\w-]+ ){0,2}(?:announcement|statement|filing|shareholder letter|results release|earnings release)|(?:post|update|announcement|video) on (?:linkedin|instagram|facebook|twitter|x|their website)|(?:recent |latest |last )?posts?|(?:[\p{L}\d&.'’-]+ ){0,4}(?:listing|listings|profile|directory entry|entry|list|register))`;

/**
 * The prospect's own public page as the source of what the sentence says: "Your careers page is
 * advertising CDL driver roles in six states", "your contact page lists a Lyon address", "in your
 * CEO's podcast interview she said…". What the reader published about themselves, cited, is not
 * news the rep made up.
 */
/** "I saw the announcement on your LinkedIn page", "…in TechCrunch and your blog post": the prospect's own page as where we read it. */
const SAW_ON_OWN_PAGE = String.raw`(?:(?:(?:i|we)(?: just)? |just |^\s*)(?:saw|see|read|noticed|notice|noted|spotted|came across)|(?:interested|pleased|glad|delighted|excited|happy|intrigued) to (?:read|see|learn)|(?:i|we) (?:was|were|have been|'ve been) (?:reading|looking (?:at|through)|browsing|going through)|(?:(?:i|we) |^\s*)(?:loved|liked|enjoyed) (?:the|your|a) (?:photos?|pictures?|post|video|story|update|reel|clip|trailer|teaser|episode|talk|interview)) (?:(?:(?:[^.!?\n]{0,60}? )?(?:on|in|and|from|(?:page|section|tab|part) of) )?(?:(?:your|both (?:firms|companies|businesses|organi[sz]ations)['’]|(?:the )?[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3}(?:'s|’s)) ${OWN_PAGE}|the (?:(?!(?:on|in|at|from|via|of|and)(?![\p{L}]))[\p{L}&.'’-]+ ){1,4}(?:careers? page|jobs? page|website|newsroom|blog(?: post)?|press release|annual report))|on (?:linkedin|instagram|facebook|twitter|x),? (?:the|a|your|their) (?:post|update|announcement|article|video)s?(?: (?:of|from|by)|,| about)|on (?:linkedin|indeed|glassdoor|seek|stepstone|your (?:careers?|jobs?) (?:page|site|board))(?: (?:today|yesterday|this (?:morning|week)|last week))?,? (?:that )?(?:you(?:'re| are)|your (?:team|company|firm|group)|[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3}) (?:is |are |was |were |has been |have been |will be )?(?:advertising|hiring|recruiting|looking for|searching for|speaking|presenting|talking|on a panel|on the panel|exhibiting|hosting a (?:webinar|panel|session|talk|workshop))(?![\p{L}])|on linkedin(?: (?:today|yesterday|this (?:morning|week)|last week))?,? (?:that )?you(?:'ve| have|'re| are)? (?:just |recently |now )?(?:moved (?:up |over |across )?(?:in)?to|been (?:promoted|made|named|appointed)|stepped (?:up|into)|taken (?:on|over)|took (?:on|over)|joined|started (?:a |your |as )|become|became|are now|'re now)|(?:the|your) (?:press release|announcement|statement|blog post|post|update|newsletter|annual report|shareholder letter)(?: that)? (?:you|your team|[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3}) (?:published|put out|issued|posted|released|shared|sent out))`;
/** The same in the sentence right after the claim ("Congrats on the Leeds depot! I saw the photos on your LinkedIn page."). */
const SAW_ON_OWN_PAGE_NEXT_RE = new RegExp(String.raw`^[.!?]?\s*(?:and )?${SAW_ON_OWN_PAGE}(?![\p{L}])`, 'u');
/**
 * "Congratulations on the Gdynia opening. Your press release of 3 March said {NAME} will add
 * 14,000 m² of bonded storage…": the prospect's own publication, quoted in the sentence right
 * after the claim (forty-second session, MC).
 */
const OWN_PAGE_SAID_NEXT_RE = new RegExp(String.raw`^[.!?]?\s*(?:your|the company's) ${OWN_PAGE}(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:says|said|mentions|mentioned|announced|announces|notes|noted|states|stated|confirmed|confirms|shows|showed|reported|reports)(?![\p{L}])`, 'u');

const SOURCE_CITED_RE = anyOf(new RegExp(String.raw`(?<![\p{L}])(?:(?:in|from) (?:your |last week's |last month's |yesterday's |this week's |this morning's |[\p{L}]+'s )(?:press release|announcement|news release|media release|newsroom post|blog post)(?: (?:last|this) (?:week|month))? that(?![\p{L}])|(?:saw|read|came across|spotted|noticed|caught) (?:the |an? |this |that )?(?:[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3}(?:'s|’s) )?(?:article|piece|story|report|coverage|write-?up|feature|interview)(?: (?:in|on|from|by) [\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3})?(?: (?:on|last|this|from) [\p{L}]+)? (?:about|on|covering)(?![\p{L}])|(?:caught|watched|saw|heard|attended|listened to) (?:your|the) [^.!?\n]{0,40}?(?:talk|keynote|panel|webinar|podcast|interview|presentation|session)(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])(?:where|in which|when) (?:he|she|they|you) (?:said|mentioned|talked about|described|explained|shared|noted)(?![\p{L}])|(?:heard|listened to|watched|saw) [^.!?\n]{0,60}? (?:speak|talk|present|speaking|talking|presenting) (?:on|at|about|during|in) (?:the|a|an|your|their|this|last) [^.!?\n]{0,30}?(?:panel|keynote|session|webinar|podcast|conference|forum|summit|event|stage|roundtable|breakfast)(?![\p{L}])|(?:out[- ]of[- ]office|auto-?reply|automatic reply|autoreply)(?: (?:reply|message|note|email|response))?\b[^.!?\n]{0,60}?\b(?:saying|says|said|mentions|mentioned|notes|noted|that)(?![\p{L}])|(?:your|the company's) (?:careers? page|jobs? (?:page|board)|job (?:ad|advert|posting|listing|post)s?|website|site|contact page|press release|media release|news release|blog(?: post)?|newsroom|annual report|linkedin (?:post|page|update)|(?:ceo|cfo|cto|coo|founder|chair)(?:'s|’s) (?:post|interview|podcast|talk|keynote|letter))(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:is advertising|advertises|advertised|lists|listed|is listing|says|said|shows|showed|mentions|mentioned|notes|noted|states|stated|describes|described|announced|announces|posted|posts|shared|shares|reported|reports|confirmed|confirms|published|publishes)|(?:per|as per|according to|going by|based on) (?:(?:the )?[^.!?\n]{0,40}? (?:on|in|from) )?(?:your|the company's|[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3}(?:'s|’s)) ${OWN_PAGE}|(?:in|on) (?:your|the) [^.!?\n]{0,40}?(?:interview|podcast|keynote|talk|webinar|post|article)(?![\p{L}])[^.!?\n]{0,30}?(?<![\p{L}])(?:you|she|he|they) (?:said|mentioned|talked about|described|explained|shared|noted|wrote)|(?:announced|published|posted|shared|revealed|confirmed|detailed|unveiled) (?:it |this |that )?(?:in|on|via|through) (?:your|the company's|[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3}(?:'s|’s)) ${OWN_PAGE}|(?:which|that|as|what|news|announcement) (?:i|we) (?:read|saw|noticed|spotted|came across|learned of|learnt of|learned about|learnt about) (?:about )?(?:in|on) your ${OWN_PAGE}|${SAW_ON_OWN_PAGE}|(?:heard|saw|watched|listened to|caught) your (?:ceo|cfo|cto|coo|cmo|cro|ciso|founder|co-founder|chair|president|md|managing director|head of [\p{L}]+)(?:,? [\p{L}'’. -]{2,40},)? (?:talk|speak|present|presenting|speaking|talking|on (?:a|the) panel)|(?:i|we)(?: just| recently)? (?:listened to|watched|read|caught|went through) the (?:replay|recording|transcript|playback|video|slides) (?:of|from) (?:your|the company's|[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3}(?:'s|’s)) (?:[\p{L}\d-]+ ){0,2}?(?:earnings call|results call|investor (?:call|day|presentation)|webinar|keynote|talk|interview|podcast|presentation|town hall|agm|annual general meeting|capital markets day)|(?:御社|貴社)の(?:プレスリリース|ニュースリリース|ウェブサイト|ホームページ|公式サイト|決算説明会|決算発表|ir資料|統合報告書|有価証券報告書|採用ページ|ブログ)(?:で|にて|を)[^。\n]{0,80}?(?:拝見|拝読|読みました|知りました|見ました)[^。！？\n]*|(?:(?:i|we)(?: just| recently)?|^\s*(?:just |really )?) ?(?:read|saw|watched|listened to|heard|caught|enjoyed|loved) your (?:(?:ceo|cfo|cto|coo|cmo|cro|ciso|founder|co-founder|chair|chairman|chairwoman|president|md|managing director)(?:'s|’s) )?(?:recent |latest )?(?:interview|podcast|keynote|talk|op-ed|article|column|letter|panel|webinar|presentation|speech)|(?:i|we) (?:was|were|went|looked|clicked|browsed|visited|checked)(?: (?:on|at|through|around|over))? (?:your|(?:the )?[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3}(?:'s|’s)) (?:["“'‘][^"”'’\n]{1,40}["”'’] (?:page|section|tab)|${OWN_PAGE})[^.!?\n]{0,40}?(?<![\p{L}])(?:and|where) (?:i |we )?(?:saw|read|noticed|spotted|learned|learnt|found)|(?:vi|leí|lemos|vimos) (?:en|no|na) (?:el |la |su |o |a |vosso |vossa |seu |sua )?(?:comunicado|blog|web|sitio|site|página|pagina|newsletter|linkedin|nota de prensa|press release)|(?:vi|leí|lemos|vimos|li) (?:en|na|no) (?:la |el |a |o )?(?:sección|seção|secção|apartado|página|pagina|pestaña) de (?:noticias|notícias|prensa|imprensa|novedades|novidades|actualidad) de (?:su|tu|vuestro|vuestra|seu|sua|vosso|vossa)|(?:vi|leí|lemos|vimos|li) (?:tu|su|vuestra|vuestro|sua|seu|a sua|o seu|a tua|o teu) (?:publicación|publicacion|post|anuncio|comunicado|publicação|publicacao|artículo|articulo|artigo|nota de prensa)|(?:publicaron|publicaram|anunciaron|anunciaram) (?:en|no|na) (?:su|vosso|seu|sua) (?:web|sitio|site|blog|página|pagina|linkedin)|(?:j'ai|j’ai|nous avons) (?:vu|lu|appris|remarqué) (?:dans|sur) (?:votre|vos|le|la|les) (?:communiqué|communiqués|blog|site|page|rapport annuel|publication|newsletter|lettre d'information|post|linkedin)|(?:ich habe|wir haben|habe) (?:in|auf) (?:ihrer|ihrem|ihren|eurer|eurem|der|dem) (?:pressemitteilung|website|webseite|homepage|blog|linkedin|geschäftsbericht|jahresbericht|newsletter)(?:[- ]?(?:seite|beitrag|post))? (?:gelesen|gesehen)|^\s*[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3}(?:'s|’s) ${OWN_PAGE}(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:says|said|states|stated|announced|notes|noted|confirmed|reported|mentions|mentioned))(?![\p{L}])`, 'u'));

/**
 * The prospect's own channels beyond their pages: what they said in a webinar, a podcast, a talk or
 * an interview, their release notes or product pages.
 */
const OWN_CHANNEL = String.raw`(?:${OWN_PAGE}|${PAGE_DATE}(?:webinars?|podcasts?(?: episode)?|keynotes?|talks?|interviews?|panels?|town ?halls?|all-hands|investor (?:call|letter)|results call|release notes|changelog|product pages?|pricing page|press kit|case stud(?:y|ies)|videos?|demo day))`;
/**
 * The prospect's own channel cited as the source, however the sentence words it: opening on it
 * ("Based on your annual report, …", "In your Q3 investor update, you shared that…") or with it as
 * the subject of a verb of saying ("Your recent webinar made it clear…", "your newsletter
 * mentioned…"). What the rep reads into a page is the rep's inference, and news the prospect never
 * told: "Your careers page suggests you're expanding into Germany", "Your job posting hints that…",
 * "From your latest earnings call, it sounds like…" stay claims.
 */
const CHANNEL_OPENING = String.raw`^\s*(?:(?:and|also|so|but|plus)[,\s]+)?(?:based on|judging (?:by|from)|going by|going off|from|reading|in|on|during|at|via|after (?:reading|watching|listening to|seeing)|having (?:read|watched|listened to|seen)) (?:your|the company's|[\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3}(?:'s|’s)) (?:[\p{L}\d-]+ ){0,2}?${OWN_CHANNEL}(?![\p{L}])[^.!?\n]{0,60}?(?:,|—|–| - |:)(?!\s*(?:it (?:sounds|seems|looks|appears)|(?:i|we) (?:assume|imagine|guess|suspect|gather|infer|reckon|bet|sense)|(?:i'd|i would) (?:guess|imagine|assume)|my guess)(?![\p{L}]))`;
const REPORTING_VERB = String.raw`(?:made it clear|makes it clear|confirm(?:s|ed)|says|said|shows?|showed|mentions?|mentioned|notes|noted|states|stated|announce[sd]|lists|listed|describes|described|reports|reported|shares|shared|talks about|talked about|highlights|highlighted|references|referenced|covers|covered|went into|goes into|spells out|spelled out|outlines|outlined|lays out|laid out|you (?:said|shared|mentioned|noted|explained|described|wrote|talked about))`;
const CHANNEL_SUBJECT = String.raw`(?<![\p{L}])(?:your|the company's) (?:[\p{L}\d-]+ ){0,2}?${OWN_CHANNEL}(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])${REPORTING_VERB}(?![\p{L}])`;
/** The prospect's own channel as what caught the writer's eye: "Your LinkedIn post last month about commissioning the new RO unit … caught my eye" (thirty-ninth session, YA). */
const CHANNEL_NOTICED = String.raw`(?<![\p{L}])(?:your|the company's) (?:[\p{L}\d-]+ ){0,2}?${OWN_CHANNEL}(?![\p{L}])[^.!?\n]{0,160}?(?<![\p{L}])(?:caught my (?:eye|attention)|got my attention|stood out to me|was (?:a )?(?:great|good|interesting|fascinating) read)(?![\p{L}])`;
/**
 * The prospect's own channel named with what it was about: "Your LinkedIn post last week about the new
 * Kisumu depot", "Your CFO's LinkedIn post last week, about fuel now being the largest single line…"
 * (forty-fifth session, TL). The post is theirs; the topic is what it said. An announcement named
 * without where it was made ("Your announcement about putting solar on all 12 plants") is the news.
 */
const CHANNEL_ABOUT = String.raw`(?<![\p{L}])(?:your|the company's) (?:[\p{L}\d'’-]+ ){0,2}?(?:(?:linkedin|instagram|facebook|twitter|blog|company|website) )?(?:post|article|podcast(?: episode)?|webinar|interview|video|talk|keynote|newsletter|press release|blog)(?![\p{L}])(?: (?:last|this) (?:week|month|year)| yesterday| this morning| on (?:mon|tues|wednes|thurs|fri|satur|sun)day)?,? (?:about|announcing|on how|on the subject of)(?![\p{L}])`;
/**
 * What the prospect's chief said in public: "the Business Daily article where your MD described the
 * new Kisumu depot as…", "your CEO said in the interview…" (forty-fifth session, TL). Their words,
 * wherever they were printed; what a journalist writes about them is not, and neither is news of
 * the chief ("Since your CEO announced her retirement").
 */
const CHIEF_SAID = String.raw`(?<![\p{L}])your (?:ceo|md|cfo|coo|cto|cio|founder|co-founder|cofounder|managing director|chief executive|president|chair|chairman|chairwoman|chairperson|owner|head of [\p{L}]+) (?:said|described|told|explained|wrote|put it)(?![\p{L}])`;
const CHANNEL_CITED_RE = anyOf(new RegExp(`(?:${CHANNEL_OPENING}|${CHANNEL_SUBJECT}|${CHANNEL_NOTICED}|${CHANNEL_ABOUT}|${CHIEF_SAID})`, 'u'));

/**
 * The prospect's own page quoted word for word: "I noticed Acme's job post on LinkedIn for a payroll
 * analyst to "own the quincenal payroll for 12 locations"" (forty-third session, NQ). The words in
 * the quotes are theirs.
 */
const OWN_PAGE_QUOTED_RE = new RegExp(String.raw`(?<![\p{L}])(?:saw|seen|noticed|read|spotted|came across|found) (?:your|the company's|(?:[\p{L}&.'’-]+ ){0,3}[\p{L}&.'’-]+(?:'s|’s)) (?:[\p{L}\d-]+ ){0,2}?(?:${OWN_PAGE}|job (?:post|posting|listing|ad|advert)s?)(?![\p{L}])[^"“.!?\n]{0,80}["“][^"”\n]{5,200}["”]`, 'u');

/**
 * The prospect's LinkedIn page named as where the news was seen: "I saw on Acme's LinkedIn page that
 * it opened its new depot" (forty-third session, OE). A company's page is its own channel, as its
 * press release is; LinkedIn alone ("Saw on LinkedIn that you started a new position") is not.
 */
/**
 * A paper, an article or a site named as where the news was read: "I read the Business Daily article
 * on 12 May about …" (ES), "I saw on the Port of Sines website that …" (SM), and in Afrikaans, Dutch
 * and German "Ek het in Die Burger gelees dat …", "Ik las in het FD dat …", "Ich habe im Handelsblatt
 * gelesen, dass …" (SF) (fiftieth session).
 */
const READ_IN_PAPER_RE = /(?<![\p{L}])(?:(?:saw|read|came across|spotted) (?:the|an?|this|that) (?:[\p{L}&.'’-]+ ){1,4}(?:article|piece|story|report|interview|feature)(?: (?:on|from|of|dated) [\p{L}\d ,]{1,20}?)? (?:about|on|covering)|(?:saw|read|seen|spotted|noticed) (?:it )?on the [\p{L}\d&.' -]{2,40}? (?:website|web site|site|web page|newsroom|portal) that|(?:ek|ons) het (?:in|op) [\p{L}\d.' -]{2,40}? gelees dat|(?:ik|wij|we) (?:las|lazen|heb(?:ben)? (?:in|op) [\p{L}\d.' -]{2,40}? gelezen) (?:in|op)? ?[\p{L}\d.' -]{0,40}?dat|ich habe (?:in|im|in der|auf) [\p{L}\d.' -]{2,40}? gelesen,? dass)(?![\p{L}])/u;

const LINKEDIN_SEEN_RE = /(?<![\p{L}])(?:saw|seen|read|noticed|spotted|came across)(?: (?:it|this|the (?:announcement|news|post|update)))? (?:on|in) (?:(?:the company's |(?:[\p{L}&.'’-]+ ){0,3}[\p{L}&.'’-]+(?:'s|’s) )linkedin(?: page| post| feed| update| announcement)?,? (?:that|how))|(?:your|the company's) (?:ceo|cfo|coo|cto|cmo|cro|founder|co-founder|md|managing director|president|chair|head of [\p{L}]+)(?:,? [\p{L}'’. -]{2,40}?,?)? (?:shared|posted|wrote|published) (?:(?:a |an |this |that )?(?:linkedin )?(?:post|article|update|note|piece)|on linkedin)|(?:saw|read|seen|spotted|noticed) (?:it )?(?:on|in) (?:www\.)?[\p{L}\d-]{3,}\.(?:com|net|org|co\.uk|at|de|ch|fr|es|it|nl|be|pl|cz|se|no|dk|fi|ie|pt|br|mx|cl|co|pe|ar|za|ke|ng|gh|in|id|my|ph|sg|au|nz|jp|kr|cn|tw|vn|th|ae|sa|tr|gr|ro|hu|bg|ee|lt|lv|sk|si|hr|rs|ua|ru|kz|io)(?:\/[^\s]*)? (?:that|how)(?![\p{L}])/u;

/**
 * The prospect's own publication cited in the languages the packs read news in: "Li no comunicado de
 * imprensa da Acme de 3 de março que…", "Leí en vuestra nota de prensa…", "J'ai lu dans votre
 * communiqué…", "In Ihrer Pressemitteilung…", "Ho letto nel vostro comunicato stampa…", "Ik las in
 * jullie persbericht…", "Saya membaca di siaran pers…" (forty-fifth session, TE). Their press
 * release, site, annual report, blog or company page (a news outlet counts when named: NEWS_CITED_RE).
 */
const FOREIGN_OWN_PAGE_RE = /(?<![\p{L}])(?:li|vi|lemos|leí|lei|leímos|j['’]ai (?:lu|vu)|nous avons lu|ho letto|ho visto|abbiamo letto|las ik|zag ik|ik las|ik zag|ich habe|wir haben|habe ich|haben wir|saya (?:membaca|baca|melihat|lihat)|kami (?:membaca|melihat))(?: (?:hoje|ayer|hier|gestern|ieri|gisteren|kemarin|recentemente|recientemente|récemment|kürzlich|di recente|onlangs|baru-baru ini))? (?:no|na|em|en|dans|sur|nel|nella|nello|sul|sulla|in|op|auf|di|dari|pada) (?:(?:o|a|el|la|le|il|lo|het|de|der|die|dem|den)[ ]?)?(?:vosso |vossa |seu |sua |su |vuestro |vuestra |votre |vos |vostro |vostra |suo |jullie |uw |ihrer |ihrem |eurer |eurem |anda )?(?:último |última |recente |reciente |dernier |dernière |ultimo |ultima |neueste[nm]? |laatste |terbaru )?(?:comunicado de imprensa|comunicado de prensa|nota de prensa|communiqué(?: de presse)?|comunicato stampa|pressemitteilung|presseerklärung|persbericht|siaran pers|relatório anual|informe anual|rapport annuel|relazione annuale|geschäftsbericht|jaarverslag|laporan tahunan|(?:site|sitio web|página web|página de linkedin|página no linkedin|page linkedin|pagina linkedin|website|webseite|linkedin-seite|situs|laman) (?:oficial |officiel |ufficiale |offiziellen? )?)(?![\p{L}])/u;

/**
 * An interview or article read in another language, named as the source: "Ho letto nell'intervista che
 * ha rilasciato al Gazzettino…", "Leí en la entrevista que dio a El Norte de Castilla…", "J'ai lu dans
 * l'entretien que vous avez accordé à Sud Ouest…", "Ich habe im Interview mit der Rheinpfalz gelesen"
 * (forty-ninth session, YL). An interview is the prospect's own word, as in English.
 */
const FOREIGN_INTERVIEW_RE = /(?<![\p{L}])(?:(?:ho letto|ho visto|ho sentito|abbiamo letto|le[íi]|vi|escuch[ée]|lemos|li|ouvi|j['’]ai (?:lu|vu|entendu)|nous avons lu|ik las|ik zag|ik hoorde|las ik|zag ik|hoorde ik)(?: [\p{L}]+)? (?:nell['’](?:intervista|articolo)|in un['’]intervista|nel(?:l['’])?(?:l['’])?(?:articolo|servizio)|en (?:la|una) entrevista|en el art[íi]culo|na entrevista|numa entrevista|no artigo|dans (?:l['’](?:interview|entretien|article)|un (?:entretien|article))|in het (?:interview|artikel)|in een (?:interview|artikel))|(?:ich habe|wir haben|habe ich|haben wir) (?:im|in einem|in dem) (?:interview|artikel|beitrag)(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])(?:gelesen|gesehen|gehört))(?![\p{L}])/u;

/** A day the news appeared: "on 2 June", "on 14 January", "on March 3rd", "on Saturday", "last night", "this morning". */
const NEWS_DAY = String.raw`(?:on (?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:night|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:morning|week)|yesterday)`;
/**
 * Words that end the name of a newspaper, broadcaster or news site: "the Bangkok Post", "RTÉ News",
 * "the Westmeath Examiner". NEWS_CITED_RE lets a section follow it ("I saw on the Irish Times
 * business pages that…", forty-seventh session, WK).
 */
const OUTLET_WORD = String.raw`(?:post|times|news|journal|herald|examiner|tribune|gazette|standard|telegraph|guardian|independent|economist|observer|mail|express|chronicle|courier|review|daily|weekly|record|star|mercury|globe|insider|wire|dispatch|inquirer|argus|advertiser|bulletin|messenger|echo|magazine|digest|monitor|nation|reporter|recorder|sentinel|leader|press|today|week)`;
/**
 * A news outlet named, with the day it ran the story: "I saw in the Bangkok Post on 2 June that…",
 * "I read in L'Économiste on 14 January that…", "The article in El Universal on 12 February
 * mentioned that…", "I saw on RTÉ News last night that…". A source the reader can check, which is
 * what makes news told in passing a guess when it is missing (forty-sixth session: UE, UF, UN, UQ).
 * "In the news", "in the papers", "online" and LinkedIn alone name no outlet.
 */
// "The Press and Journal" is an outlet, "the press" alone is not (forty-eighth session, WX).
const NEWS_CITED_RE = new RegExp(String.raw`(?<![\p{L}])(?:(?:saw|seen|read|spotted|noticed|came across|caught)(?: about)?(?: (?:it|this|that|the news|an? (?:article|piece|story|report|item|write-?up|interview|feature)))? (?:in|on)|(?:article|piece|story|report|interview|feature|write-?up|coverage|item) (?:in|on|from)|(?:according to|as reported (?:in|by)|reported by)) (?:the |today's |yesterday's |this (?:morning|week)'s |last week's |[a-z]+day's )?(?!(?:the )?(?:news|grapevine|street|internet|web|papers?|press|media|radio|tv|linkedin|twitter|x|facebook|instagram|online)(?![\p{L}])(?! (?:and|&) \p{L}))(?:(?:[\p{L}'’.&-]+ ){0,3}?${OUTLET_WORD}(?![\p{L}])(?: (?:business|sport|sports|tech|technology|property|money|finance|news|farming|agriculture|industry|regional|local) (?:pages?|section|supplement|desk|pull-out))?(?: ${NEWS_DAY})?,? (?:that|how|about|mentioned|reported|said|says|wrote|noted)(?![\p{L}])|(?:[\p{L}'’.&-]+ ){1,4}?${NEWS_DAY},? (?:that|how|mentioned|reported|said|says|wrote|noted)(?![\p{L}]))`, 'u');

/**
 * A news outlet named in a relative clause after the news: "Congratulations to X on the Cruz Roja
 * recognition …, which I read about in El Universal last week." (forty-ninth session, YU). "In the
 * news", "online" and LinkedIn alone name no outlet.
 */
const RELATIVE_CITED_RE = new RegExp(String.raw`(?<![\p{L}])(?:which|that|as) (?:i|we) (?:read|saw|spotted|caught|came across) (?:about )?(?:it |this )?(?:in|on) (?!(?:the )?(?:news|grapevine|street|internet|web|papers?|press|media|radio|tv|linkedin|twitter|x|facebook|instagram|online)(?![\p{L}]))(?:the )?\p{L}[\p{L}'’.&-]*(?: [\p{L}'’.&-]+){0,3}?(?: ${NEWS_DAY})?\s*(?:[.,;!]|$)`, 'u');

/** Whether a sentence cites one of the prospect's own pages or channels, or a named news outlet, as its source. */
function citesSource(sentence: string): boolean {
  return SOURCE_CITED_RE.test(sentence) || NEWS_CITED_RE.test(sentence) || RELATIVE_CITED_RE.test(sentence) || FOREIGN_OWN_PAGE_RE.test(sentence) || FOREIGN_INTERVIEW_RE.test(sentence) || CHANNEL_CITED_RE.test(sentence) || PUBLIC_RECORD_RE.test(sentence) || OWN_PAGE_QUOTED_RE.test(sentence) || LINKEDIN_SEEN_RE.test(sentence) || READ_IN_PAPER_RE.test(sentence);
}

/**
 * An official public record named as where the news was read: a procurement portal's award notice,
 * a company register, a regulatory filing ("I saw on SECOP II, Colombia's public procurement portal,
 * that … was awarded the contract", "per their filing on Companies House"). What the prospect had
 * to publish is as good a source as what they chose to (thirty-seventh session, SA).
 */
const PUBLIC_RECORD_RE = /(?<![\p{L}])(?:(?:saw|seen|read|noticed|spotted|found|came across) (?:the|a|your) (?:public |official |published )?(?:tender|contract|award|procurement|bid|rfp|rfq) (?:notice|announcement|listing|posting|documents?)(?![\p{L}])|(?:saw|seen|read|noticed|spotted|found|came across|see)(?: (?:it|this|that))? (?:on|in) (?:the )?(?:[\p{L}\d.'’-]+ ){0,4}?(?:public procurement portal|procurement portal|tenders? portal|procurement platform|contract award notice|award notice|tender notice|contract notice|public register|compan(?:y|ies) register|official gazette|regulatory filing|stock exchange (?:announcement|filing)s?)|(?:saw|seen|read|noticed|spotted|found|came across)(?: (?:it|this|that))? (?:on|in) (?:the )?(?:sam\.gov|ted\.europa\.eu|contracts finder|find a tender|secop(?: ii)?|companies house|edgar|austender|merx|compranet|comprasnet|bc bid)(?![\p{L}])|(?:per|according to|as (?:shown|listed|published) (?:on|in)) (?:the |their |its |your )?(?:filing on companies house|companies house filing|sec filing|10-k|annual return|award notice|tender award|contract award notice))/u;

/** The sentence [from, to) gives the prospect as its source: told us, cited their own page, or says so in an aside after. */
function sourcedToProspect(lower: string, from: number, to: number): boolean {
  const sentence = lower.slice(from, to);
  return TOLD_RE.test(sentence) || citesSource(sentence) || toldInAsideAfter(lower, to) || welcomesToldNews(lower, from, sentence, to);
}

/**
 * sourcedToProspect for the claim at [start, end) in its sentence [from, to), read 120 characters
 * each side: when that cut a long sentence short, the whole sentence is read too, since the source
 * may open it ("I read the announcement on your blog this morning — $40M led by Northzone…, and
 * the line about expanding into Mexico caught my eye").
 */
/**
 * The writer's own premise after what the reader told: "You mentioned the finance team needs English
 * for investors, which makes sense as Acme gets ready for its listing" (forty-third session, NS).
 * What the reader said sources the first clause, not the news the writer adds to it.
 */
const ADDED_PREMISE_RE = /,\s*(?:which|and that|that) (?:makes|would make|made) (?:a lot of |total |perfect )?sense (?:as|since|given|now that|with|because|after|ahead of)\s/g;

function sourcedAround(lower: string, start: number, end: number, from: number, to: number): boolean {
  ADDED_PREMISE_RE.lastIndex = 0;
  let premise = -1;
  const head = lower.slice(from, start);
  for (let m = ADDED_PREMISE_RE.exec(head); m !== null; m = ADDED_PREMISE_RE.exec(head)) premise = from + m.index + m[0].length;
  if (premise >= 0) return sourcedToProspect(lower, premise, to);
  if (sourcedToProspect(lower, from, to)) return true;
  if (start - from >= 120 || to - 1 - end >= 120) {
    const [wideFrom, wideTo] = sentenceAround(lower, start, end, 320);
    if (sourcedToProspect(lower, wideFrom, wideTo)) return true;
  }
  return pointsBackToSource(lower, from, to) || figureSourcedEarlier(lower, start, end, from) || sourcedNext(lower, to) || wishSourcedEarlier(lower, start, end, from);
}

/** Good wishes that name the news in two words: "Enjoy the new job!", "All the best in the new role". */
const NEW_ROLE_WISH_RE = /(?<![\p{L}])(?:the|your) new (?:job|role|position|post|title)(?![\p{L}])/u;

/**
 * "I saw on LinkedIn that you've joined Acme as Head of Sales. Congratulations! … Enjoy the new
 * job!": good wishes for a new role the email already sourced, in a sentence before them (fiftieth
 * session, SE, SF).
 */
function wishSourcedEarlier(lower: string, start: number, end: number, from: number): boolean {
  if (!NEW_ROLE_WISH_RE.test(lower.slice(start, end))) return false;
  for (let at = Math.max(0, from - 1500); at < from; ) {
    const [a, b] = sentenceAround(lower, at, at, 320);
    if (b <= a || a >= from) break;
    if (b <= from && sourcedToProspect(lower, a, b) && /(?<![\p{L}])(?:joined|joining|appointed|promoted|promotion|new (?:job|role|position)|head of|as (?:the )?(?:new )?(?:head|director|manager|chief|vp))(?![\p{L}])/u.test(lower.slice(a, b))) return true;
    at = Math.max(b, at + 1);
  }
  return false;
}

/**
 * "Congratulations to Acme on the environmental award. I saw the announcement on your blog on
 * Saturday.": the next sentence of the paragraph says where the writer read the news, one of the
 * prospect's own publications (forty-fourth session, PF), or a news outlet named with its day, here as
 * in the sentence itself.
 */
const NEXT_SOURCE_RE = /^\s*(?:i |we )?(?:saw|read|spotted|came across|caught)(?: (?:it|that|this|the news))? (?:in|on) (?!(?:the )?(?:grapevine|street)\b)|^\s*(?:i |we )?(?:saw|read|spotted|came across|caught) (?:the |a |your |their |that )?(?:write-?up|article|piece|story|coverage|report|post|news|announcement|interview|feature|profile|press release|item)\b[^.!?\n]{0,30}?\b(?:in|on|from)\b/;

function sourcedNext(lower: string, to: number): boolean {
  const gap = /^[ \t]*(?=\S)/.exec(lower.slice(to, to + 8));
  if (gap === null) return false;
  const at = to + gap[0].length;
  if (lower.charCodeAt(at) === 10) return false;
  const [nextFrom, nextTo] = sentenceAround(lower, at, at + 1, 200);
  if (nextFrom < to) return false;
  const next = lower.slice(nextFrom, nextTo);
  // Only where the design counts a source in the same sentence: the prospect's own publication.
  return NEXT_SOURCE_RE.test(next) && citesSource(next);
}

/** Words that point back at the publication or message the sentence before cited ("The part about…", "it mentions", "I understand that…" after "Thank you for your message"). */
const BACK_TO_SOURCE_RE = anyOf(/(?<![\p{L}])(?:^\s*(?:so |and )?i (?:understand|see|gather|note)(?: (?:that|from (?:it|this|that|your (?:message|email|note|reply))))?(?![\p{L}])|the (?:part|line|bit|section|paragraph|passage|mention|detail|news|plans?|announcement|release|post|article|piece|update|quote)s? (?:about|on|of|that|where|mentioning|saying)|it (?:mentions|says|said|mentioned|notes|noted|talks about|talked about|describes|described)|(?:in|from) (?:it|there|the (?:post|release|announcement|article|piece|update))|that (?:news|announcement|post|release|update))(?![\p{L}])/u);

/**
 * "I read the announcement on your blog yesterday. The part about doubling the engineering team
 * caught my eye.": a sentence that points back at the publication the sentence before it (same
 * paragraph) cited as the prospect's own.
 */
/**
 * A talk of the prospect's people heard by the writer: "I listened to your COO, Adriana Castro, on
 * the Logística em Pauta podcast last week" (forty-third session, NP).
 */
const HEARD_TALK_RE = /(?<![\p{L}])(?:listened to|heard|watched|caught|saw) (?:your|the company's|[\p{L}&.'’-]+(?:'s|’s)) [^.!?\n]{0,80}?(?<![\p{L}])(?:on|at|in|during) [^.!?\n]{0,60}?(?<![\p{L}])(?:podcast|webinar|talk|keynote|panel|interview|conference|summit|livestream|fireside chat|episode)(?![\p{L}])/u;
/** A sentence going on with what that speaker said: "She also mentioned that Acme plans to double…". */
const SPEAKER_SAID_RE = /^\s*(?:(?:and|also|plus)[,\s]+)?(?:he|she|they)(?: also)? (?:mentioned|said|noted|shared|explained|talked about|announced|revealed|described)(?![\p{L}])/u;

function pointsBackToSource(lower: string, from: number, to: number): boolean {
  if (from < 2) return false;
  if (SPEAKER_SAID_RE.test(lower.slice(from, to))) {
    // The talk may be named in the paragraph before ("…so it caught my attention.\n\nShe also mentioned…").
    if (HEARD_TALK_RE.test(lower.slice(Math.max(0, from - 600), from))) return true;
  }
  const [prevFrom, prevTo] = sentenceAround(lower, from - 2, from - 1, 320);
  if (prevTo <= 0 || prevFrom >= from || /\n\s*\n/.test(lower.slice(prevFrom, from))) return false;
  const prev = lower.slice(prevFrom, prevTo);
  // Right after a sentence that cites the prospect's own publication, the paragraph goes on
  // reporting it ("Just saw the announcement on your blog — congratulations! Growing from 12 to 60
  // people in two years is impressive…"); after what they told us, only a sentence that points back.
  if (citesSource(prev)) return true;
  return BACK_TO_SOURCE_RE.test(lower.slice(from, to)) && sourcedToProspect(lower, prevFrom, prevTo);
}

/**
 * "…the new distribution centre in Mississauga, with around 250 new roles (their press release)
 * … 1. Hiring 250 people in a few months: will that run through agencies…?": a figure the email
 * already gave, earlier, in a sentence sourced to the prospect.
 */
function figureSourcedEarlier(lower: string, start: number, end: number, from: number): boolean {
  const figures = lower.slice(start, end).match(/\d[\d,.]*\d|\d{2,}/g);
  if (figures === null) return false;
  for (const n of figures) {
    for (let at = lower.lastIndexOf(n, from - 1); at >= 0; at = at === 0 ? -1 : lower.lastIndexOf(n, at - 1)) {
      if (/[\d,.]/.test(lower[at - 1] ?? '') && /\d/.test(lower[at - 2] ?? '') || /\d/.test(lower[at + n.length] ?? '')) continue;
      const [a, b] = sentenceAround(lower, at, at + n.length, 320);
      if (b <= from && sourcedToProspect(lower, a, b)) return true;
    }
  }
  return false;
}

/** "on the Acme blog", "in the Acme Logistics newsroom": a page the words before it name (checked against the prospect's names). */
const NAMED_PAGE_RE = /(?<![\p{L}])(?:(?:on|in|from|at|via) the ([\p{L}\p{N}&.'’ -]{2,60}?) (?:company )?(?:blog|newsroom|news page|press page|website|site|linkedin page|press release|announcement|annual report)|(?:in|on|from|read|saw) the (?:press release|announcement|statement|blog post|newsletter|annual report|linkedin post) (?:of|from|by) ([\p{L}\p{N}&.'’ -]{2,60}?)(?= from | on | that |[,.]| dated ))(?![\p{L}])/gu;

/**
 * "Just read the announcement on the Acme blog (posted Tuesday). Congratulations on closing the $28M
 * Series B!": the prospect's own page named with "the" and its name, in the sentence [from, to) or
 * the one before it in the same paragraph (for a subject, the body's opening). The name is the
 * prospect's: "on the TechCrunch site" is someone else's page and sources nothing here.
 */
function namedPageNear(ctx: ScanContext, lower: string, from: number, to: number): boolean {
  let text = lower.slice(from, to);
  if (from >= 2) {
    const [prevFrom] = sentenceAround(lower, from - 2, from - 1, 320);
    if (prevFrom < from && !/\n\s*\n/.test(lower.slice(prevFrom, from))) text = lower.slice(prevFrom, to);
  }
  if (!text.includes(' the ')) return false;
  const names = prospectNames(ctx);
  for (const m of text.matchAll(NAMED_PAGE_RE)) {
    const words = (m[1] ?? m[2]) as string;
    if (names.some((n) => words.includes(n))) return true;
  }
  return false;
}

/** A sentence of good wishes ("Congratulations on the expansion!", "Great news!"). */
const GOOD_WISHES_RE = /^\s*(?:(?:first(?: of all)?|firstly|and|also|but first|before anything else)[,\s]+)?(?:congratulations|congrats|many congratulations|well done|great news|what great news|exciting news|that's great news|that is great news|that's exciting|how exciting|wonderful news|fantastic news)(?![\p{L}])/u;

/**
 * "Thank you for letting me know that you will open the Busan office in April. Congratulations
 * on the expansion!": good wishes right after the prospect told us the news, in the same paragraph.
 */
function welcomesToldNews(lower: string, from: number, sentence: string, to: number): boolean {
  if (!GOOD_WISHES_RE.test(sentence)) return false;
  const [prevFrom, prevTo] = sentenceAround(lower, Math.max(0, from - 2), Math.max(0, from - 1), 200);
  if (prevTo > 0 && prevFrom < from && !/\n\s*\n/.test(lower.slice(prevFrom, from)) && TOLD_RE.test(lower.slice(prevFrom, prevTo))) return true;
  // Or thanked for right after, in the same paragraph: "Congratulations on completing the
  // Riverside acquisition. That's a big milestone, and thank you for letting me know."
  const next = /^[ \t]*\S/.exec(lower.slice(to, to + 4));
  if (next === null) return false;
  const [nextFrom, nextTo] = sentenceAround(lower, to + next[0].length - 1, to + next[0].length, 200);
  return nextFrom >= to && nextTo > nextFrom && THANKED_FOR_TELLING_RE.test(lower.slice(nextFrom, nextTo));
}

/** Thanks for being told, said after the good wishes: what was told is the news just welcomed ("You also mentioned…" after them is other news). */
const THANKED_FOR_TELLING_RE = /\bthank(?:s| you)(?: so much| again| very much)? for (?:letting (?:me|us) know|telling (?:me|us)|sharing (?:the news|this|that|it|the update)|the (?:news|heads-?up|update))\b/;

/** A sentence that opens on us, after a lead-in of our news if any: "A quick bit of news from us: Ourco has opened…", "We've opened…". */
/** Funding named in a subject's claim, and our own round named in a body. */
const FUNDING_WORD_RE = /\b(?:funding|fundraise|fundraising|raise|round|investment|series [a-f]|investors?)\b/;
const OUR_FUNDING_RE = /\bour (?:new |latest |recent )?(?:series [a-f]|seed round|funding(?: round)?|raise|investment round|fundraise|fundraising|new investors?)\b/;
const OUR_NEWS_SENTENCE_RE = /^\s*(?:(?:(?:a |some |a quick |a little )?(?:bit of |piece of )?(?:good |exciting |big )?news (?:from|on) (?:us|our side|our end|ourco)|(?:one |a quick |a little |a small |some )?(?:update|news|note) (?:from|on) (?:us|our side|our end))\s*[:—–-]\s*)?(?:ourco|we)(?:'ve| have| has)?\s+(?:just |recently |now |officially |finally )?(?:opened|launched|raised|closed|acquired|merged|moved|expanded|hired|appointed|won|signed|become|joined|completed)(?![\p{L}])/u;

/**
 * Whether the body gives the prospect as the source of a subject's news: a sentence holding one
 * of the claim's words (four letters or more) that the prospect told us or that cites their own
 * page ("Congrats on the Series B!" over "…the $28M Series B, announced in your press release").
 */
function sourcedInBody(body: FieldText, claim: string): boolean {
  const lower = lowerWithoutCountry(body);
  for (const w of claim.match(/[\p{L}\p{N}]{4,}/gu) ?? []) {
    if (STOPWORDS.has(w) || /^congrat/.test(w)) continue;
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) {
      if (isWordAt(lower, at - 1) || isWordAt(lower, at + w.length)) continue;
      const [from, to] = sentenceAround(lower, at, at + w.length, 200);
      if (sourcedToProspect(lower, from, to)) return true;
      // The body tells it as our own news ("New office in Bristol!" over "A quick bit of news from
      // us: Ourco has opened an office in Bristol", forty-first session, AK).
      if (OUR_NEWS_SENTENCE_RE.test(lower.slice(from, to))) return true;
    }
  }
  // "A note on the funding news" over "A few people at Acme may have seen the headline about our
  // Series A": the news is ours, named in the body as ours (forty-fifth session, TM).
  if (!/\b(?:you|your|congrat\w*)\b/.test(claim) && FUNDING_WORD_RE.test(claim) && OUR_FUNDING_RE.test(lower.slice(0, 800))) return true;
  // "Congratulations on the award!!" over "I saw your LinkedIn post on 3 April that you were named
  // one of the Great Place to Work winners": the body opens by citing where the news came from.
  const opening = Math.min(lower.length, 600);
  for (let from = 0; from < opening; ) {
    const [a, b] = sentenceAround(lower, from, from, 320);
    if (b <= a) break;
    if (citesSource(lower.slice(a, b))) return true;
    from = Math.max(b, from + 1);
  }
  return false;
}

/**
 * A sentence that opens by giving the prospect as the source of the sentence before ("You mentioned
 * it…", "You mentioned on our last call that it was opening this month"), in the same paragraph.
 */
/**
 * The same with the meeting named first: "Hope the office move went smoothly! On our last call you
 * said the movers were booked…" (forty-second session, MF). Only what names the news again ("it",
 * "the move") sources it: "At our meeting in March you said that today each site…" is other news.
 */
const TOLD_ON_CALL_NEXT_RE = /^[.!?]?[ \t]*\n?[ \t]*(?:on|in|at|during|over) (?:our|the|your) [^.!?\n,]{1,30}?,? you (?:mentioned|said|told (?:me|us)) (?:that )?(?:it|this|they|the (?:move|movers|moving|opening|office|site|merger|deal|round|change|news|plan|clinic|branch|store|warehouse|hire|launch))\b/;
const TOLD_NEXT_RE = /^[.!?]?[ \t]*\n?[ \t]*(?:(?:as )?you (?:mentioned|said|told (?:me|us)|wrote|shared|explained)|(?:that's|that is) what you (?:mentioned|said|told (?:me|us)))(?: (?:on|in|at|during|over) [^.!?\n,]{1,30}?| (?:last|earlier) (?:week|month|time|call|year)| earlier| when we (?:spoke|met|talked))?(?:,? that)? (?:it|that(?! (?:you|we|i|he|she|they|your|our)\b)|this|they|the (?:move|opening|office|site|merger|deal|round|change|news|plan|clinic|branch|store|warehouse|hire|launch))\b/;

/** The prospect as the source of what the sentence says ("as you mentioned", "as discussed"). */
export const TOLD_RE = anyOf(/(?<![\p{L}])(?:(?:congratulations|congrats) again|your (?:point|line|comment|remark|quip|observation|phrase|words|advice|argument|takeaway|answer|quote)(?: (?:that|about (?:how|why|what)))?,?[ \t]*["“]|your (?:point|comment|remark|observation|argument|takeaway) that|again,? congratulations|you were (?:very |quite |really |refreshingly )?(?:clear|open|candid|frank|upfront|up-front|honest) (?:about|that|on)|your (?:team|colleagues?|ceo|cfo|coo|cto|manager|boss|people|staff|assistant|office|engineers?) (?:told (?:me|us)|mentioned to (?:me|us)|shared with (?:me|us)|wrote to (?:me|us))|thank(?:s| you)(?: so much| again| very much)? for your (?:message|email|e-mail|note|reply|response|letter|voicemail)(?: (?:last|this|on|from|yesterday|earlier)[^.!?\n]{0,20})?[.!]?$|thank(?:s| you)(?: so much| again| very much)? for your (?:message|email|e-mail|note|reply|response|letter|update|news)(?: (?:last|this|on|from|yesterday|earlier)[^.!?\n]{0,20})?,? and (?:many |warm |hearty )?(?:congratulations|congrats)|thank(?:s| you)(?: so much| again)? for (?:sharing (?:the|your|that|this|news)|letting (?:me|us) know|telling (?:me|us)|the news (?:of|about))|as (?:we |you )?(?:discussed|agreed)|as you (?:mentioned|said|noted|explained|described|told (?:me|us)|shared|pointed out)|you(?:'d| had)? (?:also |just |previously |already |kindly |briefly )?(?:mentioned|told (?:me|us)|shared with (?:me|us)|explained|described|wrote|confirmed|planned|had planned|(?:have|'ve) planned|scheduled)(?: (?:that|on|during|in|last|when|earlier|for))?|per your (?:email|e-mail|note|message|request|reply|letter)|you(?:'d| had)? (?:said|noted|pointed out|let (?:me|us) know|flagged|shared|indicated|stressed|emphasi[sz]ed) (?:that|on|during|in|at|last|when|earlier)|like you (?:said|mentioned|told (?:me|us)|explained)|(?:on|during|in) (?:our|the|yesterday's|today's|last week's|friday's|monday's|tuesday's|wednesday's|thursday's) (?:call|meeting|conversation|chat|visit|demo),? you (?:said|mentioned|told|shared|explained|noted)|your (?:note|email|e-mail|message|update|reply|post|letter)(?: (?:last (?:week|month|night)|yesterday|earlier|this morning|on (?:mon|tues|wednes|thurs|fri)day|from (?:mon|tues|wednes|thurs|fri)day))? (?:said|says|mentioned|that|saying|to say|about|letting|explaining|telling|mentioning|confirming|announcing|sharing|on)|thanks for (?:letting (?:me|us) know|telling (?:me|us)|the news|the heads-?up|the tip-?off|the early (?:warning|notice)|sharing|sending|forwarding|filling (?:me|us) in|the update|the (?:details?|info|information|context|background)(?: below)?|updating (?:me|us)|keeping (?:me|us) (?:posted|informed|in the loop))|you (?:said|told (?:me|us)(?: about)?)|what you (?:said|wrote|mentioned|told (?:me|us)|shared) about|(?!(?:the|bird|birdie|grapevine|press|news|media|reuters|bloomberg|article|articles|report|reports|rumou?rs?|linkedin|twitter|techcrunch|someone|somebody|analysts?|everyone|everybody|people|it|they|sources?|insiders?)(?![\p{L}]))[\p{L}]+ (?:mentioned|told (?:me|us)|said|let (?:me|us) know|informed (?:me|us)) (?:that )?(?:you|your)|(?:hear|heard|hearing|learn|learnt|learned) (?:the news |it |about it |that |this )?(?:from you|directly from you|from you directly|straight from you|first-hand from you)|(?:came to know|come to know|heard|learned|learnt|was told|were told|found out|understood|gathered|got to know) (?:from|by|through) (?:your|you(?:r)? (?:own )?)(?:[\p{L}-]+ ){0,2}?(?:team|colleagues?|department|dept|people|office|manager|buyers?|procurement|purchase|purchasing|side|folks|ceo|cfo|coo|cto|vp|head|director|assistant|counterpart|staff)s?|(?:lovely|great|nice|good|glad|happy|sorry|interesting|fun|exciting|wonderful) to (?:hear|learn) (?:about|that|of)[^.!?\n]{0,80}(?:on|during|in|at|over) (?:the|our|today's|yesterday's|last week's|(?:mon|tues|wednes|thurs|fri)day's) (?:call|meeting|chat|conversation|demo|visit|lunch|coffee|dinner|session|workshop)|(?:jaisa |jaise )?(?:aapne|aap ne|tumne|tum ne) (?:bataya|kaha|bola|likha|mention kiya|share kiya)(?: tha| thaa)?|you (?:also|just|previously|already|rightly) (?:said|told (?:me|us)|mentioned)|thank(?:s| you)(?: so much| again| very much)? for (?:speaking|talking|meeting|chatting) (?:with|to) (?:me|us)|(?:enjoyed|loved|liked|appreciated) hearing (?:about|how|what)|(?:great|good|lovely|nice|interesting|fascinating|helpful) to hear (?:how|about how|that|what) you(?:'ve| have| had|'re| are)?(?![\p{L}])|(?:she|he|they) (?:said|mentioned|told (?:me|us))(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])and that you(?:'d|'ve| had| have)?)(?![\p{L}])/u);

/** The writer as the subject right before the claim ("i was recently ", "i've just "). */
const SELF_RE = /(?<![\p{L}'’])(?:i|i've|i’ve|i'm|i’m)\s+(?:(?:just|recently|also|was|have|had|am|got|been|finally|officially|now|only)\s+){0,3}$/u;

/**
 * True when the text names our own company: every name we go by reads as OUR_TOKEN once the scan
 * has folded it (our-name.ts); a text not folded yet (a rule example's) may still hold
 * sender.company as written.
 */
const ourNames = new Map<string, string>();

function ourName(ctx: ScanContext, text: string): boolean {
  if (text.includes(OUR_TOKEN)) return true;
  const company = ctx.policy.sender.company;
  let ours = ourNames.get(company);
  if (ours === undefined) {
    ours = normalizeTerm(company);
    if (ourNames.size > 64) ourNames.clear();
    ourNames.set(company, ours);
  }
  return ours.length >= 3 && text.includes(ours);
}

/**
 * Nouns that may name the prospect itself ("the company", "the team", "the cooperative"): a third
 * party introduced with an article ("a cooperative in Ohio"), never one referred back to with "the".
 */
const PROSPECT_NOUNS = 'company|team|firm|startup|business|brand|platform|group|network|practice|developer|builder|studio|council|school|university|college|hospital|bank|charity|nonprofit|cooperative|co-op|coop|association|federation|society|foundation|club|institute|trust';

/** Kinds of organisation a third party is introduced as ("a retailer in Ohio", "one client"). */
const THIRD_PARTY_ONLY_NOUNS = 'customer|client|partner|vendor|retailer|lender|insurer|agency|provider|peer|competitor|chain|manufacturer|distributor|wholesaler|supplier|operator|carrier|grocer|clinic|roaster|bakery|brewery|hotel|restaurant|airline|utility|broker|maker|producer|publisher|contractor|pharmacy|dealership|marketplace|fintech|insurtech';
const THIRD_PARTY_NOUNS = `${PROSPECT_NOUNS}|${THIRD_PARTY_ONLY_NOUNS}`;

/**
 * A line that opens on a company nobody names, introduced as one ("A mid-sized broker in Curitiba
 * (about 45,000 active policies) moved their renewal process to Ourco in 2024. Results after 9
 * months:", "One logistics customer of ours …"): the list under it is that company's story.
 */
const INDEFINITE_STORY_RE = new RegExp(String.raw`^[\s*#_•-]*(?:(?:last|this|earlier this|in) [\p{L}\d ]{1,20}?,?\s+)?(?:a|an|one|another) (?:[\p{L}\d-]+ ){0,3}?(?:${THIRD_PARTY_NOUNS})s?(?![\p{L}])`, 'u');

/**
 * "The customer was acquired by a larger group last year": a sentence that opens on the customer,
 * client or partner a story already introduced speaks about them. Nouns that may name the prospect
 * itself (PROSPECT_NOUNS) are not among them.
 */
const DEFINITE_THIRD_RE = new RegExp(String.raw`^\s*(?:the|that|this|said) (?:same |original |first |other )?(?:${THIRD_PARTY_ONLY_NOUNS})s?(?![\p{L}])`, 'u');

/** A third party introduced as the subject of the sentence. */
const THIRD_PARTY_RE = anyOf(new RegExp(String.raw`(?<![\p{L}])(?:one of our|a (?:\w+ )?customer of ours|customers? of ours|clients? of ours|our (?:customers?|clients?|partners?)|a (?:\w+ )?(?:customer|client|partner) (?:of ours|we work with)|another (?:customer|client|company|team|prospect)|(?<!\b(?:as|being|you're|you’re|you are|is|are|now|still) )(?:a|an|one) (?:[\w-]+ ){0,3}?(?:${THIRD_PARTY_NOUNS}) (?:like|about|similar|of|in|that|who|we|from|at|near|down|with|based|across|headquartered|out of)|(?:a |your )?(?:peers?|competitors?|rivals?) (?:of yours|at|from|in)|(?:a )?friend'?s (?:company|startup|team|firm|business))(?![\p{L}])`, 'u'));

/**
 * A sentence that opens with an indefinite organisation as its subject, right before the claim
 * ("A logistics client opened three new warehouses", "One regional bank recently went public"), with
 * at most four words between, none of them the reader.
 */
/**
 * A reported clause whose subject is some other company, not named: "the news this week that two
 * Yorkshire brokers are merging", "the announcement that a new cyber MGA has launched in Cape Town
 * with backing from a large reinsurer": the clause's claims are theirs, up to a comma, a capital
 * (another name) or "you".
 */
const REPORTED_OTHERS_RE = anyOf(new RegExp(String.raw`(?<![\p{L}])that (?:a|an|one|another|two|three|four|five|several|a few|a couple of|some|many|other|more) (?:[\p{L}\d&.'’-]+ ){0,3}?(?:${THIRD_PARTY_NOUNS}|companies|businesses|mga|brokerage|players|entrant|rival)s?\s+(?:(?!(?:you|your|yours|you've|you're)(?![\p{L}]))[^.!?;,\n\p{Lu}]){0,80}$`, 'u'));

const INDEFINITE_SUBJECT_RE = new RegExp(String.raw`^\s*(?:(?:how|why|where|when|what) )?(?:a|an|one|another) (?:[\w-]+ ){0,3}?(?:${THIRD_PARTY_NOUNS})(?: of ours)?\s+(?:(?!(?:you|your|you've|you're|yours)\b)[\w'-]+\s+){0,4}$`, 'u');

/** Companies in general, not the prospect; or a number that bounds our offer or a session ("no more than 15 people each", "groups of 12") rather than counting them. */
const GENERIC_RE = /(?<![\p{L}])(?:most|many|some|other|typical|similar|every|any|average|teams like|companies like|organizations like|teams (?:with|of|that)|companies (?:with|of|that)|up to|per (?:seat|user|month|year)|no more than|not more than|fewer than|at most|(?:a )?max(?:imum)? of|capped at|(?:groups|cohorts|batches|classes|sessions) of|usually|typically|generally|tends? to)(?![\p{L}])/u;

/** Where the claim's clause ends: a comma, semicolon, colon, dash or parenthesis. */
const CLAUSE_BREAK = /[,;:(]|\s-\s/;

/** A figure introduced by a preposition of an offer ("a pilot for 10 reps", "up to 25 seats"). */
const OFFER_BEFORE = /(?<![\p{L}])(?:for|to|with|per|under|across|from)\s+$/u;
/** What our offer is sized for: "Pricing for 12 staff", "a pilot for 40 users", "licences for up to 200 people". */
const OFFER_FOR_RE = /(?<![\p{L}])(?:pricing|price|prices|quote|quotation|licen[cs]es?|plan|seats?|subscription|package|proposal|costs?|fees?|pilot|trial|rollout|onboarding|training|workshop|sessions?|setup|bundle|tier)(?: [\w-]+)? (?:for|covering|covers) (?:up to |about |around |roughly )?$/u;

/** "For a cooperative with around 180 member farms, the pricing would be…": a size put to price a quote, not the prospect's figure. */
const FOR_INDEFINITE_RE = /(?<![\p{L}])for (?:a|an|any|each|every) (?:[\p{L}-]+ ){0,3}$/u;

/** The reader addressed: you, your, yours. */
const YOU_RE = /(?<![\p{L}])(?:you|your|yours)(?![\p{L}])/u;
const THEY_RE = /(?<![\p{L}])(?:they|their|theirs|them|they've|they're|they’ve|they’re)(?![\p{L}])/u;

/** Companies in general as the subject anywhere in the sentence ("…, most teams double their SDRs"). */
const GENERIC_SUBJECT_RE = /(?<![\p{L}])(?:most|many|other|typical) (?:teams|companies|orgs|organizations|startups|businesses|firms|customers|founders|leaders|reps)(?![\p{L}])|^\s*(?:companies|teams|businesses|firms|startups|scale-?ups|organi[sz]ations|brands|retailers|manufacturers|vendors|lenders|insurers|hospitals|schools|agencies|founders) (?![\p{L}]+ (?:you|your)\b)/u;

/** Us as a company (not "I" the writer, who may well write about the prospect). */
const WE_RE = /(?<![\p{L}])(?:we|our|ours|us|we've|we're|my (?:team|company|firm|colleagues|employer|business|startup|org|organi[sz]ation)|customers? of ours|one of our|a client|a customer|another client|another customer)(?![\p{L}])/u;

const MONTH_OR_DAY = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4]|h[12])$/;

/** "$40 million" → "40m", "1,200" → "1200": numbers compared in one spelling. */
function canonNumbers(s: string): string {
  return s
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/\$?(\d+(?:\.\d+)?)\s*(?:million|mm|mn|m)\b/g, '$1m')
    .replace(/\$?(\d+(?:\.\d+)?)\s*(?:billion|bn|b)\b/g, '$1b')
    // "1.2K customers" is "1,200 customers": thousands are written out, as facts write them.
    .replace(/\$?(\d+(?:\.\d+)?)\s*(?:thousand|k)\b/g, (_m, n: string) => String(Math.round(Number(n) * 1000)))
    .replace(/\$(\d)/g, '$1');
}

const ANY_DIGIT = /\d/;

/**
 * What a supporting fact must agree on: numbers, a series letter, and capitalized names near
 * the claim (not sentence-initial, not the prospect's own name, not months).
 */
function distinctiveDetails(ctx: ScanContext, f: FieldText, start: number, end: number, claim: string): string[] {
  const { folded } = f.text;
  const [from, to] = sentenceAround(f.text.lower, start, end, 120);
  const lo = Math.max(from, start - 50);
  const hi = Math.min(to, end + 50);
  const windowText = folded.slice(lo, hi);
  const out: string[] = [];
  const names = prospectNamesJoined(ctx);
  ourName(ctx, '');
  const ours = ourNames.get(ctx.policy.sender.company) ?? '';
  // Numbers need a digit, and canonNumbers never adds one: most windows skip the five passes.
  if (ANY_DIGIT.test(windowText)) {
    const canon = canonNumbers(windowText.toLowerCase());
    for (const m of canon.matchAll(/\b\d[\d.]*(?:[kmbx]\b|%|\b)/g)) {
      // A year is context, not the claim; "2,000 customers" is a figure that reads like one once canonical.
      if (/^(?:19|20)\d\d$/.test(m[0]) && new RegExp(`(?<![\\d,.])${m[0]}(?![\\d,])`).test(windowText)) continue;
      // "the first 90 days", "in 2 weeks": a span of time is context too ("40% year over year" is not).
      if (!/[%x]$/.test(m[0]) && /^\s*(?:days?|weeks?|months?|years?|quarters?|hours?|minutes?)\b/.test(canon.slice(m.index + m[0].length))) continue;
      out.push(m[0]);
    }
  }
  const series = /series ([a-f])\b/.exec(claim)?.[1];
  if (series !== undefined) out.push(`series ${series}`);
  // A leadership claim names its role: "a new CRO" is not supported by a new CFO.
  if (PERSON_CLAIM.test(claim)) for (const role of rolesIn(windowText.toLowerCase())) out.push(role);
  for (const m of windowText.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    const abs = lo + m.index;
    let k = abs - 1;
    let c = folded.charCodeAt(k);
    while (k >= 0 && (c === 32 || c === 34 || c === 40)) c = folded.charCodeAt(--k); // ' ', '"', '('
    if (k < from || k < 0 || c === 46 || c === 33 || c === 63 || c === 10 || c === 58) continue; // sentence-initial: . ! ? \n :
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (w.length < 3 || STOPWORDS.has(w) || MONTH_OR_DAY.test(w) || names.includes(w) || w === OUR_TOKEN || ours.includes(w)) continue;
    // "I'm", "I'll", "I've": the writer, not a detail of the news.
    if (/^i['’](?:m|ll|d|ve)$/.test(w)) continue;
    // Where the writer read the news ("on LinkedIn", "in TechCrunch") is not a detail of it.
    if (NEWS_SOURCE.test(w)) continue;
    // The reader addressed by name ("Congrats, Dana, on…", "…on the IPO, Dana!"), not a detail.
    const next = folded.charCodeAt(abs + m[0].length);
    if ((c === 44 || /(?:congrats|congratulations|kudos|thanks)\s*$/i.test(folded.slice(Math.max(from, abs - 20), abs))) &&
      (Number.isNaN(next) || next === 44 || next === 33 || next === 46 || next === 32 && folded.slice(abs + m[0].length, abs + m[0].length + 4).toLowerCase() === ' on ')) continue;
    if (/^(?:series|ceo|cto|cfo|coo|cro|cmo|cpo|ciso|vp|ipo|chief|head|president|officer|congrats|congratulations)$/.test(w)) continue;
    out.push(stripMarks(w));
  }
  return out;
}

/** C-level roles by abbreviation, and how a fact spells each out. */
const ABBREVIATED_ROLES: Readonly<Record<string, string>> = {
  ceo: 'chief executive officer', cfo: 'chief financial officer', cro: 'chief revenue officer',
  cto: 'chief technology officer', coo: 'chief operating officer', cmo: 'chief marketing officer',
  cpo: 'chief product officer', ciso: 'chief information security officer', cio: 'chief information officer',
};
/** Titles outside the C-suite name themselves: "the new principal" is not supported by a new CRO. */
const TITLE_ROLES = [
  'principal', 'headteacher', 'head teacher', 'headmaster', 'headmistress', 'dean', 'superintendent', 'president',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'managing director', 'general manager', 'general counsel',
  'provost', 'rector', 'medical director', 'head chef', 'executive chef',
];
const ROLES: Readonly<Record<string, string>> = { ...ABBREVIATED_ROLES, ...Object.fromEntries(TITLE_ROLES.map((t) => [t, t])) };
const ROLE_WORD: Readonly<Record<string, RegExp>> = Object.fromEntries(Object.keys(ROLES).map((k) => [k, new RegExp(`\\b${k}\\b`)]));
const ROLE_RE = new RegExp(String.raw`\b(?:${Object.keys(ROLES).join('|')})\b|\bchief (?:exec(?:utive)?|financial|revenue|technology|operating|marketing|product|information security|information)(?: officer)?\b`, 'g');

/** The roles a text names, as `role:cfo` details. */
function rolesIn(lower: string): string[] {
  const out = new Set<string>();
  for (const m of lower.matchAll(ROLE_RE)) {
    // "chief executive" and "chief exec" name the CEO as "chief executive officer" does.
    const spelled = m[0].replace(/ officer$/, '').replace(/^chief exec$/, 'chief executive') + ' officer';
    const abbr = m[0].startsWith('chief ') ? Object.keys(ROLES).find((k) => ROLES[k] === spelled) : m[0];
    if (abbr !== undefined) out.add(`role:${abbr}`);
  }
  return [...out];
}

/** A fact names the role of a `role:x` detail, abbreviated or spelled out. */
function factHasRole(fact: string, detail: string): boolean {
  const abbr = detail.slice(5);
  return ROLE_WORD[abbr]?.test(fact) === true || fact.includes((ROLES[abbr] ?? '\u0000').replace(/ officer$/, ''));
}

/** Publications and sites the news was seen on. */
const NEWS_SOURCE = /^(?:linkedin|techcrunch|forbes|bloomberg|reuters|crunchbase|twitter|wsj|axios|cnbc|pitchbook|yahoo|medium|substack|youtube|google|business|insider|press|news|fortune|venturebeat|sifted|the information|information|businesswire|prnewswire|globenewswire|slack|reddit|facebook|instagram|x)$/;

/** Event words of a claim that say nothing about which product, place or person. */
const CLAIM_WORDS = /^(?:launch\w*|unveil\w*|roll\w*|releas\w*|debut\w*|introduc\w*|announc\w*|open|opens|opened|opening|expan\w*|mov\w*|relocat\w*|enter\w*|built|building|new|brand|first|latest|your|the|its|their|post)$/u;

const factsCache = new WeakMap<object, string[]>();

/** The account's verified facts, folded and with numbers in one spelling (once per account). */
function factsOf(account: ScanContext['account']): string[] {
  let facts = factsCache.get(account);
  if (facts === undefined) {
    facts = account.facts.map((raw) => stripMarks(canonNumbers(normalizeTerm(raw))));
    factsCache.set(account, facts);
  }
  return facts;
}

const quotedCache = new WeakMap<FieldText, string[]>();

/** What the prospect wrote in quoted lines, for a field: a subject is read with the body's quotes. */
function quotedLines(ctx: ScanContext, f: FieldText): string[] {
  return f.field === 'subject' && ctx.body !== undefined ? [...quotedFacts(f), ...quotedFacts(ctx.body)] : quotedFacts(f);
}

/**
 * Where an earlier message pasted under a reply starts when its lines carry no "> ": Outlook's
 * "-----Original Message-----", or its header block ("From: Alejandro" over "Sent: 9 April 2026").
 */
const EARLIER_MESSAGE_RE = /^[ \t]*(?:-{2,}[ \t]*original message[ \t]*-{2,}|from:[^\n]*\n[ \t]*(?:sent|date):)/im;
/** A header line of such a message ("Sent: …", "Subject: …"): not what the prospect wrote. */
const HEADER_LINE_RE = /^[ \t]*(?:from|sent|date|to|cc|subject)[ \t]*:/i;

/**
 * The quoted lines of a field ("> …", and the lines of an earlier message pasted under the reply
 * without marks), read like facts; none in most drafts.
 */
function quotedFacts(f: FieldText): string[] {
  let lines = quotedCache.get(f);
  if (lines === undefined) {
    lines = [];
    const { folded } = f.text;
    if (folded.includes('>')) {
      for (const m of folded.matchAll(/^[ \t]*>[^\n]*/gm)) {
        const at = (m.index ?? 0) + m[0].indexOf('>');
        if (quoted(folded, at)) lines.push(stripMarks(canonNumbers(normalizeTerm(m[0].replace(/^[\s>]+/, '')))));
      }
    }
    const { lower } = f.text;
    const earlier = f.field === null && (lower.includes('original message') || lower.includes('sent:') || lower.includes('date:')) ? EARLIER_MESSAGE_RE.exec(folded) : null;
    if (earlier !== null) {
      for (const line of folded.slice(earlier.index + earlier[0].length).split('\n').slice(1)) {
        if (/^[ \t]*>/.test(line) || HEADER_LINE_RE.test(line) || line.trim() === '') continue;
        lines.push(stripMarks(canonNumbers(normalizeTerm(line))));
      }
    }
    quotedCache.set(f, lines);
  }
  return lines;
}

const factsByRegex = new WeakMap<readonly string[], Map<RegExp, readonly string[]>>();

/** The account's facts of one rule's kind (its `facts` regex), once per account and rule. */
function factsOfKind(account: ScanContext['account'], re: RegExp): readonly string[] {
  const facts = factsOf(account);
  if (facts.length === 0) return facts;
  let byRe = factsByRegex.get(facts);
  if (byRe === undefined) {
    byRe = new Map();
    factsByRegex.set(facts, byRe);
  }
  let kind = byRe.get(re);
  if (kind === undefined) {
    kind = facts.filter((fact) => re.test(fact));
    byRe.set(re, kind);
  }
  return kind;
}

/**
 * Words a kind's fact pattern reads that say nothing of the kind on their own: "team" (an
 * expansion's "new team in Berlin", and every "your finance team"), "left" (a departure, and "left a
 * comment"), "market", "new". A sentence whose only words of the kind are these is not of the kind:
 * "Since your controller left last month" is not told by "Appointed Sofia Rossi as Chief Executive
 * Officer", nor "…has doubled its donor base, is your finance team keeping up?" by an office opened.
 */
const WEAK_KIND_WORDS = new Set(['team', 'teams', 'left', 'new', 'market', 'markets', 'region', 'regions', 'role', 'job', 'position', 'board', 'open', 'clear', 'lost', 'lose', 'losing', 'drop', 'cash', 'store', 'stores', 'location', 'locations', 'rep', 'reps', 'people', 'staff', 'user', 'users', 'member', 'members', 'presence', 'hub', 'moved']);

const globalKinds = new WeakMap<RegExp, RegExp>();

/** Whether the kind's fact pattern finds in the sentence a word of the kind other than a weak one. */
function kindNamedIn(re: RegExp, sentence: string): boolean {
  if (!re.test(sentence)) return false;
  let g = globalKinds.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    globalKinds.set(re, g);
  }
  g.lastIndex = 0;
  for (let m = g.exec(sentence); m !== null; m = g.exec(sentence)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    // The word the match starts in, whole ("left", "team" of "teams").
    const at = m.index;
    let e = at;
    while (e < sentence.length && isWordAt(sentence, e)) e++;
    if (m[0].length > e - at || !WEAK_KIND_WORDS.has(sentence.slice(at, e))) return true;
  }
  return false;
}

/**
 * Whether a verified fact of the account, or a line the prospect wrote in a quoted earlier
 * message, may support the sentence [start, end) of a field: a fact of the kind the sentence
 * tells (by the claim rules' `facts` patterns), or one sharing a number or a word of four letters
 * or more with it (not the prospect's name, not function words, not the words every claim uses).
 * The learned claim model reads no facts; a sentence that may cite one is left to the rules,
 * which check the fact's details.
 */
/** A sentence that tells a change: a layoff, a cut, growth (CHANGE_CLAIM, and the layoff words here). */
const LAYOFF_CHANGE_RE = /layoff|laid off|redundanc|restructur|let (?:\w+ ){0,3}go\b|job cuts/;
const tellsChange = (sentence: string): boolean => CHANGE_CLAIM.test(sentence) || LAYOFF_CHANGE_RE.test(sentence);

export function mayCiteFact(ctx: ScanContext, f: FieldText, start: number, end: number): boolean {
  const quotes = quotedLines(ctx, f);
  const facts = [...factsOf(ctx.account), ...quotes];
  if (facts.length === 0) return false;
  const sentence = stripMarks(canonNumbers(f.text.lower.slice(start, end)));
  // A fact of the kind the sentence is about (by the claim rules' own fact patterns: a funding
  // fact for a sentence about a round, a layoff fact for one about layoffs) that tells the same
  // news: the sentence names no detail (a number, a name, a round, a role), or one such fact holds
  // one of them. The kind patterns are word stems read anywhere ("market", "office"), so "Chief
  // Marketing Officer" is an office fact to them: it must not excuse "your partnership with
  // Maersk … open up transatlantic lanes", nor an Austin office a Denver one.
  let details: string[] | undefined;
  for (const re of ctx.rules.claimFacts) {
    if (!kindNamedIn(re, sentence)) continue;
    const kind = [...factsOfKind(ctx.account, re), ...quotes.filter((line) => re.test(line))];
    if (kind.length === 0) continue;
    details ??= distinctiveDetails(ctx, f, start, end, f.text.lower.slice(start, end));
    // A change ("After the layoffs at Tidewater in January") is not told by a static count ("Has
    // about 2,400 employees"), as supportedByFact reads it (forty-sixth session, UW).
    if (details.length === 0 && (!tellsChange(sentence) || kind.some((fact) => !countFact(fact) || CHANGE_FACT.test(fact)))) return true;
    for (const fact of kind) {
      for (const d of details) {
        if (factHasDetail(fact, d)) return true;
      }
    }
  }
  const names = new Set(prospectNames(ctx).flatMap((n) => n.split(/\s+/)));
  // A fact that shares a figure with the sentence, or two words: one common word proves nothing
  // ("serves" in "serves 9 of the top 10 banks" and "Serves more than 20,000 customers", "public"
  // in "2,500 public chargers" and "Went public in 2024", "data" in "your data-breach disclosure"
  // and "Acquired Trailhead Data"). Whole words and whole figures with their unit: "market" is not
  // in "marketplace", "60%" not "about 60 employees", "40" (new towns) not "$40m series c".
  const words = [...new Set(sentence.match(/[\p{L}\p{N}][\p{L}\p{N}.,]*[\p{L}\p{N}]%?|\p{N}%?/gu) ?? [])]
    .filter((w) => (/\p{N}/u.test(w) || w.length >= 4) && !STOPWORDS.has(w) && !CLAIM_WORDS.test(w) && !TIME_WORDS.test(w) && !names.has(w));
  // What the prospect wrote in a quoted message needs one word of five letters or more: they told
  // us ("> we just signed two new academy rosters" under "congrats on the new rosters!"), and a
  // short word is as common there ("head" of "heads-down" is not "head office").
  // A name (a word written with a capital past the sentence's first word: "Congrats on buying
  // Fieldline!", "Congrats to Maria on the CFO role") is distinctive on its own.
  // Read from the sentence once, and only when a fact shares a word.
  let named: Set<string> | undefined;
  const isName = (w: string): boolean => (named ??= new Set((f.text.folded.slice(start, end).match(/(?<=\S\s+)\p{Lu}[\p{L}\p{N}]*/gu) ?? []).map((n) => n.toLowerCase()))).has(w);
  let newsKind: boolean | undefined;
  return facts.some((fact) => {
    const quoted = quotes.includes(fact);
    // A quoted line that tells no news of any kind ("> budgets are tight this year so we need to
    // understand the full cost") supports nothing by the words it shares ("understand", "tight")
    // with news told in the reply (forty-sixth session, UW).
    // (A sentence of no kind of news answering a quoted question, "Sí. Después de los primeros 3 meses,
    // Acme puede cancelar" under "> ¿Podemos cancelar…?", is still read by the words it shares.)
    if (quoted && (newsKind ??= ctx.rules.claimFacts.some((re) => kindNamedIn(re, sentence))) && !ctx.rules.claimFacts.some((re) => re.test(fact))) return false;
    let shared = 0;
    for (const w of words) {
      if (ANY_DIGIT.test(w[0] ?? '')) {
        if (factHasFigure(fact, w)) return true;
      } else if (factHasWord(fact, w) && (isName(w) || ++shared >= 2 || (quoted && w.length >= 5))) return true;
    }
    return false;
  });
}

/** A word of the sentence as a whole word of the fact, or its plural ("office" in "offices"). */
function factHasWord(fact: string, word: string): boolean {
  for (let at = fact.indexOf(word); at >= 0; at = fact.indexOf(word, at + 1)) {
    if (isWordAt(fact, at - 1)) continue;
    let after = at + word.length;
    if (fact[after] === 's') after++;
    else if (fact.startsWith('es', after)) after += 2;
    if (!isWordAt(fact, after)) return true;
  }
  return false;
}

/**
 * A figure of the sentence as a whole figure of the fact: "40" (40 new towns) is not in "$40m
 * series c", nor "3" in "3,000 customers"; "40m" is in "$40m".
 */
function factHasFigure(fact: string, figure: string): boolean {
  for (let at = fact.indexOf(figure); at >= 0; at = fact.indexOf(figure, at + 1)) {
    const after = fact[at + figure.length] ?? ' ';
    if (!/[\d.]/.test(fact[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(after) && (after !== '%' || figure.endsWith('%'))) return true;
  }
  return false;
}

/**
 * Words of time that say when, not what: "this year" in a sentence and in a fact ("Launched a
 * mobile app this year") is no sign that the fact tells the sentence's news ("Since Northwind
 * crossed 10,000 service agreements this year").
 */
const TIME_WORDS = /^(?:years?|months?|weeks?|days?|quarters?|spring|summer|autumn|fall|winter|later|earlier|recent|recently|lately|today|yesterday|tomorrow|ago|since|during|until|soon|january|february|march|april|june|july|august|september|october|november|december)$/u;

/** What claimExcuse reads of one sentence: the field's text without the country, the sentence's bounds. */
interface ClaimAt {
  ctx: ScanContext;
  f: FieldText;
  lower: string;
  start: number;
  end: number;
  from: number;
  to: number;
  sentence: string;
}

/**
 * The reasons a model claim is not news we made up, in the order they are asked (cheapest and most
 * common first). Named, so `claimExcuse` can say which one let a sentence through.
 */
/**
 * Whether [start, end) lies inside a web address ("https://ourco.com/news/asia-lab-tech-awards-2025"):
 * a page's path, not a sentence that claims anything (fortieth session, BM).
 */
function insideUrl(lower: string, start: number, end: number): boolean {
  // Read back at most an address's length: a body of one endless word is not re-read per match.
  const stop = Math.max(0, start - 2000);
  let k = start;
  while (k > stop && !/[\s<>"'()[\]]/.test(lower[k - 1] as string)) k--;
  if (k === stop && stop > 0) return false;
  return /^(?:https?:\/\/|www\.)/.test(lower.slice(k, k + 8)) && !/[\s<>"')\]]/.test(lower.slice(k, end));
}

/** What may open a sentence before its subject: "Since", "Now that", "With", "Given that". */
const SUBJECT_LEAD_RE = /^[\s>*•-]*(?:(?:since|now that|as|given that|with|because|after|seeing that|considering that|considering)[ \t]+)?/u;

/**
 * Whether the sentence's subject is the prospect by name ("Since Blue Harbor Logistics is now serving
 * 30+ airlines, …"): news about the reader's company, whatever customer story a paragraph before told
 * (fifty-fourth session, NAS: "One thing our customers value most is …" above it).
 */
function prospectOpens(ctx: ScanContext, lowerSentence: string): boolean {
  const rest = lowerSentence.replace(SUBJECT_LEAD_RE, '');
  return prospectNames(ctx).some((n) => rest.startsWith(n) && !isWordAt(rest, n.length));
}

const CLAIM_EXCUSES: ReadonlyArray<readonly [string, (c: ClaimAt) => boolean]> = [
  ['a web address', (c) => insideUrl(c.lower, c.start, c.end)],
  ['sourced to the prospect', (c) => sourcedAround(c.lower, c.start, c.end, c.from, c.to) || namedPageNear(c.ctx, c.lower, c.from, c.to)],
  ['subject sourced in the body', (c) => c.f.field === 'subject' && c.ctx.body !== undefined && (sourcedInBody(c.ctx.body, c.lower.slice(c.start, c.end)) || namedPageNear(c.ctx, lowerWithoutCountry(c.ctx.body), 0, Math.min(c.ctx.body.text.lower.length, 600)))],
  ['checked with the reader', (c) => CHECKED_WITH_READER_RE.test(c.lower.slice(c.start, Math.min(c.lower.length, c.to + 60)))],
  ['asked as a question', (c) => (CONFIRM_QUESTION_RE.test(c.lower.slice(c.from, c.start)) || CONFIRM_OPENING_RE.test(c.sentence)) && c.sentence.includes('?')],
  ['another party', (c) => OTHER_PARTY_RE.test(c.sentence) || DEFINITE_THIRD_RE.test(c.sentence) || announcedByOther(c.ctx, c.f.text.folded.slice(c.from, c.to), true)],
  ['in general', (c) => GENERAL_SUBJECT_RE.test(c.sentence) || READER_CONDITION_RE.test(c.sentence)],
  ['another company named first', (c) => opensOnOtherNamed(c.ctx, c.f.text.folded.slice(c.from, c.to)) || seenNewsOfOther(c.ctx, c.f.text.folded.slice(c.from, c.to)) || withOtherNamed(c.ctx, c.f.text.folded.slice(c.from, c.to))],
  ['a report or a public measure', (c) => REPORT_SUBJECT_RE.test(c.f.text.folded.slice(c.from, c.to)) || PUBLIC_MEASURE_RE.test(c.sentence)],
  ['a price worked out', (c) => PRICE_FIGURE_RE.test(c.sentence) && PRICING_WORD_RE.test(c.sentence)],
  ['a recap or product steps', (c) => inRecapList(c.lower, c.from) || inUiSteps(c.lower, c.start, c.end)],
  ["a report on the reader's account", (c) => inAccountReport(c.lower, c.from)],
  ["a third party's story", (c) => (!prospectOpens(c.ctx, c.lower.slice(c.from, c.to)) && inThirdPartyStory(c.ctx, c.f, c.from)) || introducedOtherSubject(c.ctx, c.f, c.from, c.to) || theyCarryStory(c.ctx, c.f, c.sentence, c.sentence, c.from)],
  ['a verified fact or a quoted line', (c) => mayCiteFact(c.ctx, c.f, c.start, c.end)],
  ['our own news, told on', (c) => weCarryStory(c.ctx, c.lower, c.sentence, c.from) || inListAboutUs(c.ctx, c.lower, c.from)],
];

/**
 * Why a sentence the learned model reads as a claim is left alone, or null: a fact may support it
 * (mayCiteFact), the prospect told us ("as you mentioned", a recap of the call) or it belongs to
 * a third party's story (a case study's summary); the same context the claim rules read. The first
 * reason of CLAIM_EXCUSES that holds.
 */
export function claimExcuse(ctx: ScanContext, f: FieldText, start: number, end: number): string | null {
  const lower = lowerWithoutCountry(f);
  const [from, to] = sentenceAround(lower, start, end, 120);
  const c: ClaimAt = { ctx, f, lower, start, end, from, to, sentence: lower.slice(from, to) };
  for (const [name, excuses] of CLAIM_EXCUSES) if (excuses(c)) return name;
  return null;
}


/**
 * A sentence that prices the reader's count ("With 1,020 employees, all employees are billed at the
 * £6.10 tier", "For your 40 reps that comes to $960 a month"): the count is the quote's basis, told
 * back, not news. The claim rules still read such a sentence's news ("crossing 1,000 employees").
 */
const PRICE_FIGURE_RE = /[$€£¥₹]\s?\d|\d\s?(?:usd|eur|gbp|aud|cad|dollars|euros|pounds)(?![\p{L}])/u;
const PRICING_WORD_RE = /(?<![\p{L}])(?:billed|billing|pric(?:e|es|ed|ing)|tier|per (?:seat|user|employee|head|licen[cs]e|month|year|site|location|team|rep|agent)|costs?|quote[ds]?|subscription|invoiced?|comes? to|works? out (?:at|to))(?![\p{L}])/u;

/**
 * A sentence opening on another company named and described ("Al Noor Hospitality, a group of four
 * mid-scale hotels in Sharjah, was acquired by a Saudi fund in 2023", "Kestrel Foods (Cork), one of
 * our customers, …") that never turns to the reader: that company's story.
 */
const OPENS_ON_NAMED_RE = /^\s*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})(?:\s+\([^()\n]{1,40}\))?,\s+(?:a|an|one of|which|who|the|another|based in|headquartered in|founded in|with (?:about |around |roughly |over |nearly |almost |some |more than |close to )?\d)[\d,.]*\s/u;

/**
 * Industry news the reader may have seen, of a company named after it: "You may have seen that
 * Brasaguard was acquired last month by a European facilities group" (forty-third session, NP).
 */
const SEEN_NEWS_OF_RE = /^\s*(?:(?:[Aa]s )?[Yy]ou (?:may|might|will|'ll|probably|likely) (?:have )?(?:seen|read|heard|know)|[Aa]s you (?:may|might|probably) know)(?: (?:already|by now))?,? (?:that |the news that |about how )?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}) (?:was|were|has|have|had|is|are|just|recently|announced|agreed)(?![\p{L}])/u;

/** Whether `re` finds a company in its first group that is neither the prospect nor us. */
function namesOtherCompany(ctx: ScanContext, re: RegExp, sentence: string): boolean {
  const m = re.exec(sentence.trimStart());
  if (m === null) return false;
  const name = (m[1] as string).toLowerCase();
  return !STOPWORDS.has(name.split(/\s+/)[0] as string) && !prospectsOrOurs(ctx, name);
}

/** A scale claim opening on "with" and a company that is not the prospect's nor ours (WITH_NAMED_RE). */
const withOtherNamed = (ctx: ScanContext, sentence: string): boolean => namesOtherCompany(ctx, WITH_NAMED_RE, sentence);
/** News the reader may have seen of a company that is not the prospect's nor ours (SEEN_NEWS_OF_RE). */
const seenNewsOfOther = (ctx: ScanContext, sentence: string): boolean => namesOtherCompany(ctx, SEEN_NEWS_OF_RE, sentence);

function opensOnOtherNamed(ctx: ScanContext, sentence: string, claimAt = Infinity): boolean {
  const m = OPENS_ON_NAMED_RE.exec(sentence);
  if (m === null || YOU_RE.test(sentence.toLowerCase())) return false;
  // The name must stand before the claim, not be it ("Post-money, the board will want…").
  if (m.index + m[0].indexOf(m[1] as string) + (m[1] as string).length > claimAt) return false;
  const name = (m[1] as string).toLowerCase();
  return !STOPWORDS.has(name) && !prospectsOrOurs(ctx, name);
}

/**
 * A sentence opening on a condition on the reader or on what they may do ("If you're expanding
 * into Germany, …", "Once you hire the new CFO, …"): the model's reading of it as news is the
 * condition's words. A condition on anything else ("If the rumours are true, you're being
 * acquired") is still read, and so is what "as" or "while" presents as under way ("As you prepare
 * for the Health Canada inspection next quarter" says there is one).
 */
const READER_CONDITION_RE = /^\s*(?:(?:and|but|so),?\s+)?(?:(?:if|whether|in case|unless|should) you(?:'re| are)?|(?:when|once|as soon as|until|before) you (?:\w+ )?(?:grow|scale|expand|hire|open|add|launch|raise|acquire|move|roll out|enter|go|list|bring|double|reach|cross|hit|build|take on|onboard))(?![\p{L}])/u;

/**
 * A sentence whose news is plainly someone else's: it opens on a customer, partner or peer of ours
 * ("One of our customers, a logistics company about your size, just closed a Series C") or on one
 * of a trade's companies ("You may have seen this: one of the larger membrane chemical suppliers
 * announced…", thirty-ninth session, YA), or on the supplier as a buyer's summary names us
 * ("Supplier is a young company; recently funded (Series A, 2024)", forty-eighth session, WX), or it is
 * our own ("The layoffs we went through last year taught us a lot", "our Series B"). The claim
 * rules read the same from the words before each match; the model's sentence has no match to read from.
 */
const OTHER_PARTY_RE = anyOf(new RegExp(String.raw`^[\s*•-]*(?:a|an|one) (?:[\p{L}-]+ ){0,3}(?:municipality|council|utility|city|town|hospital|university|school|retailer|customer|client|bank|insurer|chain|operator|manufacturer|distributor|agency|charity|airline|hotel|resort|mine|mill|cooperative|co-op|farm|winery|brewery)(?![\p{L}])(?![^.!?\n]*(?<![\p{L}])(?:you|your|yours)(?![\p{L}]))|^[\s*•-]*(?:the )?(?:supplier|vendor|provider)(?:'s)? (?:is|was|has|had)(?![\p{L}])|(?:^|:)\s*one of the (?:[\p{L}-]+ ){0,4}(?:suppliers|vendors|manufacturers|distributors|producers|providers|competitors|players|companies|firms|carriers|banks|insurers|retailers|brands|operators|chains|groups)(?![\p{L}])(?![^.!?\n]*(?<![\p{L}])(?:you|your)(?![\p{L}]))|^\s*(?:one|two|three|several|many|some|most|a few|a couple) of our (?:[\p{L}-]+ ){0,2}(?:customers|clients|partners|users|members)\b|^\s*(?:a|an|another) (?:[\p{L}-]+ ){0,2}(?:customer|client|partner|user|member) of ours\b|(?<![\p{L}])(?:we|i)(?:'ve| have)? (?:went|go|gone|been|were going) through\b|(?<![\p{L}])(?:our|ourco's) (?:own |recent |last |existing |current )?(?:layoffs?|restructuring|reorgani[sz]ation|funding|round|raise|acquisition|merger|ipo|series [a-f]|investors?|backers|shareholders)(?![\p{L}])|^\s*(?:(?:last|this|earlier this|in) [\p{L}\d ]{1,20}?,?\s+)?(?:a|an|one|another) (?:[\p{L}\d-]+ ){0,3}?(?:${THIRD_PARTY_NOUNS}) (?:(?:that|which|who) )?(?:we|i)(?:'ve| have)? (?:(?:just|recently|also) )?(?:work(?:ed)? with|support(?:ed)?|serve[ds]?|onboarded|help(?:ed)?|partner(?:ed)? with|sold to|signed|brought on|started working with|implemented|rolled out|look after|looked after|count as a customer)(?![\p{L}])`, 'u'));

/** A source reporting a statistic: "the latest AIHW figures show", "a 2025 survey found", "industry data suggests". */
/** A sentence whose subject is a published report, survey or study, told by what it found (on the folded text). */
const REPORT_SUBJECT_RE = /^[\s>*•-]*(?:(?:the|a|an|this year's|last year's|[\p{Lu}][\p{L}\p{N}&.'’-]*['’]s)\s+)?(?:[\p{Lu}\d][\p{L}\p{N}&.'’-]*\s+){1,8}(?:[Rr]eport|[Ss]urvey|[Ss]tudy|[Ii]ndex|[Bb]arometer|[Oo]utlook|[Cc]ensus)(?:\s+\d{4})?(?:\s+\([^()\n]{1,30}\))?,?\s+(?:(?:also|recently|just|again)\s+)?(?:found|finds|shows|showed|says|said|puts|put|estimates|estimated|reports|reported|notes|noted|ranks|ranked|counted|counts|recorded|records)(?![\p{L}])/u;

/** "We understand that", "we've heard that" opening a sentence: hearsay about someone, told by us. */
const HEARSAY_RE = /^[\s,;:—–-]*(?:we|i)(?:'ve| have)? (?:understand|hear|heard|gather|gathered|learned|learnt|noticed|read|saw|see) (?:that )?/u;

/** A reply's subject: "Re: …", "RE: …", "Aw:", "Antw:", "Sv:", "Odp:", "Ynt:". */
const REPLY_SUBJECT_RE = /^\s*(?:re|aw|antw|sv|odp|ynt|vs|r)\s*(?:\[\d+\])?\s*:/i;

/**
 * A public programme, rule or service as what launched or took effect ("Since the service launched in
 * England on 31 January 2024, we've supported…"): its news, not the prospect's (on the lower-cased sentence).
 */
const PUBLIC_MEASURE_RE = /(?<![\p{L}])the (?:new |national |government's |federal |state |eu |nhs |public )?(?:service|scheme|programme|program|regulation|rules?|law|act|directive|mandate|framework|standard|initiative|requirement|policy|guidance|tariff|levy|subsidy|grant|reform|pathway|consultation)s? (?:officially |first |formally )?(?:launched|came into (?:force|effect)|took effect|went live|started|began|was introduced|were introduced|rolled out|kicked off)(?![\p{L}])/u;

const STATISTIC_SOURCE_RE = /(?<![\p{L}])(?:figures|data|statistics|stats|numbers|report|survey|census|study|studies|research|index|analysis|benchmark|benchmarks|poll)(?: (?:from|by|of) [^.!?\n]{1,40})? (?:show|shows|showed|shown|suggest|suggests|suggested|found|finds|indicate|indicates|indicated|reveal|reveals|revealed|put|puts|estimate|estimates|estimated)(?: that)?(?: [\p{L}'-]+){0,4}\s*$/u;

/**
 * A sentence whose subject is people or companies in general: a panel, analysts, "many retailers",
 * "when companies go public", "companies that raise a Series B".
 */
const GENERAL_SUBJECT_RE = anyOf(/^\s*(?:(?![^.!?\n]*(?<![\p{L}])(?:you|your|yours|congrat\w*|kudos|well done|hats off|bravo)(?![\p{L}]))[a-z]+ing (?:(?:[^,.!?\n]|(?<=\d)[,.](?=\d)){2,60}? )?(?:is|are|tends? to be|can be|is often|is usually) (?:where|when|usually|often|typically|generally|rarely|seldom|never|(?:a|the) (?:common|typical|usual|classic|standard|natural|default|obvious)|the (?:point|stage|moment|phase) (?:where|when|at which)|one of the|what (?:most|many|every)|(?:much )?(?:hard|harder|tough|tougher|easier|easy|rare)|a milestone (?:that|where|when|at which))|(?![^.!?\n]*(?<![\p{L}])(?:you|your|yours)(?![\p{L}]))[^,.!?\n]{3,60}? tends? to (?:bring|need|mean|come|add|create|drive|have|take|require|cause|attract|go|see|get|make|follow|involve|trigger|start|include|break|strain|stretch|outgrow|slow|change|expose|force|push|put)\b|(?![^.!?\n]*(?<![\p{L}])(?:you|your|yours)(?![\p{L}]))(?:a|an|any) (?:[\p{L}-]+ )?(?:company|firm|business|organi[sz]ation|startup|start-up|team|retailer|bank|brand|hospital|school|insurer|manufacturer|carrier|operator) (?:that|which|who)(?![\p{L}])[^.!?\n]{3,80}?(?<![\p{L}])(?:usually|typically|often|generally|tends? to|will|would|can|could|may|might|needs?|has to|must)(?![\p{L}])|(?:a |the )?(?:panel|panellists|panelists|speakers|analysts|(?:many|most|some|other|several|a few|plenty of) (?:companies|firms|retailers|manufacturers|brands|banks|insurers|teams|businesses|organi[sz]ations|operators|carriers|customers|clients))|(?:when|once|after|as|if|before|while|because|until|whenever|as soon as) (?:(?:many|most|some|other|several|smaller|larger|big|small|private|public|growing|young|fast-growing) )?(?:companies|firms|retailers|manufacturers|brands|banks|insurers|businesses|organi[sz]ations|startups|start-ups|operators|carriers|hospitals|schools|universities|agencies|vendors)|(?:companies|firms|businesses|organi[sz]ations|startups|start-ups|brands|retailers|banks|insurers) (?:that|which|who))(?![\p{L}])/u);

/** Content words of the sentence around [start, end): three letters or more, not function words, not the words every claim uses. */
function sentenceWords(f: FieldText, start: number, end: number): string[] {
  const [from, to] = sentenceAround(f.text.lower, start, end, 120);
  const words = f.text.lower.slice(from, to).match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return words.filter((w) => !STOPWORDS.has(w) && !CLAIM_WORDS.test(w));
}

/** Words that react to news just told: congratulations in the usual languages, good news, sorry to hear. */
const REACTION_RE = /\b(?:congratulations|congrats|felicitaciones|felicidades|parab[ée]ns|f[ée]licitations|complimenti|tillykke|grattis|gratulerer|onnittelut|gl[üu]ckwunsch|gratulation|(?:great|good|wonderful|exciting|fantastic|big|brilliant) news|(?:sorry|sad) to hear)\b/;

/** Whether the sentence around [start, end) reacts to news (REACTION_RE). */
function reactsToNews(f: FieldText, start: number, end: number): boolean {
  const [from, to] = sentenceAround(f.text.lower, start, end, 120);
  return REACTION_RE.test(f.text.lower.slice(from, to));
}

function sharesWord(fact: string, words: readonly string[]): boolean {
  for (const w of words) if (fact.includes(w)) return true;
  return false;
}

/**
 * Which side of an acquisition the prospect is on. A claim or a fact told with the prospect as
 * the buyer ("acquired Zenbyte", "the acquisition of DataForge", "bringing Ledgerly into the
 * fold") is 'acquirer'; told with the prospect as the one bought ("was acquired", "bought by
 * Oracle", "sold to", "now part of Globex", "taking you private", "the exit") is 'target'; a
 * merger or "the Ledgerly deal" says neither. A fact supports a claim only from the same side.
 */
type AcqRole = 'acquirer' | 'target' | null;

/** Acquisition words: the direction check runs only when the claim has one. */
const ACQ_WORD = /acqui|bought|buy|purchas|snapp|scoop|picked up|picking up|taken over|takeover|took over|sold|sale|part of|owned|private|exit|absorb|fold|family|umbrella|portfolio|integrat|hands|owner|parent/;
/** The passive right before the claim: "was acquired", "is being bought", "got snapped up". */
const PASSIVE_BEFORE = /(?<![\p{L}])(?:was|were|is|are|been|being|be|get|gets|getting|got|it's|it’s|you're|you’re|they're)\s+(?:(?:just|recently|officially|finally|reportedly|quietly|now|also|already|being|getting|been|actually|apparently|eventually|to)\s+)*$/u;
const PARTICIPLE = /^(?:acquired|bought|purchased|snapped up|scooped up|picked up|taken|sold|absorbed|owned|folded|merged into|swallowed|gobbled up)\b/;
const ACTIVE_BUY = /^(?:acquir(?:ed|ing|es|e)|bought|buying|buys|purchased|purchasing|snapped up|snapping up|scooped up|scooping up|picked up|picking up|took over|taking over|integrating|absorbing|folding in|swallowed|gobbled up)\b/;
const BY_AFTER = /^(?:\s+(?:\w+\s+){0,2}?)?by\b/;
const TARGET_IN_CLAIM = /\b(?:(?:acquired|bought|purchased|owned|taken over|snapped up|scooped up|absorbed|acquisition|takeover|buyout|buy-out) by|sold to|for (?:a |an )?(?:new )?(?:buyer|acquirer|suitor)|for sale|on the (?:auction )?block|sale (?:of [^.!?]{1,40} )?to|selling to|(?:taking|take|takes|took|taken|going|go|went|gone) (?:you |it |the company |them )?private|take-private|exit|absorbed into|merged into|folded into|(?:join|joins|joined|joining) (?:the )?(?:\w+ ){0,2}(?:family|fold|group|portfolio)|owned by|bought out|sale of (?:the|your) (?:company|business)|(?:been|was|were|got|being|getting) sold|chang(?:ed|ing|es) hands|new (?:owners|ownership|parent(?: company)?|management)|part of a (?:bigger|larger|new|much bigger|much larger) \w+)\b/;
const ACQUIRER_IN_CLAIM = /\b(?:acquisitions|acquisition spree|first acquisition|(?:bring|brought|bringing|add|adding|added|welcome|welcoming|welcomed) (?:\w+ ){1,3}(?:to|into) the (?:family|fold|portfolio|group)|under your (?:\w+ )?(?:umbrella|roof|wing))\b/;

const BUY_VERB = /\b(?:buy|buys|buying|bought|acquire|acquires|acquiring|acquired|purchase|purchases|purchasing|purchased|take over|takes over|taking over|took over|snap up|snapped up|snapping up) /;

function claimRole(ctx: ScanContext, f: FieldText, start: number, end: number): AcqRole {
  const { lower } = f.text;
  const claim = lower.slice(start, end);
  if (!ACQ_WORD.test(claim)) return null;
  const [from, to] = sentenceAround(lower, start, end, 120);
  const before = lower.slice(Math.max(from, start - 40), start);
  const after = lower.slice(end, Math.min(to, end + 60));
  const tail = claim + after;
  if (/\bpart of\b/.test(claim)) {
    // "Zenbyte is now part of Acme Analytics": the prospect is the buyer.
    const rest = tail.slice(tail.indexOf('part of') + 7).trimStart();
    return prospectNames(ctx).some((n) => rest.startsWith(n)) || /^(?:you|your)\b/.test(rest) ? 'acquirer' : 'target';
  }
  if (PARTICIPLE.test(claim) && PASSIVE_BEFORE.test(before)) return 'target';
  if (TARGET_IN_CLAIM.test(tail.slice(0, claim.length + 12))) return 'target';
  if (/^(?:acquired|bought|purchased|snapped up|scooped up|owned|taken over|acquisition|takeover|buyout|absorbed)\b/.test(claim.replace(/^(?:the|your|its) /, '')) && BY_AFTER.test(after)) return 'target';
  // "your first acquisition", "their latest acquisition": a buyer's count.
  if (/^acquisition\b/.test(claim) && /\b(?:first|second|third|latest|newest|another|next|biggest|largest) $/.test(before)) return 'acquirer';
  if (/\bacquisition of\b/.test(claim) || /acquisition$/.test(claim) && /^\s+of\b/.test(after)) {
    // "the acquisition of Acme Analytics by Oracle": the prospect is the one bought.
    const rest = tail.slice(tail.indexOf('acquisition of') + 14).trimStart();
    if (/^(?:you|your company)\b/.test(rest) || prospectNames(ctx).some((n) => rest.startsWith(n))) return 'target';
    return 'acquirer';
  }
  // "Oracle acquired Acme Analytics", "Oracle will buy you": the prospect is the object of the buy.
  const buy = BUY_VERB.exec(tail);
  if (buy !== null && buy.index < claim.length) {
    const rest = tail.slice(buy.index + buy[0].length);
    if (/^(?:you|your company|your business)\b/.test(rest) || prospectNames(ctx).some((n) => rest.startsWith(n))) return 'target';
  }
  if (ACQUIRER_IN_CLAIM.test(tail.slice(0, claim.length + 12))) return 'acquirer';
  // "Heard Trailhead Data bought you": the reader is the one bought.
  if (/ (?:you|you guys|your company|your business|your team)$/.test(claim)) return 'target';
  if (ACTIVE_BUY.test(claim) && !BY_AFTER.test(after)) return 'acquirer';
  return null;
}

/** The same read for a verified fact, told about the prospect without its name ("Acquired by Oracle"). */
function factRole(ctx: ScanContext, fact: string): AcqRole {
  if (/\bpart of\b/.test(fact)) {
    const rest = fact.slice(fact.indexOf('part of') + 7).trimStart();
    return prospectNames(ctx).some((n) => rest.startsWith(n)) ? 'acquirer' : 'target';
  }
  if (/\b(?:(?:acquired|bought|purchased|owned|taken over|snapped up|absorbed|acquisition|takeover|buyout|buy-out|taken private) by|sold (?:\w+ ){0,3}to|sale (?:\w+ ){0,3}to|agreed to (?:be acquired|sell)|(?:went|taken|taking|go|going) private|exit|merged into|folded into|joined the (?:\w+ ){0,2}(?:family|group|portfolio))\b/.test(fact)) return 'target';
  if (/\b(?:acquired|acquires|acquiring|bought|purchased|acquisition of|acquisitions|snapped up|took over|absorbed|completed (?:its |the )?acquisition)\b/.test(fact)) return 'acquirer';
  return null;
}

/**
 * "Your headcount tripled", "revenue up 40%", "you've cut 15% of staff": a change, which a static
 * count ("Has 450 employees") does not support unless the fact states a change or the figure.
 */
// A record period is a change too: "after Acme's record year in 2023" is not "Serves more than 20,000 customers" (forty-third session, NR).
const CHANGE_CLAIM = /doubl|tripl|quadrupl|grew|grow|growth|increas|jump|surg|soar|balloon|explod|skyrocket|climb|rose|\brecord\b|best (?:year|quarter|month|half)|\bup\b|\b(?:two|three|four|five|six|ten|\d+)-?fold\b|\d(?:\.\d+)?x\b|twice|three times|added|adding|hired|hiring|\bcut|shrank|shrunk|shrink|halv|reduc|slash|trim|shed|expanded/;
/** A fact that names someone to a role: "Appointed Luis Fernández as Chief Revenue Officer". */
const ROLE_FACT_RE = /\b(?:appointed|hired|named|promoted|welcomed|brought in)\b[^.]{0,60}\bas\b|\bchief [a-z]+ officer\b|\bjoined as\b/i;
const CHANGE_FACT = /doubl|tripl|quadrupl|grew|grow|growth|increas|rose|\bup\b|fold\b|\dx\b|\d%|percent|added|hired|\bcut|reduc|shrank|laid off|layoff|halv|from \d|\brecord\b/;
/** What a figure counts: people on the payroll, customers and users, or money. */
const METRICS: readonly (readonly [string, RegExp])[] = [
  ['people', /\b(?:employees?|staff\w*|headcount|team|teams|people|engineers?|reps|hires?|workforce|person|folks|colleagues|workers|heads)\b/],
  ['customers', /\b(?:customers?|clients?|users?|members?|subscribers?|merchants?|sellers?|drivers?|downloads?|stores?|locations?|logos?|accounts|shoppers|patients|students|installs)\b/],
  ['money', /\b(?:revenue|arr|mrr|bookings|gmv|tpv|run[- ]rate|profit\w*|ebitda|sales|turnover|earnings)\b/],
];

function metricsOf(text: string): string[] {
  const out: string[] = [];
  for (const [name, re] of METRICS) if (re.test(text)) out.push(name);
  return out;
}

/** A fact that counts something (a number other than a year): "Has about 450 employees". */
function countFact(fact: string): boolean {
  return /\d/.test(fact.replace(/\b(?:19|20)\d\d\b/g, ''));
}

/** Short names a claim uses for what a fact spells out ("the LSE" for the London Stock Exchange). */
const DETAIL_ALIASES: Readonly<Record<string, string>> = {
  lse: 'london stock exchange',
  nyse: 'new york stock exchange',
  tsx: 'toronto stock exchange',
  asx: 'australian securities exchange',
  hkex: 'hong kong',
};

/** The fact holds the detail; a number as a whole number ("2000" is not in "12000"). */
/** Whether a fact holds one detail of a claim (distinctiveDetails): its role, its figure, its name or the name's alias. */
function factHasDetail(fact: string, d: string): boolean {
  return d.startsWith('role:') ? factHasRole(fact, d) : factHas(fact, d) || fact.includes(DETAIL_ALIASES[d] ?? '\u0000');
}

function factHas(fact: string, d: string): boolean {
  let at = fact.indexOf(d);
  if (at < 0 || !ANY_DIGIT.test(d[0] ?? '')) return at >= 0;
  for (; at >= 0; at = fact.indexOf(d, at + 1)) {
    if (!/[\d.]/.test(fact[at - 1] ?? ' ') && !/\d/.test(fact[at + d.length] ?? ' ')) return true;
  }
  return false;
}

/** A figure told in words: "a million customers", "thousands of members". */
const WORD_FIGURE = /(?<![\p{L}])(?:millions?|billions?|thousands?|hundreds?|dozens?|lakhs?|crores?)(?![\p{L}])/u;

/** Whether `re` matches `line` in a sentence that is not a question (supportedByFact). */
function toldInStatement(line: string, re: RegExp): boolean {
  // The rule's facts regex is compiled without 'g' (compile.ts), so exec holds no state between lines.
  const m = re.exec(line);
  if (m === null) return false;
  const [, to] = sentenceAround(line, m.index, m.index + m[0].length, 200);
  return !/\?\s*$/.test(line.slice(m.index, to));
}

/** A claim of what the prospect is about to do (supportedByFact). */
const PLAN_CLAIM_RE = /\b(?:getting ready (?:for|to)|preparing (?:for|to)|gearing up (?:for|to)|planning (?:to|for|an?|its|their)|plans? to|about to|set to|poised to|ahead of (?:its|their|your|the)|upcoming|forthcoming|expected to|intends? to|will (?:soon )?(?:go|list|float|open|launch|raise|acquire))\b/;
/** A fact of the record that says a thing was done ("Went public …", "Raised …", "Opened …"). */
const DONE_FACT_RE = /^\s*(?:went|raised|acquired|opened|launched|appointed|completed|closed|listed|merged|won|hired|expanded|moved|signed|became|joined|named)\b/;

function supportedByFact(ctx: ScanContext, f: FieldText, hit: RuleHit): boolean {
  const re = hit.rule.facts;
  if (re === null) return false;
  // No fact of this kind at all: nothing can support the claim (the common case). What the
  // prospect wrote in a quoted earlier message ("> …until the new CFO starts") counts as known;
  // a subject is read with the body's quotes ("Re: The new Galway site" above "> We're opening
  // the Galway site").
  let facts = factsOfKind(ctx.account, re);
  // A plan claimed for what the record says is done ("getting ready for its stock market listing"
  // over "Went public on the London Stock Exchange in 2025", forty-eighth session, XK) is not told by it.
  if (facts.length > 0 && PLAN_CLAIM_RE.test(f.text.lower.slice(Math.max(0, hit.start - 40), hit.end))) facts = facts.filter((fact) => !DONE_FACT_RE.test(fact.toLowerCase()));
  const quotes = quotedLines(ctx, f);
  // A quoted line counts when it tells news of the kind and shares a word with the claim's
  // sentence: "> Who else in our space uses this?" holds "spac" but tells nothing of an IPO.
  let told = quotes.filter((line) => re.test(line));
  const claim = f.text.lower.slice(hit.start, hit.end);
  // A reaction to the news it quotes ("That's wonderful news, congratulations on the expansion!"
  // above "> We're opening our first two stores in Vilnius"; "I'm sorry to hear about the
  // closures" above "> We're closing 9 stores") names it in its own words: a quoted line of the
  // kind that holds every detail the claim names (none here; "the Vilnius stores" must be in it) tells it.
  if (told.length > 0 && reactsToNews(f, hit.start, hit.end)) {
    const details = distinctiveDetails(ctx, f, hit.start, hit.end, claim);
    // News is told in a statement, or in words the reaction shares: the reader's question "can we
    // link reading lists from Moodle?" holds "list", a word of rankings, and tells nothing of
    // "breaking into the national top ten" (forty-eighth session, from WD).
    const words = sentenceWords(f, hit.start, hit.end);
    if (told.some((line) => details.every((d) => factHasDetail(line, d)) && (toldInStatement(line, re) || sharesWord(line, words)))) return true;
  }
  if (told.length > 0) {
    const words = sentenceWords(f, hit.start, hit.end);
    told = told.filter((line) => sharesWord(line, words));
  }
  if (told.length > 0) facts = [...facts, ...told];
  const toldLines: ReadonlySet<string> = new Set(told);
  if (facts.length === 0) return false;
  if (hit.rule.rule.facts_share_words) {
    const words = (claim.match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOPWORDS.has(w) && !CLAIM_WORDS.test(w));
    // Facts sharing no word are out before the details are read.
    if (words.length > 0) facts = facts.filter((fact) => sharesWord(fact, words));
    if (facts.length === 0) return false;
  }
  const details = distinctiveDetails(ctx, f, hit.start, hit.end, claim);
  const role = claimRole(ctx, f, hit.start, hit.end);
  // "over a million customers" counts as much as "1,000,000 customers".
  const figure = details.some((d) => ANY_DIGIT.test(d) && !/[%x]$/.test(d)) || WORD_FIGURE.test(claim);
  // A change told without its figure needs a fact that tells a change.
  const change = CHANGE_CLAIM.test(claim) && !figure;
  // "450 customers" is not "450 employees": what a claim counts, with a figure, a change or neither
  // ("record sales in FY25" is not "Serves more than 3,000 customers"), a fact must count too.
  const metrics = metricsOf(claim);
  const covered = new Set<string>();
  // A merger told without a name ("After Acme's recent merger with a private hospital group", "Given
  // Acme is merging with the science centre next spring") is not the acquisition a fact records
  // ("Acquired Ledgerly in 2025"): only a fact of a merger tells it (forty-sixth session, UH, UT).
  const merger = details.length === 0 && /\bmerg(?:er|ers|ing|ed|e) with\b/.test(f.text.lower.slice(hit.start, Math.min(f.text.lower.length, hit.end + 12)));
  for (const fact of facts) {
    if (merger && !/\bmerg/.test(fact)) continue;
    if (role !== null) {
      const side = factRole(ctx, fact);
      if (side !== null && side !== role) continue;
    }
    if (change && countFact(fact) && !CHANGE_FACT.test(fact)) continue;
    // Nor by someone named to a role ("record volumes this season" is not told by "Appointed Luis
    // Fernández as Chief Revenue Officer", whose title shares the word, forty-seventh session, VR).
    if (change && !CHANGE_FACT.test(fact) && ROLE_FACT_RE.test(fact)) continue;
    // A verified count of people, customers or money ("Serves more than 3,000 customers") tells no news that names neither a
    // figure, nor what it counts, nor a change: "After selling out 2025 entirely" (forty-sixth session, UO). What the prospect
    // wrote in a quoted message is read as before.
    if (!figure && !change && metrics.length === 0 && !toldLines.has(fact) && countFact(fact) && !CHANGE_FACT.test(fact) && metricsOf(fact).length > 0) continue;
    if (metrics.length > 0) {
      const counted = metricsOf(fact);
      if (counted.length > 0 && !counted.some((m) => metrics.includes(m))) continue;
    }
    let all = true;
    for (const d of details) {
      if (factHasDetail(fact, d)) covered.add(d);
      else all = false;
    }
    if (all) return true;
  }
  // "The Denver and Austin offices" against two office facts: names may come from different
  // facts of the kind; a figure or a series letter must sit in one fact with the rest.
  return details.length > 1 && !details.some((d) => ANY_DIGIT.test(d) || d.startsWith('series ')) && details.every((d) => covered.has(d));
}

// ---------------------------------------------------------------- the pass

function render(template: string, match: string, ctx: ScanContext): string {
  const shown = match.length > 60 ? `${match.slice(0, 59)}…` : match;
  return template.replace(/\{match\}/g, shown).replace(/\{account\}/g, ctx.account.name);
}

/** A quoted attribution line, "> On Tue, 3 Jun, Julie Lavoie <julie@acme.example> wrote:": who wrote the message quoted under it. */
const QUOTED_ATTRIBUTION_RE = new RegExp(String.raw`(?:^|\n)(?:[ \t]*>)+[ \t]*on [^\n]{3,160}?,?[ \t]+([^,\n<>]{2,60}?)[ \t]*(?:<[^>\n]*>)?[ \t]*(?:${WROTE}|said):`, 'gi');

/**
 * Whether the quoted line at `start` stands under a quoted attribution ("> On Tue, Julie Lavoie
 * wrote:") naming someone who does not sign this email: a thread the reader's side wrote, quoted
 * twice deep. One naming the email's own signer ("> On Mon, Liam O'Connor wrote:" above "Cheers,
 * Liam O'Connor") is our team's thread pasted in, and its notes are ours (forty-second session, QG, NH).
 */
function quotedReplyOfOthers(folded: string, start: number): boolean {
  let name: string | undefined;
  QUOTED_ATTRIBUTION_RE.lastIndex = 0;
  for (let m = QUOTED_ATTRIBUTION_RE.exec(folded); m !== null && m.index < start; m = QUOTED_ATTRIBUTION_RE.exec(folded)) name = m[1];
  if (name === undefined) return false;
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (first.length < 2) return false;
  // The sign-off: the last lines of the email, past the quoted block, without its quoted lines.
  const tail = folded.slice(Math.max(start, folded.length - 300)).toLowerCase().replace(/(?:^|\n)[ \t]*>[^\n]*/g, '');
  return !wordIn(tail, first);
}

/** Whether `word` stands in `text` as a word of its own (normalize.ts `isWordAt` either side). */
function wordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordAt(text, at - 1) && !isWordAt(text, at + word.length)) return true;
  }
  return false;
}

/**
 * The line that introduces a quoted earlier message: "On Tue, 4 Mar, Dana Fox wrote:", "-----Original
 * Message-----". A forward's banner may itself stand quoted: "> ---------- Forwarded message
 * ----------" in a reply that quotes the prospect's forward (forty-second session, NH); a quoted
 * "On …, Liam wrote:" is read by quotedReplyOfOthers, since it may be our own team's thread.
 */
const ATTRIBUTION_RE = new RegExp(String.raw`(?:^|\n)(?:${ATTRIBUTION_LINE}|(?:[ \t]*>)+[ \t]*-{2,}[ \t]*(?:original|forwarded) message[ \t]*-{2,}[ \t]*)(?:\n|$)`, 'i');

/** The writer, the reader or our team: a hold they speak of is ours ("we need legal's OK first"). */
const HOLD_SPEAKER = /(?<![\p{L}])(?:i|we|i'm|we're|i've|we've|i'll|we'll|i'd|we'd|let's|us|me|my|our|you|please|pls)(?![\p{L}])/u;
/** This email, what it offers, or an approver of ours: what a hold on a draft waits over, or on. */
const HOLD_DEICTIC = /(?<![\p{L}])(?:this|it|that|these|those|email|e-mail|draft|message|note|copy|offer|discount|discounts|pricing|price|prices|quotes?|proposals?|deck|case stud(?:y|ies)|testimonials?|figures?|numbers?|stats?|line|paragraph|wording|language|logos?|references?|attachments?|terms|rates?|slides?|send|legal|finance|compliance|deal desk|procurement|marketing|brand|leadership|manager|boss|vp|cfo|ceo|cro|director|exec)(?![\p{L}])/u;
/** Records a product moves through its steps, or a generic plural: "the entry", "applications", "estimates above the limit". */
const HOLD_RECORD_SUBJECT = /^\s*(?:(?:each|every|any|all|a|an|the|new|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:workflow|system|process|platform|entry|record|request|application|submission|ticket|case|item|order|invoice|document|report|batch|form|version|change|estimate|trade|task|job|file|permit|payment|expense|timesheet|sop|policy|treatment|notice|[a-z-]{3,}(?<!ss|us|is)s)(?![\p{L}])/u;
/** Whatever lies past a limit: "anything above that", "any discount over 15%", "everything beyond the cap". */
const HOLD_AMOUNT_SUBJECT = /^\s*(?:(?:anything|everything)\s+|any\s+(?:[\w-]+\s+){0,2}?)(?:above|over|beyond|under|below|more than|less than|greater than|outside|exceeding)(?![\p{L}])/u;
/** Where a clause starts, read backwards: a comma, a semicolon, a colon, a dash or a conjunction. */
const CLAUSE_BREAK_BACK = /(?:[,;:\u2014\u2013]|\s-\s|(?<![\p{L}])(?:and|but|then|which|where|so|while|because|since|once|when|if|unless|until|whereas)(?![\p{L}]))/gu;

/**
 * Whether the hold at [start, end) speaks of a record a product handles rather than this email:
 * the clause before it opens on a record or a generic plural ("the entry waits in a review queue
 * until a broker approves it", "Estimates above the branch limit need approval from the regional
 * manager") and names neither us, the reader, this email, what it offers, nor an approver of ours.
 * A hold with no subject ("Pending legal sign-off", "Don't send until Sam confirms") is this email's.
 */
function holdIsAboutRecord(lower: string, start: number, end: number): boolean {
  const [s, e] = sentenceAround(lower, start, end);
  const sentence = lower.slice(s, e);
  if (/(?<![\p{L}])(?:this (?:email|draft|message|note|one)|before (?:this|it) goes|before sending (?:this|it))(?![\p{L}])/u.test(sentence)) return false;
  const before = lower.slice(s, start).replace(/\([^()]*\)/g, ' ');
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK_BACK)) cut = m.index + m[0].length;
  const clause = before.slice(cut);
  // The reader's own process told back: "your sign-off process, which you explained requires approval from both directors".
  if (/^\s*(?:as )?you (?:explained|mentioned|described|said|noted|outlined|told (?:me|us))\s*(?:,\s*)?$/.test(clause)) return true;
  // A rule on amounts: "Anything above that needs approval from our VP" ("that" is the limit).
  if (HOLD_AMOUNT_SUBJECT.test(clause)) return true;
  if (!/\p{L}/u.test(clause) || HOLD_SPEAKER.test(clause) || HOLD_DEICTIC.test(clause)) return false;
  return HOLD_RECORD_SUBJECT.test(clause);
}

/**
 * The reader's own words reported back, right before a hit in the same clause: "your point that",
 * "you wrote that", "as you put it,". Nothing of ours (a dash, a semicolon, "so", "but") between.
 */
const READERS_WORDS_RE = /(?<![\p{L}])(?:your (?:point|comment|observation|remark|argument|line|worry|concern|post|note|message|email) (?:that|about how)|you (?:wrote|said|mentioned|noted|pointed out|observed|argued|explained|told (?:me|us)|posted) (?:that|how)|as you (?:put it|said|wrote),?)[ \t]+(?:(?!(?<![\p{L}])(?:so|but|which means|otherwise)(?![\p{L}])| -)[^.!?\n;:—–]){0,80}$/u;

/**
 * The reader's question quoted back: "You asked a hard question at the end of our session: \"Will
 * this cost people their jobs?\"" (forty-second session, MI). The fear in it is theirs.
 */
const READERS_QUESTION_RE = /(?<![\p{L}])you (?:asked|raised|put)(?: me| us)? (?:an? |the |this |that |one )?(?:[\p{L}-]+ ){0,3}question[^.!?\n"“:]{0,60}:?[ \t]*["“][^"”\n]{0,100}$/u;

function inReadersWords(lower: string, start: number): boolean {
  const from = Math.max(0, start - 160);
  const s = sentenceAround(lower, start, start)[0];
  const before = lower.slice(Math.max(from, s), start);
  return READERS_WORDS_RE.test(before) || READERS_QUESTION_RE.test(lower.slice(from, start));
}

/** Whether the hit [start, end) stands in a kind of paragraph the rule does not fire in (`not_in`). */
function notIn(kinds: readonly ParagraphKind[], lower: string, folded: string, start: number, end: number): boolean {
  return kinds.some((k) => {
    if (k === 'heading') return onHeadingLine(folded, start);
    if (k === 'recap') return inRecapList(lower, start);
    if (k === 'code') return inCodeBlock(lower, start);
    if (k === 'table') return tableRowAt(lower, start);
    if (k === 'introduction') return inIntroductionParagraph(lower, start);
    if (k === 'actions') return inSideActionList(lower, start);
    const [s, e] = sentenceAround(lower, start, end);
    if (k === 'mention') return isMention(lower, s, e, start, end);
    if (k === 'plan') return inOwnerPlan(lower, start, end);
    return inWorkflowProse(lower, s, e);
  });
}

/**
 * Hits of one rule in one field read one by one (exceptions, scope, context). Real drafts stay far
 * below it (the most in 12,820 real-shaped drafts was 26); a field past it is text no writer sends
 * a prospect.
 */
export const MAX_CHECKED_HITS = 64;

/**
 * The part of a claim's sentence its rule's exceptions are read on. A claim told as the premise of
 * the sentence ("Given that X has been losing day-ticket visitors to the bigger resorts nearby,
 * convenience might be the lever worth pulling") is asserted whatever the main clause goes on to
 * hedge: the "might" is about our offer, not the news. So a claim in a leading "given that / now
 * that / since / seeing as / considering" clause is read within that clause (up to its comma), plus
 * an attribution straight after it ("…, as you mentioned, …"). An aside after a dash is a clause of
 * its own for any claim ("…lost a sizeable consignment last month – I'm sorry to hear that, it's
 * never easy": its "never" hedges nothing), and so is a turn to us after a comma ("…lost a large
 * contract earlier this year, and I thought it might be worth sharing…": its "might" is about our
 * offer). Anything else is read on the whole sentence.
 */
const GIVEN_LEAD_RE = /^\s*(?:given (?:that|how)|now that|seeing (?:as|that)|since|considering (?:that|how))\s/;
const CLAUSE_COMMA_RE = /,\s/;
const DASH_ASIDE_RE = /\s[–—-]\s+(?:i|i'm|i've|i'd|we|we're|we've|it's|that's|this|congrat\w*|sorry|hope|well done|great|fantastic|what)\b/;
const AFTER_GIVEN_RE = /^,\s*(?:as (?:you|[\p{L}]+) (?:mentioned|said|noted|told me|shared|wrote|described|explained)|(?:you|[\p{L}]+) (?:mentioned|said|told me|wrote))\b/u;

/** The sentence turning from the news to us after a comma: ", and I thought it might be worth sharing…" (forty-eighth session, XL). */
const TURN_TO_US_RE = /,\s+(?:and|so)\s+(?:i|we)(?:'d|'ve|'m|’d|’ve|’m)?\s+(?:thought|wanted|figured|decided|felt|hoped|would|am writing|'m writing|’m writing)\b/;

function claimClause(lower: string, s: number, start: number, end: number, e: number): string {
  const after = lower.slice(end, e);
  const aside = DASH_ASIDE_RE.exec(after) ?? TURN_TO_US_RE.exec(after);
  const stop = aside === null ? e : end + aside.index;
  const before = lower.slice(s, start);
  // A claim after the premise's comma ("Since launch in March, 310 customers have…") is the main
  // clause's; a comma inside a figure ("42,000") ends nothing.
  if (!GIVEN_LEAD_RE.test(before) || CLAUSE_COMMA_RE.test(before)) return lower.slice(s, stop);
  const m = CLAUSE_COMMA_RE.exec(lower.slice(end, stop));
  if (m === null) return lower.slice(s, stop);
  const comma = end + m.index;
  return AFTER_GIVEN_RE.test(lower.slice(comma, stop)) ? lower.slice(s, stop) : lower.slice(s, comma);
}

export function runRules(ctx: ScanContext, f: FieldText): void {
  const rules = ctx.rules;
  const hits = candidates(rules, f);
  if (hits.length === 0) return;
  const { lower, folded } = f.text;
  let regions: Regions | undefined;
  const getRegions = (): Regions => (regions ??= regionsOf(lower));
  const checked = new Map<CompiledRule, number>();
  let unchecked: Map<CompiledRule, { hit: RuleHit; more: number }> | undefined;
  for (const hit of hits) {
    const { rule, start, end } = hit;
    // Each check below reads the hit's sentence, line or paragraph: in a field with no sentence
    // breaks ("URGENT ACT NOW" 7,000 times) that is the whole field per hit. Past
    // MAX_CHECKED_HITS of one rule the rest are not read one by one; the field gets one finding
    // saying so (below), so the draft goes to a person instead of taking minutes to scan.
    const n = checked.get(rule) ?? 0;
    if (n >= MAX_CHECKED_HITS) {
      unchecked ??= new Map();
      const over = unchecked.get(rule);
      if (over === undefined) unchecked.set(rule, { hit, more: 1 });
      else over.more++;
      continue;
    }
    checked.set(rule, n + 1);
    if (!inScope(rule, f, start, getRegions)) continue;
    // A quoted earlier message ("> This is urgent, …") is the other side's words: its tone is not
    // ours to answer for (a secret, a card number or a note marker like ">>> fix" in it still is).
    if (rule.rule.kind === 'tone' && inQuotedLine(folded, start)) continue;
    // Nor is the reader's own point told back to them ("your point that the savings disappear if
    // the laundry washes half-empty loads", "you wrote that deadlines slip when …").
    if (rule.rule.kind === 'tone' && inReadersWords(lower, start)) continue;
    // Nor is a lure or a sample the email quotes to warn about it ("A typical lure reads: \"URGENT:
    // your mailbox will be deleted…\"", mention.ts `inQuotedExample`): its pressure and its
    // "keep this between us" are the attacker's.
    if ((rule.rule.kind === 'tone' || rule.rule.kind === 'internal_marker') && inQuotedExample(lower, start, end)) continue;
    // Nor is a customer's quotation its speaker opens ("In Leanne's words: \"…our post-harvest operator
    // stopped padding our estimates.\""): their words, not a note left for the team (forty-fourth session, PF).
    if (rule.rule.kind === 'internal_marker' && insideSpokenQuote(folded, start, true)) continue;
    // Nor are its plans, below an attribution ("On Tue, Jasmine Ortiz wrote:" then "> we need to
    // put the evaluation on hold until Q4"): a hold or a label there is the prospect's.
    if (rule.rule.kind === 'internal_marker' && inQuotedLine(folded, start) && (ATTRIBUTION_RE.test(folded.slice(0, start)) || quotedReplyOfOthers(folded, start))) continue;
    // In a reply ("Re: …"), a hold in a line quoted from the reader ("> everything new is on hold
    // until the combined IT team is in place") is their plan, not this email's.
    if (rule.rule.about === 'draft' && inQuotedLine(folded, start) && ctx.subject !== undefined && REPLY_SUBJECT_RE.test(ctx.subject.text.folded)) continue;
    if (rule.exceptions.length > 0) {
      const [s, e] = sentenceAround(lower, start, end);
      const sentence = rule.rule.kind === 'unverified_claim' ? claimClause(lower, s, start, end, e) : lower.slice(s, e);
      if (rule.exceptions.some((x) => x.test(sentence))) continue;
    }
    if (rule.near !== null || rule.notNear !== null) {
      const around = lower.slice(Math.max(0, start - rule.window), Math.min(lower.length, end + rule.window));
      if (rule.near !== null && !rule.near.test(around)) continue;
      const far = rule.notNearWindow === rule.window ? around
        : lower.slice(Math.max(0, start - rule.notNearWindow), Math.min(lower.length, end + rule.notNearWindow));
      if (rule.notNear !== null && rule.notNear.test(far)) continue;
    }
    // A documentation stand-in ("sk_test_XXXXXXXXXXXXXXXX") is nobody's credential.
    if (rule.rule.kind === 'secret' && standInSecret(folded.slice(start, end))) continue;
    let reportEnd = end;
    if (rule.rule.validator !== undefined) {
      const text = (rule.rule.case_sensitive ? folded : lower).slice(start, end);
      const ok = runValidator(rule.rule.validator, text, rule.rule.min_entropy ?? 0, lower, start);
      if (ok < 0) continue;
      reportEnd = start + ok;
    }
    // A hold on a record a product handles, not on this email (`about: draft`).
    if (rule.rule.about === 'draft' && holdIsAboutRecord(lower, start, end)) continue;
    // A paragraph describing how a product routes records, or an item of a recap of what the
    // prospect told us (`not_in`): read late, the paragraph is the widest text a hit asks about.
    if (rule.rule.not_in.length > 0 && notIn(rule.rule.not_in, lower, folded, start, end)) continue;
    // Both checks are pure and either one drops the hit: the fact check goes first, since it
    // is usually settled by "no fact of this kind" and a supported claim skips the sentence read.
    if (rule.rule.about === 'prospect') {
      if (supportedByFact(ctx, f, hit)) continue;
      if (!aboutProspect(ctx, f, start, end)) continue;
    }
    addFinding(ctx, f, rule.rule.kind, rule.severity, start, reportEnd,
      render(rule.rule.message, folded.slice(start, reportEnd), ctx), rule.rule.id);
    if (hit.firm === true) FIRM_FINDINGS.add(ctx.findings[ctx.findings.length - 1] as ScanContext['findings'][number]);
  }
  if (unchecked !== undefined) {
    for (const [rule, { hit, more }] of unchecked) {
      const message = `${render(rule.rule.message, folded.slice(hit.start, hit.end), ctx)} (${more} more ${more === 1 ? 'match' : 'matches'} of this rule in the field past the first ${MAX_CHECKED_HITS} ${more === 1 ? 'was' : 'were'} not checked one by one: read them)`;
      addFinding(ctx, f, rule.rule.kind, rule.severity, hit.start, hit.end, message, rule.rule.id);
      // Not the sentence model's to drop, nor the listing cap's: nobody has read these matches.
      const unread = ctx.findings[ctx.findings.length - 1] as ScanContext['findings'][number];
      FIRM_FINDINGS.add(unread);
      UNREAD_FINDINGS.add(unread);
    }
  }
}
