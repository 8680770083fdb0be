/**
 * CPU-bound work over many items without holding the event loop: `mapInSlices` runs `fn` item by
 * item and lets the loop take in other work (a Slack click that must be acknowledged within 3 s,
 * a health probe, the next request) whenever a slice of `sliceMs` has run since the last pause.
 *
 * Scanning is the case it was written for: a 1,000-draft batch of ordinary 2 KB emails is 2-3 s
 * of scanning on the bench machine, and run in one go it answered nothing else meanwhile.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How long a slice runs before the loop gets a turn (ms). */
export const SLICE_MS = 10;

export interface SliceOptions {
  sliceMs?: number;
  /** The clock (ms); tests pass their own. */
  now?: () => number;
}

/** `items.map(fn)`, pausing for one turn of the event loop after each slice of `sliceMs`. */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, index: number) => R, opts: SliceOptions = {}): Promise<R[]> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const now = opts.now ?? performance.now.bind(performance);
  const out: R[] = new Array(items.length);
  let sliceStart = now();
  for (let i = 0; i < items.length; i++) {
    out[i] = fn(items[i] as T, i);
    if (i + 1 < items.length && now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = now();
    }
  }
  return out;
}
