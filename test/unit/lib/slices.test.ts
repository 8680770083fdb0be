import { describe, expect, it } from 'vitest';
import { mapInSlices } from '../../../src/lib/slices.js';

/** A clock that moves `step` ms each time it is read. */
const ticking = (step: number) => {
  let t = 0;
  return () => (t += step);
};

describe('mapInSlices', () => {
  it('is items.map(fn), in order, with each index', async () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(await mapInSlices(items, (x, i) => `${i}:${x}`, { now: ticking(3), sliceMs: 5 })).toEqual(items.map((x, i) => `${i}:${x}`));
    expect(await mapInSlices([], () => 1)).toEqual([]);
  });

  it('lets other work run between slices, and only between them', async () => {
    // The clock moves 4 ms per read: one read after each item, so a 10 ms slice ends after the
    // third item of each slice (4, 8, 12 ms since the slice began).
    const order: string[] = [];
    const items = Array.from({ length: 7 }, (_, i) => i);
    const done = mapInSlices(items, (i) => {
      order.push(`item ${i}`);
      // Work queued by the item itself (a request arriving meanwhile) waits for the slice's end.
      setImmediate(() => order.push(`other after ${i}`));
      return i * 2;
    }, { now: ticking(4), sliceMs: 10 });
    expect(await done).toEqual(items.map((i) => i * 2));
    expect(order.slice(0, 9)).toEqual([
      'item 0', 'item 1', 'item 2', 'other after 0', 'other after 1', 'other after 2',
      'item 3', 'item 4', 'item 5',
    ]);
  });

  it('does not pause after the last item, nor at all within one slice', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other'));
    await mapInSlices([1, 2, 3], (i) => order.push(`item ${i}`), { now: () => 0 });
    expect(order).toEqual(['item 1', 'item 2', 'item 3']);
  });

  it('stops at an item that throws and rejects with its error', async () => {
    const seen: number[] = [];
    await expect(mapInSlices([1, 2, 3], (i) => {
      seen.push(i);
      if (i === 2) throw new Error('bad draft');
      return i;
    }, { now: ticking(20) })).rejects.toThrow('bad draft');
    expect(seen).toEqual([1, 2]);
  });
});
