/**
 * Outcome-based waits for integration tests (poll, bounded, never a fixed sleep), and the send
 * limits that never get in a test's way.
 */
import type { CapLimits } from '../../src/send/fence/fence.js';

/** Poll `fn` every 50 ms until it returns a truthy value (returned), or throw after `ms`. */
export async function until<T>(what: string, fn: () => Promise<T | false | null | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Poll `fn` every 50 ms until it is true, or throw after `ms`. */
export async function waitFor(fn: () => Promise<boolean>, ms = 20_000): Promise<void> {
  await until('a condition', fn, ms);
}

/** Caps so high that no test meets them (tests of the caps set their own). */
export const BIG_LIMITS: CapLimits = { org: { limit: 10_000, windowMs: 60_000 }, mailboxPerDay: 10_000, domainPerDay: 10_000, unreviewedPerTemplatePerHour: 10_000 };
