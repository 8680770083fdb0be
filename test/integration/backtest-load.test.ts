/**
 * What a backtest replays (src/policy-store/backtest-load.ts): the period's drafts, oldest first,
 * at most a cap of them — past it the most recent whole UTC days that fit — and how many the
 * period held, which the report and the console show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { loadBacktestRows } from '../../src/policy-store/backtest-load.js';

let e: IntakeEnv;
const DAY = 86_400_000;
const noon = (daysAgo: number, minute: number) => {
  const d = new Date(Date.now() - daysAgo * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12, minute));
};

beforeAll(async () => {
  e = await setupIntake();
  // 30 drafts: ten on each of the three days before today, a minute apart.
  const drafts = Array.from({ length: 30 }, (_, i) => e.draft({ template_id: 'tpl-bt-window', external_id: `bt-window-${i}` }));
  const res = await e.post('/v1/drafts/batch', { drafts });
  expect(res.status).toBe(200);
  for (let i = 0; i < 30; i++) {
    await e.deps.sql`update drafts set created_at = ${noon(3 - Math.floor(i / 10), i % 10).toISOString()}::timestamptz where external_id = ${`bt-window-${i}`}`;
  }
});
afterAll(async () => e?.close());

const ids = (rows: Array<{ draft: { external_id?: string } }>) => rows.map((r) => Number(r.draft.external_id!.split('-').pop()));
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

describe('loadBacktestRows', () => {
  const since = () => new Date(Date.now() - 7 * DAY);

  it('reads the whole period, oldest first, when it fits', async () => {
    const r = await loadBacktestRows(e.deps.db, e.deps.sql, since(), 100);
    expect(ids(r.rows)).toEqual(range(0, 30));
    expect(r.periodDrafts).toBe(30);
  });

  it('past the cap, keeps the most recent whole days: a day the cap cuts into is left out', async () => {
    const r = await loadBacktestRows(e.deps.db, e.deps.sql, since(), 25);
    expect(ids(r.rows)).toEqual(range(10, 30));
    expect(r.periodDrafts).toBe(30);
  });

  it('a cap on a day boundary keeps every day it covers', async () => {
    const r = await loadBacktestRows(e.deps.db, e.deps.sql, since(), 20);
    expect(ids(r.rows)).toEqual(range(10, 30));
  });

  it('a cap smaller than the latest day keeps that day\'s latest drafts', async () => {
    const r = await loadBacktestRows(e.deps.db, e.deps.sql, since(), 4);
    expect(ids(r.rows)).toEqual(range(26, 30));
    expect(r.periodDrafts).toBe(30);
  });

  it('counts only the period', async () => {
    const r = await loadBacktestRows(e.deps.db, e.deps.sql, noon(2, 30), 100);
    expect(ids(r.rows)).toEqual(range(20, 30));
    expect(r.periodDrafts).toBe(10);
  });
});
