/**
 * A bound on how long to wait for a backing service, that a busy event loop cannot trip.
 *
 * A timer checked after a long synchronous stretch (a burst of scans) fires late, and by then
 * the answer may already sit on the socket: timers run before I/O in Node's loop, so a plain
 * `setTimeout` race calls the service slow when it was the process that was busy. Here the
 * timer only arms a check that runs after one round of I/O (`setImmediate`), and fails only if
 * the answer still has not come.
 */
export async function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let check: NodeJS.Immediate | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          check = setImmediate(() => reject(onTimeout()));
        }, ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    if (check !== undefined) clearImmediate(check);
  }
}
