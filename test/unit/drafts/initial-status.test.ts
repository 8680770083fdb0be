import { describe, expect, it } from 'vitest';
import { initialStatus } from '../../../src/drafts/initial-status.js';

describe('initialStatus', () => {
  it.each([
    [{ tier: 'blocked', sampled: false }, 'blocked'],
    [{ tier: 'blocked', sampled: true }, 'blocked'],
    [{ tier: 'high', sampled: false }, 'pending_review'],
    [{ tier: 'high', sampled: true }, 'pending_review'],
    [{ tier: 'low', sampled: true }, 'pending_review'],
    [{ tier: 'low', sampled: false }, 'approved'],
  ] as const)('%j → %s', (t, want) => {
    expect(initialStatus(t)).toBe(want);
  });
});
