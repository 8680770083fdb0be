import { describe, expect, it } from 'vitest';
import { anyOf, splitSource } from '../../../src/detect/rules/any-of.js';
import { expandInlineCase } from '../../../src/detect/rules/regex.js';
import { BUILTIN_RULES } from '../../../src/detect/packs/index.js';
import { patternsOf } from '../../../src/detect/rules/schema.js';
import { TOLD_RE } from '../../../src/detect/rules/engine.js';

describe('anyOf: a long alternation searched one branch at a time', () => {
  it('splits the top-level alternatives, or the longest top-level group with what surrounds it', () => {
    expect(splitSource('ab|c(?:d|e)|f', 0)).toEqual(['ab', 'c(?:d)', 'c(?:e)', 'f']);
    expect(splitSource('(?<![a-z])(?:per your site|as you said)(?![a-z])', 0)).toEqual([
      '(?<![a-z])(?:per your site)(?![a-z])',
      '(?<![a-z])(?:as you said)(?![a-z])',
    ]);
  });

  it('leaves alone what is not a free-standing alternation: classes, escapes, quantified or capturing groups, lookarounds, backreferences', () => {
    expect(splitSource('[(|)]x', 0)).toEqual(['[(|)]x']);
    expect(splitSource(String.raw`a\|b\(c`, 0)).toEqual([String.raw`a\|b\(c`]);
    expect(splitSource('(?:a|b)+c', 0)).toEqual(['(?:a|b)+c']);
    expect(splitSource('(?:a|b){2}c', 0)).toEqual(['(?:a|b){2}c']);
    expect(splitSource('(a|b)c', 0)).toEqual(['(a|b)c']);
    expect(splitSource('x(?=a|b)', 0)).toEqual(['x(?=a|b)']);
    expect(splitSource(String.raw`(a)(?:b|\1)`, 0)).toEqual([String.raw`(a)(?:b|\1)`]);
    expect(splitSource('(?<w>a)(?:b|\\k<w>)', 0)).toEqual(['(?<w>a)(?:b|\\k<w>)']);
  });

  it('keeps short sources whole and offers the whole source', () => {
    const re = /(?:congrats|well done) on/u;
    expect(splitSource(re.source)).toEqual([re.source]);
    expect(anyOf(re).source).toBe(re.source);
  });

  it('answers as the whole regex does for every built-in pattern, split down to branches of 600 characters, on the first 10 fire and 10 pass examples of its rule', () => {
    let compared = 0;
    let matched = 0;
    const differ: string[] = [];
    for (const rule of BUILTIN_RULES) {
      const texts = [...rule.examples.fire.slice(0, 10), ...rule.examples.pass.slice(0, 10)].map((e) => (typeof e === 'string' ? e : e.text));
      const lowered = texts.map((t) => (rule.case_sensitive ? t : t.toLowerCase()));
      for (const { source } of patternsOf(rule)) {
        const expanded = expandInlineCase(source);
        const parts = splitSource(expanded, 600);
        if (parts.length === 1) continue;
        const whole = new RegExp(expanded, 'u');
        const split = parts.map((p) => new RegExp(p, 'u'));
        for (const t of lowered) {
          const expected = whole.test(t);
          if (split.some((p) => p.test(t)) !== expected) differ.push(`${rule.id}: /${source}/ on "${t}"`);
          compared++;
          if (expected) matched++;
        }
      }
    }
    expect(differ).toEqual([]);
    // The comparison must have met both answers, many times.
    expect(compared).toBeGreaterThan(1500);
    expect(matched).toBeGreaterThan(200);
  });

  it('TOLD_RE (split in engine.ts) reads what it read whole', () => {
    const whole = new RegExp(TOLD_RE.source, 'u');
    const texts = [
      'thanks for letting me know about the budget freeze.',
      'as you mentioned on the call, the rollout slipped to march.',
      'your point about onboarding time stuck with me.',
      'we opened an office in denver last year.',
      'i saw that you raised a series b.',
    ];
    for (const t of texts) expect(TOLD_RE.test(t)).toBe(whole.test(t));
    expect(texts.some((t) => whole.test(t))).toBe(true);
  });
});
