import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/policy/schema.js';
import {
  isSampled, newTemplateHistory, nextTemplateHistory, sampleDraw, sampleRateFor, type ReviewOutcome, type TemplateHistory,
} from '../../../src/policy/sampling.js';

const policy = defaultPolicy();
const replay = (outcomes: ReviewOutcome[], h: TemplateHistory = newTemplateHistory()) =>
  outcomes.reduce((acc, o) => nextTemplateHistory(acc, o, policy), h);

describe('isSampled', () => {
  it('is deterministic in draft id and policy version', () => {
    expect(sampleDraw('d-1', 3)).toBe(sampleDraw('d-1', 3));
    expect(isSampled('d-1', 3, 0.2)).toBe(isSampled('d-1', 3, 0.2));
    expect(sampleDraw('d-1', 3)).not.toBe(sampleDraw('d-1', 4));
  });
  it('hits the rate over many drafts', () => {
    let n = 0;
    for (let i = 0; i < 10_000; i++) if (isSampled(`draft-${i}`, 1, 0.2)) n++;
    expect(n / 10_000).toBeGreaterThan(0.18);
    expect(n / 10_000).toBeLessThan(0.22);
  });
  it('rate 1 samples everything, rate 0 nothing', () => {
    expect(isSampled('x', 1, 1)).toBe(true);
    expect(isSampled('x', 1, 0)).toBe(false);
  });
  it('matches the documented SHA-256 recipe', async () => {
    const { createHash } = await import('node:crypto');
    const hex = createHash('sha256').update('7:abc').digest('hex').slice(0, 8);
    expect(sampleDraw('abc', 7)).toBe(parseInt(hex, 16) / 2 ** 32);
  });
});

describe('switching rules (ISO 2859-1 style)', () => {
  it('starts normal at the base rate', () => {
    expect(newTemplateHistory().state).toBe('normal');
    expect(sampleRateFor(newTemplateHistory(), policy)).toBe(0.2);
  });
  it('tightens after 2 rejections among the last 5 sampled', () => {
    expect(replay(['reject', 'approve', 'approve', 'approve']).state).toBe('normal');
    const h = replay(['reject', 'approve', 'approve', 'approve', 'reject']);
    expect(h.state).toBe('tightened');
    expect(sampleRateFor(h, policy)).toBe(1);
  });
  it('does not tighten when the rejections are 6 reviews apart', () => {
    expect(replay(['reject', 'approve', 'approve', 'approve', 'approve', 'reject']).state).toBe('normal');
  });
  it('relaxes from tightened to normal after 5 clean reviews, not before', () => {
    const t = replay(['reject', 'reject']);
    expect(t.state).toBe('tightened');
    expect(replay(['approve', 'approve', 'approve', 'approve'], t).state).toBe('tightened');
    const n = replay(['approve', 'approve', 'approve', 'approve', 'approve'], t);
    expect(n.state).toBe('normal');
    expect(replay(['reject'], n).state).toBe('normal'); // old rejections were forgotten
  });
  it('an edit breaks a clean run', () => {
    const t = replay(['reject', 'reject', 'approve', 'approve', 'edit', 'approve', 'approve', 'approve', 'approve']);
    expect(t.state).toBe('tightened');
  });
  it('reduces to the floor after 30 clean reviews and is back to normal on any rejection', () => {
    const r = replay(Array(30).fill('approve'));
    expect(r.state).toBe('reduced');
    expect(sampleRateFor(r, policy)).toBe(0.05);
    expect(replay(Array(29).fill('approve')).state).toBe('normal');
    expect(replay(['edit'], r).state).toBe('reduced');
    expect(replay(['reject'], r).state).toBe('normal');
  });
  it('keeps only the last of_last outcomes', () => {
    expect(replay(Array(12).fill('approve')).recentSampled).toHaveLength(5);
  });
});
