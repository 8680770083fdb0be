/**
 * A long alternation asked only "is there a match?", searched one alternative at a time.
 *
 * V8 searches a regex like `(?<![\p{L}])(?:per your website|we saw on linkedin|…)(?![\p{L}])` by
 * trying every branch at every position of the text; each branch alone is searched by its own
 * first characters. On sentences of sales email, the sentence-reading regexes of engine.ts took
 * 2–50× longer whole than as their branches one after the other (SOURCE_CITED_RE, 11,000
 * characters: 81 µs a sentence against 1.7 µs), and compiling them whole cost ~150 ms of a
 * process's first scan against ~50 ms for the branches.
 *
 * Only `test` is offered: a regex `P(?:A|B)S` matches a text exactly when `P(?:A)S` or `P(?:B)S`
 * does (the matcher tries every branch before it gives up a position), but which match `exec`
 * would report, and its groups, are the whole regex's alone.
 */

export interface AnyOf {
  /** Whether the regex matches somewhere in the text (RegExp#test of the whole regex). */
  test(text: string): boolean;
  /** The whole regex's source (error messages, composition into other regexes). */
  readonly source: string;
}

/** Branches no longer than this are not split further. */
const SPLIT_ABOVE = 300;
/** At most this many regexes for one source. */
const MAX_PARTS = 64;

/**
 * Splits a test-only regex into the regexes whose any-match is its match: its top-level
 * alternatives, or the alternatives of its longest top-level `(?:…)` group with what stands
 * before and after the group repeated around each; long parts again. The parts are compiled on
 * the first `test`. A source with a backreference is kept whole (group numbers would change).
 */
export function anyOf(re: RegExp): AnyOf {
  const flags = re.flags.replace(/[gy]/g, '');
  const source = re.source;
  let parts: RegExp[] | undefined;
  return {
    source,
    test(text: string): boolean {
      parts ??= splitSource(source).map((p) => new RegExp(p, flags));
      for (let i = 0; i < parts.length; i++) if ((parts[i] as RegExp).test(text)) return true;
      return false;
    },
  };
}

/** The sources `anyOf` searches for `source`; parts up to `above` characters are left whole (exported for the equivalence tests). */
export function splitSource(source: string, above = SPLIT_ABOVE): string[] {
  if (/\\[1-9]|\\k</.test(source)) return [source];
  let out = [source];
  for (let round = 0; round < 4; round++) {
    const next: string[] = [];
    let changed = false;
    for (let i = 0; i < out.length; i++) {
      const s = out[i] as string;
      const split = s.length > above ? splitOnce(s) : null;
      // What is already decided, this one's parts, and the rest still to come.
      if (split !== null && next.length + split.length + (out.length - i - 1) <= MAX_PARTS) {
        next.push(...split);
        changed = true;
      } else next.push(s);
    }
    out = next;
    if (!changed) break;
  }
  return out;
}

interface Group {
  /** Index of the group's `(`. */
  open: number;
  /** Index of its `)`. */
  close: number;
  /** Indices of its top-level `|`. */
  bars: number[];
}

/** One level of splitting, or null when the source has no alternation to split at its top. */
function splitOnce(s: string): string[] | null {
  const topBars: number[] = [];
  const groups: Group[] = [];
  const stack: Array<Group & { nonCapturing: boolean; depth: number }> = [];
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      stack.push({ open: i, close: -1, bars: [], nonCapturing: s.startsWith('(?:', i), depth: stack.length });
      continue;
    }
    if (c === ')') {
      const g = stack.pop();
      if (g === undefined) return null; // unbalanced: leave it to the engine
      g.close = i;
      // A top-level group that stands alone: not followed by a quantifier.
      if (g.depth === 0 && g.nonCapturing && g.bars.length > 0 && !/^[*+?{]/.test(s.slice(i + 1, i + 2))) groups.push(g);
      continue;
    }
    if (c === '|') {
      const top = stack[stack.length - 1];
      if (top === undefined) topBars.push(i);
      else top.bars.push(i);
    }
  }
  if (stack.length > 0 || inClass) return null;
  if (topBars.length > 0) return cut(s, -1, topBars, s.length);
  if (groups.length === 0) return null;
  const g = groups.reduce((a, b) => (b.close - b.open > a.close - a.open ? b : a));
  const before = s.slice(0, g.open);
  const after = s.slice(g.close + 1);
  return cut(s, g.open + 2, g.bars, g.close).map((a) => `${before}(?:${a})${after}`);
}

/** The alternatives between `start` (exclusive) and `end`, cut at `bars`. */
function cut(s: string, start: number, bars: readonly number[], end: number): string[] {
  const out: string[] = [];
  let from = start + 1;
  for (const b of bars) {
    out.push(s.slice(from, b));
    from = b + 1;
  }
  out.push(s.slice(from, end));
  return out;
}
