import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { CHANGED_DRAFTS_MAX, backtestPolicy, formatBacktest, type BacktestRow } from '../../../src/policy/backtest.js';
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

  it('lists the drafts whose tier would change (id, account, template, from → to), bounded, with the total', () => {
    const active = testPolicy();
    const candidate = testPolicy();
    candidate.high_tier.account_value_usd = 200_000;
    candidate.high_tier.new_template_probation = 5;
    const r = backtestPolicy(rows, candidate, active, book);
    const total = Object.values(r.changed).reduce((a, b) => a + b, 0);
    expect(r.changedTotal).toBe(total);
    expect(r.changedDrafts).toHaveLength(total);
    for (const d of r.changedDrafts) {
      expect(d.from).not.toBe(d.to);
      expect(r.changed[`${d.from} → ${d.to}`]).toBeGreaterThan(0);
      const row = rows.find((x) => x.draftId === d.draftId)!;
      expect(d).toMatchObject({ accountId: row.account.id, accountName: row.account.name, templateId: row.draft.template_id, createdAt: row.createdAt.toISOString() });
    }
    // An Acme Analytics draft past probation: high under the active policy, not under the candidate.
    expect(r.changedDrafts.some((d) => d.accountId === ACME_ANALYTICS.id && d.from === 'high' && d.to !== 'high')).toBe(true);
    expect(formatBacktest(r)).toContain(r.changedDrafts[0]!.draftId);
    // Nothing changes: an empty list.
    const same = backtestPolicy(rows, active, active, book);
    expect(same.changedTotal).toBe(0);
    expect(same.changedDrafts).toEqual([]);
  });

  it('bounds the changed-drafts list and still counts them all', () => {
    const many: BacktestRow[] = Array.from({ length: CHANGED_DRAFTS_MAX + 50 }, (_, i) => ({
      ...rows[0]!,
      draftId: `m-${String(i).padStart(4, '0')}`,
      account: ACME_ANALYTICS,
      createdAt: new Date(Date.UTC(2025, 0, 1, 9, 0, i)),
      draft: { ...rows[0]!.draft, external_id: `m-${i}`, account_id: ACME_ANALYTICS.id, template_id: 'tpl-many' },
    }));
    const active = testPolicy();
    const candidate = testPolicy();
    candidate.high_tier.account_value_usd = 10_000_000;
    candidate.high_tier.new_template_probation = 0;
    const r = backtestPolicy(many, candidate, active, book);
    expect(r.changedTotal).toBeGreaterThan(CHANGED_DRAFTS_MAX);
    expect(r.changedDrafts).toHaveLength(CHANGED_DRAFTS_MAX);
    // Oldest first.
    expect(r.changedDrafts.map((d) => d.createdAt)).toEqual([...r.changedDrafts.map((d) => d.createdAt)].sort());
  });

  it('reads findings scanned ahead (the console scans in slices) as it would scan them, and only those it is given', () => {
    const active = testPolicy();
    const candidate = testPolicy();
    candidate.high_tier.account_value_usd = 200_000;
    const scan = (p: typeof active) => new Map(rows.map((r) => [r.draftId, scanDraft(r.draft, r.account, book, p)]));
    const ahead = { candidate: scan(candidate), active: scan(active) };
    expect(backtestPolicy(rows, candidate, active, book, { scanned: ahead })).toEqual(backtestPolicy(rows, candidate, active, book));
    // A finding given for one draft is what tiers it: the leak on d-5 taken away, it is not blocked.
    const withoutLeak = { candidate: new Map(ahead.candidate).set('d-5', []), active: ahead.active };
    const r = backtestPolicy(rows, candidate, active, book, { scanned: withoutLeak });
    expect(r.active.tiers.blocked).toBe(1);
    expect(r.candidate.tiers.blocked).toBe(0);
    // A draft missing from the map is scanned here.
    const partial = { candidate: new Map([...ahead.candidate].filter(([id]) => id !== 'd-5')), active: ahead.active };
    expect(backtestPolicy(rows, candidate, active, book, { scanned: partial }).candidate.tiers.blocked).toBe(1);
  });

  it('says when the period held more drafts than it replayed, and not otherwise', () => {
    const p = testPolicy();
    const whole = backtestPolicy(rows, p, p, book);
    expect(whole.periodDrafts).toBe(40);
    expect(formatBacktest(whole)).not.toContain('The period holds');
    const capped = backtestPolicy(rows, p, p, book, { periodDrafts: 12_345 });
    expect(capped.rows).toBe(40);
    expect(capped.periodDrafts).toBe(12_345);
    expect(formatBacktest(capped)).toContain('The period holds 12345 drafts; these are the most recent whole days of them that fit in one backtest.');
  });

  it('is pure: same input, same report', () => {
    const p = testPolicy();
    expect(backtestPolicy(rows, p, p, book)).toEqual(backtestPolicy([...rows].reverse(), p, p, book));
  });
});
