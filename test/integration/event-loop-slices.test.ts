/**
 * The server keeps answering while it scans a lot: a 1,000-draft batch or a console backtest over
 * a month of drafts is seconds of scanning, and Slack wants its acks within 3 s. Scanning runs in
 * slices (src/lib/slices.ts); between them the event loop takes in other work.
 *
 * Measured without a clock budget: a ticker that asks for a turn of the event loop as often as it
 * can records the longest wait it saw, and that wait is held against the whole operation's time in
 * the same run. Scanned in one go, the longest wait is the scan itself, most of the operation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { loadBacktestRows, backtestInSlices } from '../../src/policy-store/backtest-load.js';
import { getActivePolicy } from '../../src/policy-store/store.js';
import { buildBook } from '../../src/detect/book.js';

let e: IntakeEnv;
beforeAll(async () => {
  e = await setupIntake();
});
afterAll(async () => e?.close());

/** Ordinary ~2 KB sales emails, each with its own sentences (the sentence model caches by text). */
function body(i: number): string {
  return [
    'Hi Jane,',
    `Thanks for the time on the call this morning, and for walking me through how the ${i + 3} regional teams hand work to each other at the end of each month.`,
    `You mentioned that the reconciliation step takes about ${(i % 9) + 2} days each close, mostly because the numbers arrive in spreadsheets from ${(i % 7) + 3} different tools and someone has to line them up by hand before anyone can review them.`,
    'That is the part we help with most. Our platform pulls the figures from the tools you already use, matches them automatically, and flags only the lines that do not agree, so the people doing the close spend their time on the exceptions rather than on copying and pasting.',
    `For a team of your size the setup usually takes ${(i % 4) + 2} weeks, and we would do most of it with your finance systems owner rather than asking your analysts to change how they work during the quarter.`,
    `I have attached a short summary of what we discussed, with the ${(i % 5) + 3} questions your controller raised and our answers to each of them, so you can share it with anyone who missed the call.`,
    `If it would help, I can set up a working session with our implementation lead for ${['Tuesday', 'Wednesday', 'Thursday'][i % 3]} of next week, where we would go through one of your recent closes end to end and show where the time would be saved.`,
    'Either way, let me know what else you would like to see, and I will put it together.',
    'Best regards,',
    'Sam',
  ].join('\n\n');
}

/** Runs `work` while a ticker asks for event-loop turns; its time and the longest wait between turns. */
async function watchLoop<T>(work: () => Promise<T>): Promise<{ result: T; totalMs: number; longestWaitMs: number; turns: number }> {
  let last = performance.now();
  let longest = 0;
  let turns = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    turns++;
    if (running) setImmediate(tick);
  };
  const t0 = performance.now();
  setImmediate(tick);
  const result = await work();
  running = false;
  const totalMs = performance.now() - t0;
  return { result, totalMs, longestWaitMs: Math.max(longest, performance.now() - last), turns };
}

describe('the event loop while the server scans', () => {
  it('keeps turning through a 500-draft batch: no wait longer than a third of the request', async () => {
    // A server that has taken drafts before: V8 compiles a rule's regex on its first run, and a
    // first draft's rare rules cost a cold start no slicing can split (detect/warm.ts).
    const warm = Array.from({ length: 20 }, (_, i) => e.draft({ template_id: 'tpl-slices-warm', external_id: `slices-warm-${i}`, body: body(1000 + i) }));
    expect((await e.post('/v1/drafts/batch', { drafts: warm })).status).toBe(200);
    const drafts = Array.from({ length: 500 }, (_, i) => e.draft({ template_id: 'tpl-slices', external_id: `slices-${i}`, body: body(i), subject: `Your month-end close, part ${i}` }));
    const w = await watchLoop(async () => {
      const res = await e.post('/v1/drafts/batch', { drafts });
      return { status: res.status, json: (await res.json()) as { created: number } };
    });
    expect(w.result.status).toBe(200);
    expect(w.result.json.created).toBe(500);
    expect(w.turns).toBeGreaterThan(20);
    expect(w.longestWaitMs).toBeLessThan(w.totalMs / 3);
  });

  it('keeps turning through a backtest of those drafts under two policies', async () => {
    const active = await getActivePolicy(e.deps.db, { fresh: true });
    const { rows, book } = await loadBacktestRows(e.deps.db, e.deps.sql, new Date(Date.now() - 86_400_000));
    expect(rows.length).toBeGreaterThanOrEqual(520);
    const candidate = structuredClone(active.policy);
    candidate.high_tier.account_value_usd = 1;
    const w = await watchLoop(() => backtestInSlices(rows, candidate, active.policy, buildBook(book, { sensitiveFields: candidate.sensitive_fields })));
    expect(w.result.rows).toBe(rows.length);
    expect(w.result.changedTotal).toBeGreaterThan(0);
    expect(w.turns).toBeGreaterThan(20);
    expect(w.longestWaitMs).toBeLessThan(w.totalMs / 3);
  });
});
