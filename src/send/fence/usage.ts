/**
 * Reading the fence for people (status page, /outreach-status, console): how full each cap window
 * is and why each waiting job waits. Read-only; the keys are the fence's (./fence.ts).
 */
import type { Deps } from '../../deps.js';
import { sendKeys, type CapLimits } from './fence.js';

export interface CapUsage {
  name: string;
  limit: number;
  windowMs: number;
  used: number;
}

export interface DelayedJob {
  draftId: string;
  reason: 'paused' | 'cap';
  scope?: string;
  cap?: string;
  limit?: number;
  untilMs?: number;
}

/** The keys matching `match`, at most ~2000; big SCAN steps, so a large keyspace (BullMQ's job keys) takes few round trips. */
async function scanKeys(deps: Pick<Deps, 'redis'>, match: string): Promise<string[]> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await deps.redis.scan(cursor, 'MATCH', match, 'COUNT', 10_000);
    cursor = next;
    out.push(...keys);
  } while (cursor !== '0' && out.length < 2000);
  return out;
}

/**
 * Every cap window with entries (the org cap always listed), used within its window at `nowMs`.
 * One round trip for the counts however many windows there are (the demo has hundreds): every
 * ZCOUNT goes out in one pipeline, each over the same span the fence checks (one window back from now; reservations of calls
 * still starting are stamped ahead of now and counted).
 */
export async function readCapUsage(deps: Pick<Deps, 'redis' | 'prefix'>, limits: CapLimits, nowMs: number): Promise<CapUsage[]> {
  const k = sendKeys(deps.prefix);
  const capKeys = (await scanKeys(deps, `${k.capPrefix}*`)).sort();
  const windows = capKeys.map((key) => {
    const name = key.slice(k.capPrefix.length);
    const [limit, windowMs] = name === 'org'
      ? [limits.org.limit, limits.org.windowMs]
      : name.startsWith('mailbox:')
        ? [limits.perMailbox?.[name.slice('mailbox:'.length)] ?? limits.mailboxPerDay, 86_400_000]
        : name.startsWith('domain:')
          ? [limits.domainPerDay, 86_400_000]
          : [limits.unreviewedPerTemplatePerHour, 3_600_000];
    return { key, name, limit, windowMs };
  });
  const counts: number[] = [];
  if (windows.length) {
    const pipe = deps.redis.pipeline();
    for (const w of windows) pipe.zcount(w.key, `(${nowMs - w.windowMs}`, '+inf');
    for (const [err, n] of (await pipe.exec()) ?? []) {
      if (err) throw err;
      counts.push(Number(n));
    }
  }
  const caps: CapUsage[] = windows.map((w, i) => ({ name: w.name, limit: w.limit, windowMs: w.windowMs, used: counts[i] ?? 0 }));
  if (!caps.some((c) => c.name === 'org')) caps.unshift({ name: 'org', limit: limits.org.limit, windowMs: limits.org.windowMs, used: 0 });
  return caps;
}

/** Why each waiting job waits (paused scope or cap), stale cap delays left out. */
export async function readDelayReasons(deps: Pick<Deps, 'redis' | 'prefix'>, nowMs: number): Promise<DelayedJob[]> {
  const delayRaw = await deps.redis.hgetall(sendKeys(deps.prefix).delay);
  const delayed: DelayedJob[] = [];
  for (const [draftId, raw] of Object.entries(delayRaw)) {
    try {
      const d = JSON.parse(raw) as { reason: 'paused' | 'cap'; scope?: string; cap?: string; limit?: number; until_ms?: number };
      // A cap delay whose time has passed is stale (the job moved on or was dropped).
      if (d.reason === 'cap' && d.until_ms !== undefined && d.until_ms < nowMs - 60_000) continue;
      delayed.push({ draftId, reason: d.reason, scope: d.scope, cap: d.cap, limit: d.limit, untilMs: d.until_ms });
    } catch {
      /* not ours to judge */
    }
  }
  return delayed;
}
