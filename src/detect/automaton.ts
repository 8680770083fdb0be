/**
 * A dense Aho-Corasick automaton over UTF-16 units of already-folded, lower-cased text.
 *
 * Built once per book: every name, alias, domain and short sensitive phrase of every account,
 * plus static trigger keywords that switch the keyword-based detectors on. Scanning is one pass
 * of table lookups, whatever the book size. Every whitespace unit is in the class of the space, so
 * "Acme\nAnalytics" matches "acme analytics" (a run of several spaces does not: known gap).
 *
 * Layout: the alphabet is compressed to the units that occur in patterns (class 0 = any other
 * unit, which always leads back to the root), and the scan reads a DFA table with one row per
 * state it has reached, whose entries are filled from the trie and the failure links the first
 * time a scan reads them, so the scan loop chases a failure link at most once per entry, ever.
 * The build writes no row: a process that scans a few drafts pays for the rows and entries its
 * texts reach, not for every state × class (about 66 MB for the built-in rules).
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
/** The root state. State 0 is never used, so 0 in the table means "not there (yet)". */
const ROOT = 1;
const NONE: readonly number[] = [];

/** The automaton over `specs`; a match reports its pattern's index in `specs`. */
export function buildAutomaton(specs: readonly PatternSpec[]): Automaton {
  return automatonFrom(automatonTables(specs));
}

/**
 * What an automaton is made of, as flat arrays: the trie, its failure and output links, and the
 * alphabet's classes. A build of the built-in rules' ~97,000 states costs ~100 ms; `npm run build`
 * saves the shipped policy's tables (`tablesToBytes`) and the compiled CLI and services load them
 * (`tablesFromBytes`) instead.
 */
export interface AutomatonTables {
  /** Classes in the alphabet (class 0: any unit no pattern holds). */
  readonly width: number;
  /** States + 1 (state 0 is never used; the root is 1). */
  readonly count: number;
  /** Pairs of UTF-16 unit and its class, for every unit with a class. */
  readonly classPairs: Int32Array;
  /** State s's children: childClass/childState[childStart[s] .. childStart[s + 1]), in class order. */
  readonly childStart: Int32Array;
  readonly childClass: Int32Array;
  readonly childState: Int32Array;
  readonly fail: Int32Array;
  /** 1 where a state has output (a match or a trigger bit). */
  readonly flag: Int32Array;
  /** Trigger bits of a state and of every state on its failure chain. */
  readonly trig: Int32Array;
  /** The next state up the failure chain with patterns of its own, or -1. */
  readonly outLink: Int32Array;
  /** A state's first state with patterns: itself or its outLink. */
  readonly firstOut: Int32Array;
  /** Terminal state t's patterns: terms[termStart[t] .. termStart[t + 1]). */
  readonly termStart: Int32Array;
  readonly terms: Int32Array;
  /** Length of each pattern. */
  readonly lengths: Int32Array;
}

/** The tables of the automaton over `specs` (see `buildAutomaton`). */
export function automatonTables(specs: readonly PatternSpec[]): AutomatonTables {
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

  // The trie, built from the patterns' class sequences in sorted order: each shares its first
  // `common` classes with the one before, so its path is the previous path cut there and
  // extended, and no lookup is needed. States are numbered as created (the root is 1; 0 means
  // "none"), each with its parent, the class of the edge that leads to it and its depth.
  const keyOf = (text: string): string => {
    let key = '';
    for (let i = 0; i < text.length; i++) key += String.fromCharCode(classOf[text.charCodeAt(i)] as number);
    return key;
  };
  const keys = specs.map((p) => keyOf(p.text));
  const sorted = [...new Set(keys)].sort();
  let count = ROOT + 1;
  {
    let prev = '';
    for (const k of sorted) {
      let common = 0;
      while (common < k.length && common < prev.length && k.charCodeAt(common) === prev.charCodeAt(common)) common++;
      count += k.length - common;
      prev = k;
    }
  }
  const parent = new Int32Array(count);
  const edge = new Int32Array(count);
  const depth = new Int32Array(count);
  const bits = new Int32Array(count);
  const stateOfKey = new Map<string, number>();
  let deepest = 0;
  {
    const path = [ROOT];
    let prev = '';
    let next = ROOT + 1;
    for (const k of sorted) {
      let common = 0;
      while (common < k.length && common < prev.length && k.charCodeAt(common) === prev.charCodeAt(common)) common++;
      path.length = common + 1;
      let s = path[common] as number;
      for (let i = common; i < k.length; i++) {
        parent[next] = s;
        edge[next] = k.charCodeAt(i);
        depth[next] = i + 1;
        s = next++;
        path.push(s);
      }
      if (k.length > deepest) deepest = k.length;
      stateOfKey.set(k, s);
      prev = k;
    }
  }
  const terminalOf = new Map<number, number[]>();
  for (let p = 0; p < specs.length; p++) {
    const s = stateOfKey.get(keys[p] as string) as number;
    const bit = (specs[p] as PatternSpec).bit;
    if (bit !== 0) bits[s] = (bits[s] as number) | bit;
    else {
      const list = terminalOf.get(s);
      if (list === undefined) terminalOf.set(s, [p]);
      else list.push(p);
    }
  }

  // Each state's children as a slice of two flat arrays, in class order; the root's as a row.
  const childStart = new Int32Array(count + 1);
  for (let t = ROOT + 1; t < count; t++) {
    const at = (parent[t] as number) + 1;
    childStart[at] = (childStart[at] as number) + 1;
  }
  for (let s = 0; s < count; s++) childStart[s + 1] = (childStart[s + 1] as number) + (childStart[s] as number);
  const childClass = new Int32Array(Math.max(0, count - ROOT - 1));
  const childState = new Int32Array(childClass.length);
  {
    const fill = childStart.slice(0, count);
    for (let t = ROOT + 1; t < count; t++) {
      const s = parent[t] as number;
      const at = fill[s] as number;
      fill[s] = at + 1;
      childClass[at] = edge[t] as number;
      childState[at] = t;
    }
  }
  const childOf = childLookup(width, childStart, childClass, childState);

  // Failure links, output links and inherited trigger bits, state by state in order of depth
  // (a state's failure lies higher up the trie, so it is done first).
  const fail = new Int32Array(count);
  const outLink = new Int32Array(count).fill(-1);
  const flag = new Uint8Array(count);
  const trig = new Int32Array(count);
  const byDepth = new Int32Array(deepest + 2);
  for (let t = ROOT + 1; t < count; t++) {
    const d = (depth[t] as number) + 1;
    byDepth[d] = (byDepth[d] as number) + 1;
  }
  for (let d = 1; d < byDepth.length; d++) byDepth[d] = (byDepth[d] as number) + (byDepth[d - 1] as number);
  const order = new Int32Array(Math.max(0, count - ROOT - 1));
  for (let t = ROOT + 1; t < count; t++) {
    const d = depth[t] as number;
    order[byDepth[d] as number] = t;
    byDepth[d] = (byDepth[d] as number) + 1;
  }
  for (let k = 0; k < order.length; k++) {
    const t = order[k] as number;
    const s = parent[t] as number;
    const c = edge[t] as number;
    let f = ROOT;
    if (s !== ROOT) {
      for (f = fail[s] as number; ; f = fail[f] as number) {
        const g = childOf(f, c);
        if (g !== 0) {
          f = g;
          break;
        }
        if (f === ROOT) break;
      }
    }
    fail[t] = f;
    trig[t] = (bits[t] as number) | (trig[f] as number);
    outLink[t] = terminalOf.has(f) ? f : (outLink[f] as number);
    if (terminalOf.has(t) || outLink[t] !== -1 || trig[t] !== 0) flag[t] = 1;
  }

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

  const classPairs: number[] = [];
  for (let u = 0; u < classOf.length; u++) if (classOf[u] !== 0) classPairs.push(u, classOf[u] as number);
  return {
    width, count, classPairs: Int32Array.from(classPairs), childStart, childClass, childState, fail,
    flag: Int32Array.from(flag), trig, outLink, firstOut, termStart, terms, lengths: Int32Array.from(specs, (p) => p.text.length),
  };
}

/** State s's child on class c (0: none): the root's from a row, any other's from its slice. */
function childLookup(width: number, childStart: Int32Array, childClass: Int32Array, childState: Int32Array): (s: number, c: number) => number {
  const rootChild = new Int32Array(width);
  for (let k = childStart[ROOT] as number; k < (childStart[ROOT + 1] as number); k++) rootChild[childClass[k] as number] = childState[k] as number;
  return (s, c) => {
    if (s === ROOT) return rootChild[c] as number;
    for (let k = childStart[s] as number, e = childStart[s + 1] as number; k < e; k++) {
      if (childClass[k] === c) return childState[k] as number;
    }
    return 0;
  };
}

/**
 * The units of ordinary lower-cased prose, most frequent first: their classes get the narrow "hot"
 * rows of the transition table (see `automatonFrom`). Any unit may be missing from the patterns;
 * the order only decides which classes share the short rows.
 */
const HOT_UNITS = " etaoinsrhldcumfpgywbvk,.x'-jqz0123456789:;!?()/\"&@%$\n";

/** The automaton that runs on `t`. */
export function automatonFrom(t: AutomatonTables): Automaton {
  const { width, count, childStart, childClass, childState, fail, flag, trig, outLink, firstOut, termStart, terms, lengths } = t;
  const tableClass = new Uint16Array(65536);
  for (let k = 0; k < t.classPairs.length; k += 2) tableClass[t.classPairs[k] as number] = t.classPairs[k + 1] as number;
  const childOf = childLookup(width, childStart, childClass, childState);

  // The scan's classes: 0 (a unit no pattern holds) and the classes of HOT_UNITS first, as
  // 0 .. hotWidth - 1, then the rest. `tableOf` is the trie's class of a scan class.
  const scanOf = new Int32Array(width).fill(-1);
  scanOf[0] = 0;
  let next = 1;
  for (let i = 0; i < HOT_UNITS.length; i++) {
    const c = tableClass[HOT_UNITS.charCodeAt(i)] as number;
    if (c !== 0 && scanOf[c] === -1) scanOf[c] = next++;
  }
  const hotWidth = next;
  for (let c = 1; c < width; c++) if (scanOf[c] === -1) scanOf[c] = next++;
  const coldWidth = width - hotWidth;
  const tableOf = new Int32Array(width);
  for (let c = 0; c < width; c++) tableOf[scanOf[c] as number] = c;
  const classOf = new Uint16Array(65536);
  for (let k = 0; k < t.classPairs.length; k += 2) classOf[t.classPairs[k] as number] = scanOf[t.classPairs[k + 1] as number] as number;

  // Hot-loop layout: a DFA table of rows, one per state a scan has reached, numbered in the order
  // they were first reached (`rowOf`: the state's row, 0 = none yet; row 0 itself is never used),
  // split in two: `hot` holds each row's entries for the classes of ordinary prose (hotWidth of
  // them, ~200 bytes a row), `cold` the rest. A scan of prose reads almost only `hot`, whose rows
  // stay few cache lines and pages apart: with whole rows (~1.5 KB) every step of the scan was a
  // miss. An entry holds the next state's row, negated when that state has output (a match or a
  // trigger), so the scan does one load and one sign test per unit; 0 means the entry is not
  // filled yet, and `resolve` fills it from the trie and the failure links the first time a scan
  // reads it. The tables are allocated whole but written only row by row as states are reached:
  // the built-in rules have ~60,000 states, and tables written state by state at build time cost
  // ~300 ms of page faults at every start, where a process scanning a few thousand drafts reaches
  // a few thousand states.
  const hot = new Int32Array((count + 1) * hotWidth);
  const cold = new Int32Array((count + 1) * coldWidth);
  const rowOf = new Int32Array(count);
  const stateOfRow = new Int32Array(count + 1);
  let rows = 1;
  const rowFor = (s: number): number => {
    let row = rowOf[s] as number;
    if (row === 0) {
      stateOfRow[rows] = s;
      row = rows++;
      rowOf[s] = row;
    }
    return row;
  };
  const encode = (state: number): number => {
    const row = rowFor(state);
    return flag[state] === 1 ? -row : row;
  };
  /** The entry of `row` for scan class `c`, filled first if it is not yet. */
  const step = (row: number, c: number): number => {
    const v = (c < hotWidth ? hot[row * hotWidth + c] : cold[row * coldWidth + c - hotWidth]) as number;
    return v === 0 ? resolve(row, c) : v;
  };
  const resolve = (row: number, c: number): number => {
    const s = stateOfRow[row] as number;
    let state = childOf(s, tableOf[c] as number);
    if (state === 0 && s !== ROOT) {
      const v = step(rowFor(fail[s] as number), c);
      state = stateOfRow[v < 0 ? -v : v] as number;
    }
    if (state === 0) state = ROOT;
    const v = encode(state);
    if (c < hotWidth) hot[row * hotWidth + c] = v;
    else cold[row * coldWidth + c - hotWidth] = v;
    return v;
  };
  const start = rowFor(ROOT);

  /** Pushes each match's pattern and end to `out` (pairs); returns the trigger bits of the states it passed. */
  const walk = (text: string, out: number[]): number => {
    let triggers = 0;
    let row = start;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = classOf[text.charCodeAt(i)] as number;
      let v = (c < hotWidth ? hot[row * hotWidth + c] : cold[row * coldWidth + c - hotWidth]) as number;
      if (v <= 0) {
        if (v === 0) {
          v = resolve(row, c);
          if (v > 0) {
            row = v;
            continue;
          }
        }
        row = -v;
        const s = stateOfRow[row] as number;
        triggers |= trig[s] as number;
        for (let o = firstOut[s] as number; o >= 0; o = outLink[o] as number) {
          for (let k = termStart[o] as number, e = termStart[o + 1] as number; k < e; k++) out.push(terms[k] as number, i + 1);
        }
      } else row = v;
    }
    return triggers;
  };

  return {
    states: count - ROOT,
    patterns: lengths.length,
    run(text: string) {
      const found: number[] = [];
      const triggers = walk(text, found);
      const matches: AutomatonMatch[] = [];
      for (let k = 0; k < found.length; k += 2) {
        const p = found[k] as number;
        const end = found[k + 1] as number;
        matches.push({ pattern: p, start: end - (lengths[p] as number), end });
      }
      return { matches, triggers };
    },
    hits(text: string, out: number[]) {
      walk(text, out);
    },
  };
}

/** The arrays of `AutomatonTables` in the order `tablesToBytes` writes them. */
const ARRAYS = ['classPairs', 'childStart', 'childClass', 'childState', 'fail', 'flag', 'trig', 'outLink', 'firstOut', 'termStart', 'terms', 'lengths'] as const;
/** Marks the format and the byte order it was written in ("DGA1" read as a native int). */
const MAGIC = 0x31414744;

/** The tables as bytes: MAGIC, width, count, each array's length, then the arrays (native 32-bit ints). */
export function tablesToBytes(t: AutomatonTables): Uint8Array {
  const head = [MAGIC, t.width, t.count, ...ARRAYS.map((k) => t[k].length)];
  const out = new Int32Array(head.length + ARRAYS.reduce((n, k) => n + t[k].length, 0));
  out.set(head, 0);
  let at = head.length;
  for (const k of ARRAYS) {
    out.set(t[k], at);
    at += t[k].length;
  }
  return new Uint8Array(out.buffer);
}

/** The tables `tablesToBytes` wrote, or null when the bytes are not such tables (another format or byte order). */
export function tablesFromBytes(bytes: Uint8Array): AutomatonTables | null {
  if (bytes.byteLength % 4 !== 0 || bytes.byteLength < 4 * (3 + ARRAYS.length)) return null;
  // A view needs 4-byte alignment; a Buffer from the pool may not have it.
  const buf = bytes.byteOffset % 4 === 0 ? bytes.buffer : bytes.slice().buffer;
  const ints = new Int32Array(buf, bytes.byteOffset % 4 === 0 ? bytes.byteOffset : 0, bytes.byteLength / 4);
  if (ints[0] !== MAGIC) return null;
  let at = 3 + ARRAYS.length;
  const arrays: Record<string, Int32Array> = {};
  for (let k = 0; k < ARRAYS.length; k++) {
    const n = ints[3 + k] as number;
    if (n < 0 || at + n > ints.length) return null;
    arrays[ARRAYS[k] as string] = ints.subarray(at, at + n);
    at += n;
  }
  if (at !== ints.length) return null;
  return { width: ints[1] as number, count: ints[2] as number, ...arrays } as unknown as AutomatonTables;
}
