/**
 * `npm run bench`: imports every bench/*.bench.ts, runs its `run()` and writes bench/results.json.
 * Each benchmark reports its figure beside a baseline measured in the same run; nothing here
 * asserts a time (the machines are shared and noisy).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { cpus } from 'node:os';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = join(DIR, 'results.json');

export async function runBenchmarks(only?: string[]): Promise<void> {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const prev = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { benchmarks?: Record<string, unknown> }) : {};
  const results: Record<string, unknown> = { ...(prev.benchmarks ?? {}) };
  for (const f of files) {
    const name = f.replace(/\.bench\.ts$/, '');
    if (only && !only.includes(name)) continue;
    process.stdout.write(`bench ${name}…\n`);
    const mod = (await import(pathToFileURL(join(DIR, f)).href)) as { run: () => Promise<Record<string, unknown>> };
    const t0 = Date.now();
    try {
      results[name] = { ...(await mod.run()), measured_at: new Date().toISOString(), seconds: (Date.now() - t0) / 1000 };
    } catch (e) {
      results[name] = { error: (e as Error).message, measured_at: new Date().toISOString() };
    }
    process.stdout.write(`${JSON.stringify(results[name], null, 2)}\n`);
  }
  const out = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
    benchmarks: results,
  };
  writeFileSync(RESULTS, JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(`wrote ${RESULTS}\n`);
}
