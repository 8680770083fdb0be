import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { backtestPolicy, formatBacktest, type BacktestRow } from '../../../src/policy/backtest.js';
import { ACME_ANALYTICS, BOOK_ACCOUNTS, PIED_PIPER, testPolicy } from '../../fixtures/detect/book.js';

const book = buildBook(BOOK_ACCOUNTS);
const rows: BacktestRow[] = Array.from({ length: 40 }, (_, i) => {
  const account = i % 4 === 0 ? ACME_ANALYTICS : PIED_PIPER;
  return {
    draftId: `d-${i}`,
    account,
    createdAt: new Date(Date.UTC(2025, 0, 1 + (i % 5), 9)),
    reviewer: i % 2 === 0 ? 'U0REVIEW1' : null,
    draft: {
      external_id: `e-${i}`, account_id: account.id, to: { email: `dana@${account.domain}`, name: 'Dana' },
      from: 'sam@ourco.com', subject: 'Hello', body: i === 5 ? 'Hi Dana, your discount is 22%... INTERNAL ONLY' : 'Hi Dana, a 30-minute call next week?',
      workflow: 'intro', template_id: `tpl-${i % 2}`,
    },
  };
});

describe('backtestPolicy', () => {
  it('counts tiers per policy and per rep, with daily review load', () => {
    const active = testPolicy();
    const candidate = testPolicy();
    candidate.high_tier.account_value_usd = 200_000;
    candidate.high_tier.new_template_probation = 5;
    const r = backtestPolicy(rows, candidate, active, book);
    expect(r.rows).toBe(40);
    expect(r.days).toBe(5);
    const sum = (t: typeof r.active.tiers) => t.blocked + t.high + t.lowSampled + t.lowAuto;
    expect(sum(r.active.tiers)).toBe(40);
    expect(sum(r.candidate.tiers)).toBe(40);
    expect(r.active.tiers.blocked).toBe(1);
    // Acme Analytics ($120k) is high under the active policy but not under the candidate.
    expect(r.candidate.tiers.high).toBeLessThan(r.active.tiers.high);
    expect(Object.keys(r.active.reps).sort()).toEqual(['U0OWNER1', 'U0REVIEW1']);
    const rep = r.active.reps.U0REVIEW1;
    expect(rep?.reviewed).toBeGreaterThan(0);
    expect(rep?.maxPerDay).toBeGreaterThanOrEqual(rep?.meanPerDay ?? 0);
    expect(Object.values(r.changed).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const text = formatBacktest(r);
    expect(text).toContain('Backtest over 40 drafts');
    expect(text).toMatch(/high \(reviewed\)\s+\d+\s+\d+/);
    expect(text).toContain('U0REVIEW1');
  });

  it('is pure: same input, same report', () => {
    const p = testPolicy();
    expect(backtestPolicy(rows, p, p, book)).toEqual(backtestPolicy([...rows].reverse(), p, p, book));
  });
});
