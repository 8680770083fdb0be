import { describe, expect, it } from 'vitest';
import { policyPage, type PolicyPageInput } from '../../src/console/pages/policy.js';
import type { BacktestReport, PolicyFigures } from '../../src/policy/backtest.js';

const figures: PolicyFigures = { total: 40, tiers: { blocked: 1, high: 9, lowSampled: 3, lowAuto: 27 }, reviewShare: 0.3, reps: {} };
const report = (periodDrafts: number): BacktestReport => ({
  rows: 40, periodDrafts, from: '2026-11-02T09:00:00.000Z', to: '2026-11-30T09:00:00.000Z', days: 29,
  candidate: figures, active: figures, changed: {}, changedTotal: 0, changedDrafts: [],
});
const input = (backtest: BacktestReport): PolicyPageInput => ({
  active: { version: 3, comment: 'raise the threshold', appliedAt: null }, versions: [], candidate: 'high_tier: {}\n', diff: null,
  errors: [], backtest, days: 30, suggestions: [], suggestionsLoaded: false,
});
const render = async (b: BacktestReport) => String(await policyPage(input(b), { user: 'U0OWNER', role: 'owner', csrf: 'tok' }, null));

describe('the console\'s backtest', () => {
  it('says how many drafts the period held when it replayed only the most recent of them', async () => {
    const page = await render(report(12_345));
    expect(page).toContain('Backtest over 40 drafts, 2026-11-02 to 2026-11-30 (29 days)');
    expect(page).toMatch(/data-testid="backtest-capped">The period holds 12345 drafts; these are the most recent whole days of them that fit in one backtest/);
  });

  it('says nothing of the kind when it replayed the whole period', async () => {
    expect(await render(report(40))).not.toContain('backtest-capped');
  });
});
