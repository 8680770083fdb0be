/**
 * Periodic tasks for the worker process's parts (reconciler, monitors, sealer, digest). A part's
 * `start…(deps)` returns a Stopper; the composition root (src/worker.ts) stops them in reverse.
 */
import type { Logger } from './logger.js';

export type Stopper = () => Promise<void>;

/** Repeat fn every intervalMs (after each run finishes); errors are logged, never fatal. */
export function every(deps: { log: Logger }, name: string, intervalMs: number, fn: () => Promise<unknown>): Stopper {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    running = fn().catch((err) => deps.log.warn({ err, task: name }, 'periodic task failed'));
    await running;
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, 0);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
