/**
 * A firm pattern (`{regex, keywords, firm: true}`, rules/schema.ts) stands without the sentence
 * model: its matches skip the rule's `corroborate` bar, while the rule's other patterns still need
 * the model's agreement. Owner rules may use it; a malformed `firm` is refused with its path.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { RuleSchema } from '../../../src/detect/rules/schema.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
const book = buildBook([account]);

// The model reads neither sentence as pressure anywhere near 0.95: only a firm match counts.
const rule = RuleSchema.parse({
  id: 'owner.quiet-jab',
  kind: 'tone',
  severity: 'warn',
  corroborate: 0.95,
  message: 'a quiet jab: "{match}"',
  patterns: [
    { regex: '\\bthe teal brochure\\b', keywords: ['teal'], firm: true },
    { regex: '\\bthe mauve brochure\\b', keywords: ['mauve'] },
  ],
  examples: { fire: ['I have attached the teal brochure.'], pass: ['I have attached the brochure.'] },
});

function found(line: string) {
  const policy = { ...testPolicy(), rules: [rule] };
  const body = `Hi Dana,\n\nThanks for the time on Tuesday.\n\n${line}\n\nBest,\nSam`;
  return scanDraft({ subject: 'Following up', body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, policy)
    .filter((f) => f.rule === 'owner.quiet-jab');
}

describe('firm patterns', () => {
  it('a firm match counts whatever the model reads; the same rule\'s other pattern is shown as info', () => {
    expect(found('I have attached the teal brochure for your team.').map((f) => f.severity)).toEqual(['warn']);
    const quiet = found('I have attached the mauve brochure for your team.');
    expect(quiet.map((f) => f.severity)).toEqual(['info']);
    expect(quiet[0]!.message).toContain('under the rule\'s 0.95');
  });

  it('firm findings carry nothing new out of the scan', () => {
    const [f] = found('I have attached the teal brochure for your team.');
    expect(Object.keys(f!).sort()).toEqual(['end', 'excerpt', 'field', 'kind', 'message', 'rule', 'severity', 'start']);
  });

  it('refuses a firm that is not true, and a firm pattern without keywords, with the path', () => {
    const examples = { fire: ['a'], pass: ['b'] };
    const bad = RuleSchema.safeParse({ id: 'x.y', kind: 'tone', severity: 'warn', message: 'm', examples, patterns: [{ regex: 'a', keywords: ['a'], firm: 'yes' }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path.slice(0, 2)).toEqual(['patterns', 0]);
    expect(RuleSchema.safeParse({ id: 'x.y', kind: 'tone', severity: 'warn', message: 'm', examples, patterns: [{ regex: 'a', firm: true }] }).success).toBe(false);
  });
});
