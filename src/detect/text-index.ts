/**
 * Where a text's lines and paragraphs break and where its quotation marks stand, found once per
 * text and asked by the checks that run per hit and per sentence ("is this line quoted?", "which
 * paragraph holds this?", "is this inside quotation marks?").
 *
 * Answered by walking back to the previous break, each question costs the whole field in text with
 * no breaks, and a field asks it once per hit or sentence: 50,000 sentences of ". " took 5.8 s to
 * scan before this index. Here each answer is a binary search.
 *
 * Texts are remembered by value in a small map (a string's hash is computed once and kept with
 * it, so asking again about the same string costs no pass over it); the field's lower-cased and
 * case-kept forms share their breaks and quotation marks, so either may be asked.
 */

export interface TextIndex {
  /** Offsets of "\n". */
  newlines: Int32Array;
  /** Offsets i where "\n\n" starts (overlapping: "\n\n\n" gives two). */
  breaks: Int32Array;
  /** Offsets of '"', '“' and '”'. */
  straight: Int32Array;
  opening: Int32Array;
  closing: Int32Array;
}

/** Texts each per-text answer remembers: a draft's two fields, lower-cased and as written. */
const KEPT = 4;

/**
 * `compute(text)` remembered for the last few texts asked about, by value (a string's hash is kept
 * with it, so asking again about the same string costs no pass over it).
 */
export function perText<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      value = compute(text);
      if (memo.size >= KEPT) memo.clear();
      memo.set(text, value);
    }
    return value;
  };
}

export const textIndex = perText((text: string): TextIndex => {
  const newlines: number[] = [];
  const breaks: number[] = [];
  const straight: number[] = [];
  const opening: number[] = [];
  const closing: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      newlines.push(i);
      if (text.charCodeAt(i + 1) === 10) breaks.push(i);
    } else if (c === 34) straight.push(i);
    else if (c === 0x201c) opening.push(i);
    else if (c === 0x201d) closing.push(i);
  }
  return {
    newlines: Int32Array.from(newlines), breaks: Int32Array.from(breaks),
    straight: Int32Array.from(straight), opening: Int32Array.from(opening), closing: Int32Array.from(closing),
  };
});

/** Index in `a` (ascending) of its last element ≤ x, or -1. */
export function lastAtMost(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index in `a` (ascending) of its first element ≥ x, or a.length. */
export function firstAtLeast(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many elements of `a` (ascending) lie in [from, to). */
export function countIn(a: Int32Array, from: number, to: number): number {
  return to <= from ? 0 : firstAtLeast(a, to) - firstAtLeast(a, from);
}

/** Start of the line holding offset `at`: `text.lastIndexOf('\n', at - 1) + 1`. */
export function lineStartOf(text: string, at: number): number {
  const { newlines } = textIndex(text);
  const k = lastAtMost(newlines, Math.max(0, at - 1));
  return k < 0 ? 0 : (newlines[k] as number) + 1;
}

/** End of the line holding offset `at` (its "\n", or the text's end): `text.indexOf('\n', at)`. */
export function lineEndOf(text: string, at: number): number {
  const { newlines } = textIndex(text);
  const k = firstAtLeast(newlines, at);
  return k >= newlines.length ? text.length : (newlines[k] as number);
}

/**
 * The paragraph around [start, end): from just past the last "\n\n" starting at or before `start`
 * to the first "\n\n" starting at or after `end` (the whole text's ends when there is none).
 */
export function paragraphOf(text: string, start: number, end: number): [number, number] {
  const { breaks } = textIndex(text);
  // lastIndexOf('\n\n', start) finds a break starting at `start` itself, and none past length - 2.
  const k = lastAtMost(breaks, Math.min(start, text.length - 2));
  const j = firstAtLeast(breaks, end);
  return [k < 0 ? 0 : (breaks[k] as number) + 2, j >= breaks.length ? text.length : (breaks[j] as number)];
}

/** Three cells or more on a line, set apart by runs of three spaces or more, or by tabs. */
const TABLE_ROW = /^[ \t]*\S.*?(?: {3,}|\t)[ \t]*\S.*?(?: {3,}|\t)[ \t]*\S/;
/** Two cells or more after an indent of three spaces or more (or a tab): a header whose first cell is empty. */
const INDENTED_HEADER = /^(?: {3,}|\t)[ \t]*\S.*?(?: {3,}|\t)[ \t]*\S/;

/**
 * Two cells or more set apart by pipes ("PLAN | INVOICES PER MONTH | MONTHLY FEE", a Markdown
 * table's "| Starter | 1,000 | GH₵ 4,500 |"; forty-second session, MP), with no "label: value" pair
 * in them: a CRM record or a sequence banner ("Owner: T. Fraser | Activity: Email | Notes: champion
 * is lukewarm") is a note, not a table. Counted a table row only beside another such row of as
 * many pipes.
 */
const PIPE_ROW = /^[ \t]*\|?[ \t]*[^|\s:][^|:\n]*(?:\|[ \t]*[^|\s:][^|:\n]*)+\|?[ \t]*$/;

/**
 * Whether the line holding offset `at` is a row of a plain-text table ("Offer letters      Word mail
 * merge      Generated from templates", "SESSION      DATE      TIME (CT)      WHO", "PLAN | FEE |
 * USERS"): its cells
 * are not a sentence, and its header's capitals are no raised voice.
 */
export function tableRowAt(text: string, at: number): boolean {
  const start = lineStartOf(text, at);
  const end = lineEndOf(text, at);
  if (end - start > 400) return false;
  const line = text.slice(start, end);
  if (TABLE_ROW.test(line)) return true;
  // A header over a row-labelled table leaves its first cell empty: "        TODAY       FROM 1 APRIL" over
  // "Base     €55/hut/month    €59/hut/month" (fifty-second session, IN).
  if (INDENTED_HEADER.test(line) && end < text.length && TABLE_ROW.test(text.slice(end + 1, lineEndOf(text, end + 1)))) return true;
  if (!PIPE_ROW.test(line)) return false;
  const pipes = pipeCount(line);
  const prev = start > 0 ? text.slice(lineStartOf(text, start - 1), start - 1) : '';
  const next = end < text.length ? text.slice(end + 1, lineEndOf(text, end + 1)) : '';
  // A neighbour with as many pipes (two or more) is a row of the same table, a label and a colon in its first cell
  // or not ("OPTION | HIVES PER LIFT | COST" over "A: Sling loads, 4 hives per pallet | 16 | NZ$38", forty-sixth session, UZ).
  const sameTable = (row: string): boolean => pipeCount(row) === pipes && (PIPE_ROW.test(row) || (pipes >= 2 && row.includes(' | ')));
  return sameTable(prev) || sameTable(next);
}

function pipeCount(line: string): number {
  let n = 0;
  for (let i = line.indexOf('|'); i >= 0; i = line.indexOf('|', i + 1)) n++;
  return n;
}
