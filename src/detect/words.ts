/**
 * Word runs ("shingles") for verbatim-copy detection: free-text notes leaked six words at a
 * time, agent prompts leaked eight words at a time. Words are maximal runs of letters/digits in
 * folded lower-case text, so case and punctuation never matter ("Budget-freeze; CFO" ≡
 * "budget freeze cfo"). A window of n words is keyed by two independent 32-bit polynomial
 * hashes packed into one safe integer; a hit is confirmed by comparing the words themselves.
 */

export interface WordSpans {
  words: string[];
  starts: number[];
  ends: number[];
  hashes: Int32Array;
}

const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;

function isWord(s: string, code: number, at: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ||
    (code >= 128 && WORD_UNIT.test(s[at] as string));
}

export function splitWords(lower: string): WordSpans {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const hs: number[] = [];
  let i = 0;
  const n = lower.length;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (!isWord(lower, c, i)) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    while (i < n) {
      c = lower.charCodeAt(i);
      if (!isWord(lower, c, i)) break;
      h = Math.imul(h ^ c, 0x01000193);
      i++;
    }
    starts.push(start);
    ends.push(i);
    words.push(lower.slice(start, i));
    hs.push(h);
  }
  return { words, starts, ends, hashes: Int32Array.from(hs) };
}

/** Key of the window of `size` words starting at word index `at`. */
export function windowKey(hashes: Int32Array | number[], at: number, size: number): number {
  let a = 0x9e3779b9 | 0;
  let b = 0x85ebca6b | 0;
  for (let k = 0; k < size; k++) {
    const h = hashes[at + k] as number;
    a = (Math.imul(a, 0x01000193) ^ h) | 0;
    b = (Math.imul(b ^ h, 0x5bd1e995) + 0x6b43a9b5) | 0;
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + (b & 0x1fffff);
}

export const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its ' +
    'this that these those we you your our they their he she his her i me my us them do does did ' +
    'not no so than then there here what which who whom when where why how all any each few more ' +
    'most other some such only own same too very can will just should would could may might must ' +
    'have has had about into over after before up down out off again further once let know').split(' '),
);

/** True when a run of words carries enough content to be worth matching verbatim. */
export function isContentful(words: string[]): boolean {
  let content = 0;
  for (const w of words) if (w.length >= 3 && !STOPWORDS.has(w)) content++;
  return content >= 2;
}
