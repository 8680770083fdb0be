/**
 * A rule reads the folded text (normalize.ts: NFKC, curly quotes and dashes to ASCII, look-alikes,
 * digits of every script), so its own characters are folded the same way when it is compiled
 * (rules/regex.ts foldPatternSource, fifty-first session): a pattern written with "’", "—", a
 * fullwidth "（" or Thai "ำ" matches the text it names, however the text writes it.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { foldLiteral, foldPatternSource } from '../../../src/detect/rules/regex.js';
import { RuleSchema } from '../../../src/detect/rules/schema.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

describe('foldPatternSource', () => {
  it('folds what the text folds and escapes what a regex would read', () => {
    expect(foldPatternSource('\\bdon’t wait\\b')).toBe("\\bdon't wait\\b");
    expect(foldPatternSource('（社外秘）')).toBe('\\(社外秘\\)');
    expect(foldPatternSource('see below…')).toBe('see below\\.\\.\\.');
    expect(foldPatternSource('ปรับสำนวน')).toBe('ปรับส\u0e4d\u0e32นวน');
    expect(foldPatternSource('price — final')).toBe('price - final');
  });

  it('escapes a folded dash inside a class, where it would make a range', () => {
    const folded = foldPatternSource('ticket [a-z]+-\\d+\\s*[—–:-]');
    expect(folded).toBe('ticket [a-z]+-\\d+\\s*[\\-\\-:-]');
    expect(new RegExp(folded, 'u').test('ticket oc-503 - resolved')).toBe(true);
    // "[--:]" would be the range from "-" to ":", digits and "." in it.
    expect(new RegExp(folded, 'u').test('ticket oc-50318 is resolved')).toBe(false);
  });

  it('leaves ASCII sources and sources whose fold would not compile as written', () => {
    const ascii = '\\b(?:last|final) chance\\b';
    expect(foldPatternSource(ascii)).toBe(ascii);
    // The Arabic shadda folds away: before its quantifier it would leave "?" alone.
    expect(foldPatternSource('\u0651?')).toBe('\u0651?');
  });

  it('folds keywords without escaping', () => {
    expect(foldLiteral('don’t')).toBe("don't");
    expect(foldLiteral('（注')).toBe('(注');
    expect(foldLiteral('plain')).toBe('plain');
  });
});

describe("an owner's rule written with characters the text folds", () => {
  const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
  const book = buildBook([account]);
  const rule = RuleSchema.parse({
    id: 'owner.fold', kind: 'internal_marker', severity: 'critical',
    patterns: ['we’re keen on plums', '（社外秘）', 'ปรับสำนวน'], keywords: ['we’re', '社外秘', 'ปรับ'],
    message: 'internal: "{match}"',
    examples: { fire: ['We’re keen on plums.'], pass: ['We like plums.'] },
  });
  const policy = { ...testPolicy(), rules: [rule] };
  const fired = (body: string): string[] =>
    scanDraft({ subject: 'Hello', body: `Hi Dana,\n\n${body}\n\nBest,\nSam`, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, policy)
      .filter((f) => f.rule === 'owner.fold').map((f) => f.excerpt ?? '');

  it.each([
    "We're keen on plums this year.",
    'We’re keen on plums this year.',
    '（社外秘）価格表を添付します。',
    '(社外秘)価格表を添付します。',
    'หมายเหตุ: ปรับสำนวนให้สุภาพขึ้นแล้ว',
  ])('fires on %s', (body) => {
    expect(fired(body)).toHaveLength(1);
  });

  it('fires on nothing else', () => {
    expect(fired('We are keen on pears this year.')).toEqual([]);
  });
});
