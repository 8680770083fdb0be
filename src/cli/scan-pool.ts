/**
 * Worker threads for `draftgate scan`: the drafts' findings computed on every core.
 *
 * Contract: `startScanPool` is called with the command's file paths BEFORE the scanner modules load,
 * so each worker loads them, reads the same three files, builds its own book and compiles the
 * rules while the main thread does the same and validates the input. Drafts are then taken in
 * chunks from one shared counter (Atomics) by every worker and by the main thread itself, so a
 * late or slow worker only takes fewer chunks. Only findings travel back (structured clone of
 * plain objects); tiering stays in the main thread, in input order, because template history is
 * counted through the file. The output is therefore the in-thread output, byte for byte.
 *
 * A worker's results are used only if it read exactly the texts the main thread validated (sha1
 * of the three files); a worker that fails, exits early or read other bytes is ignored and every
 * draft it did not report is scanned in the main thread. Small inputs (below `minBytes` of drafts)
 * get no pool: a worker's start-up (loading modules, building the book, compiling the rules,
 * about 1 s of CPU on the bench's machine) would cost more than it saves; nor does a machine
 * whose other cores are busy, nor one with fewer than 4 cores (`idleCores`).
 *
 * Imports only node builtins: it runs before the scanner is loaded.
 */
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface ScanFiles {
  accounts: string;
  drafts: string;
  policy?: string | undefined;
}

export interface ScanPoolOptions {
  /** Worker threads (default: the cores left idle, see `idleCores`; the main thread scans too). */
  workers?: number;
  /** Smallest drafts file (bytes) worth a pool (default 1 MB, about 450 drafts). */
  minBytes?: number;
  /** Drafts per claim (default 8). */
  chunk?: number;
  /** Whether the main thread takes chunks too (default true; tests turn it off). */
  mainScans?: boolean;
}

/** What a worker reports; `findings` are per draft, in order from `start`. */
export type WorkerMessage =
  | { type: 'ready'; digest: string }
  | { type: 'chunk'; start: number; findings: unknown[][] }
  | { type: 'done' }
  | { type: 'unusable'; reason: string };

export interface WorkerData {
  files: ScanFiles;
  counter: SharedArrayBuffer;
  chunk: number;
}

export interface ScanPool {
  /**
   * The findings of every draft, in input order. `digest`: sha1 of the texts the main thread
   * validated; `scanOne` scans a draft in this thread.
   */
  findings<T>(count: number, digest: string, scanOne: (index: number) => T[]): Promise<T[][]>;
  /** Stop every worker (bad input: nothing will be scanned). */
  stop(): Promise<void>;
  /** Drafts scanned by each worker and by the main thread, after `findings`. */
  readonly scanned: { workers: number[]; main: number };
}

const DEFAULT_MIN_BYTES = 1 << 20;
const DEFAULT_CHUNK = 8;

/** The worker's entry: compiled JavaScript as is; from the sources, through tsx's loader first. */
function spawn(data: WorkerData): Worker {
  const here = import.meta.url;
  const entry = here.endsWith('.js') ? './scan-worker.js' : './scan-worker-boot.mjs';
  return new Worker(new URL(entry, here), { workerData: data });
}

/**
 * Whole cores beside this thread that nothing else is using: availableParallelism() - 1, less the
 * one-minute load average beyond one. A worker costs about a second of CPU before it scans
 * (modules, book, rules, V8's first run of every regex); when the other cores are busy that
 * second is taken from the main thread and the scan gets slower. Measured on the 2-core bench
 * machine with the second core busy: pooled 2.5–2.8 s against 2.3–2.5 s in-thread at load 1.3–1.6,
 * 4.4–5.2 s against 2.9–3.5 s at load 3.6–5.7 (interleaved runs).
 */
export function idleCores(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (cores < MIN_CORES) return 0;
  return Math.max(0, Math.min(cores - 1, Math.floor(cores - Math.max(load, 1))));
}

/**
 * No pool below this many cores. On the 2-core bench machine one worker lost even with the
 * machine idle (1-minute load 0.97 before the runs: pooled 2.4–2.8 s against 2.1–2.4 s in-thread):
 * its second of start-up is not paid back by half the scan. With 3 or more workers sharing the
 * scan it should be; that was not measured here.
 */
export const MIN_CORES = 4;

/** Starts the workers, or returns null when the input is small or no core is idle. */
export function startScanPool(files: ScanFiles, opts: ScanPoolOptions = {}): ScanPool | null {
  const workers = opts.workers ?? idleCores();
  if (workers < 1) return null;
  let size: number;
  try {
    size = statSync(files.drafts).size;
  } catch {
    return null; // the command reports the unreadable file
  }
  if (size < (opts.minBytes ?? DEFAULT_MIN_BYTES)) return null;
  const chunk = opts.chunk ?? DEFAULT_CHUNK;
  const counter = new SharedArrayBuffer(4);
  const claim = new Int32Array(counter);
  // Listeners are attached at once: a worker may report chunks before the main thread has
  // validated the input and asked for findings.
  const state = Array.from({ length: workers }, () => ({ digest: null as string | null, chunks: [] as Array<{ start: number; findings: unknown[][] }>, ended: false }));
  let poke = (): void => {};
  const threads = state.map((st) => {
    const w = spawn({ files, counter, chunk });
    const end = () => {
      st.ended = true;
      poke();
    };
    w.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') st.digest = m.digest;
      else if (m.type === 'chunk') {
        st.chunks.push(m);
        poke();
      } else end();
    });
    w.on('error', end);
    w.on('exit', end);
    return w;
  });
  const scanned = { workers: threads.map(() => 0), main: 0 };
  const stop = () => Promise.all(threads.map((w) => w.terminate())).then(() => undefined);

  return {
    scanned,
    stop,
    async findings<T>(count: number, digest: string, scanOne: (index: number) => T[]): Promise<T[][]> {
      const results: Array<T[] | undefined> = new Array(count);
      let filled = 0;
      // Takes in what the workers that read the validated texts reported so far.
      const collect = () => {
        state.forEach((st, k) => {
          if (st.digest !== digest) return;
          for (const c of st.chunks.splice(0)) {
            c.findings.forEach((f, j) => {
              if (c.start + j < count && results[c.start + j] === undefined) {
                results[c.start + j] = f as T[];
                filled++;
                scanned.workers[k]!++;
              }
            });
          }
        });
      };
      // The main thread claims chunks from the same counter, yielding between them so the
      // workers' messages are taken in.
      if (opts.mainScans !== false) {
        for (let start = Atomics.add(claim, 0, chunk); start < count; start = Atomics.add(claim, 0, chunk)) {
          for (let i = start; i < Math.min(start + chunk, count); i++) {
            results[i] = scanOne(i);
            filled++;
            scanned.main++;
          }
          await new Promise<void>((r) => setImmediate(r));
        }
      }
      collect();
      while (filled < count && !state.every((st) => st.ended)) {
        await new Promise<void>((r) => (poke = r));
        collect();
      }
      await stop();
      collect();
      // A worker that stopped or read other bytes left gaps: those drafts are scanned here.
      for (let i = 0; i < count; i++) {
        if (results[i] === undefined) {
          results[i] = scanOne(i);
          scanned.main++;
        }
      }
      return results as T[][];
    },
  };
}
