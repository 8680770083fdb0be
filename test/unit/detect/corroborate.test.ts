/**
 * `corroborate`: a rule hit counts only where the learned sentence model gives the rule's kind at
 * least that probability; below it the finding stays, as info, with the model's reading in its
 * message. Rules of kinds the model does not learn keep their severity.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { RuleSchema, parseRuleFile } from '../../../src/detect/rules/schema.js';
import type { Finding } from '../../../src/detect/types.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
const book = buildBook([account]);

const rule = (extra: Record<string, unknown>) => RuleSchema.parse({
  id: 'owner.invoice-word',
  kind: 'tone',
  severity: 'warn',
  phrases: ['invoice'],
  message: 'names the invoice: "{match}"',
  examples: { fire: ['Your invoice is attached.'], pass: ['Your bill is attached.'] },
  ...extra,
});

function owned(body: string, extra: Record<string, unknown>): Finding[] {
  const policy = { ...testPolicy(), rules: [rule(extra)] };
  const draft = { subject: 'Following up', body: `Hi Dana,\n\n${body}\n\nBest,\nSam`, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' };
  return scanDraft(draft, account, book, policy).filter((f) => f.rule === 'owner.invoice-word');
}

describe('corroborate', () => {
  it('reports a hit in a sentence the model reads as ordinary prose as info, with the reading', () => {
    const [f] = owned('Your invoice for March is attached, as usual.', { corroborate: 0.5 });
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/sentence model reads it as pressure at 0\.\d\d, under the rule's 0\.5/);
  });

  it('keeps the severity without it, or where the model agrees', () => {
    expect(owned('Your invoice for March is attached, as usual.', {})[0]?.severity).toBe('warn');
    const pressure = 'Sign today or the invoice total doubles tomorrow, and you will have nobody to blame but yourself.';
    expect(owned(pressure, { corroborate: 0.05 })[0]?.severity).toBe('warn');
  });

  it('is ignored by kinds the model does not learn', () => {
    expect(owned('Your invoice for March is attached, as usual.', { corroborate: 0.9, kind: 'sensitive_field' })[0]?.severity).toBe('warn');
  });

  it('must lie strictly between 0 and 1: a clear error, with the line', () => {
    for (const bad of ['1.5', '0', '-0.2', 'high']) {
      const r = parseRuleFile(`pack: p\nrules:\n  - id: owner.x\n    kind: tone\n    severity: warn\n    phrases: [x]\n    corroborate: ${bad}\n    message: m\n    examples: {fire: ['x'], pass: ['y']}\n`);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.some((e) => e.path.endsWith('corroborate') && e.line === 7)).toBe(true);
    }
  });
});
