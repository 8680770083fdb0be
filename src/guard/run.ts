/**
 * The guard's loop: every GUARD_INTERVAL_MS one monitor pass (monitors.ts, advisory-locked, so
 * any number of workers is safe) and then the trips it recorded are acted on (trip.ts). The weekly
 * digest is posted from the same part, guarded by a marker in monitor_state (digest.ts).
 */
import type { Deps } from '../deps.js';
import { every, type Stopper } from '../lib/periodic.js';
import { runMonitors, type MonitorOptions, type MonitorRunResult } from './monitors.js';
import { handlePendingTrips, type TripOutcome } from './trip.js';
import { postWeeklyDigest } from './digest.js';

export interface GuardRun {
  monitors: MonitorRunResult;
  handled: TripOutcome[];
}

/** One monitor pass plus acting on its (and any earlier unhandled) trips. */
export async function runGuardOnce(deps: Deps, opts: MonitorOptions = {}): Promise<GuardRun> {
  const monitors = await runMonitors(deps, opts);
  const handled = await handlePendingTrips(deps);
  return { monitors, handled };
}

/** How often a worker checks whether this ISO week's digest is still to be posted. */
export const DIGEST_CHECK_MS = 10 * 60_000;

export function startGuard(deps: Deps): Stopper {
  const monitors = every(deps, 'guard.monitors', deps.config.GUARD_INTERVAL_MS, () => runGuardOnce(deps));
  const digest = every(deps, 'guard.digest', DIGEST_CHECK_MS, () => postWeeklyDigest(deps));
  return async () => {
    await Promise.all([monitors(), digest()]);
  };
}
