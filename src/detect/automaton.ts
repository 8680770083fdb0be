/**
 * A dense Aho-Corasick automaton over UTF-16 units of already-folded, lower-cased text.
 *
 * Built once per book: every name, alias, domain and short sensitive phrase of every account,
 * plus static trigger keywords that switch the keyword-based detectors on. Scanning is one pass
 * of table lookups, whatever the book size. Every whitespace unit is in the class of the space, so
 * "Acme\nAnalytics" matches "acme analytics" (a run of several spaces does not: known gap).
 *
 * Layout: the alphabet is compressed to the units that occur in patterns (class 0 = any other
 * unit, which always leads back to the root), and `delta[state * width + class]` is a full DFA
 * table (missing gotos are filled from the failure links at build time), so the scan loop has
 * no failure-link chasing.
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
  let delta = new Int32Array(capacity * width).fill(-1);
  let count = 1;
  const terminalOf = new Map<number, number[]>();
  const bits = new Int32Array(capacity);

  for (let p = 0; p < specs.length; p++) {
    const spec = specs[p] as PatternSpec;
    let s = 0;
    for (let i = 0; i < spec.text.length; i++) {
      const cls = classOf[spec.text.charCodeAt(i)] as number;
      const at = s * width + cls;
      let next = delta[at] as number;
      if (next < 0) {
        if (count === capacity) {
          capacity *= 2;
          const grown = new Int32Array(capacity * width).fill(-1);
          grown.set(delta);
          delta = grown;
        }
        next = count++;
        delta[at] = next;
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

  // BFS: failure links, full DFA table, output links and inherited trigger bits.
  const fail = new Int32Array(count);
  const outLink = new Int32Array(count).fill(-1);
  const flag = new Uint8Array(count);
  const trig = new Int32Array(count);
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  for (let c = 0; c < width; c++) {
    const next = delta[c] as number;
    if (next < 0) delta[c] = 0;
    else {
      fail[next] = 0;
      queue[tail++] = next;
    }
  }
  while (head < tail) {
    const s = queue[head++] as number;
    const f = fail[s] as number;
    trig[s] = (bits[s] as number) | (trig[f] as number);
    outLink[s] = terminalOf.has(f) ? f : (outLink[f] as number);
    if (terminalOf.has(s) || outLink[s] !== -1 || trig[s] !== 0) flag[s] = 1;
    const row = s * width;
    const frow = f * width;
    for (let c = 0; c < width; c++) {
      const next = delta[row + c] as number;
      if (next < 0) delta[row + c] = delta[frow + c] as number;
      else {
        fail[next] = delta[frow + c] as number;
        queue[tail++] = next;
      }
    }
  }
  // Hot-loop layout: entries hold the next state's row offset (state * width), negated when
  // that state has output (a match or a trigger), so one load and one sign test per unit.
  const table = new Int32Array(count * width);
  for (let i = 0; i < count * width; i++) {
    const next = delta[i] as number;
    table[i] = flag[next] === 1 ? -(next * width) : next * width;
  }
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
        row = table[row + (classOf[text.charCodeAt(i)] as number)] as number;
        if (row < 0) {
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
        row = table[row + (classOf[text.charCodeAt(i)] as number)] as number;
        if (row < 0) {
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
