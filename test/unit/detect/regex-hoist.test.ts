/**
 * compileRuleRegex gives a branch that opens on a reading lookbehind a lookahead of the rest of the
 * branch (regex.ts `hoistLookbehinds`): the same matches at the same places, the report group `m`
 * and numbered groups as written.
 */
import { describe, expect, it } from 'vitest';
import { compileRuleRegex, expandInlineCase, hoistLookbehinds } from '../../../src/detect/rules/regex.js';
import { BUILTIN_RULES } from '../../../src/detect/packs/index.js';

const TEXT = "thanks for the call. let me know if you want it shorter, and tell me if you need the trial link extended. lmk if u want it punchier! the expired link: tell me if you want it warmer.";

function matches(re: RegExp, text: string): string[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${m.groups?.m ?? ''}:${m[1] ?? ''}`);
}

describe('hoistLookbehinds', () => {
  const src = String.raw`(?<!\b(?:expired|trial|link)\b[^.!?\n]{0,80})\b(?:lmk|let me know|tell me) if (?:u|you) (?:want|need) (?<m>it|this) (shorter|punchier|warmer)\b`;

  it('puts a lookahead of the rest before a lookbehind that reads a run back', () => {
    const hoisted = hoistLookbehinds(src);
    expect(hoisted.startsWith('(?=')).toBe(true);
    // The copy in the lookahead captures nothing: the groups keep their numbers and names.
    expect(hoisted).toContain('(?:it|this)');
    expect(new RegExp(hoisted, 'gu').exec('tell me if you want it shorter')?.[2]).toBe('shorter');
  });

  it('finds what the pattern as written finds, group m and group 1 included', () => {
    expect(matches(compileRuleRegex(src), TEXT)).toEqual(matches(new RegExp(src, 'gu'), TEXT));
    expect(matches(compileRuleRegex(src), TEXT).length).toBe(2);
  });

  it('leaves a branch alone when its lookbehind is one character, or the rest has a backreference', () => {
    expect(hoistLookbehinds(String.raw`(?<![\p{L}])(?:you|your)(?![\p{L}])`)).toBe(String.raw`(?<![\p{L}])(?:you|your)(?![\p{L}])`);
    const backref = String.raw`(?<!\bno\b[^.]{0,20})(\w+) \1`;
    expect(hoistLookbehinds(backref)).toBe(backref);
  });

  it('leaves a lookbehind that reads only a few characters back as written (a sentence start)', () => {
    // SENTENCE_OPENS fails at once almost everywhere; a lookahead of the rest before it ran the whole
    // branch at every "with" in the text (fifty-third session).
    const opens = String.raw`(?<=^|[.!?]\s{1,3}|\n)[\s>*-]*(?:with|since) [\p{L} -]{2,30}? (?:at|of) [\p{L} -]{2,40}? (?:jumping|falling) to \d+`;
    expect(hoistLookbehinds(opens)).toBe(opens);
    expect(hoistLookbehinds(String.raw`(?<=\s{0,4}x)y`)).toBe(String.raw`(?<=\s{0,4}x)y`);
    // A bound above a few characters, an open bound, a star or a plus still reads a run back.
    for (const look of [String.raw`(?<=\s{1,5}x)`, String.raw`(?<!a[^.]{2,}b)`, String.raw`(?<!a\s*b)`, String.raw`(?<!a\s+b)`]) {
      expect(hoistLookbehinds(`${look}yz`)).toBe(`(?=yz)${look}yz`);
    }
    // An escaped star or plus is a character, not a run.
    expect(hoistLookbehinds(String.raw`(?<!\*\+)yz`)).toBe(String.raw`(?<!\*\+)yz`);
    const text = 'record. with enrollment at acme jumping to 40. we work with teams at acme jumping to 50.';
    expect(matches(compileRuleRegex(opens), text)).toEqual(matches(new RegExp(opens, 'gu'), text));
    expect(matches(compileRuleRegex(opens), text).length).toBe(1);
  });

  it('reads branches inside a group that is a whole branch, and leaves the others as written', () => {
    const joined = `(?:${src.replace('(?<m>', '(?<m0>')})|(?:plain words)`;
    const hoisted = hoistLookbehinds(joined);
    expect(hoisted).toMatch(/^\(\?:\(\?=/);
    expect(hoisted.endsWith('|(?:plain words)')).toBe(true);
  });

  it('answers as the source does for every built-in pattern with a lookbehind, on its rule\'s examples', () => {
    let hoistedPatterns = 0;
    for (const rule of BUILTIN_RULES) {
      const texts = [...rule.examples.fire, ...rule.examples.pass].map((e) => (typeof e === 'string' ? e : e.text).toLowerCase());
      for (const p of rule.patterns) {
        const source = typeof p === 'string' ? p : (p as { regex?: string }).regex;
        if (source === undefined || !source.includes('(?<')) continue;
        const written = new RegExp(expandInlineCase(source), 'gu');
        const compiled = compileRuleRegex(source);
        if (compiled.source !== written.source) hoistedPatterns++;
        for (const t of texts) expect(matches(compiled, t)).toEqual(matches(written, t));
      }
    }
    expect(hoistedPatterns).toBeGreaterThan(10);
  });
});
