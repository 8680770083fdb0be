import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../../src/detect/packs/index.js';
import { foldText } from '../../../src/detect/normalize.js';
import { patternsOf } from '../../../src/detect/rules/schema.js';
import { compileRuleRegex, expandInlineCase, keywordSpan, matchReach, reachIn } from '../../../src/detect/rules/regex.js';

/** A, W and S of a text, as the rule pass measures them (engine.ts `longestRuns`). */
function shape(t: string): [number, number, number] {
  let a = 1;
  let word = 0;
  let space = 0;
  let w = 0;
  let s = 0;
  for (const ch of t.split('')) {
    const c = ch.charCodeAt(0);
    if (c >= 0xd800 && c <= 0xdfff) a = 2;
    w = c === 32 || c === 10 || c === 9 || c === 13 ? 0 : w + 1;
    s = /\s/.test(ch) ? s + 1 : 0;
    word = Math.max(word, w);
    space = Math.max(space, s);
  }
  return [a, word, space];
}

describe('matchReach: how far a match reaches, in the text\'s longest word and whitespace runs', () => {
  it('counts fixed parts, and bounds runs without spaces by W and whitespace runs by S', () => {
    expect(matchReach('\\bfoo\\b')).toEqual({ k: 5, a: 0, w: 0, s: 0 }); // \b reads one unit each side
    expect(matchReach('\\w+')).toEqual({ k: 0, a: 0, w: 1, s: 0 });
    expect(matchReach('[a-z]+(?:[._][a-z]+)+')).toEqual({ k: 0, a: 0, w: 1, s: 0 });
    expect(matchReach('\\s*:\\s*')).toEqual({ k: 1, a: 0, w: 0, s: 2 });
    expect(matchReach('(?:\\w+ ){0,2}?end')).toEqual({ k: 5, a: 0, w: 2, s: 0 });
    expect(matchReach('[^)\\]\\n]{1,120}')).toEqual({ k: 0, a: 120, w: 0, s: 0 }); // may hold astral characters
  });

  it('is unbounded for runs that may cross spaces and for backreferences', () => {
    expect(matchReach('.*').k).toBe(Infinity);
    expect(matchReach('(?:very )+good').k).toBe(Infinity);
    expect(matchReach('[^.]+').k).toBe(Infinity);
    expect(matchReach('(a)\\1').k).toBe(Infinity);
    expect(matchReach('[!\\- ]+').k).toBe(Infinity); // an escaped hyphen is a member, not a range: the class holds a space
  });

  it('never falls short: every match of every built-in pattern in its examples fits its reach', () => {
    let checked = 0;
    for (const rule of BUILTIN_RULES) {
      const texts = [...rule.examples.fire, ...rule.examples.pass].map((e) => (typeof e === 'string' ? e : e.text));
      for (const p of patternsOf(rule)) {
        const reach = matchReach(expandInlineCase(p.source));
        if (!Number.isFinite(reach.k)) continue;
        const re = compileRuleRegex(p.source, 'gu');
        for (const t of texts) {
          const f = foldText(t);
          const text = rule.case_sensitive ? f.folded : f.lower;
          const bound = reachIn(reach, ...shape(f.lower));
          for (const m of text.matchAll(re)) {
            checked++;
            expect(m[0].length, `${rule.id}: ${JSON.stringify(m[0])}`).toBeLessThanOrEqual(bound);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

/** Keyword starts the scan reports in a lower-cased text (compile.ts keywordPattern, engine.ts isLetter). */
function reportedStarts(lower: string, keys: readonly string[]): number[] {
  const letter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
  const out: number[] = [];
  for (const key of keys) {
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
      if (/^\p{L}/u.test(key) && at > 0 && letter(lower.charCodeAt(at - 1))) continue;
      out.push(at);
    }
  }
  return out;
}

describe('keywordSpan: where a match stands around the keyword hit that anchors it', () => {
  it('reads the keyword as a literal and what precedes and follows it', () => {
    expect(keywordSpan('\\bfoo bar\\b', ['foo'])).toEqual({ before: { k: 2, a: 0, w: 0, s: 0 }, after: { k: 9, a: 0, w: 0, s: 0 }, ascii: true });
    expect(keywordSpan('x(?:ab|cd)+', ['ab'])).toBeNull(); // "cd" alone matches
    expect(keywordSpan('\\w+foo', ['foo'])).toBeNull(); // a letter may precede it: the hit is dropped
    expect(keywordSpan('(?:foo)?bar', ['foo'])).toBeNull();
  });

  it('never falls short: every match of every built-in pattern in its examples lies in the window of a reported hit', () => {
    let checked = 0;
    for (const rule of BUILTIN_RULES) {
      const texts = [...rule.examples.fire, ...rule.examples.pass].map((e) => (typeof e === 'string' ? e : e.text));
      for (const p of patternsOf(rule)) {
        if (p.keywords.length === 0) continue;
        const keys = p.keywords.map((k) => k.toLowerCase().slice(0, 10));
        const span = keywordSpan(expandInlineCase(p.source), keys);
        if (span === null) continue;
        const re = compileRuleRegex(p.source, 'gu');
        for (const t of texts) {
          const f = foldText(t);
          if (span.ascii && /[\u00c0-\u1fff]/.test(f.lower.replace(/[\u00d7\u00f7]/g, ''))) continue;
          const text = rule.case_sensitive ? f.folded : f.lower;
          const [a, w, s] = shape(f.lower);
          const before = reachIn(span.before, a, w, s);
          const after = reachIn(span.after, a, w, s);
          const starts = reportedStarts(f.lower, keys);
          for (const m of text.matchAll(re)) {
            if (m[0].length === 0) continue;
            checked++;
            const end = m.index + m[0].length;
            const held = starts.some((q) => q >= m.index && q < end && m.index >= q - before && end <= q + after);
            expect(held, `${rule.id}: ${JSON.stringify(m[0])} in ${JSON.stringify(t)}`).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
