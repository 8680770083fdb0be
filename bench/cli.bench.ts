/**
 * Issue 16: CLI start-up, whole process. `draftgate --help` beside `node -e 0`, and `draftgate scan`
 * of 1,441 drafts over a 4,000-account book beside the same scan run in this process (what the
 * command does once it is loaded). Medians of 5 runs, wall clock. Each whole-process figure is
 * measured twice: through the bin as shipped (compiled dist/ when current, see
 * src/cli/dist-state.mjs) and from the TypeScript sources through tsx (what the bin falls back to).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { generateSampleBook, sampleBookCsv } from '../src/accounts/sample-book.js';
import { runScanCommand } from '../src/cli/scan.js';
import { generateDrafts } from './scan.bench.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'src/cli/bin.mjs');
const MAIN_TS = join(ROOT, 'src/cli/main.ts');
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall-clock ms of a whole process, median of RUNS; throws if it fails. */
function timeProcess(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  }
  return Math.round(median(times));
}

export async function run(): Promise<Record<string, unknown>> {
  const { distIsCurrent } = (await import(join(ROOT, 'src/cli/dist-state.mjs'))) as { distIsCurrent: () => boolean };
  const dir = mkdtempSync(join(tmpdir(), 'draftgate-cli-bench-'));
  try {
    const book = generateSampleBook(4000);
    const accounts = join(dir, 'accounts.csv');
    writeFileSync(accounts, sampleBookCsv(book));
    const drafts = join(dir, 'drafts.jsonl');
    writeFileSync(drafts, `${generateDrafts(book, 1441).map((d) => JSON.stringify(d)).join('\n')}\n`);
    const scanArgs = ['scan', '--accounts', accounts, '--drafts', drafts];

    const compiled = distIsCurrent();
    const nodeBaseline = timeProcess(['-e', '0']);
    const help = timeProcess([BIN, '--help']);
    const scan = timeProcess([BIN, ...scanArgs]);
    // The sources through tsx (the bin's fallback when dist/ is missing or stale).
    const tsx = ['--import', 'tsx', MAIN_TS];
    const helpTsx = timeProcess([...tsx, '--help']);
    const scanTsx = timeProcess([...tsx, ...scanArgs]);

    // The scan itself, in this process (modules already loaded; warm-up run first).
    const sink = () => new Writable({ write: (_c, _e, cb) => cb() });
    // Golden check: the bin's output (worker threads when the machine has several cores) is the
    // in-thread scan's, byte for byte.
    let inThreadOut = '';
    await runScanCommand({ accounts, drafts }, new Writable({ write: (c, _e, cb) => { inThreadOut += String(c); cb(); } }), sink());
    const binOut = spawnSync(process.execPath, [BIN, ...scanArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout;
    await runScanCommand({ accounts, drafts }, sink(), sink());
    const inProc: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const code = await runScanCommand({ accounts, drafts }, sink(), sink());
      inProc.push(performance.now() - t0);
      if (code !== 0) throw new Error(`in-process scan exited ${code}`);
    }
    const scanInProcess = Math.round(median(inProc));
    return {
      bin_ran_compiled: compiled,
      help_ms: help,
      node_e_0_ms_baseline: nodeBaseline,
      help_over_node: +(help / nodeBaseline).toFixed(2),
      help_ms_from_source_tsx: helpTsx,
      scan_1441_ms: scan,
      scan_in_process_ms_baseline: scanInProcess,
      scan_startup_ms: scan - scanInProcess,
      scan_1441_ms_from_source_tsx: scanTsx,
      scan_output_same_as_in_thread: binOut === inThreadOut,
      cpus_available: availableParallelism(),
      goal: 'help ≤ 300 ms, scan ≤ 1,500 ms (whole process, median of 5)',
      note: `${RUNS} runs each; wall clock on a shared machine. bin_ran_compiled: dist/ was current, so the bin ran compiled JavaScript.`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
