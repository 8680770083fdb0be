/**
 * A dense Aho-Corasick automaton over UTF-16 units of already-folded, lower-cased text.
 *
 * Built once per book: every name, alias, domain and short sensitive phrase of every account,
 * plus static trigger keywords that switch the keyword-based detectors on. Scanning is one pass
 * of table lookups, whatever the book size. Every whitespace unit is in the class of the space, so
 * "Acme\nAnalytics" matches "acme analytics" (a run of several spaces does not: known gap).
 *
 * Layout: the alphabet is compressed to the units that occur in patterns (class 0 = any other
 * unit, which always leads back to the root), and `table[state * width + class]` is a DFA table
 * whose missing gotos are filled from the failure links the first time a scan reads them, so the
 * scan loop chases a failure link at most once per entry, ever. The build visits the trie's
 * edges only, never the whole table: a process that scans a few drafts pays for the entries
 * its texts reach, not for every state × class.
 */

export interface AutomatonMatch {
  pattern: number;
  /** Offsets into the scanned text. */
  start: number;
  end: number;
}

export interface Automaton {
  readonly states: number;
  readonly patterns: number;
  /** Runs the automaton; returns term matches and the OR of trigger bits seen. */
  run(text: string): { matches: AutomatonMatch[]; triggers: number };
  /**
   * One pass that appends `pattern, end` pairs of every occurrence to `out` (flat numbers, no
   * objects: a draft has many keyword hits and needs only where they are).
   */
  hits(text: string, out: number[]): void;
}

interface PatternSpec {
  text: string;
  /** Trigger bit (0 = a plain pattern reported as a match). */
  bit: number;
}

const SPACE = 32;
const NONE: readonly number[] = [];

/** The automaton over `specs`; a match reports its pattern's index in `specs`. */
export function buildAutomaton(specs: PatternSpec[]): Automaton {
  // Alphabet: one class per distinct unit used by the patterns.
  const classOf = new Uint16Array(65536);
  let width = 1;
  for (const p of specs) {
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if (classOf[c] === 0) classOf[c] = width++;
    }
  }
  const spaceClass = classOf[SPACE] ?? 0;
  if (spaceClass !== 0) {
    for (const c of [9, 10, 11, 12, 13, 0xa0, 0x2028, 0x2029, 0x3000]) classOf[c] = spaceClass;
  }

  // Exact state count up front (one per distinct prefix): sorted texts share their common
  // prefix with the previous one. One allocation, no regrowth.
  const sorted = [...new Set(specs.map((p) => p.text))].sort();
  let capacity = 1;
  let prev = '';
  for (const t of sorted) {
    let common = 0;
    while (common < t.length && common < prev.length && t.charCodeAt(common) === prev.charCodeAt(common)) common++;
    capacity += t.length - common;
    prev = t;
  }
  // The trie: `table[state * width + class]` holds the child state (-1: no child), and each
  // state its parent and the class of the edge that leads to it.
  let table = new Int32Array(capacity * width).fill(-1);
  let parent = new Int32Array(capacity);
  let edge = new Int32Array(capacity);
  let depth = new Int32Array(capacity);
  let count = 1;
  let deepest = 0;
  const terminalOf = new Map<number, number[]>();
  let bits = new Int32Array(capacity);

  for (let p = 0; p < specs.length; p++) {
    const spec = specs[p] as PatternSpec;
    let s = 0;
    for (let i = 0; i < spec.text.length; i++) {
      const cls = classOf[spec.text.charCodeAt(i)] as number;
      const at = s * width + cls;
      let next = table[at] as number;
      if (next < 0) {
        if (count === capacity) {
          capacity *= 2;
          const grow = (a: Int32Array<ArrayBuffer>, per: number, fill: number): Int32Array<ArrayBuffer> => {
            const grown = new Int32Array(capacity * per).fill(fill);
            grown.set(a);
            return grown;
          };
          table = grow(table, width, -1);
          parent = grow(parent, 1, 0);
          edge = grow(edge, 1, 0);
          depth = grow(depth, 1, 0);
          bits = grow(bits, 1, 0);
        }
        next = count++;
        table[at] = next;
        parent[next] = s;
        edge[next] = cls;
        depth[next] = (depth[s] as number) + 1;
        if (i + 1 > deepest) deepest = i + 1;
      }
      s = next;
    }
    if (spec.bit !== 0) bits[s] = (bits[s] as number) | spec.bit;
    else {
      const list = terminalOf.get(s);
      if (list === undefined) terminalOf.set(s, [p]);
      else list.push(p);
    }
  }

  // Failure links, output links and inherited trigger bits, state by state in order of depth
  // (a state's failure lies higher up the trie, so it is done first). Only the trie's edges are
  // visited: no pass over the whole table.
  const fail = new Int32Array(count);
  const outLink = new Int32Array(count).fill(-1);
  const flag = new Uint8Array(count);
  const trig = new Int32Array(count);
  const byDepth = new Int32Array(deepest + 2);
  for (let t = 1; t < count; t++) {
    const d = (depth[t] as number) + 1;
    byDepth[d] = (byDepth[d] as number) + 1;
  }
  for (let d = 1; d < byDepth.length; d++) byDepth[d] = (byDepth[d] as number) + (byDepth[d - 1] as number);
  const order = new Int32Array(count - 1);
  for (let t = 1; t < count; t++) {
    const d = depth[t] as number;
    order[byDepth[d] as number] = t;
    byDepth[d] = (byDepth[d] as number) + 1;
  }
  for (let k = 0; k < order.length; k++) {
    const t = order[k] as number;
    const s = parent[t] as number;
    const c = edge[t] as number;
    let f = 0;
    if (s !== 0) {
      for (f = fail[s] as number; ; f = fail[f] as number) {
        const g = table[f * width + c] as number;
        if (g >= 0) {
          f = g;
          break;
        }
        if (f === 0) break;
      }
    }
    fail[t] = f;
    trig[t] = (bits[t] as number) | (trig[f] as number);
    outLink[t] = terminalOf.has(f) ? f : (outLink[f] as number);
    if (terminalOf.has(t) || outLink[t] !== -1 || trig[t] !== 0) flag[t] = 1;
  }

  // Hot-loop layout: entries hold the next state's row offset (state * width), negated when that
  // state has output (a match or a trigger), so one load and one sign test per unit. The trie's
  // edges are written now; every other entry (-1, which no real entry can be: a negated offset is
  // at most -width, and width is 2 or more when there is a state to go to) is filled from the
  // failure links the first time a scan reads it (`resolve`). A full table costs a pass over
  // states × classes (~4 million entries for the built-in rules) at every start, where a
  // process scanning a few thousand drafts reads a small share of it.
  const encode = (next: number): number => (flag[next] === 1 ? -(next * width) : next * width);
  for (let t = 1; t < count; t++) table[(parent[t] as number) * width + (edge[t] as number)] = encode(t);
  const resolve = (at: number): number => {
    const s = Math.floor(at / width);
    let next = 0;
    if (s !== 0) {
      const up = (fail[s] as number) * width + (at - s * width);
      let v = table[up] as number;
      if (v === -1) v = resolve(up);
      next = (v < 0 ? -v : v) / width;
    }
    const v = encode(next);
    table[at] = v;
    return v;
  };
  const lengths = specs.map((s) => s.text.length);
  // Flat output lists: state → first output state of its chain (itself or via output links), and
  // each terminal state's patterns as a slice of one array. No Map lookups in the scan loops.
  const firstOut = new Int32Array(count).fill(-1);
  const termStart = new Int32Array(count + 1);
  const termFlat: number[] = [];
  for (let s = 0; s < count; s++) {
    termStart[s] = termFlat.length;
    for (const p of terminalOf.get(s) ?? NONE) termFlat.push(p);
    firstOut[s] = terminalOf.has(s) ? s : (outLink[s] as number);
  }
  termStart[count] = termFlat.length;
  const terms = Int32Array.from(termFlat);

  return {
    states: count,
    patterns: specs.length,
    run(text: string) {
      const matches: AutomatonMatch[] = [];
      let triggers = 0;
      let row = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const at = row + (classOf[text.charCodeAt(i)] as number);
        row = table[at] as number;
        if (row < 0) {
          if (row === -1) {
            row = resolve(at);
            if (row >= 0) continue;
          }
          row = -row;
          const s = row / width;
          triggers |= trig[s] as number;
          let t = firstOut[s] as number;
          while (t >= 0) {
            for (let k = termStart[t] as number, e = termStart[t + 1] as number; k < e; k++) {
              const p = terms[k] as number;
              matches.push({ pattern: p, start: i + 1 - (lengths[p] as number), end: i + 1 });
            }
            t = outLink[t] as number;
          }
        }
      }
      return { matches, triggers };
    },
    hits(text: string, out: number[]) {
      let row = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const at = row + (classOf[text.charCodeAt(i)] as number);
        row = table[at] as number;
        if (row < 0) {
          if (row === -1) {
            row = resolve(at);
            if (row >= 0) continue;
          }
          row = -row;
          const s = row / width;
          let t = firstOut[s] as number;
          while (t >= 0) {
            for (let k = termStart[t] as number, e = termStart[t + 1] as number; k < e; k++) out.push(terms[k] as number, i + 1);
            t = outLink[t] as number;
          }
        }
      }
    },
  };
}
