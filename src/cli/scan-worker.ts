/**
 * One worker of `draftgate scan`'s pool (scan-pool.ts): reads the command's three files, builds
 * the same book and parsed drafts as the main thread (scan.ts `loadScanFiles`), reports the sha1
 * of what it read, then scans the drafts it claims from the shared counter and posts their
 * findings. Input the main thread would refuse is reported as unusable: the main thread reports it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerData, WorkerMessage } from './scan-pool.js';
import { loadScanFiles, scanOneDraft } from './scan.js';

const { files, counter, chunk } = workerData as WorkerData;
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
const claim = new Int32Array(counter);

const loaded = await loadScanFiles(files);
if (!loaded.ok) {
  post({ type: 'unusable', reason: loaded.reason });
} else {
  post({ type: 'ready', digest: loaded.digest });
  const { drafts } = loaded;
  for (let start = Atomics.add(claim, 0, chunk); start < drafts.length; start = Atomics.add(claim, 0, chunk)) {
    const findings = drafts.slice(start, start + chunk).map((d) => scanOneDraft(loaded, d));
    post({ type: 'chunk', start, findings });
  }
  post({ type: 'done' });
}
