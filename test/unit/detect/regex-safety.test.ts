import { describe, expect, it } from 'vitest';
import { nestedRepetition } from '../../../src/detect/rules/regex.js';
import { rulesForPolicy } from '../../../src/detect/rules/compile.js';
import { defaultPolicy } from '../../../src/policy/schema.js';

/**
 * Patterns that can take exponential time (rules/regex.ts `nestedRepetition`): a long repetition
 * of a part that ends in a long repetition the next round may start with. The policy refuses
 * them (owner-rules.test.ts); the built-in packs hold none.
 */
describe('nested repetition', () => {
  it.each([
    ['(?:\\w+\\s?)+!$', '(?:\\w+\\s?)+'],
    ['(a+)+b', '(?:a+)+'],
    ['^(?:[a-z]+,?)*$', '(?:[…]+,?)*'],
    ['(?:x+x+)+y', '(?:x+x+)+'],
    ['(?:\\d+\\.?){2,}%', '(?:\\d+\\.?){2,}'],
    ['(?:(?i:ab)+c?)+d', '(?:(?:[…][…])+c?)+'],
    ['(?:\\p{L}+[ \\t]*)*:', '(?:\\p{L}+[…]*)*'],
  ])('%s is refused (%s)', (src, part) => {
    expect(nestedRepetition(src)).toBe(part);
  });

  it.each([
    '(?:\\w+ ){0,3}',
    '(?:ab+)*',
    '[a-z]+(?:\\.[a-z]+)+',
    '(?:\\d+ )*',
    '-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY',
    '(?:[a-z]+_)*[a-z]+',
    '(?:\\w+\\s?){1,5}!',
    '\\b(?:foo|bar)\\b',
    '(a|b)*c',
  ])('%s is taken', (src) => {
    expect(nestedRepetition(src)).toBeNull();
  });

  it('no built-in pattern, exception or fact pattern has one', () => {
    const rules = rulesForPolicy(defaultPolicy());
    const sources: string[] = [];
    for (const { rule } of rules.rules) {
      for (const p of rule.patterns ?? []) sources.push(typeof p === 'string' ? p : p.regex);
      sources.push(...(rule.exceptions ?? []));
      if (rule.facts !== undefined) sources.push(rule.facts);
    }
    expect(sources.length).toBeGreaterThan(1000);
    expect(sources.filter((s) => nestedRepetition(s) !== null)).toEqual([]);
  });
});
