/**
 * The guard's loop: every GUARD_INTERVAL_MS one monitor pass (monitors.ts, advisory-locked, so
 * any number of workers is safe) and then the trips it recorded are acted on (trip.ts). The worker's
 * 'guard' part also runs the weekly digest loop (reports/digest.ts `startWeeklyDigest`).
 */
import type { Deps } from '../deps.js';
import { every, type Stopper } from '../lib/periodic.js';
import { runMonitors, type MonitorOptions, type MonitorRunResult } from './monitors.js';
import { handlePendingTrips, type TripOutcome } from './trip.js';

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

export function startGuard(deps: Deps): Stopper {
  return every(deps, 'guard.monitors', deps.config.GUARD_INTERVAL_MS, () => runGuardOnce(deps));
}
