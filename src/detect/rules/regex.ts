/**
 * Rule regexes: JavaScript syntax with the `u` flag, plus inline case-insensitive groups
 * `(?i:…)` (gitleaks and Vale rules use them) on engines that lack regex modifiers (Node 20):
 * such a group is rewritten with both cases of every ASCII letter, `(?i:key)` → `(?:[kK][eE][yY])`.
 */

import { foldCodePoint } from '../normalize.js';

function caseFold(s: string): string {
  let out = '';
  let i = 0;
  let inClass = false;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '\\') {
      out += s.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        out += c;
        i++;
        continue;
      }
      const next = s[i + 2];
      if (/[a-zA-Z]/.test(c) && s[i + 1] === '-' && next !== undefined && /[a-zA-Z]/.test(next)) {
        out += `${c.toLowerCase()}-${next.toLowerCase()}${c.toUpperCase()}-${next.toUpperCase()}`;
        i += 3;
        continue;
      }
      out += /[a-zA-Z]/.test(c) ? c.toLowerCase() + c.toUpperCase() : c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      i++;
      if (s[i] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    if (c === '(' && s[i + 1] === '?') {
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_][A-Za-z0-9_]*>)/.exec(s.slice(i));
      if (m !== null) {
        out += m[0];
        i += m[0].length;
        continue;
      }
    }
    if (c === '{') {
      const close = s.indexOf('}', i);
      if (close > i && /^\{\d+(?:,\d*)?\}$/.test(s.slice(i, close + 1))) {
        out += s.slice(i, close + 1);
        i = close + 1;
        continue;
      }
    }
    out += /[a-zA-Z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
    i++;
  }
  return out;
}

let modifiersSupported: boolean | undefined;

/** Rewrites `(?i:…)` groups when the engine cannot compile them itself. */
export function expandInlineCase(src: string): string {
  if (!src.includes('(?i:')) return src;
  if (modifiersSupported === undefined) {
    try {
      new RegExp('(?i:a)', 'u');
      modifiersSupported = true;
    } catch {
      modifiersSupported = false;
    }
  }
  if (modifiersSupported) return src;
  let p = src;
  for (;;) {
    const k = p.indexOf('(?i:');
    if (k < 0) return p;
    // An unclosed group runs to the end (the engine then rejects the pattern).
    const close = closeOf(p, k);
    const j = close < 0 ? p.length : close;
    p = `${p.slice(0, k)}(?:${caseFold(p.slice(k + 4, j))})${p.slice(j + 1)}`;
  }
}

/** Characters a regex gives a meaning, as a fold may produce them ("…" → "...", "（" → "("). */
const SYNTAX = /[.*+?^${}()|[\]\\/]/g;
/** The same inside a character class, where a range's dash counts. */
const CLASS_SYNTAX = /[\]\\^-]/g;
const NON_ASCII_RE = /[^\x00-\x7f]/;
/**
 * Cyrillic and Greek letters are left as written: the text folds their Latin look-alikes before it
 * is lower-cased, so a lower-case letter may come from either case ("У" stays "у", "у" becomes
 * "y"); packs/shared.ts anyCase writes every form such a word takes.
 */
const KEPT_RE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * A pattern's characters as the scan's text holds them. The text is folded character by
 * character (normalize.ts: NFKC, curly quotes and dashes to ASCII, Latin look-alikes, digits of
 * every script to 0-9), so a pattern written with "’", "—", fullwidth "，" or Thai "ำ" alone
 * never matched (fifty-first session: "ปรับสำนวน" in a Thai note). Each character outside ASCII
 * is folded the same way, a result that means something to a regex escaped; a source whose fold
 * does not compile (a mark folded away before its quantifier) stays as written.
 */
export function foldPatternSource(src: string): string {
  if (!NON_ASCII_RE.test(src)) return src;
  let out = '';
  let inClass = false;
  let escaped = false;
  for (const ch of src) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 128) {
      out += ch;
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      continue;
    }
    escaped = false;
    const f = KEPT_RE.test(ch) ? ch : foldCodePoint(ch, cp);
    // Inside a class a folded "-" would make a range ("[—–:-]" is not "[--:-]"): escaped there.
    out += f === ch ? ch : f.replace(inClass ? CLASS_SYNTAX : SYNTAX, '\\$&');
  }
  if (out === src) return src;
  try {
    new RegExp(out, 'u');
    return out;
  } catch {
    return src;
  }
}

/** A keyword or a context word of a rule folded as the text is (nothing to escape). */
export function foldLiteral(text: string): string {
  if (!NON_ASCII_RE.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    out += cp < 128 || KEPT_RE.test(ch) ? ch : foldCodePoint(ch, cp);
  }
  return out;
}

/** Compiles a rule regex (global, Unicode). Throws the engine's SyntaxError when invalid. */
export function compileRuleRegex(src: string, flags = 'gu'): RegExp {
  return new RegExp(hoistLookbehinds(expandInlineCase(src)), flags);
}

/**
 * The same pattern with each top-level branch that opens on a reading lookbehind given a
 * lookahead of the rest of the branch first: `(?<!LB)REST` becomes `(?=REST')(?<!LB)REST`, REST'
 * being REST without capturing groups. Both match exactly the same text at the same positions (the
 * lookahead holds wherever REST can match), but the engine tries a branch's lookbehind at every
 * position of the text before its first word: a lookbehind that reads a run back
 * ("(?<!\b(?:expires?|…)\b[^.!?\n]{0,80})\b(?:lmk|let me know) if you …") cost about 8 times
 * the whole search. Branches with a backreference, and lookbehinds of a fixed character or two,
 * are left as written. Branches inside a group that is a whole branch (`(?:A)|(?:B)`) count as
 * top-level.
 */
export function hoistLookbehinds(src: string): string {
  const branches = topLevel(src);
  if (branches === null) return src;
  let changed = false;
  const out = branches.map((b) => {
    const h = hoistBranch(b);
    if (h !== b) changed = true;
    return h;
  });
  return changed ? out.join('|') : src;
}

/**
 * Whether a lookbehind reads a run back: a `*`, a `+` or a bound above a few characters. One that
 * reads at most a few characters (SENTENCE_OPENS' `(?<=^|[.!?]\s{1,3}|\n)`) fails at once almost
 * everywhere, so a lookahead of the whole branch before it costs far more than it saves (one such
 * branch took about a tenth of the rules' regex time in a CPU profile, fifty-third session).
 */
function readsRunBack(look: string): boolean {
  const plain = look.replace(/\\[pP]\{[^}]*\}/g, '');
  if (/(?<!\\)[*+]|\{\d+,\}/.test(plain)) return true;
  for (const m of plain.matchAll(/\{\d+,(\d+)\}|\{(\d+)\}/g)) if (Number(m[1] ?? m[2]) > FEW_CHARS) return true;
  return false;
}

/** The longest bounded run a lookbehind may read back and still be tried as written. */
const FEW_CHARS = 4;

function hoistBranch(b: string): string {
  // A branch that is one non-capturing group: its own branches are top-level too.
  if (b.startsWith('(?:') && closeOf(b, 0) === b.length - 1) {
    const inner = hoistLookbehinds(b.slice(3, -1));
    return inner === b.slice(3, -1) ? b : `(?:${inner})`;
  }
  if (!b.startsWith('(?<!') && !b.startsWith('(?<=')) return b;
  const close = closeOf(b, 0);
  if (close < 0) return b;
  const look = b.slice(0, close + 1);
  const rest = b.slice(close + 1);
  // Only a lookbehind that reads a run back is worth a lookahead; a backreference's group
  // numbers would change in the copy.
  if (rest === '' || !readsRunBack(look) || /\\[1-9]|\\k</.test(rest)) return b;
  const copy = withoutCaptures(rest);
  if (copy === null) return b;
  return `(?=${copy})${look}${rest}`;
}

/**
 * Where the atom at `i` ends when it is read whole: an escape (`\\.`) or a character class
 * (`[…]`, its escapes included); `i` itself for any other character, -1 for a class left open.
 * The scanners below step over escapes and classes with it, so a `(`, `)` or `|` inside them counts
 * for nothing.
 */
function atomEnd(src: string, i: number): number {
  if (src[i] === '\\') return i + 1;
  if (src[i] !== '[') return i;
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ']') return j;
  }
  return -1;
}

/** The top-level branches of a source (split at `|` outside groups and classes); null if unbalanced. */
function topLevel(src: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const end = atomEnd(src, i);
    if (end !== i) {
      if (end < 0) return null;
      i = end;
    } else if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth < 0) return null;
    else if (src[i] === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return null;
  out.push(src.slice(from));
  return out;
}

/** Index of the `)` closing the group that opens at `i`, or -1. */
function closeOf(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const end = atomEnd(src, j);
    if (end !== j) {
      if (end < 0) return -1;
      j = end;
    } else if (src[j] === '(') depth++;
    else if (src[j] === ')' && --depth === 0) return j;
  }
  return -1;
}

/** The source with every capturing group (numbered or named) made non-capturing; null if unbalanced. */
function withoutCaptures(src: string): string | null {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const end = atomEnd(src, i);
    if (end !== i) {
      if (end < 0) return null;
      out += src.slice(i, end + 1);
      i = end;
      continue;
    }
    const named = src[i] === '(' ? /^\(\?<([A-Za-z_$][\w$]*)>/.exec(src.slice(i, i + 40)) : null;
    if (src[i] === '(' && src[i + 1] !== '?') out += '(?:';
    else if (named !== null) {
      out += '(?:';
      i += named[0].length - 1;
    } else out += src[i];
  }
  return out;
}

// ---------------------------------------------------------------- syntax tree

/**
 * A rule regex read into a tree, for the two things the compiler asks of a pattern without
 * running it: the literals every match contains (the prefilter) and how far a match reaches (the
 * window). Reads JavaScript `u`-mode syntax without the `i`, `m` or `s` flags (the flags of rule
 * regexes, after `expandInlineCase`); throws on syntax it does not know.
 */
type Node =
  | { t: 'alt'; branches: Node[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'rep'; atom: Node; min: number; max: number }
  /** A group; `look` for a lookahead or lookbehind, which consumes nothing. */
  | { t: 'group'; inner: Node; look: boolean }
  /** `^` or `$`. */
  | { t: 'edge' }
  /** `\b`, or `\B` (`neg`). */
  | { t: 'boundary'; neg: boolean }
  | { t: 'dot' }
  /** `\d \D \w \W \s \S \p{…} \P{…}`. */
  | { t: 'escape'; e: string; name: string }
  /** `\1`…, `\k<name>`. */
  | { t: 'backref' }
  /** One character; null when this reader does not know which (`\cX`). */
  | { t: 'char'; cp: number | null }
  /** Its characters in the order written, each range after its first member; and its class escapes. */
  | { t: 'class'; negated: boolean; members: Member[]; escapes: Array<{ e: string; name: string }> };

/** One character of a class (null: unknown), or a range `lo-hi` (hi null: unknown). */
type Member = { range: false; cp: number | null } | { range: true; lo: number; hi: number | null };

const CLASS_ESCAPE = /[dDwWsSpP]/;
const GROUP_OPEN = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/;
const QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;
const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { n: 10, t: 9, r: 13, f: 12, v: 11, '0': 0 };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i !== this.s.length) throw new Error('unbalanced');
    return node;
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return { t: 'alt', branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') items.push(this.quantified(this.atom()));
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const c = this.s[this.i];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = QUANTIFIER.exec(this.s.slice(this.i));
      if (m === null) throw new Error('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.s[this.i] === '?') this.i++; // lazy: the same strings
    return { t: 'rep', atom, min, max };
  }

  private atom(): Node {
    const s = this.s;
    const c = s[this.i] as string;
    if (c === '(') {
      this.i++;
      let look = false;
      if (s[this.i] === '?') {
        const m = GROUP_OPEN.exec(s.slice(this.i));
        if (m === null) throw new Error('unknown group');
        look = m[0] === '?=' || m[0] === '?!' || m[0] === '?<=' || m[0] === '?<!';
        this.i += m[0].length;
      }
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      return { t: 'group', inner, look };
    }
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'edge' };
    }
    if (c === '.') {
      this.i++;
      return { t: 'dot' };
    }
    if (c === '\\') return this.escape();
    return { t: 'char', cp: this.codePoint() };
  }

  /** The character at the cursor (a surrogate pair as one). Advances past it. */
  private codePoint(): number {
    const cp = this.s.codePointAt(this.i) ?? 0;
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private escape(): Node {
    const e = this.s[this.i + 1] ?? '';
    if (e === 'b' || e === 'B') {
      this.i += 2;
      return { t: 'boundary', neg: e === 'B' };
    }
    if (CLASS_ESCAPE.test(e)) return { t: 'escape', e, name: this.classEscape() };
    if (/[1-9]/.test(e) || e === 'k') {
      this.i += 2;
      if (e === 'k' && this.s[this.i] === '<') this.i = this.s.indexOf('>', this.i) + 1;
      else while (/[0-9]/.test(this.s[this.i] ?? '')) this.i++;
      return { t: 'backref' };
    }
    this.i += 2;
    return { t: 'char', cp: this.escapedCode(e) };
  }

  /** At `\d`, `\p{Name}`…: advances past it; the property's name ('' for the others). */
  private classEscape(): string {
    const e = this.s[this.i + 1];
    this.i += 2;
    if ((e === 'p' || e === 'P') && this.s[this.i] === '{') {
      const close = this.s.indexOf('}', this.i);
      const name = this.s.slice(this.i + 1, close);
      this.i = close + 1;
      return name;
    }
    return '';
  }

  /** The code point of a one-character escape `\e…` whose `\e` was read, or null when unknown. */
  private escapedCode(e: string): number | null {
    const s = this.s;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) return simple;
    if (e === 'u' && s[this.i] === '{') {
      const close = s.indexOf('}', this.i);
      const cp = parseInt(s.slice(this.i + 1, close), 16);
      this.i = close + 1;
      return cp;
    }
    if (e === 'u' || e === 'x') {
      const n = e === 'u' ? 4 : 2;
      const cp = parseInt(s.slice(this.i, this.i + n), 16);
      this.i += n;
      return cp;
    }
    if (e === 'c') {
      this.i++;
      return null;
    }
    return e.codePointAt(0) ?? null;
  }

  private charClass(): Node {
    const s = this.s;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const members: Member[] = [];
    const escapes: Array<{ e: string; name: string }> = [];
    let prev: number | null = null;
    while (this.i < s.length && s[this.i] !== ']') {
      // Only an unescaped '-' between two members makes a range.
      const dash = s[this.i] === '-';
      let cp: number | null;
      if (s[this.i] === '\\') {
        const e = s[this.i + 1] ?? '';
        if (CLASS_ESCAPE.test(e)) {
          escapes.push({ e, name: this.classEscape() });
          prev = null;
          continue;
        }
        this.i += 2;
        cp = e === 'b' ? 8 : e === '-' ? 45 : this.escapedCode(e);
      } else cp = this.codePoint();
      if (dash && prev !== null && s[this.i] !== ']') {
        let hi: number | null;
        if (s[this.i] === '\\') {
          const e = s[this.i + 1] ?? '';
          this.i += 2;
          hi = this.escapedCode(e);
        } else hi = this.codePoint();
        members.push({ range: true, lo: prev, hi });
        prev = null;
        continue;
      }
      members.push({ range: false, cp });
      prev = cp;
    }
    if (s[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    return { t: 'class', negated, members, escapes };
  }
}

/** The tree of a rule regex, or null when it uses syntax the reader does not know. */
function parseRegex(source: string): Node | null {
  try {
    return new Parser(source).parse();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- nested repetition

/** A repetition allowing more than this many rounds counts as long for `nestedRepetition`. */
const LONG_REPEAT = 10;

/**
 * Where a regex repeats, many times, something that ends in a long repetition of characters the
 * next round may start with ("(\w+\s?)+", "(?:[a-z]+,?)*", "(a+){1,50}"): text that almost
 * matches splits between the rounds in exponentially many ways, and a backtracking engine tries
 * them all (a minute on one 40-character sentence). Rounds that a required character closes or
 * opens ("(?:[a-z]+_)*", "(?:\d+ )*", "[a-z]+(?:\.[a-z]+)+") split one way only and pass. Returns
 * the repetition as a short rendering, or null. The reader is the prefilter's (unknown syntax: null).
 */
export function nestedRepetition(source: string): string | null {
  const tree = parseRegex(expandInlineCase(source));
  if (tree === null) return null;
  const found = ambiguousRepeat(tree);
  return found === null ? null : render(found);
}

function ambiguousRepeat(node: Node): Node | null {
  switch (node.t) {
    case 'rep': {
      if (node.max > LONG_REPEAT) {
        const tail = lastRepeated(node.atom);
        const head = firstChars(node.atom);
        for (const cp of tail) if (head.has(cp)) return node;
      }
      return ambiguousRepeat(node.atom);
    }
    case 'alt':
    case 'seq':
      for (const n of node.t === 'alt' ? node.branches : node.items) {
        const hit = ambiguousRepeat(n);
        if (hit !== null) return hit;
      }
      return null;
    case 'group':
      return ambiguousRepeat(node.inner);
    default:
      return null;
  }
}

/** Characters probed for the sets below: ASCII, a few letters and marks of other scripts. */
const PROBES: readonly number[] = [
  9, 10, 13, ...Array.from({ length: 95 }, (_, i) => 32 + i),
  0xe9, 0xdf, 0xf1, 0x436, 0x5d0, 0x627, 0x4e2d, 0x3042, 0x2019, 0x201c, 0x2014, 0xa0, 0x1f525,
];

const classCache = new Map<string, RegExp>();

function escapeHas(e: string, name: string, cp: number): boolean {
  const key = name === '' ? `\\${e}` : `\\${e}{${name}}`;
  let re = classCache.get(key);
  if (re === undefined) {
    re = new RegExp(`^${key}$`, 'u');
    classCache.set(key, re);
  }
  return re.test(String.fromCodePoint(cp));
}

/** Whether one character of `node` (a char, class, escape or dot) may be `cp`; unknown syntax may be anything. */
function charHas(node: Node, cp: number): boolean {
  switch (node.t) {
    case 'char': return node.cp === null || node.cp === cp;
    case 'dot': return cp !== 10 && cp !== 13;
    case 'escape': return escapeHas(node.e, node.name, cp);
    case 'backref': return true;
    case 'class': {
      const inside = node.members.some((m) => (m.range ? m.hi === null || (cp >= m.lo && cp <= m.hi) : m.cp === null || m.cp === cp)) ||
        node.escapes.some((x) => escapeHas(x.e, x.name, cp));
      return node.negated ? !inside : inside;
    }
    default: return false;
  }
}

function nullable(node: Node): boolean {
  switch (node.t) {
    case 'rep': return node.min === 0 || nullable(node.atom);
    case 'seq': return node.items.every(nullable);
    case 'alt': return node.branches.some(nullable);
    case 'group': return node.look || nullable(node.inner);
    case 'edge':
    case 'boundary': return true;
    default: return false;
  }
}

/** The probed characters a match of `node` may start with. */
function firstChars(node: Node): Set<number> {
  const out = new Set<number>();
  const add = (n: Node): void => {
    switch (n.t) {
      case 'rep': if (n.max > 0) add(n.atom); return;
      case 'seq':
        for (const i of n.items) {
          add(i);
          if (!nullable(i)) return;
        }
        return;
      case 'alt': for (const b of n.branches) add(b); return;
      case 'group': if (!n.look) add(n.inner); return;
      case 'edge':
      case 'boundary': return;
      default: for (const cp of PROBES) if (charHas(n, cp)) out.add(cp);
    }
  };
  add(node);
  return out;
}

/** The probed characters a long repetition at the end of `node` (nothing required after it) may repeat. */
function lastRepeated(node: Node): Set<number> {
  const out = new Set<number>();
  const add = (n: Node): void => {
    switch (n.t) {
      case 'rep':
        if (n.max > LONG_REPEAT) for (const cp of firstChars(n.atom)) out.add(cp);
        add(n.atom);
        return;
      case 'seq':
        for (let k = n.items.length - 1; k >= 0; k--) {
          const item = n.items[k] as Node;
          add(item);
          if (!nullable(item)) return;
        }
        return;
      case 'alt': for (const b of n.branches) add(b); return;
      case 'group': if (!n.look) add(n.inner); return;
      default: return;
    }
  };
  add(node);
  return out;
}

/** A short rendering of a node for a message: enough to find it in the pattern. */
function render(node: Node): string {
  switch (node.t) {
    case 'rep': {
      const q = node.max === Infinity ? (node.min === 0 ? '*' : node.min === 1 ? '+' : `{${node.min},}`) : node.min === 0 && node.max === 1 ? '?' : `{${node.min},${node.max}}`;
      const inner = render(node.atom);
      return `${node.atom.t === 'seq' || node.atom.t === 'alt' ? `(?:${inner})` : inner}${q}`;
    }
    case 'alt': return node.branches.map(render).join('|');
    case 'seq': return node.items.map(render).join('');
    case 'group': return node.look ? '(?…)' : `(?:${render(node.inner)})`;
    case 'edge': return '^';
    case 'boundary': return node.neg ? '\\B' : '\\b';
    case 'dot': return '.';
    case 'escape': return `\\${node.e}${node.name === '' ? '' : `{${node.name}}`}`;
    case 'backref': return '\\1';
    case 'char': return node.cp === null ? '?' : String.fromCodePoint(node.cp).replace(/[\\^$.*+?()[\]{}|/]/, '\\$&');
    case 'class': return '[…]';
  }
}

// ---------------------------------------------------------------- required literals

/**
 * What a regex node can match, for the literal prefilter: `exact` is every string it can
 * consume (null when unbounded or too many), `req` a set of strings one of which every match
 * contains (null when unknown). Zero-width assertions consume "" (they only remove matches).
 */
interface LitInfo {
  exact: readonly string[] | null;
  req: readonly string[] | null;
}

const MAX_SET = 32;
const MAX_LEN = 48;
const ZERO: LitInfo = { exact: [''], req: null };
const ANY: LitInfo = { exact: null, req: null };

function quality(set: readonly string[] | null): number {
  if (set === null || set.length === 0) return -1;
  let min = Infinity;
  for (const s of set) if (s.length < min) min = s.length;
  return min;
}

/**
 * While `cheapestLiterals` reads a regex: what a required set is expected to cost (lower is
 * better, Infinity unusable). Otherwise null, and sets are ranked by `quality`.
 */
let setCost: ((set: readonly string[]) => number) | null = null;
/** While `setCost` is set: how many leading characters of a string its cost depends on. */
let costChars = Infinity;

/** The better of two required sets: longer shortest string, then fewer strings (or the cheaper, see `setCost`). */
function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (setCost !== null) {
    const ca = a === null || a.length === 0 ? Infinity : setCost(a);
    const cb = b === null || b.length === 0 ? Infinity : setCost(b);
    if (ca === Infinity && cb === Infinity) return null;
    return ca <= cb ? a : b;
  }
  const qa = quality(a);
  const qb = quality(b);
  if (qa !== qb) return qa > qb ? a : b;
  if (a === null || b === null) return a ?? b;
  return a.length <= b.length ? a : b;
}

function bestOf(info: LitInfo): readonly string[] | null {
  return better(info.req, info.exact !== null && !info.exact.includes('') ? info.exact : null);
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      const s = x + y;
      if (s.length > MAX_LEN) return null;
      out.add(s);
    }
  }
  return [...out];
}

function union(sets: ReadonlyArray<readonly string[] | null>): string[] | null {
  const out = new Set<string>();
  for (const s of sets) {
    if (s === null) return null;
    for (const x of s) out.add(x);
    if (out.size > MAX_SET) return null;
  }
  return [...out];
}

function seqInfo(items: readonly LitInfo[]): LitInfo {
  let exact: readonly string[] | null = [''];
  let req: readonly string[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as LitInfo;
    req = better(req, bestOf(it));
    if (exact !== null) exact = it.exact === null ? null : product(exact, it.exact);
    // Every run of consecutive items with known strings: one of its products is in the match.
    let run: readonly string[] | null = it.exact;
    if (setCost !== null) {
      // Ranked by cost, a longer string occurs no more often than its prefix: only the longest
      // run from here is ranked, grown until its strings reach `costChars` (the cost reads no more).
      let longest: readonly string[] | null = null;
      for (let j = i + 1; run !== null && j < items.length; j++) {
        const next = (items[j] as LitInfo).exact;
        run = next === null ? null : product(run, next);
        if (run !== null && !run.includes('')) longest = run;
        if (run !== null && quality(run) >= costChars) break;
      }
      req = better(req, longest);
      continue;
    }
    for (let j = i + 1; run !== null && j < items.length; j++) {
      const next = (items[j] as LitInfo).exact;
      run = next === null ? null : product(run, next);
      if (run !== null && !run.includes('')) req = better(req, run);
    }
  }
  return { exact, req };
}

/** One character as a string (a code point this reader could not read stays one unit). */
function charOf(cp: number): string {
  return cp <= 0xffff || Number.isNaN(cp) ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/** What a node can match, for the literal prefilter. */
function litsOf(node: Node): LitInfo {
  switch (node.t) {
    case 'alt': {
      if (node.branches.length === 1) return litsOf(node.branches[0] as Node);
      const infos = node.branches.map(litsOf);
      return { exact: union(infos.map((b) => b.exact)), req: union(infos.map(bestOf)) };
    }
    case 'seq':
      return seqInfo(node.items.map(litsOf));
    case 'rep': {
      const atom = litsOf(node.atom);
      const { min, max } = node;
      if (min === 0) return { exact: max === 1 && atom.exact !== null ? union([atom.exact, ['']]) : null, req: null };
      let exact: readonly string[] | null = null;
      if (min === max && atom.exact !== null && min <= 4) {
        exact = [''];
        for (let k = 0; k < min && exact !== null; k++) exact = product(exact, atom.exact);
      }
      return { exact, req: bestOf(atom) };
    }
    case 'group':
      return node.look ? ZERO : litsOf(node.inner);
    case 'edge':
    case 'boundary':
      return ZERO;
    case 'dot':
    case 'escape':
    case 'backref':
      return ANY;
    case 'char':
      return node.cp === null ? ANY : { exact: [charOf(node.cp)], req: null };
    case 'class': {
      let known = !node.negated && node.escapes.length === 0;
      const chars = new Set<string>();
      for (const m of node.members) {
        if (!m.range) {
          if (m.cp === null) known = false;
          else chars.add(charOf(m.cp));
        } else if (m.hi === null || m.hi - m.lo > MAX_SET) known = false;
        else for (let cp = m.lo; cp <= m.hi; cp++) chars.add(String.fromCodePoint(cp));
      }
      return known && chars.size > 0 && chars.size <= MAX_SET ? { exact: [...chars], req: null } : ANY;
    }
  }
}

/**
 * Strings of which every match of the regex contains at least one (each at least `minLength`
 * long), or null when the regex has no such set (or uses syntax this reader does not know).
 * A prefilter only: a text holding none of them cannot match. Reads JavaScript `u`-mode syntax
 * without the `i`, `m` or `s` flags (the flags of rule regexes).
 */
export function requiredLiterals(source: string, minLength = 3): string[] | null {
  const key = memoKey(`${minLength}\u0000${source}`);
  const known = LITERALS_MEMO.get(key);
  if (known !== undefined) return known;
  const tree = parseRegex(source);
  const best = tree === null ? null : bestOf(litsOf(tree));
  const out = best === null || quality(best) < minLength ? null : [...best];
  LITERALS_MEMO.set(key, out);
  return out;
}

/**
 * Several required sets of the regex at once, each as `requiredLiterals` defines one (every match
 * contains at least one string of each set, every string at least `minLength` long): the sets of
 * the parts a match must pass through one after another, "would you", then "sign" or "signing",
 * then a weekday. Sets found inside a repetition that may be skipped, an alternative or a
 * lookaround are left out; an alternation contributes one set, the union of its branches' best.
 * Empty when none is known (or the syntax is not). Best first (`better`), at most `max`.
 */
export function requiredClauses(source: string, minLength = 3, max = 4): string[][] {
  const tree = parseRegex(source);
  if (tree === null) return [];
  const found: Array<readonly string[]> = [];
  clausesOf(tree, found);
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const whole of found) {
    if (quality(whole) < minLength) continue;
    // A string holding another of the set adds nothing: "as an ai", not also "as an ai assistant".
    const set = whole.filter((x) => !whole.some((y) => y !== x && x.includes(y)));
    const key = [...set].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([...set]);
  }
  out.sort((a, b) => (better(a, b) === a ? (better(b, a) === b ? 0 : -1) : 1));
  return out.slice(0, max);
}

function clausesOf(node: Node, out: Array<readonly string[]>): void {
  switch (node.t) {
    case 'alt': {
      if (node.branches.length === 1) clausesOf(node.branches[0] as Node, out);
      else {
        const set = union(node.branches.map((b) => bestOf(litsOf(b))));
        if (set !== null) out.push(set);
      }
      return;
    }
    case 'seq': {
      // Each item's own sets, and each maximal run of consecutive items whose strings are all
      // known: its products ("would you " + "prefer" | "like").
      let run: readonly string[] | null = null;
      const close = (): void => {
        if (run !== null && !run.includes('')) out.push(run);
        run = null;
      };
      for (const item of node.items) {
        clausesOf(item, out);
        const exact = litsOf(item).exact;
        if (exact === null) {
          close();
          continue;
        }
        const grown: readonly string[] | null = run === null ? exact : product(run, exact);
        if (grown === null) {
          close();
          run = exact;
        } else run = grown;
      }
      close();
      return;
    }
    case 'rep':
      if (node.min >= 1) clausesOf(node.atom, out);
      return;
    case 'group':
      if (!node.look) clausesOf(node.inner, out);
      return;
    default:
  }
}

/**
 * Like `requiredLiterals`, but of the sets the reader finds (a part of the pattern, a run of
 * consecutive parts, one per branch of an alternation) the one whose strings cost least by
 * `cost` (expected occurrences in text, compile.ts `anchorCost`): "the new " rather than "new ",
 * "sign-off from " rather than "from". Null when every set holds a string shorter than `minLength`
 * or none is known. `cost` reads the first `keyChars` characters of a string (the automaton's
 * keys are that long): strings sharing them cost once. Answers are kept by `name` (which names
 * the cost function and `keyChars`) and source.
 */
export function cheapestLiterals(source: string, minLength: number, name: string, cost: (literal: string) => number, keyChars = Infinity): string[] | null {
  const key = memoKey(`${name}:${minLength}\u0000${source}`);
  const known = LITERALS_MEMO.get(key);
  if (known !== undefined) return known;
  const tree = parseRegex(source);
  let best: readonly string[] | null = null;
  if (tree !== null) {
    const each = new Map<string, number>();
    const one = (s: string): number => {
      let c = each.get(s);
      if (c === undefined) {
        c = cost(s);
        each.set(s, c);
      }
      return c;
    };
    // Strings that share their first `keyChars` characters cost once. A set is compared again
    // with every longer run of its sequence: its sum is kept.
    const sums = new WeakMap<readonly string[], number>();
    setCost = (set) => {
      let sum = sums.get(set);
      if (sum !== undefined) return sum;
      sum = 0;
      if (quality(set) < minLength) sum = Infinity;
      else {
        const keys = new Set<string>();
        for (const s of set) {
          const k = s.length > keyChars ? s.slice(0, keyChars) : s;
          if (keys.has(k)) continue;
          keys.add(k);
          sum += one(k);
        }
      }
      sums.set(set, sum);
      return sum;
    };
    costChars = keyChars;
    try {
      best = bestOf(litsOf(tree));
    } finally {
      setCost = null;
      costChars = Infinity;
    }
  }
  const out = best === null || best.length === 0 || best.some((s) => s.length < minLength) ? null : [...best];
  LITERALS_MEMO.set(key, out);
  return out;
}

/**
 * The key a memo below keeps an answer under: a 64-bit digest of what the answer depends on (two
 * independent 32-bit FNV-1a hashes of the UTF-16 units), not the text itself. The build saves the
 * memos for the shipped patterns, whose sources are 4 MB of the 5.7 MB saved, and the compiled
 * CLI and services parse the saved memos at every start. Among the ~12,000 keys of the built-in
 * rules a collision has odds of about 4 in 10^12.
 */
export function memoKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(36) + ':' + (b >>> 0).toString(36);
}

/**
 * requiredLiterals' answers by (minLength, source). Reading every built-in pattern costs about
 * 0.2 s at start, so `npm run build` saves the answers for the shipped policy's patterns
 * (packs/parsed.ts) and packs/index.ts seeds them here; any other pattern is read as before.
 */
const LITERALS_MEMO = new Map<string, string[] | null>();

export function seedRequiredLiterals(entries: ReadonlyArray<readonly [string, string[] | null]>): void {
  for (const [key, value] of entries) LITERALS_MEMO.set(key, value);
}

export function requiredLiteralsMemo(): Array<[string, string[] | null]> {
  return [...LITERALS_MEMO];
}

// ---------------------------------------------------------------- match reach

/**
 * An upper bound on how far a match reaches, in UTF-16 units, as `k + a·A + w·W + s·S` for a
 * text whose characters take at most A units each (2 with an astral character, else 1), whose
 * longest run without an ASCII space, tab, newline or CR is W units and whose longest run of
 * `\s` characters is S: what a match consumes without a space (`\w+`, `[a-z]+(?:_[a-z]+)*`) lies
 * in one such run, so it takes at most W; a repeated whitespace class (`\s*`) at most S. `k` is
 * Infinity when no such bound is known (`.*`, `(?:very )*`, a backreference).
 */
export interface Reach {
  k: number;
  a: number;
  w: number;
  s: number;
}

interface Piece {
  /** Units consumed. */
  len: Reach;
  /** Units a lookaround or `\b` inside reads past the piece's ends. */
  look: Reach;
  /** No character it consumes can be an ASCII space, tab, newline or CR. */
  word: boolean;
  /** Every character it consumes is `\s`. */
  space: boolean;
}

const ZERO_REACH: Reach = { k: 0, a: 0, w: 0, s: 0 };
const UNKNOWN: Reach = { k: Infinity, a: 0, w: 0, s: 0 };
const ONE_RUN: Reach = { k: 0, a: 0, w: 1, s: 0 };
const ONE_SPACE_RUN: Reach = { k: 0, a: 0, w: 0, s: 1 };

function add(a: Reach, b: Reach): Reach {
  return { k: a.k + b.k, a: a.a + b.a, w: a.w + b.w, s: a.s + b.s };
}

/** Componentwise maximum: a bound on both forms for every A, W, S ≥ 0. */
function upper(a: Reach, b: Reach): Reach {
  return { k: Math.max(a.k, b.k), a: Math.max(a.a, b.a), w: Math.max(a.w, b.w), s: Math.max(a.s, b.s) };
}

function isZero(r: Reach): boolean {
  return r.k === 0 && r.a === 0 && r.w === 0 && r.s === 0;
}

/** The eight kinds of one character, built once: patterns hold hundreds of thousands of them. */
const CHARS: readonly Piece[] = [false, true].flatMap((astral) => [false, true].flatMap((word) => [false, true].map((space) => ({
  len: astral ? { k: 0, a: 1, w: 0, s: 0 } : { k: 1, a: 0, w: 0, s: 0 }, look: ZERO_REACH, word, space,
}))));

/** One character: `astral` when it may be a surrogate pair. */
function char(word: boolean, space: boolean, astral: boolean): Piece {
  return CHARS[(astral ? 4 : 0) + (word ? 2 : 0) + (space ? 1 : 0)] as Piece;
}

const EMPTY: Piece = { len: ZERO_REACH, look: ZERO_REACH, word: true, space: true };

/** A piece without spaces bounded by this many characters or more is bounded by W instead. */
const RUN_AS_WORD = 24;

/**
 * The tighter of the piece's bounds where one is known to be: a piece consuming no space lies in
 * one run of non-space characters (W); an unbounded piece of whitespace in one run of it (S).
 */
function runBound(p: Piece): Piece {
  const { len } = p;
  if (p.word && !isZero(len) && (len.w > 0 || !(len.k + 2 * len.a < RUN_AS_WORD))) return { ...p, len: ONE_RUN };
  const finite = Number.isFinite(len.k) && Number.isFinite(len.a) && Number.isFinite(len.w) && Number.isFinite(len.s);
  if (p.space && !finite) return { ...p, len: ONE_SPACE_RUN };
  return finite ? p : { ...p, len: UNKNOWN };
}

/** What a node consumes and what it reads past its ends. Throws on a backreference (unbounded). */
function pieceOf(node: Node): Piece {
  switch (node.t) {
    case 'alt': {
      let p = pieceOf(node.branches[0] as Node);
      for (let i = 1; i < node.branches.length; i++) {
        const b = pieceOf(node.branches[i] as Node);
        p = { len: upper(p.len, b.len), look: upper(p.look, b.look), word: p.word && b.word, space: p.space && b.space };
      }
      return runBound(p);
    }
    case 'seq': {
      // Summed in place: one Piece per sequence, not one per character.
      const len = { k: 0, a: 0, w: 0, s: 0 };
      const look = { k: 0, a: 0, w: 0, s: 0 };
      let word = true;
      let space = true;
      for (const item of node.items) {
        const r = pieceOf(item);
        len.k += r.len.k;
        len.a += r.len.a;
        len.w += r.len.w;
        len.s += r.len.s;
        if (r.look !== ZERO_REACH) Object.assign(look, upper(look, r.look));
        word &&= r.word;
        space &&= r.space;
      }
      return runBound({ len, look, word, space });
    }
    case 'rep': {
      const atom = pieceOf(node.atom);
      if (isZero(atom.len)) return atom;
      const { len } = atom;
      const max = node.max;
      // Infinity × 0 is NaN: runBound sends any unbounded repetition to a run or to UNKNOWN.
      const times = (x: number): number => (x === 0 ? 0 : x * max);
      return runBound({ ...atom, len: { k: times(len.k), a: times(len.a), w: times(len.w), s: times(len.s) } });
    }
    case 'group': {
      const inner = pieceOf(node.inner);
      // A lookaround consumes nothing but reads its content's reach past where it stands.
      return node.look ? { ...EMPTY, look: add(inner.len, inner.look) } : inner;
    }
    case 'edge':
      return EMPTY;
    case 'boundary':
      return { ...EMPTY, look: { k: 2, a: 0, w: 0, s: 0 } };
    case 'dot':
      return char(false, false, true);
    case 'escape': {
      const { e } = node;
      if (e === 'd' || e === 'w') return char(true, false, false);
      if (e === 's') return char(false, true, false);
      if (e === 'S') return char(true, false, true);
      if (e === 'D' || e === 'W') return char(false, false, true);
      return char(e === 'p' && wordProperty(node.name), false, true);
    }
    case 'backref':
      // A backreference repeats a group of unknown length.
      throw new Error('backreference');
    case 'char':
      return node.cp === null ? char(false, false, true) : literal(node.cp);
    case 'class':
      return classPiece(node.negated, node.members, node.escapes);
  }
}

/** A class: `word` when no member can be an ASCII space, `space` when every member is whitespace. */
function classPiece(negated: boolean, members: readonly Member[], escapes: ReadonlyArray<{ e: string; name: string }>): Piece {
  let spaces = 0; // which of space, tab, newline, CR the members cover (bits 1, 2, 4, 8)
  let onlySpace = true;
  let astral = negated;
  for (const { e, name } of escapes) {
    if (e !== 's') onlySpace = false;
    // \s, \D, \W, \P{…} and properties not known to lack spaces may hold one; \S, \d, \w do not.
    if (e === 's' || e === 'D' || e === 'W' || e === 'P' || (e === 'p' && !wordProperty(name))) spaces = 15;
    if (/[DWSpP]/.test(e)) astral = true;
  }
  for (const m of members) {
    if (m.range) {
      const hi = m.hi ?? 0x10ffff;
      spaces |= spaceBits(m.lo, hi);
      if (hi > 0xffff) astral = true;
      onlySpace = false;
    } else if (m.cp === null) {
      spaces = 15;
      onlySpace = false;
      astral = true;
    } else {
      spaces |= spaceBits(m.cp, m.cp);
      if (!isJsSpace(m.cp)) onlySpace = false;
      if (m.cp > 0xffff) astral = true;
    }
  }
  if (negated) return char(spaces === 15, false, astral);
  return char(spaces === 0, onlySpace && !astral, astral);
}

function literal(cp: number): Piece {
  const space = isJsSpace(cp);
  return char(spaceBits(cp, cp) === 0, space, cp > 0xffff);
}

/** Bits for which of space, tab, newline and CR lie in [lo, hi]. */
function spaceBits(lo: number, hi: number): number {
  let bits = 0;
  if (lo <= 32 && 32 <= hi) bits |= 1;
  if (lo <= 9 && 9 <= hi) bits |= 2;
  if (lo <= 10 && 10 <= hi) bits |= 4;
  if (lo <= 13 && 13 <= hi) bits |= 8;
  return bits;
}

const JS_SPACE = /^\s$/u;

function isJsSpace(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13);
  return JS_SPACE.test(String.fromCodePoint(cp));
}

/** Unicode properties none of whose members is an ASCII space, tab, newline or CR. */
function wordProperty(name: string): boolean {
  return /^(?:L|Lu|Ll|Lt|Lm|Lo|Letter|N|Nd|Nl|No|Number|M|Mn|Mc|Me|Mark|P|Pc|Pd|Ps|Pe|Pi|Pf|Po|Punctuation|S|Sm|Sc|Sk|So|Symbol|Alphabetic)$/.test(name);
}

/**
 * An upper bound on how far any match of the regex reaches, in UTF-16 units (its length plus
 * what its lookarounds read past either end), as a form in the text's A, W and S (see `Reach`).
 * k is Infinity when unbounded or when the source uses syntax this reader does not know.
 */
export function matchReach(source: string): Reach {
  const key = memoKey(source);
  let reach = REACH_MEMO.get(key);
  if (reach === undefined) {
    const tree = parseRegex(source);
    try {
      if (tree === null) throw new Error('unknown syntax');
      const r = pieceOf(tree);
      reach = add(r.len, r.look);
    } catch {
      reach = UNKNOWN;
    }
    REACH_MEMO.set(key, reach);
  }
  return reach;
}

/**
 * matchReach's answers by source (its `memoKey`). Like the required literals, `npm run build` saves them for the
 * shipped policy's patterns (packs/parsed.ts) and packs/index.ts seeds them here. JSON writes an
 * unbounded `k` (Infinity) as null.
 */
const REACH_MEMO = new Map<string, Reach>();

export interface StoredReach {
  k: number | null;
  a: number;
  w: number;
  s: number;
}

export function seedMatchReach(entries: ReadonlyArray<readonly [string, StoredReach]>): void {
  for (const [source, r] of entries) REACH_MEMO.set(source, { ...r, k: r.k ?? Infinity });
}

export function matchReachMemo(): Array<[string, Reach]> {
  return [...REACH_MEMO];
}

/** The bound of `matchReach` for a text with the given A, W and S. */
export function reachIn(r: Reach, unitsPerChar: number, longestWord: number, longestSpace: number): number {
  return r.k + r.a * unitsPerChar + r.w * longestWord + r.s * longestSpace;
}

// ---------------------------------------------------------------- where a match stands around its keyword

/**
 * Where every match of a pattern stands around one of its keywords: some occurrence of a keyword
 * that the scan reports as a hit lies in the match, its start at most `before` after where the
 * match (with what its lookarounds read) begins and at most `after` before where it ends. A
 * window from `before` ahead of a hit's start to `after` past it then holds every match that
 * this hit anchors, often half of what the symmetric `matchReach` window reads. One side may
 * be unbounded (k Infinity): the other still bounds the window.
 */
export interface KeywordSpan {
  before: Reach;
  after: Reach;
  /**
   * The scan drops a keyword that starts with a letter when a letter precedes it; the pattern
   * rules out only ASCII letters there (`\b`, `\s`): the span holds in a text without other letters.
   */
  ascii: boolean;
}

/** What comes right before a place in the pattern: 2 no letter, 1 no ASCII letter, 0 anything. */
type Guard = 0 | 1 | 2;

/** Letters as engine.ts `isLetter` counts them (before a keyword they hide it). */
function isScanLetter(cp: number): boolean {
  return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7 && cp < 0x2000);
}

/**
 * What a node guarantees about the character right after it (`g`), and whether it may consume
 * nothing (`empty`: then what stands before it decides too). `\b` holds by itself: before a
 * keyword starting with an ASCII letter it rules out an ASCII letter.
 */
function endOf(node: Node): { g: Guard; empty: boolean } {
  switch (node.t) {
    case 'char':
      return { g: node.cp !== null && !isScanLetter(node.cp) ? 2 : 0, empty: false };
    case 'boundary':
      return { g: node.neg ? 0 : 1, empty: false };
    case 'edge':
      return { g: 2, empty: false };
    case 'escape':
      return { g: node.e === 'd' ? 2 : node.e === 's' ? 1 : 0, empty: false };
    case 'class':
      return { g: classGuard(node.negated, node.members, node.escapes), empty: false };
    case 'alt': {
      let g: Guard = 2;
      let empty = false;
      for (const b of node.branches) {
        const e = endOf(b);
        g = Math.min(g, e.g) as Guard;
        empty ||= e.empty;
      }
      return { g, empty };
    }
    case 'seq':
      return seqEnd(node.items, node.items.length);
    case 'rep': {
      const e = endOf(node.atom);
      return { g: e.g, empty: e.empty || node.min === 0 };
    }
    case 'group':
      return node.look ? { g: 2, empty: true } : endOf(node.inner);
    default:
      return { g: 0, empty: true };
  }
}

/** endOf for the first `i` items of a sequence. */
function seqEnd(items: readonly Node[], i: number): { g: Guard; empty: boolean } {
  let g: Guard = 2;
  for (let j = i - 1; j >= 0; j--) {
    const e = endOf(items[j] as Node);
    g = Math.min(g, e.g) as Guard;
    if (!e.empty) return { g, empty: false };
  }
  return { g, empty: true };
}

/** A class of ASCII non-letters, digits and whitespace only guarantees no letter (2), or none but an odd space (1). */
function classGuard(negated: boolean, members: readonly Member[], escapes: ReadonlyArray<{ e: string; name: string }>): Guard {
  if (negated) return 0;
  let g: Guard = 2;
  for (const { e } of escapes) g = Math.min(g, e === 'd' ? 2 : e === 's' ? 1 : 0) as Guard;
  for (const m of members) {
    const lo = m.range ? m.lo : m.cp;
    const hi = m.range ? m.hi : m.cp;
    if (lo === null || hi === null || hi >= 128) return 0;
    for (let c = lo; c <= hi; c++) if (isScanLetter(c)) return 0;
  }
  return g;
}

/** The guard at item i of a sequence, `inherited` standing before the sequence. */
function guardAt(items: readonly Node[], i: number, inherited: Guard): Guard {
  const e = seqEnd(items, i);
  return e.empty ? Math.min(e.g, inherited) as Guard : e.g;
}

interface Anchor {
  pre: Reach;
  post: Reach;
  ascii: boolean;
}

/** A reach form at typical text shapes, to pick the tighter of two anchors (an unbounded side counts as very wide). */
function weight(r: Reach): number {
  const x = r.k + r.a + 20 * r.w + 2 * r.s;
  return Number.isFinite(x) ? x : 1e9;
}

/** The character as the scan's lower-cased text holds it; null when unknown or when lower-casing changes its length. */
function lowerOf(cp: number | null): string | null {
  if (cp === null) return null;
  const c = String.fromCodePoint(cp);
  const lower = c.toLowerCase();
  return lower.length === c.length ? lower : null;
}

/** Steps a `spelled` walk may take before it answers no (alternations of alternations multiply). */
const SPELL_BUDGET = 4000;

/** What follows a place in the pattern: items[i..] of a sequence, then what follows that sequence. */
interface Cont {
  items: readonly Node[];
  i: number;
  next: Cont | null;
}

/** The continuation past its first node; null at the end of the pattern. */
function advance(c: Cont): Cont | null {
  return c.i + 1 < c.items.length ? { items: c.items, i: c.i + 1, next: c.next } : c.next;
}

/** The node `n`, then `c`. */
function prepend(n: Node, c: Cont | null): Cont {
  return { items: [n], i: 0, next: c };
}

/**
 * Whether every string matched from here on starts with one of the keys (lower-cased): each
 * match of the pattern through here then holds a keyword starting here. Zero-width parts only
 * remove matches and are stepped over; an exhausted budget answers no.
 */
function spelled(c: Cont | null, keys: readonly string[], budget: { n: number }): boolean {
  if (keys.some((k) => k.length === 0)) return true;
  if (--budget.n < 0 || c === null) return false;
  const first = c.items[c.i] as Node;
  const rest = advance(c);
  switch (first.t) {
    case 'char': {
      const ch = lowerOf(first.cp);
      if (ch === null) return false;
      const next: string[] = [];
      for (const k of keys) if (k.startsWith(ch)) next.push(k.slice(ch.length));
      return next.length > 0 && spelled(rest, next, budget);
    }
    case 'class': {
      // A few single characters (`[kK]`, `[-–]`): each must spell on.
      const { members } = first;
      if (first.negated || first.escapes.length > 0 || members.length > 8) return false;
      return members.every((m) => !m.range && m.cp !== null && spelled(prepend({ t: 'char', cp: m.cp }, rest), keys, budget));
    }
    case 'seq':
      return first.items.length === 0 ? spelled(rest, keys, budget) : spelled({ items: first.items, i: 0, next: rest }, keys, budget);
    case 'alt':
      return first.branches.every((b) => spelled(prepend(b, rest), keys, budget));
    case 'group':
      return spelled(first.look ? rest : prepend(first.inner, rest), keys, budget);
    case 'boundary':
    case 'edge':
      return spelled(rest, keys, budget);
    case 'rep': {
      if (first.max < 1) return spelled(rest, keys, budget);
      const again: Node = { t: 'rep', atom: first.atom, min: Math.max(0, first.min - 1), max: first.max - 1 };
      if (first.min < 1 && !spelled(rest, keys, budget)) return false;
      return spelled({ items: [first.atom, again], i: 0, next: rest }, keys, budget);
    }
    default:
      return false;
  }
}

/**
 * Whether a keyword that the nodes spell from here is reported as a hit: one starting with a
 * letter only when no letter precedes it (guard 2), or no ASCII one (guard 1) and it starts with one.
 */
function keyHere(c: Cont, keys: readonly string[], guard: Guard): { ascii: boolean } | null {
  if (anywhereKeys) return spelled(c, keys, { n: SPELL_BUDGET }) ? { ascii: false } : null;
  const letters = keys.filter((k) => /^\p{L}/u.test(k));
  let ascii = false;
  if (letters.length > 0) {
    if (guard === 0 || (guard === 1 && !letters.every((k) => /^[a-z]/.test(k)))) return null;
    ascii = guard === 1;
  }
  return spelled(c, keys, { n: SPELL_BUDGET }) ? { ascii } : null;
}

/**
 * Where every match of the node stands around a reported keyword, `rest` being what follows the
 * node in the pattern (a keyword may run on into it).
 */
function anchorOf(node: Node, keys: readonly string[], guard: Guard, rest: Cont | null): Anchor | null {
  switch (node.t) {
    case 'alt': {
      let out: Anchor | null = null;
      for (const b of node.branches) {
        const a = anchorOf(b, keys, guard, rest);
        if (a === null) return null;
        out = out === null ? a : { pre: upper(out.pre, a.pre), post: upper(out.post, a.post), ascii: out.ascii || a.ascii };
      }
      return out;
    }
    case 'group':
      return node.look ? null : anchorOf(node.inner, keys, guard, rest);
    case 'rep': {
      // The first of at least one repetition holds the keyword; the rest follow it.
      if (node.min < 1) return null;
      const again: Node = { t: 'rep', atom: node.atom, min: node.min - 1, max: node.max - 1 };
      const a = anchorOf(node.atom, keys, guard, prepend(again, rest));
      if (a === null) return null;
      const all = pieceOf(node);
      return { pre: add(a.pre, all.look), post: add(add(a.post, all.len), all.look), ascii: a.ascii };
    }
    case 'seq':
      return seqAnchor(node.items, keys, guard, rest);
    case 'char':
    case 'class':
      return seqAnchor([node], keys, guard, rest);
    default:
      return null;
  }
}

/** The tightest anchor among the sequence's items: what precedes it and what follows it add up. */
function seqAnchor(items: readonly Node[], keys: readonly string[], guard: Guard, rest: Cont | null): Anchor | null {
  const pieces = items.map(pieceOf);
  let best: Anchor | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Node;
    const here = guardAt(items, i, guard);
    let inner: Anchor | null = null;
    let from = i + 1; // items after the anchored one, summed into `post`
    const k = keyHere({ items, i, next: rest }, keys, here);
    if (k !== null) {
      inner = { pre: ZERO_REACH, post: ZERO_REACH, ascii: k.ascii };
      from = i;
    } else if (it.t === 'alt' || it.t === 'group' || it.t === 'rep' || it.t === 'seq') {
      inner = anchorOf(it, keys, here, advance({ items, i, next: rest }));
    }
    if (inner === null) continue;
    // A lookaround elsewhere in the sequence may read past either end.
    let look = ZERO_REACH;
    let pre = inner.pre;
    let post = inner.post;
    for (let j = 0; j < items.length; j++) {
      const p = pieces[j] as Piece;
      if (j !== i || from === i) look = upper(look, p.look);
      if (j < i) pre = add(pre, p.len);
      else if (j >= from) post = add(post, p.len);
    }
    const a = { pre: add(pre, look), post: add(post, look), ascii: inner.ascii };
    if (best === null || weight(a.pre) + weight(a.post) < weight(best.pre) + weight(best.post)) best = a;
  }
  return best;
}

/**
 * Where every match of the regex stands around one of the keywords (lower-cased, as the scan's
 * automaton finds them), or null when the pattern does not show it: a keyword not spelled by
 * the pattern, one inside an optional part, a backreference, syntax this reader does not know.
 * `anywhere`: the scan reports the keys wherever they occur, not only at a word start.
 */
export function keywordSpan(source: string, keys: readonly string[], anywhere = false): KeywordSpan | null {
  const key = memoKey(`${anywhere ? 1 : 0}\u0000${keys.join('\u0001')}\u0000${source}`);
  const known = SPAN_MEMO.get(key);
  if (known !== undefined) return known;
  const span = readSpan(source, keys, anywhere);
  SPAN_MEMO.set(key, span);
  return span;
}

function readSpan(source: string, keys: readonly string[], anywhere: boolean): KeywordSpan | null {
  const tree = parseRegex(source);
  if (tree === null) return null;
  anywhereKeys = anywhere;
  try {
    const a = anchorOf(tree, keys, 0, null);
    // One unbounded side still bounds the window on the other (`.*` after the keyword).
    if (a === null || (!Number.isFinite(a.pre.k) && !Number.isFinite(a.post.k))) return null;
    return { before: a.pre, after: a.post, ascii: a.ascii };
  } catch {
    return null;
  } finally {
    anywhereKeys = false;
  }
}

/**
 * keywordSpan's answers by (anywhere, keys, source) (their `memoKey`). Compiling the shipped packs asks for about
 * 180 ms of them (compile.ts `prefilterOf` checks that hand keywords cover every match before it
 * trades them for derived anchors), so `npm run build` saves them (packs/parsed.ts) like the
 * required literals and the reach.
 */
const SPAN_MEMO = new Map<string, KeywordSpan | null>();

/** A KeywordSpan as JSON holds it: an unbounded part (Infinity) is null. */
export interface StoredSpan {
  before: { k: number | null; a: number | null; w: number | null; s: number | null };
  after: { k: number | null; a: number | null; w: number | null; s: number | null };
  ascii: boolean;
}

const toStored = (r: Reach): StoredSpan['before'] => ({
  k: Number.isFinite(r.k) ? r.k : null, a: Number.isFinite(r.a) ? r.a : null, w: Number.isFinite(r.w) ? r.w : null, s: Number.isFinite(r.s) ? r.s : null,
});
const fromStored = (r: StoredSpan['before']): Reach => ({ k: r.k ?? Infinity, a: r.a ?? Infinity, w: r.w ?? Infinity, s: r.s ?? Infinity });

export function seedKeywordSpans(entries: ReadonlyArray<readonly [string, StoredSpan | null]>): void {
  for (const [key, v] of entries) SPAN_MEMO.set(key, v === null ? null : { before: fromStored(v.before), after: fromStored(v.after), ascii: v.ascii });
}

export function keywordSpanMemo(): Array<[string, StoredSpan | null]> {
  return [...SPAN_MEMO].map(([key, v]) => [key, v === null ? null : { before: toStored(v.before), after: toStored(v.after), ascii: v.ascii }]);
}

/**
 * While `keywordSpan` reads a pattern for keys the scan reports wherever they occur (literals
 * read from the regex, compile.ts `prefilterOf`): a key then needs no word start before it.
 */
let anywhereKeys = false;
