import { describe, expect, it } from 'vitest';
import { advanceCursor } from '../../../src/guard/monitors.js';

describe('review cursor', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it('remembers holes below the new maximum, fills them when seen, drops them after gapMs', () => {
    const c1 = advanceCursor({ lastId: 10, gaps: [], droppedGaps: 0 }, [11, 13, 15], now, 60_000);
    expect(c1).toEqual({ lastId: 15, gaps: [{ id: 12, since: now.toISOString() }, { id: 14, since: now.toISOString() }], droppedGaps: 0 });
    const c2 = advanceCursor(c1, [12], new Date(now.getTime() + 1000), 60_000);
    expect(c2.gaps.map((g) => g.id)).toEqual([14]);
    expect(c2.lastId).toBe(15);
    const c3 = advanceCursor(c2, [], new Date(now.getTime() + 61_000), 60_000);
    expect(c3).toEqual({ lastId: 15, gaps: [], droppedGaps: 1 });
  });
});
