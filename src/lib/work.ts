/**
 * Work a process still owes after answering: Slack listeners run after their ack (Slack needs the
 * answer in 3 s; the verb and its audit row come right after). Shutdown drains this, bounded by
 * SHUTDOWN_TIMEOUT_MS, before pools close — otherwise a click acknowledged just before a SIGTERM
 * loses its write. BullMQ workers drain their own active jobs on close.
 */
export interface WorkTracker {
  /** Register a piece of in-flight work; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  size(): number;
  /** Wait until no tracked work is left, or `timeoutMs`; true when everything finished. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createWorkTracker(): WorkTracker {
  const inflight = new Set<Promise<unknown>>();
  return {
    track(work) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      inflight.add(settled);
      void settled.then(() => inflight.delete(settled));
      return work;
    },
    size: () => inflight.size,
    async drain(timeoutMs) {
      const end = Date.now() + timeoutMs;
      while (inflight.size) {
        const left = end - Date.now();
        if (left <= 0) return false;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([Promise.all([...inflight]), new Promise((r) => (timer = setTimeout(r, left)))]);
        clearTimeout(timer);
      }
      return true;
    },
  };
}
