/**
 * Rule regexes: JavaScript syntax with the `u` flag, plus inline case-insensitive groups
 * `(?i:…)` (gitleaks and Vale rules use them) on engines that lack regex modifiers (Node 20):
 * such a group is rewritten with both cases of every ASCII letter, `(?i:key)` → `(?:[kK][eE][yY])`.
 */

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
    let depth = 0;
    let j = k;
    for (; j < p.length; j++) {
      const ch = p[j];
      if (ch === '\\') {
        j++;
        continue;
      }
      if (ch === '[') {
        j++;
        while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? 2 : 1;
        continue;
      }
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    p = `${p.slice(0, k)}(?:${caseFold(p.slice(k + 4, j))})${p.slice(j + 1)}`;
  }
}

/** Compiles a rule regex (global, Unicode). Throws the engine's SyntaxError when invalid. */
export function compileRuleRegex(src: string, flags = 'gu'): RegExp {
  return new RegExp(expandInlineCase(src), flags);
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

/** The better of two required sets: longer shortest string, then fewer strings. */
function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
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
    for (let j = i + 1; run !== null && j < items.length; j++) {
      const next = (items[j] as LitInfo).exact;
      run = next === null ? null : product(run, next);
      if (run !== null && !run.includes('')) req = better(req, run);
    }
  }
  return { exact, req };
}

class LitParser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): LitInfo {
    const info = this.alternation();
    if (this.i !== this.s.length) throw new Error('unbalanced');
    return info;
  }

  private alternation(): LitInfo {
    const branches = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as LitInfo;
    return { exact: union(branches.map((b) => b.exact)), req: union(branches.map(bestOf)) };
  }

  private sequence(): LitInfo {
    const items: LitInfo[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return seqInfo(items);
  }

  private quantified(atom: LitInfo): LitInfo {
    const c = this.s[this.i];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (m === null) throw new Error('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.s[this.i] === '?') this.i++;
    if (min === 0) {
      return { exact: max === 1 && atom.exact !== null ? union([atom.exact, ['']]) : null, req: null };
    }
    let exact: readonly string[] | null = null;
    if (min === max && atom.exact !== null && min <= 4) {
      exact = [''];
      for (let k = 0; k < min && exact !== null; k++) exact = product(exact, atom.exact);
    }
    return { exact, req: bestOf(atom) };
  }

  private atom(): LitInfo {
    const s = this.s;
    const c = s[this.i] as string;
    if (c === '(') {
      this.i++;
      let look = false;
      if (s[this.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(this.i));
        if (m === null) throw new Error('unknown group');
        // Lookarounds consume nothing; `(?:` and `(?<name>` consume what their content does.
        look = m[0] === '?=' || m[0] === '?!' || m[0] === '?<=' || m[0] === '?<!';
        this.i += m[0].length;
      }
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      return look ? ZERO : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') {
      this.i++;
      return ZERO;
    }
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '\\') {
      const e = s[this.i + 1] ?? '';
      if (e === 'b' || e === 'B') {
        this.i += 2;
        return ZERO;
      }
      if (/[dDwWsSpP]/.test(e) || /[1-9]/.test(e) || e === 'k') {
        this.i += 2;
        if ((e === 'p' || e === 'P') && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
        else if (e === 'k' && s[this.i] === '<') this.i = s.indexOf('>', this.i) + 1;
        else if (/[1-9]/.test(e)) while (/[0-9]/.test(s[this.i] ?? '')) this.i++;
        return ANY;
      }
      const ch = this.escapeChar();
      return ch === null ? ANY : { exact: [ch], req: null };
    }
    const cp = s.codePointAt(this.i) ?? 0;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { exact: [ch], req: null };
  }

  /** An escape standing for one character (at `\`), or null when unknown. Advances past it. */
  private escapeChar(): string | null {
    const s = this.s;
    const e = s[this.i + 1] ?? '';
    this.i += 2;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (simple[e] !== undefined) return simple[e] as string;
    if (e === 'x') {
      const h = s.slice(this.i, this.i + 2);
      this.i += 2;
      return String.fromCharCode(parseInt(h, 16));
    }
    if (e === 'u') {
      if (s[this.i] === '{') {
        const close = s.indexOf('}', this.i);
        const cp = parseInt(s.slice(this.i + 1, close), 16);
        this.i = close + 1;
        return String.fromCodePoint(cp);
      }
      const h = s.slice(this.i, this.i + 4);
      this.i += 4;
      return String.fromCharCode(parseInt(h, 16));
    }
    if (e === 'c') {
      this.i++;
      return null;
    }
    return e;
  }

  private charClass(): LitInfo {
    const s = this.s;
    this.i++;
    let negated = false;
    if (s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const chars = new Set<string>();
    let known = !negated;
    let prev: string | null = null;
    while (this.i < s.length && s[this.i] !== ']') {
      let ch: string | null;
      if (s[this.i] === '\\') {
        const e = s[this.i + 1] ?? '';
        if (/[dDwWsSpP]/.test(e)) {
          this.i += 2;
          if ((e === 'p' || e === 'P') && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
          known = false;
          prev = null;
          continue;
        }
        if (e === 'b') {
          this.i += 2;
          ch = '\b';
        } else if (e === '-') {
          this.i += 2;
          ch = '-';
        } else ch = this.escapeChar();
      } else if (s[this.i] === '-' && prev !== null && s[this.i + 1] !== ']') {
        this.i++;
        let hi: string | null;
        if (s[this.i] === '\\') hi = this.escapeChar();
        else {
          hi = String.fromCodePoint(s.codePointAt(this.i) ?? 0);
          this.i += hi.length;
        }
        if (hi === null) known = false;
        else {
          const lo = prev.codePointAt(0) ?? 0;
          const top = hi.codePointAt(0) ?? 0;
          if (top - lo > MAX_SET) known = false;
          else for (let cp = lo; cp <= top; cp++) chars.add(String.fromCodePoint(cp));
        }
        prev = null;
        continue;
      } else {
        ch = String.fromCodePoint(s.codePointAt(this.i) ?? 0);
        this.i += ch.length;
      }
      if (ch === null) known = false;
      else chars.add(ch);
      prev = ch;
    }
    if (s[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    return known && chars.size > 0 && chars.size <= MAX_SET ? { exact: [...chars], req: null } : ANY;
  }
}

/**
 * Strings of which every match of the regex contains at least one (each at least `minLength`
 * long), or null when the regex has no such set (or uses syntax this reader does not know).
 * A prefilter only: a text holding none of them cannot match. Reads JavaScript `u`-mode syntax
 * without the `i`, `m` or `s` flags (the flags of rule regexes).
 */
export function requiredLiterals(source: string, minLength = 3): string[] | null {
  const key = `${minLength}\u0000${source}`;
  const known = LITERALS_MEMO.get(key);
  if (known !== undefined) return known;
  let info: LitInfo | null;
  try {
    info = new LitParser(source).parse();
  } catch {
    info = null;
  }
  const best = info === null ? null : bestOf(info);
  const out = best === null || quality(best) < minLength ? null : [...best];
  LITERALS_MEMO.set(key, out);
  return out;
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

class ReachParser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Reach {
    const r = this.alternation();
    if (this.i !== this.s.length) throw new Error('unbalanced');
    return add(r.len, r.look);
  }

  private alternation(): Piece {
    let p = this.sequence();
    while (this.s[this.i] === '|') {
      this.i++;
      const b = this.sequence();
      p = { len: upper(p.len, b.len), look: upper(p.look, b.look), word: p.word && b.word, space: p.space && b.space };
    }
    return runBound(p);
  }

  private sequence(): Piece {
    // Summed in place: one Piece per sequence, not one per character.
    const len = { k: 0, a: 0, w: 0, s: 0 };
    const look = { k: 0, a: 0, w: 0, s: 0 };
    let word = true;
    let space = true;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const r = this.quantified(this.atom());
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

  private quantified(atom: Piece): Piece {
    const c = this.s[this.i];
    let max: number;
    if (c === '*' || c === '+') max = Infinity;
    else if (c === '?') max = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (m === null) throw new Error('bad quantifier');
      max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.s[this.i] === '?') this.i++;
    if (isZero(atom.len)) return atom;
    const { len } = atom;
    // Infinity × 0 is NaN: runBound sends any unbounded repetition to a run or to UNKNOWN.
    const times = (x: number): number => (x === 0 ? 0 : x * max);
    return runBound({ ...atom, len: { k: times(len.k), a: times(len.a), w: times(len.w), s: times(len.s) } });
  }

  private atom(): Piece {
    const s = this.s;
    const c = s[this.i] as string;
    if (c === '(') {
      this.i++;
      let look = false;
      if (s[this.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(this.i));
        if (m === null) throw new Error('unknown group');
        look = m[0] === '?=' || m[0] === '?!' || m[0] === '?<=' || m[0] === '?<!';
        this.i += m[0].length;
      }
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      // A lookaround consumes nothing but reads its content's reach past where it stands.
      return look ? { ...EMPTY, look: add(inner.len, inner.look) } : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '.') {
      this.i++;
      return char(false, false, true);
    }
    if (c === '\\') return this.escape();
    const cp = s.codePointAt(this.i) ?? 0;
    this.i += cp > 0xffff ? 2 : 1;
    return literal(cp);
  }

  private escape(): Piece {
    const s = this.s;
    const e = s[this.i + 1] ?? '';
    this.i += 2;
    if (e === 'b' || e === 'B') return { ...EMPTY, look: { k: 2, a: 0, w: 0, s: 0 } };
    if (e === 'd' || e === 'w') return char(true, false, false);
    if (e === 's') return char(false, true, false);
    if (e === 'S') return char(true, false, true);
    if (e === 'D' || e === 'W') return char(false, false, true);
    if (e === 'p' || e === 'P') {
      const close = s.indexOf('}', this.i);
      const name = s[this.i] === '{' ? s.slice(this.i + 1, close) : '';
      if (s[this.i] === '{') this.i = close + 1;
      return char(e === 'p' && wordProperty(name), false, true);
    }
    // A backreference repeats a group of unknown length.
    if (/[1-9k]/.test(e)) throw new Error('backreference');
    const cp = this.escapedCode(e);
    return cp === null ? char(false, false, true) : literal(cp);
  }

  /** The code point of a one-character escape `\e…` whose letter was read, or null when unknown. */
  private escapedCode(e: string): number | null {
    const s = this.s;
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, '0': 0 };
    if (simple[e] !== undefined) return simple[e] as number;
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

  /** A class: `word` when no member can be an ASCII space, `space` when every member is whitespace. */
  private charClass(): Piece {
    const s = this.s;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    let spaces = 0; // which of space, tab, newline, CR the listed members cover (bits 1, 2, 4, 8)
    let onlySpace = true;
    let astral = negated;
    let prev: number | null = null;
    while (this.i < s.length && s[this.i] !== ']') {
      let cp: number | null;
      // Only an unescaped '-' between two members makes a range.
      const dash = s[this.i] === '-';
      if (s[this.i] === '\\') {
        const e = s[this.i + 1] ?? '';
        this.i += 2;
        if (/[dDwWsSpP]/.test(e)) {
          let name = '';
          if ((e === 'p' || e === 'P') && s[this.i] === '{') {
            const close = s.indexOf('}', this.i);
            name = s.slice(this.i + 1, close);
            this.i = close + 1;
          }
          if (e !== 's') onlySpace = false;
          // \s, \D, \W, \P{…} and properties not known to lack spaces may hold one; \S, \d, \w do not.
          if (e === 's' || e === 'D' || e === 'W' || e === 'P' || (e === 'p' && !wordProperty(name))) spaces = 15;
          if (/[DWSpP]/.test(e)) astral = true;
          prev = null;
          continue;
        }
        cp = e === 'b' ? 8 : e === '-' ? 45 : this.escapedCode(e);
      } else {
        cp = s.codePointAt(this.i) ?? 0;
        this.i += cp > 0xffff ? 2 : 1;
      }
      if (cp === null) {
        spaces = 15;
        onlySpace = false;
        astral = true;
        prev = null;
        continue;
      }
      if (dash && prev !== null && s[this.i] !== ']') {
        // A range prev-hi: read hi and cover every member between.
        let hi: number | null;
        if (s[this.i] === '\\') {
          const e = s[this.i + 1] ?? '';
          this.i += 2;
          hi = this.escapedCode(e);
        } else {
          hi = s.codePointAt(this.i) ?? 0;
          this.i += hi > 0xffff ? 2 : 1;
        }
        if (hi === null) hi = 0x10ffff;
        spaces |= spaceBits(prev, hi);
        if (hi > 0xffff) astral = true;
        onlySpace = false;
        prev = null;
        continue;
      }
      spaces |= spaceBits(cp, cp);
      if (!isJsSpace(cp)) onlySpace = false;
      if (cp > 0xffff) astral = true;
      prev = cp;
    }
    if (s[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    if (negated) return char(spaces === 15, false, astral);
    return char(spaces === 0, onlySpace && !astral, astral);
  }
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
  let reach = REACH_MEMO.get(source);
  if (reach === undefined) {
    try {
      reach = new ReachParser(source).parse();
    } catch {
      reach = UNKNOWN;
    }
    REACH_MEMO.set(source, reach);
  }
  return reach;
}

/**
 * matchReach's answers by source. Like the required literals, `npm run build` saves them for the
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
