/**
 * How often a prefilter anchor (a keyword, or a literal read from a pattern) is expected to occur
 * in English text: the scan pays for every occurrence (a window, and the unit's regexes run in
 * it), so compile.ts keeps, per pattern, the cheaper of its hand-written keywords and the
 * literals its regex requires.
 *
 * A small model of English, not of any test or bench material: text is a run of words drawn
 * independently, the commonest ~400 word forms of general English at Zipf frequencies by rank
 * (f(r) = ZIPF / r, the list below in approximate rank order) and any other word spelled from
 * English letter frequencies. An anchor "x y z" must then end one word with x, be the word y and
 * start a word with z; an anchor without a space occurs inside a word (or, as a keyword, at the
 * start of one). The figures are expected occurrences per word of text: only their ratios matter.
 */

/** General English word forms, commonest first (approximate rank order from general corpora). */
const COMMON = `the of and to a in is that for it you was with on as have be at not this are by but from
he i they we or his an will my all can had there their one were been has so if more your what about
she which would do when her out up no time them me some who like just him our other into could than
then get also its new only how any these now people make year well over may first very after even
because know two back most see us good way should work where think much many go those take through
did need want here being before day made years does still same such come right use down while own
last each part great help find long both going between might under state never used again off little
life world every give say said around next home number something really school few place look thing
since without business team week today better best high old sure end let why keep always point once
system program hand case company group problem fact money another during data information service
night free call open feel able already within early however lot including set start show yes must
though things found per quite until support check send plan idea process market area small large
less least three four five second order line public local family government report question office
million hundred thousand days weeks months times side kind head house far away left best run turn
move live believe hold bring happen write provide sit stand lose pay meet include continue learn
change lead understand watch follow stop create speak read allow add spend grow offer remember love
consider appear buy wait serve die send expect build stay fall cut reach kill remain suggest raise
pass sell require decide pull share price cost value rate level form type result course member
minute moment reason research period health community name president father mother book story job
word issue power side war party student country city water room month car law body eye face
others everything nothing someone anything whether often together usually perhaps almost maybe
actually probably though enough rather else later soon ago yet ever instead especially simply
certainly clearly currently recently quickly directly easily finally exactly whole full real best
important different possible available likely free hard easy clear happy ready true short low big
major personal general social national special recent current final private common single simple
late past future strong similar difficult whole certain due above below across along behind toward
against among upon thanks please hi hello dear regards email call meeting note`;

/** f(rank) = ZIPF / rank: the commonest ~400 forms then cover about half of running text. */
const ZIPF = 0.07;
/** The share of words outside the list, spelled letter by letter. */
const TAIL = 0.5;
/** Positions a substring can start at in a word outside the list (their mean length is ~7). */
const TAIL_POSITIONS = 5;
/**
 * Letters spelled as a word outside the list are at least as common as a word of this rank
 * (Zipf): the letter model is far too low for real words ("account", "prospect" are words, not
 * draws of eight letters), and a vocabulary of this size covers most running text.
 */
const VOCABULARY = 20_000;

/** The chance of a run of letters outside the list, at a given place. */
function tailLetters(core: string): number {
  return core === '' ? 1 : Math.max(spelled(core), ZIPF / VOCABULARY);
}

/** English letter frequencies in running text, a to z. */
const LETTERS = [
  0.082, 0.015, 0.028, 0.043, 0.127, 0.022, 0.02, 0.061, 0.07, 0.0015, 0.0077, 0.04, 0.024,
  0.067, 0.075, 0.019, 0.00095, 0.06, 0.063, 0.091, 0.028, 0.0098, 0.024, 0.0015, 0.02, 0.00074,
];

/** The chance of one character (a UTF-16 unit) at a given place: letters as above; digits, punctuation, symbols. */
function charChance(c: number): number {
  if (c >= 97 && c <= 122) return LETTERS[c - 97] as number;
  if (c >= 48 && c <= 57) return 0.004;
  if (c === 46 || c === 44) return 0.02; // . ,
  if (c === 39 || c === 0x2019 || c === 45 || c === 10) return 0.006; // ' ’ - newline
  if (c === 63 || c === 33 || c === 58 || c === 59 || c === 40 || c === 41 || c === 34) return 0.002; // ? ! : ; ( ) "
  return 0.001;
}

/**
 * The chance of a letter that follows a letter: letters within a word are far from independent
 * (Shannon's estimates for English are 3-3.3 bits per letter given the one or two before), so a
 * word's later letters count 1/IN_WORD each, not their frequency ("account" is a word, not a draw).
 */
const IN_WORD = 6;

/** The chance that the characters occur at a given place, spelled one by one. */
function spelled(s: string): number {
  let p = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    p *= i > 0 && isAz(c) && isAz(s.charCodeAt(i - 1)) ? 1 / IN_WORD : charChance(c);
  }
  return p;
}

interface Tables {
  /** Word → frequency; and summed frequencies of the words with a given prefix, suffix, or substring (counted per occurrence). */
  word: Map<string, number>;
  prefix: Map<string, number>;
  suffix: Map<string, number>;
  inside: Map<string, number>;
}

let tables: Tables | undefined;

function bump(m: Map<string, number>, k: string, f: number): void {
  m.set(k, (m.get(k) ?? 0) + f);
}

function tablesOf(): Tables {
  if (tables !== undefined) return tables;
  const t: Tables = { word: new Map(), prefix: new Map(), suffix: new Map(), inside: new Map() };
  let rank = 0;
  for (const w of COMMON.split(/\s+/)) {
    if (w === '' || t.word.has(w)) continue;
    const f = ZIPF / ++rank;
    t.word.set(w, f);
    for (let i = 1; i <= w.length; i++) {
      bump(t.prefix, w.slice(0, i), f);
      bump(t.suffix, w.slice(w.length - i), f);
    }
    for (let i = 0; i < w.length; i++) for (let j = i + 1; j <= w.length; j++) bump(t.inside, w.slice(i, j), f);
  }
  tables = t;
  return t;
}

/** Letters of a word piece, and what stands around them ("no." → "no" and "."): the first run of a-z. */
function split(piece: string): { core: string; rest: string } {
  let from = 0;
  while (from < piece.length && !isAz(piece.charCodeAt(from))) from++;
  let to = from;
  while (to < piece.length && isAz(piece.charCodeAt(to))) to++;
  if (from === 0 && to === piece.length) return { core: piece, rest: '' };
  return { core: piece.slice(from, to), rest: piece.slice(0, from) + piece.slice(to) };
}

function isAz(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The chance that a word (with its punctuation) is exactly `piece`. */
function wholeWord(t: Tables, piece: string): number {
  if (piece === '') return 0.01; // a second space in a row
  const { core, rest } = split(piece);
  return (t.word.get(core) ?? TAIL * tailLetters(core)) * spelled(rest);
}

/** The chance that a word starts (ends) with `piece`. */
function wordEdge(t: Tables, piece: string, start: boolean): number {
  if (piece === '') return 1;
  const { core, rest } = split(piece);
  const table = start ? t.prefix : t.suffix;
  return ((table.get(core) ?? 0) + TAIL * tailLetters(core)) * spelled(rest);
}

/**
 * Expected occurrences of the anchor per word of English text: at the start of a word only
 * (`wordStart`, as the scan counts a keyword that starts with a letter) or anywhere.
 */
export function anchorCost(anchor: string, wordStart: boolean): number {
  const t = tablesOf();
  const parts = anchor.toLowerCase().split(' ');
  if (parts.length === 1) {
    const piece = parts[0] as string;
    if (wordStart) return wordEdge(t, piece, true);
    const { core, rest } = split(piece);
    return ((t.inside.get(core) ?? 0) + TAIL * TAIL_POSITIONS * tailLetters(core)) * spelled(rest);
  }
  const first = parts[0] as string;
  let p = wordStart ? wholeWord(t, first) : wordEdge(t, first, false);
  for (let i = 1; i < parts.length - 1; i++) p *= wholeWord(t, parts[i] as string);
  return p * wordEdge(t, parts[parts.length - 1] as string, true);
}
